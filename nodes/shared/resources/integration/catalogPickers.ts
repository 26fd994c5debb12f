import { createHash } from 'node:crypto';

import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { pickerError } from '../../methods/listSearch/pickerError';
import { TRACKSTAR_CREDENTIAL } from '../../transport/context';
import { baseUrlOf, trackstarApiRequest } from '../../transport/request';
import { INTEGRATIONS_RATE_HINT } from './integrationAnswers';

/**
 * Catalogs the editor's lists read, per Base URL, API key (hashed) and integration type. Trackstar
 * answers its catalog about once a minute, and an editor opening three lists of one form would
 * ask three times; the catalog changes rarely, so one answer serves them for ten minutes.
 */
const catalogs = new Map<string, { at: number; integrations: Promise<IDataObject[]> }>();
const CATALOG_KEPT_MS = 10 * 60_000;

/** The integrations Trackstar supports of one type, for a list in the editor. */
export async function catalogForPickers(
	context: ILoadOptionsFunctions,
	integrationType: string,
): Promise<IDataObject[]> {
	const credentials = await context.getCredentials(TRACKSTAR_CREDENTIAL);
	const keyHash = createHash('sha256')
		.update(String(credentials.apiKey ?? ''))
		.digest('hex');
	const key = JSON.stringify([baseUrlOf(context, credentials, 0), keyHash, integrationType]);
	const now = Date.now();
	let kept = catalogs.get(key);
	if (kept === undefined || now - kept.at > CATALOG_KEPT_MS) {
		const path = `/integrations/${encodeURIComponent(integrationType)}`;
		const integrations = trackstarApiRequest
			.call(context, {
				method: 'GET',
				path,
				maxRetries: 0,
				statusHints: { 429: INTEGRATIONS_RATE_HINT },
			})
			.then((answer) => (Array.isArray(answer.data) ? (answer.data as IDataObject[]) : []))
			.catch((error: unknown) => {
				catalogs.delete(key); // a failure is not kept: the next list asks again
				throw pickerError(context.getNode(), error, path);
			});
		catalogs.set(key, (kept = { at: now, integrations }));
	}
	return await kept.integrations;
}
