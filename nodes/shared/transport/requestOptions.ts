import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { REQUEST_OPTIONS_PARAMETER } from '../fields/requestOptionsField';
import type { EmptyFilterPolicy } from '../wire/emptyFilters';
import { invalidInputError, InvalidValueError } from '../wire/invalidValue';
import type { TrackstarContext } from './context';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry';

/**
 * Ranges of one list read at once by default: two keep Return All within two requests of page
 * after page on every list (each range's last page is partial, and the first page is read
 * again); more read faster at up to one request more each (see windowedList.ts, BENCHMARKS.md).
 */
export const DEFAULT_CONCURRENT_PAGES = 2;

/** The node's Request Options as set, or {} on nodes without them (triggers, pickers). */
function rawRequestOptions(context: TrackstarContext, itemIndex: number): IDataObject {
	let value: unknown;
	try {
		value =
			'getInputData' in context
				? (context as IExecuteFunctions).getNodeParameter(REQUEST_OPTIONS_PARAMETER, itemIndex, {})
				: (context as Exclude<TrackstarContext, IExecuteFunctions>).getNodeParameter(
						REQUEST_OPTIONS_PARAMETER,
						{},
					);
	} catch {
		return {};
	}
	return typeof value === 'object' && value !== null ? (value as IDataObject) : {};
}

function option(
	options: IDataObject,
	key: string,
	label: string,
	fallback: number,
	{ integer = false, positive = false } = {},
): number {
	const value = options[key];
	if (value === undefined || value === null || value === '') return fallback;
	const number = typeof value === 'number' ? value : Number(String(value).trim());
	const valid =
		Number.isFinite(number) &&
		(positive ? number > 0 : number >= 0) &&
		(!integer || Number.isInteger(number));
	if (!valid) {
		const wanted = integer
			? 'a whole number of 0 or more'
			: positive
				? 'a number above 0'
				: 'a number of 0 or more';
		throw new InvalidValueError(`Request Options: ${label}`, `${String(value)} is not ${wanted}`);
	}
	return number;
}

/** The retry bounds and timeout for a request of this item, checked before anything is sent. */
export function readRetryPolicy(context: TrackstarContext, itemIndex: number): RetryPolicy {
	const options = rawRequestOptions(context, itemIndex);
	const defaults = DEFAULT_RETRY_POLICY;
	try {
		return {
			maxRetries: option(options, 'maxRetries', 'Max Retries', defaults.maxRetries, {
				integer: true,
			}),
			maxWaitMs:
				option(options, 'maxRetryWait', 'Max Total Wait (Seconds)', defaults.maxWaitMs / 1000) *
				1000,
			baseDelayMs: option(options, 'retryDelay', 'Retry Delay (Ms)', defaults.baseDelayMs),
			timeoutMs:
				option(options, 'timeout', 'Timeout (Seconds)', defaults.timeoutMs / 1000, {
					positive: true,
				}) * 1000,
		};
	} catch (error) {
		throw invalidInputError(context.getNode(), error as InvalidValueError, itemIndex);
	}
}

/** How many pages of one list Return All may read at once (1: one after another). */
export function readConcurrentPages(context: TrackstarContext, itemIndex: number): number {
	const options = rawRequestOptions(context, itemIndex);
	try {
		const pages = option(options, 'concurrentPages', 'Concurrent Pages', DEFAULT_CONCURRENT_PAGES, {
			integer: true,
		});
		if (pages < 1)
			throw new InvalidValueError(
				'Request Options: Concurrent Pages',
				`${pages} is not a whole number of 1 or more`,
			);
		return pages;
	} catch (error) {
		throw invalidInputError(context.getNode(), error as InvalidValueError, itemIndex);
	}
}

/** Whether this item's lists leave out filters that are there but empty (off: they fail). */
export function readEmptyFilterPolicy(
	context: TrackstarContext,
	itemIndex: number,
): EmptyFilterPolicy {
	const value = rawRequestOptions(context, itemIndex).ignoreEmptyFilters;
	if (value === undefined || value === null || value === '' || typeof value === 'boolean')
		return { ignoreEmpty: value === true };
	if (value === 'true' || value === 'false') return { ignoreEmpty: value === 'true' };
	throw invalidInputError(
		context.getNode(),
		new InvalidValueError(
			'Request Options: Ignore Empty Filters',
			`${String(value)} is not true or false`,
		),
		itemIndex,
	);
}

/**
 * The Idempotency-Key the user set for this item's writes (Request Options), or undefined when
 * the option is not added. Added but empty (an expression that resolves to nothing) fails before
 * any request: the node's own key would then go out instead, and a run repeated on purpose
 * would write again.
 */
export function readIdempotencyKey(
	context: TrackstarContext,
	itemIndex: number,
): string | undefined {
	const options = rawRequestOptions(context, itemIndex);
	if (!('idempotencyKey' in options)) return undefined;
	const key = String(options.idempotencyKey ?? '').trim();
	if (key === '') {
		throw invalidInputError(
			context.getNode(),
			new InvalidValueError(
				'Request Options: Idempotency Key',
				'is empty',
				'Map a value unique to this write, e.g. {{ $json.orderNumber }}, or remove the option to let the node derive a key for each run',
			),
			itemIndex,
		);
	}
	return key;
}
