import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { sameFailureForItem } from '../../transport/errors';
import { readOncePerRun } from '../../transport/oncePerRun';

export const INTEGRATIONS_RATE_HINT =
	'Trackstar answers its integrations catalog about once a minute. Wait a minute and run again; the catalog changes rarely, so keep its answer (e.g. pin the output) rather than asking on every run.';

/** One catalog read per path and run, each item getting the answer, or the failure under its own index. */
export async function readCatalog(
	context: IExecuteFunctions,
	path: string,
	itemIndex: number,
): Promise<IDataObject> {
	try {
		return await readOncePerRun(context, path, INTEGRATIONS_RATE_HINT, itemIndex);
	} catch (error) {
		throw sameFailureForItem(context.getNode(), error, itemIndex);
	}
}
