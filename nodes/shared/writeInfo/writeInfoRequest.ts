import type { IDataObject } from 'n8n-workflow';

import type { TrackstarContext } from '../transport/context';
import { pathSegment, trackstarApiRequest } from '../transport/request';
import type { Integration } from './connectionIntegration';

export const WRITE_INFO_RATE_HINT =
	'Trackstar answers write-info about once a minute. Wait a minute, then open the WMS Fields again or run again; the fields already loaded stay in the node.';

const byRun = new WeakMap<object, Map<string, Promise<IDataObject>>>();

/**
 * `GET /integrations/{type}/{name}/write-info`: an OpenAPI document of the integration's writes,
 * with the connection's own values (its warehouse IDs, its return causes) since the credential's
 * access token goes with it. Read once per integration per run, in one attempt: Trackstar allows
 * about one call a minute, and a write never waits on it.
 */
export async function readWriteInfo(
	context: TrackstarContext,
	integration: Integration,
	itemIndex: number,
): Promise<IDataObject> {
	let answers = byRun.get(context);
	if (answers === undefined) byRun.set(context, (answers = new Map()));
	const key = `${integration.type}/${integration.name}`;
	let answer = answers.get(key);
	if (answer === undefined) {
		const path = `/integrations/${pathSegment(integration.type, 'Integration type', context, itemIndex, 'the connection')}/${pathSegment(integration.name, 'Integration name', context, itemIndex, 'the connection')}/write-info`;
		answer = trackstarApiRequest.call(
			context,
			{ method: 'GET', path, maxRetries: 0, statusHints: { 429: WRITE_INFO_RATE_HINT } },
			itemIndex,
		);
		answers.set(key, answer);
	}
	return await answer;
}
