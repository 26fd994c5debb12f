import type { INodeProperties } from 'n8n-workflow';

import { ignoreEmptyFiltersField } from './ignoreEmptyFilters';

export const REQUEST_OPTIONS_PARAMETER = 'requestOptions';

/**
 * How every request of the node retries and times out, and how its lists read empty filters. One node-level collection, read by the
 * transport itself (see transport/requestOptions.ts), so operations never pass it around.
 * The defaults are DEFAULT_RETRY_POLICY's and DEFAULT_CONCURRENT_PAGES (a test keeps them equal;
 * n8n's lint wants literals).
 */
export const requestOptionsField: INodeProperties = {
	displayName: 'Request Options',
	name: REQUEST_OPTIONS_PARAMETER,
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	description: "How the node retries Trackstar's rate limits, server errors and network failures",
	options: [
		{
			displayName: 'Concurrent Pages',
			name: 'concurrentPages',
			type: 'number',
			typeOptions: { minValue: 1, numberPrecision: 0 },
			default: 2,
			description:
				"With Return All, how many ranges of created dates a long list with slow pages is read in at once, one page of each in flight, always within Trackstar's read limit. 2 costs at most two requests more than page after page; each range beyond two reads faster and costs up to one request more (about half on average), from Trackstar's read limit that every workflow on the connection shares. 1 reads one page after another.",
		},
		{
			displayName: 'Idempotency Key',
			name: 'idempotencyKey',
			type: 'string',
			default: '',
			placeholder: 'e.g. {{ $json.orderNumber }}',
			description:
				"Your own key for this item's write, instead of the one the node derives for each run: Trackstar answers a write repeated with the same key within 24 hours with the first answer, without writing again, so running a whole execution again is safe too. Map a value unique to the write; it is hashed, never sent as it is.",
		},
		ignoreEmptyFiltersField,
		{
			displayName: 'Max Retries',
			name: 'maxRetries',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 0 },
			default: 5,
			description:
				'How many times to try a request again after a rate limit (429), a server error (500, 502, 503, 504) or a network failure. 0 never retries. Other errors are never retried.',
		},
		{
			displayName: 'Max Total Wait (Seconds)',
			name: 'maxRetryWait',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 30,
			description:
				'The longest one request may spend waiting between its attempts. A rate limit that asks for a longer wait fails at once.',
		},
		{
			displayName: 'Retry Delay (Ms)',
			name: 'retryDelay',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 1000,
			description:
				'The wait before the first retry of a server error or network failure; each further retry waits about twice as long, with random jitter. Rate limits wait what Trackstar asks instead.',
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 60,
			description:
				'How long to wait for an answer before giving the attempt up as a network failure (and retrying it when that is safe)',
		},
	],
};
