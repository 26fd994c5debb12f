import type { IDataObject, IHttpRequestMethods, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { connectedSystem } from './connectedSystem';

/**
 * The endpoints Trackstar answers with the API key alone (its OpenAPI document lists no access
 * token header for them; test/transport/accessToken.test.ts holds this to the document): the
 * organization's connections, the integration catalog and write-info, magic links, Trackstar
 * Link, the per-integration write schemas, the sandbox tools. Every other endpoint acts on the
 * connection of the access token.
 */
const KEY_ONLY: Array<[IHttpRequestMethods | '*', RegExp]> = [
	['GET', /^\/connections\/?$/],
	['GET', /^\/connections\/(?!on-demand-syncs\/?$|sync\/?$)[^/]+\/?$/],
	['GET', /^\/integrations\/[^/]+(\/[^/]+(\/write-info)?)?\/?$/],
	['GET', /^\/[^/]+\/integrations(\/[^/]+)?\/?$/],
	['GET', /^\/wms\/[^/]+\/meta\/[^/]+\/?$/],
	['*', /^\/magic-links(\/[^/]+)?\/?$/],
	['POST', /^\/link\/(token|exchange)\/?$/],
	['*', /^\/sandbox\//],
];

export interface AccessTokenUse {
	method: IHttpRequestMethods;
	/** Below the base URL, without its query. */
	path: string;
	qs?: IDataObject;
}

/**
 * Whether a request needs the credential's access token: every one but the key-only endpoints,
 * and GET /connections when it asks for the token's own connection (`access_token=`).
 */
export function needsAccessToken({ method, path, qs }: AccessTokenUse): boolean {
	if (qs?.access_token !== undefined) return true;
	return !KEY_ONLY.some(
		([keyMethod, pattern]) => (keyMethod === '*' || keyMethod === method) && pattern.test(path),
	);
}

/**
 * A request that needs the access token, from a credential that has none: refused before it is
 * sent, naming the credential and the kind of connection whose token it needs.
 */
export function missingAccessTokenError(
	node: INode,
	credentialName: string | undefined,
	request: AccessTokenUse,
	itemIndex: number,
): NodeOperationError {
	const system = connectedSystem(request.path);
	const acts = request.method === 'GET' ? 'reads' : 'acts on';
	const named = credentialName ? ` "${credentialName}"` : '';
	const connection = system === undefined ? 'a connection' : `a ${system} connection`;
	return new NodeOperationError(
		node,
		`This operation ${acts} the connection of the credential's access token; the credential${named} has none`,
		{
			description: [
				`${request.method} ${request.path} needs the access token of ${connection}, and nothing was sent.`,
				"Add the connection's access token to the credential (Trackstar dashboard → Connections), or choose a credential that has one.",
				'Magic Link and Integration operations need only the API key.',
			].join(' '),
			itemIndex,
		},
	);
}
