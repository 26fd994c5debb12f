/**
 * POST /wms/passthrough: a request to the connected WMS's own API, with the credentials Trackstar
 * keeps (how-to-guides/passthrough-requests.mdx). Trackstar answers `{status_code, headers, body}`,
 * the vendor's answer as it came, and 501 for an integration without passthrough. The sandbox's
 * ShipHero stands in for a vendor: a GraphQL endpoint answering products from the catalog, and a
 * 404 of its own for any other path.
 */
import type { Handler, Reply, SandboxRequest } from './http';
import { Router, errorReply, jsonReply } from './http';
import { describeErrors } from './writes';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** The sandbox's integrations with passthrough, as Trackstar's guide lists them (ShipHero, Deposco...). */
const WITH_PASSTHROUGH = new Set(['shiphero']);

export interface PassthroughContext {
	/** The integration of the access token's connection, and its display name. */
	integration: () => { name: string; displayName: string };
	/** What the vendor's products query answers. */
	products: () => ReadonlyArray<{ id: string; sku?: string | null; name?: string | null }>;
}

type Body = Record<string, unknown>;

const isObject = (value: unknown): value is Body =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with a passthrough body (method, path, data, headers, params), by field. */
export function passthroughBodyErrors(body: unknown): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	if (!isObject(body)) return { _schema: ['Invalid input type.'] };
	if (typeof body.method !== 'string') errors.method = ['Missing data for required field.'];
	else if (!METHODS.includes(body.method))
		errors.method = [`Must be one of: ${METHODS.join(', ')}.`];
	if (typeof body.path !== 'string') errors.path = ['Missing data for required field.'];
	for (const field of ['data', 'headers', 'params'])
		if (body[field] !== undefined && !isObject(body[field]))
			errors[field] = ['Not a valid mapping type.'];
	return errors;
}

/** ShipHero as a vendor: `POST /graphql` with a products query, and nothing else. */
function vendorAnswer(context: PassthroughContext, body: Body): Body {
	const headers = { 'content-type': 'application/json', 'x-vendor': 'shiphero-sandbox' };
	const query = isObject(body.data) ? String(body.data.query ?? '') : '';
	if (body.method === 'POST' && body.path === '/graphql' && /\bproducts\b/.test(query)) {
		const edges = context
			.products()
			.slice(0, 10)
			.map((product) => ({ node: { id: product.id, sku: product.sku, name: product.name } }));
		return { status_code: 200, headers, body: { data: { products: { edges } } } };
	}
	if (body.method === 'POST' && body.path === '/graphql') {
		return {
			status_code: 400,
			headers,
			body: { errors: [{ message: 'Syntax Error: the sandbox answers a products query only' }] },
		};
	}
	return { status_code: 404, headers, body: { message: `Not Found: ${String(body.path)}` } };
}

export function passthrough(context: PassthroughContext, request: SandboxRequest): Reply {
	const { name, displayName } = context.integration();
	if (!WITH_PASSTHROUGH.has(name)) {
		return errorReply(501, `Endpoint passthrough is not implemented for ${displayName}`);
	}
	const errors = passthroughBodyErrors(request.body);
	if (Object.keys(errors).length > 0) {
		return errorReply(422, describeErrors(errors, 'request body'), { detail: { json: errors } });
	}
	return jsonReply(vendorAnswer(context, request.body as Body));
}

/** The passthrough route in front of `fallback`. */
export function createPassthroughRouter(context: PassthroughContext, fallback: Handler): Router {
	return new Router(fallback).add('POST', '/wms/passthrough', (request) =>
		passthrough(context, request),
	);
}
