import type { RateLimitHeader, Sandbox } from '../../sandbox';
import { expectItemError } from '../harness';
import { FAST_RETRIES, statuses } from '../support/faultChecks';
import { byId, runOrders, startTestSandbox, wmsRequests } from '../support/trackstar';

describe("Reliability: Trackstar's rate limits", () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const getMany = (requestOptions: object = FAST_RETRIES) =>
		runOrders(sandbox, { parameters: { operation: 'getAll', limit: 5, requestOptions } });

	it.each<[string, RateLimitHeader[]]>([
		['retry-after', ['retry-after']],
		['x-rate-limit-retry-after', ['x-rate-limit-retry-after']],
		['x-ratelimit-reset (epoch seconds)', ['x-ratelimit-reset']],
		['x-rate-limit-reset (epoch seconds)', ['x-rate-limit-reset']],
	])('waits what a 429 asks in %s, then gets the page', async (_case, headers) => {
		sandbox.inject({ path: '/wms/orders', fault: { kind: 'rateLimit', retryAfter: 0, headers } });

		const { items, error } = await getMany();

		expect(error).toBeUndefined();
		// The five newest (the sandbox lists oldest first), read in the one retried request.
		expect(items.map((item) => item.json.id)).toEqual(
			sandbox
				.orders()
				.reverse()
				.slice(0, 5)
				.map((order) => order.id),
		);
		expect(statuses(sandbox)).toEqual([429, 200]);
	});

	it('waits the retry-after when the reset it sent has already passed by our clock', async () => {
		const pastReset = Math.floor(Date.now() / 1000) - 2;
		sandbox.inject({
			path: '/wms/orders',
			fault: {
				kind: 'status',
				status: 429,
				headers: { 'retry-after': 1, 'x-ratelimit-reset': pastReset },
			},
		});

		const { items, error } = await getMany();

		expect(error).toBeUndefined();
		expect(items).toHaveLength(5);
		const [refused, retried] = wmsRequests(sandbox);
		expect([refused.status, retried.status]).toEqual([429, 200]);
		expect(retried.receivedAt - refused.receivedAt).toBeGreaterThanOrEqual(950);
	});

	it('backs off on its own when a 429 says nothing about waiting', async () => {
		sandbox.inject({ path: '/wms/orders', times: 2, fault: { kind: 'rateLimit', headers: [] } });

		const { items, error } = await getMany();

		expect(error).toBeUndefined();
		expect(items).toHaveLength(5);
		expect(statuses(sandbox)).toEqual([429, 429, 200]);
	});

	it('fails with a clear 429 once Max Retries are used up', async () => {
		sandbox.inject({
			path: '/wms/orders',
			times: Infinity,
			fault: { kind: 'rateLimit', retryAfter: 0 },
		});

		const { items, error } = await getMany({ ...FAST_RETRIES, maxRetries: 2 });

		expect(items).toHaveLength(0);
		expectItemError(
			error,
			'Trackstar answered 429: Rate limit exceeded. Retry after the time given in the headers.',
			0,
		);
		expect((error as { description?: string }).description).toContain(
			'Tried 3 times. Raise Max Retries under Request Options to keep trying longer.',
		);
		expect(statuses(sandbox)).toEqual([429, 429, 429]);
	});

	it('fails at once when a 429 asks to wait longer than Max Total Wait', async () => {
		sandbox.inject({ path: '/wms/orders', fault: { kind: 'rateLimit', retryAfter: 120 } });

		const { error } = await getMany();

		expect(error?.message).toMatch(/^Trackstar answered 429: /);
		expect((error as { description?: string }).description).toContain(
			'Tried 1 time. The next wait (120 s) would pass the Max Total Wait of 30 s under Request Options; raise it to keep trying longer.',
		);
		expect(statuses(sandbox)).toEqual([429]);
	});

	it('retries a rate-limited Update and applies it once', async () => {
		const order = sandbox.orders().find((candidate) => candidate.status === 'open')!;
		sandbox.inject({ method: 'PUT', fault: { kind: 'rateLimit', retryAfter: 0 } });

		const { items, error } = await runOrders(sandbox, {
			parameters: {
				operation: 'update',
				orderId: byId(order.id),
				updateFields: { orderNumber: 'SO-429' },
				requestOptions: FAST_RETRIES,
			},
		});

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.order_number)).toEqual(['SO-429']);
		expect(sandbox.order(order.id)?.order_number).toBe('SO-429');
		expect(statuses(sandbox)).toEqual([429, 200]);
	});
});

describe("Reliability: pacing by Trackstar's rate-limit headers (an enforcing sandbox)", () => {
	it.each(['x-ratelimit', 'x-rate-limit'] as const)(
		'spreads reads over the windows %s-* announces instead of running into 429s',
		async (spelling) => {
			const sandbox = await startTestSandbox({ rateLimit: { enforce: true, read: 4, spelling } });
			try {
				const input = Array.from({ length: 10 }, (_, index) => ({ index }));
				const { items, error } = await runOrders(sandbox, {
					input,
					parameters: { operation: 'getAll', limit: 1, requestOptions: FAST_RETRIES },
				});

				expect(error).toBeUndefined();
				expect(items.map((item) => item.pairedItem)).toEqual(input.map((_, item) => ({ item })));
				expect(statuses(sandbox)).toEqual(Array(10).fill(200));
			} finally {
				await sandbox.close();
			}
		},
	);

	it('spreads a bulk Update over the write windows: every order updated once, no 429', async () => {
		const sandbox = await startTestSandbox({ rateLimit: { enforce: true, write: 5 } });
		try {
			const orders = sandbox
				.orders()
				.filter((order) => order.status === 'open')
				.slice(0, 12);
			const { items, error } = await runOrders(sandbox, {
				input: orders.map((order) => ({ id: order.id })),
				parameters: {
					operation: 'update',
					orderId: byId('={{ $json.id }}'),
					updateFields: { serviceLevel: 'Paced' },
				},
			});

			expect(error).toBeUndefined();
			expect(items.map((item) => item.json.id)).toEqual(orders.map((order) => order.id));
			for (const order of orders) expect(sandbox.order(order.id)?.service_level).toBe('Paced');
			expect(wmsRequests(sandbox).map((request) => [request.path, request.status])).toEqual(
				orders.map((order) => [`/wms/orders/${order.id}`, 200]),
			);
		} finally {
			await sandbox.close();
		}
	});
});
