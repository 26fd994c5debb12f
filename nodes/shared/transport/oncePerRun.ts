import type { IDataObject } from 'n8n-workflow';

import type { TrackstarContext } from './context';
import { trackstarApiRequest } from './request';

const byRun = new WeakMap<object, Map<string, Promise<IDataObject>>>();

/**
 * `GET <path>` once per run (per editor call), in one attempt, for the endpoints Trackstar answers
 * about once a minute (write-info, the integration catalog): every item asking the same shares
 * the answer, or the failure, and a 429 is reported, never waited out.
 */
export async function readOncePerRun(
	context: TrackstarContext,
	path: string,
	rateLimitHint: string,
	itemIndex: number,
): Promise<IDataObject> {
	let answers = byRun.get(context);
	if (answers === undefined) byRun.set(context, (answers = new Map()));
	let answer = answers.get(path);
	if (answer === undefined) {
		answer = trackstarApiRequest.call(
			context,
			{ method: 'GET', path, maxRetries: 0, statusHints: { 429: rateLimitHint } },
			itemIndex,
		);
		answers.set(path, answer);
	}
	return await answer;
}
