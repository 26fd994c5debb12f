import { readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import type { IHttpRequestMethods } from 'n8n-workflow';

import { needsAccessToken } from '../../nodes/shared/transport/accessToken';
import { OPENAPI_PATH } from '../support/openapi';

interface Operation {
	parameters?: Array<{ in: string; name: string }>;
}
const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as {
	paths: Record<string, Record<string, Operation>>;
};
const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete'];

/** Every documented call, a sample of its path (IDs filled in), and whether it lists the token header. */
const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
	Object.entries(methods)
		.filter(([method]) => HTTP_METHODS.includes(method))
		.map(([method, operation]) => ({
			call: `${method.toUpperCase()} ${path}`,
			method: method.toUpperCase() as IHttpRequestMethods,
			sample: path.replace(/\{[^}]+\}/g, 'id_1'),
			token: (operation.parameters ?? []).some(
				(parameter) => parameter.in === 'header' && parameter.name === 'x-trackstar-access-token',
			),
		})),
);

describe('Which requests need the access token: the one rule the transport refuses a token-less credential by', () => {
	it.each(documented.map((entry) => [entry.call, entry]))(
		"%s needs it exactly when Trackstar's OpenAPI document lists the access token header",
		(_call, { method, sample, token }) => {
			expect(needsAccessToken({ method, path: sample })).toBe(token);
		},
	);

	it("asks for it when GET /connections names the credential's own connection (access_token=)", () => {
		expect(needsAccessToken({ method: 'GET', path: '/connections' })).toBe(false);
		expect(
			needsAccessToken({ method: 'GET', path: '/connections', qs: { access_token: 'tok' } }),
		).toBe(true);
	});

	it.each([
		['GET', '/integrations/wms/shiphero/write-info', false],
		['POST', '/connections/on-demand-syncs', true],
		['GET', '/connections/on-demand-syncs/job_1', true],
		['POST', '/connections/on-demand-syncs/job_1/cancel', true],
		['PATCH', '/schedules/get_orders/toggle', true],
		['PUT', '/cart/orders/1/trackstar-tags', true],
		['POST', '/wms/passthrough', true],
	])('%s %s, from the newer docs pages: %s', (method, path, token) => {
		expect(needsAccessToken({ method: method as IHttpRequestMethods, path })).toBe(token);
	});
});
