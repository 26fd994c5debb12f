import type { Order, Sandbox } from '../../sandbox';
import type { ErrorAnswer, RecordAnswer } from './helpers';
import { call, get, put, startTestSandbox } from './helpers';

describe('sandbox server', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startTestSandbox({ apiKey: 'key-secret-1', accessToken: 'token-secret-2' });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	describe('auth', () => {
		it.each([
			['no API key', { 'x-trackstar-api-key': '' }, 'Missing x-trackstar-api-key header'],
			[
				'a wrong API key',
				{ 'x-trackstar-api-key': 'key-wrong' },
				'Invalid x-trackstar-api-key header',
			],
			[
				'no access token',
				{ 'x-trackstar-access-token': '' },
				'Missing x-trackstar-access-token header',
			],
			[
				'a wrong access token',
				{ 'x-trackstar-access-token': 'token-wrong' },
				'Invalid x-trackstar-access-token header',
			],
		])(
			'answers 401 naming the header for %s, without echoing secrets',
			async (_name, headers, error) => {
				for (const path of [
					'/wms/orders',
					`/wms/orders/${sandbox.orders()[0].id}`,
					'/wms/unknown',
				]) {
					const response = await fetch(`${sandbox.url}${path}`, {
						headers: {
							'x-trackstar-api-key': sandbox.apiKey,
							'x-trackstar-access-token': sandbox.accessToken,
							...headers,
						},
					});
					const text = await response.text();
					expect(response.status).toBe(401);
					expect(JSON.parse(text)).toEqual({ error, origin: 'trackstar' });
					for (const secret of ['key-secret-1', 'token-secret-2', 'key-wrong', 'token-wrong']) {
						expect(text).not.toContain(secret);
					}
				}
			},
		);

		it('refuses writes without auth and leaves the order unchanged', async () => {
			const order = sandbox.orders().find((entry) => entry.status === 'open')!;
			const response = await fetch(`${sandbox.url}/wms/orders/${order.id}/cancel`, {
				method: 'PUT',
			});
			expect(response.status).toBe(401);
			expect(sandbox.order(order.id)).toEqual(order);
		});
	});

	describe('headers and routing', () => {
		it('answers JSON with a unique X-Request-Id and rate-limit headers', async () => {
			const [a, b] = await Promise.all([
				get(sandbox, '/wms/orders?limit=1'),
				get(sandbox, '/nowhere'),
			]);
			expect(a.headers.get('content-type')).toBe('application/json');
			expect(a.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
			expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
			expect(a.headers.get('x-ratelimit-limit')).toBe('10');
			expect(Number(a.headers.get('x-ratelimit-remaining'))).toBeLessThan(10);
			expect(Number(a.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 - 1);
			const write = await put(sandbox, '/wms/orders/nope/cancel');
			expect(write.headers.get('x-ratelimit-limit')).toBe('50');
		});

		it('answers 404 JSON for unknown paths and 405 for a wrong method on a known one', async () => {
			const unknown = await get<ErrorAnswer>(sandbox, '/wms/bills');
			expect(unknown.status).toBe(404);
			expect(unknown.body.origin).toBe('trackstar');
			const wrong = await call(sandbox, 'DELETE', '/wms/orders');
			expect(wrong.status).toBe(405);
			expect(wrong.headers.get('allow')).toBe('GET, POST');
			expect((await call(sandbox, 'POST', `/wms/orders/x/cancel`)).status).toBe(405);
		});

		it('answers 413 for a body over the limit and keeps serving', async () => {
			const huge = 'x'.repeat(11 * 1024 * 1024);
			const answer = await call(sandbox, 'PUT', '/wms/orders/x', { rawBody: huge });
			expect(answer.status).toBe(413);
			expect((await get(sandbox, '/wms/orders?limit=1')).status).toBe(200);
		});

		it('accepts a body of a few MB', async () => {
			const order = sandbox.orders().find((entry) => entry.status === 'open')!;
			const answer = await put<RecordAnswer<Order>>(sandbox, `/wms/orders/${order.id}`, {
				note: 'y'.repeat(3_000_000),
			});
			expect(answer.status).toBe(200);
			expect(answer.body.unused_fields).toEqual(['note']);
		});
	});

	describe('request log', () => {
		it('records method, paths, query, headers, body and status of each request, in order', async () => {
			const order = sandbox.orders().find((entry) => entry.status === 'open')!;
			await get(sandbox, '/wms/orders?status%5Bin%5D=open%2Cpicked&limit=5');
			await put(sandbox, `/wms/orders/${order.id}`, { order_number: 'N-1' });
			await call(sandbox, 'PUT', `/wms/orders/${order.id}`, { rawBody: 'plain text' });
			expect(sandbox.requests).toEqual([
				expect.objectContaining({
					method: 'GET',
					path: '/wms/orders',
					rawPath: '/wms/orders',
					query: { 'status[in]': 'open,picked', limit: '5' },
					rawQuery: 'status%5Bin%5D=open%2Cpicked&limit=5',
					body: undefined,
					status: 200,
				}),
				expect.objectContaining({ method: 'PUT', body: { order_number: 'N-1' }, status: 200 }),
				expect.objectContaining({ method: 'PUT', body: 'plain text', status: 422 }),
			]);
			expect(sandbox.requests[0].headers['x-trackstar-api-key']).toBe('key-secret-1');
		});

		it('serves the log without auth at /__sandbox/requests with secrets redacted, and clears it', async () => {
			await get(sandbox, '/wms/orders?limit=1');
			await get(sandbox, '/connections?access_token=token-secret-2');
			const response = await fetch(`${sandbox.url}/__sandbox/requests`);
			const text = await response.text();
			expect(response.status).toBe(200);
			expect(text).not.toContain('key-secret-1');
			expect(text).not.toContain('token-secret-2');
			const log = JSON.parse(text);
			expect(log.data).toHaveLength(2);
			expect(log.data[0].headers['x-trackstar-api-key']).toBe('[redacted]');
			expect(log.data[1].query.access_token).toBe('[redacted]');
			const cleared = await fetch(`${sandbox.url}/__sandbox/requests`, { method: 'DELETE' });
			expect(cleared.status).toBe(200);
			expect(sandbox.requests).toEqual([]);
		});

		it('re-seeds on POST /__sandbox/reset', async () => {
			const order = sandbox.orders().find((entry) => entry.status === 'open')!;
			await put(sandbox, `/wms/orders/${order.id}/cancel`);
			const response = await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' });
			expect(response.status).toBe(200);
			expect(sandbox.order(order.id)?.status).toBe('open');
			expect(sandbox.requests).toEqual([]);
		});
	});

	it('starts on defaults and closes twice without error', async () => {
		const other = await startTestSandbox({ orderCount: 12 });
		expect(other.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(other.apiKey).toBe('sandbox-api-key');
		expect(other.accessToken).toBe('sandbox-access-token');
		expect(other.orders()).toHaveLength(12);
		await other.close();
		await other.close();
	});
});
