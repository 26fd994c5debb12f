import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { TRACKSTAR_CREDENTIAL, type TrackstarContext } from '../transport/context';
import { trackstarApiRequest } from '../transport/request';

/** The one connection of an answer: Trackstar documents a list (`data: [connection]`); an object is taken too. */
function connectionsOf(data: unknown): IDataObject[] {
	if (Array.isArray(data)) return data as IDataObject[];
	return typeof data === 'object' && data !== null ? [data as IDataObject] : [];
}

/**
 * The credential's own connection, through `GET /connections?access_token=…`. The OpenAPI
 * document of 2025-10-13 does not list that parameter, so an answer that is not narrowed to one
 * connection is refused, not guessed from.
 */
export async function credentialConnection(
	context: TrackstarContext,
	itemIndex: number,
	options: { maxRetries?: number; instead?: string } = {},
): Promise<IDataObject> {
	const { maxRetries, instead } = options;
	const credentials = await context.getCredentials(TRACKSTAR_CREDENTIAL, itemIndex);
	const response = await trackstarApiRequest.call(
		context,
		{
			method: 'GET',
			path: '/connections',
			qs: { access_token: String(credentials.accessToken ?? '').trim() },
			...(maxRetries === undefined ? {} : { maxRetries }),
		},
		itemIndex,
	);
	const connections = connectionsOf(response.data);
	if (connections.length !== 1) {
		throw new NodeOperationError(
			context.getNode(),
			connections.length === 0
				? `Trackstar knows no connection for the credential's access token`
				: `Trackstar answered with ${connections.length} connections, not the credential's own`,
			{
				description: [
					"Trackstar finds the credential's connection through GET /connections?access_token=…, which its API reference does not list.",
					instead,
				]
					.filter(Boolean)
					.join(' '),
				itemIndex,
			},
		);
	}
	return connections[0];
}
