import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { sameFailureForItem } from '../../transport/errors';
import { trackstarApiRequest } from '../../transport/request';

export const INTEGRATIONS_RATE_HINT =
	'Trackstar answers its integrations catalog about once a minute. Wait a minute and run again; the catalog changes rarely, so keep its answer (e.g. pin the output) rather than asking on every run.';

const byRun = new WeakMap<IExecuteFunctions, Map<string, Promise<IDataObject>>>();

/**
 * One catalog read per path and run, in one attempt: Trackstar allows about one call a minute,
 * so items asking the same share the answer, or the failure, under their own index.
 */
export async function readCatalog(
	context: IExecuteFunctions,
	path: string,
	itemIndex: number,
): Promise<IDataObject> {
	let answers = byRun.get(context);
	if (answers === undefined) byRun.set(context, (answers = new Map()));
	let answer = answers.get(path);
	if (answer === undefined) {
		answer = trackstarApiRequest.call(
			context,
			{ method: 'GET', path, maxRetries: 0, statusHints: { 429: INTEGRATIONS_RATE_HINT } },
			itemIndex,
		);
		answers.set(path, answer);
	}
	try {
		return await answer;
	} catch (error) {
		throw sameFailureForItem(context.getNode(), error, itemIndex);
	}
}
