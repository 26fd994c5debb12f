import { NodeOperationError } from 'n8n-workflow';

import type { TrackstarContext } from '../transport/context';
import { credentialConnection } from './credentialConnection';

/** Which integration a connection is, as Trackstar names it: `wms` and `logiwa`. */
export interface Integration {
	type: string;
	name: string;
}

const byRun = new WeakMap<object, Promise<Integration>>();

/**
 * The integration of the credential's connection, read once per run (per editor call): the
 * write schemas are the integration's, and the credential holds only an access token.
 */
export async function connectionIntegration(
	context: TrackstarContext,
	itemIndex: number,
): Promise<Integration> {
	let integration = byRun.get(context);
	if (integration === undefined) {
		integration = credentialConnection(context, itemIndex, { maxRetries: 0 }).then((connection) => {
			const type = connection.integration_type;
			const name = connection.integration_name;
			if (typeof type !== 'string' || type === '' || typeof name !== 'string' || name === '') {
				throw new NodeOperationError(
					context.getNode(),
					`Trackstar's connection record does not say which integration it is`,
					{
						description:
							'GET /connections?access_token=… answered without integration_type and integration_name',
						itemIndex,
					},
				);
			}
			return { type, name };
		});
		byRun.set(context, integration);
	}
	return await integration;
}
