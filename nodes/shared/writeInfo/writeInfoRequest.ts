import type { IDataObject } from 'n8n-workflow';

import type { TrackstarContext } from '../transport/context';
import { readOncePerRun } from '../transport/oncePerRun';
import { pathSegment } from '../transport/request';
import type { Integration } from './connectionIntegration';

export const WRITE_INFO_RATE_HINT =
	'Trackstar answers write-info about once a minute. Wait a minute, then open the WMS Fields again or run again; the fields already loaded stay in the node.';

/**
 * `GET /integrations/{type}/{name}/write-info`: an OpenAPI document of the integration's writes,
 * with the connection's own values (its warehouse IDs, its return causes) since the credential's
 * access token goes with it. Read once per integration per run; a write never waits on it.
 */
export async function readWriteInfo(
	context: TrackstarContext,
	integration: Integration,
	itemIndex: number,
): Promise<IDataObject> {
	const segment = (value: string, label: string) =>
		pathSegment(value, label, context, itemIndex, 'the connection');
	const path = `/integrations/${segment(integration.type, 'Integration type')}/${segment(integration.name, 'Integration name')}/write-info`;
	return await readOncePerRun(context, path, WRITE_INFO_RATE_HINT, itemIndex);
}
