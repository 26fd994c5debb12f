import type { INode, NodeApiError } from 'n8n-workflow';

import { nodeApiError } from '../shared/transport/errors';
import { connectionPhrase, type PolledResource, POLLED_RESOURCES } from './polledResources';

/**
 * The statuses a list may answer an access token of another connection type with. Trackstar's docs
 * do not say which it sends: a refusal (401, 403), "no such thing" (404), a bad request (400) or
 * "not implemented for this integration" (501) would all fit, so each gets the hint.
 */
const OTHER_CONNECTION_STATUSES = new Set(['400', '401', '403', '404', '501']);

/** What to check when a poll is refused: which connection the resource needs, what the others offer. */
export function connectionTypeHint(resource: PolledResource): string {
	const needs = connectionPhrase(resource);
	const byConnection = new Map<string, string[]>();
	for (const other of POLLED_RESOURCES) {
		if (other.connection === resource.connection) continue;
		const phrase = connectionPhrase(other);
		byConnection.set(phrase, [...(byConnection.get(phrase) ?? []), other.displayName]);
	}
	const choices = [...byConnection.entries()]
		.map(([phrase, names]) => `${names.join(', ')} for ${phrase}`)
		.join('; ');
	return `${resource.displayName} reads ${resource.list.path}, which only the access token of ${needs} can read. If the credential holds another connection's token, choose a resource of that type (${choices}) or a credential with the token of ${needs}.`;
}

/**
 * A poll's API error with the connection type the resource needs put first, for the statuses a
 * token of another type may get; any other error as it was.
 */
export function withConnectionTypeHint(
	node: INode,
	error: unknown,
	resource: PolledResource,
): unknown {
	// By name: where the package has its own copy of n8n-workflow, `instanceof` would miss n8n's.
	if (!(error instanceof Error) || error.name !== 'NodeApiError') return error;
	const apiError = error as NodeApiError;
	if (!OTHER_CONNECTION_STATUSES.has(String(apiError.httpCode))) return error;
	return nodeApiError(
		node,
		{ ...(apiError.errorResponse ?? {}) },
		{
			message: apiError.message,
			description: [connectionTypeHint(resource), apiError.description].filter(Boolean).join('\n'),
			httpCode: apiError.httpCode ?? undefined,
		},
	);
}
