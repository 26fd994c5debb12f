/**
 * Trackstar's integration catalog: GET /integrations/{integration_type}, one integration by name,
 * and its write-info. The API key is enough; write-info takes the access token too, to add the
 * values of that token's connection when it is of the integration asked about.
 */
import { ACCESS_TOKEN_HEADER } from './middleware';
import { unauthorized } from './connections';
import type { Handler, Reply, SandboxRequest } from './http';
import { Router, errorReply, headerValue, jsonReply } from './http';
import type { IntegrationCatalog } from './integrations';
import { INTEGRATION_TYPES, integrationInfo } from './integrations';
import type { ConnectionValues } from './writeInfo';
import { writeInfoDocument } from './writeInfo';
import { sandboxWriteInfo } from './sandboxWriteInfo';
import { describeErrors } from './writes';

export interface IntegrationContext {
	apiKey: string;
	/** Each access token's connection ID. */
	tokens: ReadonlyMap<string, string>;
	catalog: IntegrationCatalog;
	/** The integration of an access token's connection (the WMS's is switchable, see connections.ts). */
	connectionIntegration: (token: string) => string | undefined;
	/** What the WMS connection adds to write-info. */
	connectionValues: () => ConnectionValues;
}

/** The integration routes in front of `fallback`. */
export function createIntegrationRouter(context: IntegrationContext, fallback: Handler): Router {
	return new Router(fallback)
		.add('GET', '/integrations/:integration_type', (request) => listIntegrations(context, request))
		.add('GET', '/integrations/:integration_type/:integration_name', (request) =>
			getIntegration(context, request),
		)
		.add('GET', '/integrations/:integration_type/:integration_name/write-info', (request) =>
			getWriteInfo(context, request),
		);
}

function refusal(context: IntegrationContext, request: SandboxRequest): Reply | undefined {
	const refused = unauthorized(request, context, false);
	if (refused) return refused;
	const type = request.params.integration_type;
	if ((INTEGRATION_TYPES as readonly string[]).includes(type)) return undefined;
	const errors = { integration_type: [`Must be one of: ${INTEGRATION_TYPES.join(', ')}.`] };
	return errorReply(422, describeErrors(errors, 'path parameters'), { detail: { path: errors } });
}

/** A name served under another type is unknown here. */
function find(context: IntegrationContext, request: SandboxRequest) {
	const { integration_type: type, integration_name: name } = request.params;
	return context.catalog.ofType(type).find((entry) => entry.integration_name === name);
}

const notFound = (name: string) => errorReply(404, 'Integration not found', { id: name });

export function listIntegrations(context: IntegrationContext, request: SandboxRequest): Reply {
	const refused = refusal(context, request);
	if (refused) return refused;
	const served = context.catalog.ofType(request.params.integration_type);
	return jsonReply({ data: served.map((entry) => integrationInfo(context.catalog, entry)) });
}

export function getIntegration(context: IntegrationContext, request: SandboxRequest): Reply {
	const refused = refusal(context, request);
	if (refused) return refused;
	const integration = find(context, request);
	if (!integration) return notFound(request.params.integration_name);
	return jsonReply({ data: [integrationInfo(context.catalog, integration)] });
}

export function getWriteInfo(context: IntegrationContext, request: SandboxRequest): Reply {
	const refused = refusal(context, request);
	if (refused) return refused;
	const token = headerValue(request, ACCESS_TOKEN_HEADER);
	if (token && !context.tokens.has(token))
		return errorReply(401, `Invalid ${ACCESS_TOKEN_HEADER} header`);
	const integration = find(context, request);
	if (!integration) return notFound(request.params.integration_name);
	// A token of another integration's connection knows nothing of this one's account; only a
	// WMS has writes whose values a connection fills.
	const connected =
		token &&
		integration.integration_type === 'wms' &&
		context.connectionIntegration(token) === integration.integration_name;
	const values = connected ? context.connectionValues() : undefined;
	const document = writeInfoDocument(context.catalog, integration, values);
	return jsonReply(
		integration.integration_name === 'sandbox' ? sandboxWriteInfo(document) : document,
	);
}
