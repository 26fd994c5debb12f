import { sleep } from 'n8n-workflow';

import type { Order, Sandbox } from '../../sandbox';
import type { ListAnswer } from './helpers';
import { call, get, startTestSandbox } from './helpers';

async function rawGet(sandbox: Sandbox, path: string) {
	const response = await fetch(`${sandbox.url}${path}`, {
		headers: {
			'x-trackstar-api-key': sandbox.apiKey,
			'x-trackstar-access-token': sandbox.accessToken,
		},
	});
	return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('sandbox: fault injection', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it('answers a sequence of statuses to matching requests, then answers normally, logging every attempt', async () => {
		sandbox.inject(
			{ path: '/wms/orders', fault: { kind: 'status', status: 503 } },
			{ path: '/wms/orders', fault: { kind: 'status', status: 502 } },
		);
		const answers = [];
		for (let i = 0; i < 3; i++) answers.push((await get(sandbox, '/wms/orders?limit=1')).status);

		expect(answers).toEqual([503, 502, 200]);
		expect(sandbox.requests.map((request) => [request.status, request.fault])).toEqual([
			[503, 'status'],
			[502, 'status'],
			[200, undefined],
		]);
		expect(sandbox.faults.pending()).toBe(0);
	});

	it('matches by method and path, lets `after` requests through, and faults `times` of them', async () => {
		sandbox.inject({
			method: 'GET',
			path: /^\/wms\/orders$/,
			after: 1,
			times: 2,
			fault: { kind: 'status', status: 500 },
		});
		const order = sandbox.orders()[0];

		expect((await get(sandbox, `/wms/orders/${order.id}`)).status).toBe(200);
		const list = [];
		for (let i = 0; i < 4; i++) list.push((await get(sandbox, '/wms/orders?limit=1')).status);
		expect(list).toEqual([200, 500, 500, 200]);
	});

	it('answers a rate limit with the headers asked for', async () => {
		sandbox.inject(
			{ fault: { kind: 'rateLimit', retryAfter: 2 } },
			{ fault: { kind: 'rateLimit', retryAfter: 0, headers: ['x-rate-limit-reset'] } },
		);
		const first = await get(sandbox, '/wms/orders');
		const second = await get(sandbox, '/wms/orders');

		expect(first.status).toBe(429);
		expect(first.headers.get('retry-after')).toBe('2');
		expect(first.headers.get('x-rate-limit-retry-after')).toBe('2');
		expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThanOrEqual(
			Math.floor(Date.now() / 1000) + 1,
		);
		expect(second.headers.get('retry-after')).toBeNull();
		expect(second.headers.get('x-rate-limit-reset')).toMatch(/^\d+$/);
		expect(second.body).toMatchObject({ origin: 'trackstar' });
	});

	it('drops the connection before handling a write: nothing applied', async () => {
		const order = sandbox.orders().find((candidate) => candidate.status === 'open')!;
		sandbox.inject({ method: 'PUT', fault: { kind: 'drop' } });

		await expect(
			call(sandbox, 'PUT', `/wms/orders/${order.id}`, { body: { order_number: 'X' } }),
		).rejects.toThrow();
		expect(sandbox.order(order.id)?.order_number).toBe(order.order_number);
		expect(sandbox.requests.map((request) => [request.status, request.fault])).toEqual([
			[0, 'drop'],
		]);
	});

	it('drops the connection after handling a write: applied, answer lost', async () => {
		const order = sandbox.orders().find((candidate) => candidate.status === 'open')!;
		sandbox.inject({ method: 'PUT', fault: { kind: 'drop', when: 'after' } });

		await expect(
			call(sandbox, 'PUT', `/wms/orders/${order.id}`, { body: { order_number: 'X' } }),
		).rejects.toThrow();
		expect(sandbox.order(order.id)?.order_number).toBe('X');
	});

	it('applies a write and then answers the status, with `when: after`', async () => {
		const order = sandbox.orders().find((candidate) => candidate.status === 'open')!;
		sandbox.inject({ method: 'PUT', fault: { kind: 'status', status: 502, when: 'after' } });

		const answer = await call(sandbox, 'PUT', `/wms/orders/${order.id}`, {
			body: { order_number: 'X' },
		});

		expect(answer).toMatchObject({
			status: 502,
			body: { error: 'Injected fault: 502', origin: 'trackstar' },
		});
		expect(sandbox.order(order.id)?.order_number).toBe('X');
		expect(sandbox.requests.map((request) => [request.status, request.fault])).toEqual([
			[502, 'status'],
		]);
	});

	it("refuses a write the organization disabled (403) or the WMS lacks (501) in Trackstar's shape, writing nothing", async () => {
		const disabled = {
			error: 'The create_order endpoint is disabled for this connection.',
			origin: 'trackstar',
		};
		const missing = {
			error: 'The sandbox integration does not implement create_order.',
			origin: 'trackstar',
		};
		sandbox.inject(
			{ method: 'POST', fault: { kind: 'status', status: 403, body: disabled } },
			{ method: 'POST', fault: { kind: 'status', status: 501, body: missing } },
		);
		const count = sandbox.orders().length;

		const answers = [
			await call(sandbox, 'POST', '/wms/orders', { body: {} }),
			await call(sandbox, 'POST', '/wms/orders', { body: {} }),
		];

		expect(answers.map(({ status, body }) => ({ status, body }))).toEqual([
			{ status: 403, body: disabled },
			{ status: 501, body: missing },
		]);
		expect(sandbox.orders()).toHaveLength(count);
	});

	it('answers bad JSON, or a body without data, with 200', async () => {
		sandbox.inject(
			{ fault: { kind: 'badJson' } },
			{ fault: { kind: 'body', body: { next_token: null } } },
		);

		const bad = await rawGet(sandbox, '/wms/orders');
		expect(bad.status).toBe(200);
		expect(() => JSON.parse(bad.text)).toThrow();
		expect((await get(sandbox, '/wms/orders')).body).toEqual({ next_token: null });
	});

	it('repeats the page token it was asked with', async () => {
		const first = await get<ListAnswer<Order>>(sandbox, '/wms/orders?limit=10');
		sandbox.inject({ fault: { kind: 'repeatToken' } });
		const second = await get<ListAnswer<Order>>(
			sandbox,
			`/wms/orders?limit=10&page_token=${first.body.next_token}`,
		);

		expect(second.body.next_token).toBe(first.body.next_token);
		expect(second.body.data).toHaveLength(10);
	});

	it('delays an answer', async () => {
		sandbox.inject({ fault: { kind: 'delay', ms: 50 } });
		const { status } = await get(sandbox, '/wms/orders?limit=1');
		expect(status).toBe(200);
		expect(sandbox.requests[0].fault).toBe('delay');
	});

	it('switches every fault off on reset', async () => {
		sandbox.inject({ times: Infinity, fault: { kind: 'status', status: 500 } });
		sandbox.reset();
		expect(sandbox.faults.pending()).toBe(0);
		expect((await get(sandbox, '/wms/orders?limit=1')).status).toBe(200);
	});
});

describe('sandbox: enforced rate limits', () => {
	it('answers 429 above the limit per access token, with retry-after and the reset, and logs it', async () => {
		const sandbox = await startTestSandbox({ rateLimit: { enforce: true, read: 3 } });
		try {
			// Aligned to the start of a second so that all five land in one window.
			await sleep(1000 - (Date.now() % 1000) + 5);
			const answers = await Promise.all(
				Array.from({ length: 5 }, () => get(sandbox, '/wms/orders?limit=1')),
			);
			const statuses = answers.map((answer) => answer.status).sort();

			expect(statuses).toEqual([200, 200, 200, 429, 429]);
			const refused = answers.find((answer) => answer.status === 429)!;
			expect(refused.body).toMatchObject({
				error: expect.stringMatching(/^Rate limit exceeded: 3 reads per second/),
			});
			expect(refused.headers.get('retry-after')).toBe('1');
			expect(refused.headers.get('x-rate-limit-retry-after')).toBe('1');
			expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
			expect(Number(refused.headers.get('x-ratelimit-reset'))).toBe(
				Math.floor(Date.now() / 1000) + 1,
			);
			expect(sandbox.requests.map((request) => request.status).sort()).toEqual(statuses);
		} finally {
			await sandbox.close();
		}
	});

	it('sends the x-rate-limit-* spelling when asked', async () => {
		const sandbox = await startTestSandbox({ rateLimit: { spelling: 'x-rate-limit' } });
		try {
			const answer = await get(sandbox, '/wms/orders?limit=1');
			expect(answer.headers.get('x-rate-limit-limit')).toBe('10');
			expect(answer.headers.get('x-rate-limit-remaining')).toMatch(/^\d$/);
			expect(answer.headers.get('x-ratelimit-limit')).toBeNull();
		} finally {
			await sandbox.close();
		}
	});
});
