import type { Sandbox } from '../../sandbox';
import { call, post, startTestSandbox, type ErrorAnswer } from './helpers';

type Passthrough = { status_code: number; headers: Record<string, string>; body: unknown };

/** Trackstar's passthrough guide (docs/trackstar-api/pages/how-to-guides/passthrough-requests.mdx). */
describe('sandbox: POST /wms/passthrough', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startTestSandbox({ integration: 'shiphero' });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it("answers the vendor's status_code, headers and body, as the guide describes", async () => {
		const answer = await post<Passthrough>(sandbox, '/wms/passthrough', {
			method: 'POST',
			path: '/graphql',
			data: { query: 'query { products(first: 10) { edges { node { id sku } } } }' },
		});
		expect(answer.status).toBe(200);
		expect(Object.keys(answer.body).sort()).toEqual(['body', 'headers', 'status_code']);
		expect(answer.body.status_code).toBe(200);
		const edges = (answer.body.body as { data: { products: { edges: unknown[] } } }).data.products
			.edges;
		expect(edges).toHaveLength(10);

		const missing = await post<Passthrough>(sandbox, '/wms/passthrough', {
			method: 'GET',
			path: '/api/v1/orders',
			params: { page: '1' },
		});
		expect(missing.status).toBe(200);
		expect(missing.body.status_code).toBe(404);
	});

	it('refuses a body without method and path, or with a method the guide does not list (422)', async () => {
		const answer = await post<ErrorAnswer>(sandbox, '/wms/passthrough', { method: 'TRACE' });
		expect(answer.status).toBe(422);
		expect(answer.body.detail).toEqual({
			json: {
				method: ['Must be one of: GET, POST, PUT, PATCH, DELETE.'],
				path: ['Missing data for required field.'],
			},
		});
	});

	it('answers 501 for an integration without passthrough, and 401 without the access token', async () => {
		await call(sandbox, 'PUT', '/__sandbox/connection', { body: { integration_name: 'logiwa' } });
		const answer = await post<ErrorAnswer>(sandbox, '/wms/passthrough', {
			method: 'GET',
			path: '/',
		});
		expect(answer.status).toBe(501);
		expect(answer.body.error).toBe('Endpoint passthrough is not implemented for Logiwa');

		const anonymous = await call<ErrorAnswer>(sandbox, 'POST', '/wms/passthrough', {
			body: { method: 'GET', path: '/' },
			headers: { 'x-trackstar-access-token': '' },
		});
		expect(anonymous.status).toBe(401);
	});
});
