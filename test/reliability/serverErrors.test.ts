import type { Sandbox } from '../../sandbox';
import { freePort } from '../../scripts/n8n/instance';
import { expectItemError } from '../harness';
import { FAST_RETRIES, statuses } from '../support/faultChecks';
import {
	byId,
	runOrders,
	startTestSandbox,
	trackstarCredentials,
	wmsRequests,
} from '../support/trackstar';

type Described = Error & { description?: string; httpCode?: string };

describe('Reliability: server errors and network failures', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const openOrders = () => sandbox.orders().filter((order) => order.status === 'open');
	const getMany = (requestOptions: object = FAST_RETRIES) =>
		runOrders(sandbox, { parameters: { operation: 'getAll', limit: 5, requestOptions } });
	/** What a Limit of five returns: the five newest (the sandbox lists oldest first). */
	const newestFive = () =>
		sandbox
			.orders()
			.reverse()
			.slice(0, 5)
			.map((order) => order.id);

	it.each([500, 502, 503, 504])(
		'retries a read answered %i, then returns the orders',
		async (status) => {
			sandbox.inject({ path: '/wms/orders', fault: { kind: 'status', status } });

			const { items, error } = await getMany();

			expect(error).toBeUndefined();
			expect(items.map((item) => item.json.id)).toEqual(newestFive());
			expect(statuses(sandbox)).toEqual([status, 200]);
		},
	);

	it('retries an Update through 503, 502 and 504 and applies it once', async () => {
		const order = openOrders()[0];
		sandbox.inject(
			{ method: 'PUT', fault: { kind: 'status', status: 503 } },
			{ method: 'PUT', fault: { kind: 'status', status: 502 } },
			{ method: 'PUT', fault: { kind: 'status', status: 504 } },
		);

		const { items, error } = await runOrders(sandbox, {
			parameters: {
				operation: 'update',
				orderId: byId(order.id),
				updateFields: { orderNumber: 'SO-5XX' },
				requestOptions: FAST_RETRIES,
			},
		});

		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.id, item.json.order_number])).toEqual([
			[order.id, 'SO-5XX'],
		]);
		expect(sandbox.order(order.id)?.order_number).toBe('SO-5XX');
		expect(statuses(sandbox)).toEqual([503, 502, 504, 200]);
	});

	it('fails a Cancel with a clear 503 once Max Retries are used up, leaving the order as it was', async () => {
		const order = openOrders()[0];
		sandbox.inject({ method: 'PUT', times: Infinity, fault: { kind: 'status', status: 503 } });

		const { items, error } = await runOrders(sandbox, {
			parameters: {
				operation: 'cancel',
				orderId: byId(order.id),
				requestOptions: { ...FAST_RETRIES, maxRetries: 3 },
			},
		});

		expect(items).toHaveLength(0);
		expectItemError(error, 'Trackstar answered 503: Injected fault: 503', 0);
		expect((error as Described).httpCode).toBe('503');
		expect((error as Described).description).toMatch(
			/^Trackstar is unavailable\. Try again later\.\nTried 4 times, waiting [\d.]+ s in all\. Raise Max Retries/,
		);
		expect(statuses(sandbox)).toEqual([503, 503, 503, 503]);
		expect(sandbox.order(order.id)?.status).toBe('open');
	});

	it('never retries with Max Retries 0, and says so', async () => {
		sandbox.inject({ path: '/wms/orders', fault: { kind: 'status', status: 502 } });

		const { error } = await getMany({ maxRetries: 0 });

		expectItemError(error, 'Trackstar answered 502: Injected fault: 502', 0);
		expect((error as Described).description).toContain(
			'Not retried: Max Retries under Request Options is 0.',
		);
		expect(statuses(sandbox)).toEqual([502]);
	});

	it.each([400, 401, 403, 404, 405, 409, 422, 501])('never retries a %i', async (status) => {
		sandbox.inject({ path: '/wms/orders', times: Infinity, fault: { kind: 'status', status } });

		const { error } = await getMany();

		expectItemError(error, `Trackstar answered ${status}: Injected fault: ${status}`, 0);
		expect((error as Described).description).not.toMatch(/Tried|retried/);
		expect(statuses(sandbox)).toEqual([status]);
	});

	it('retries a read whose connection was dropped', async () => {
		sandbox.inject({ path: '/wms/orders', fault: { kind: 'drop' } });

		const { items, error } = await getMany();

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual(newestFive());
		expect(statuses(sandbox)).toEqual([0, 200]);
	});

	it('retries an Update whose answer was lost after it was applied: same end state, one output item', async () => {
		const order = openOrders()[0];
		sandbox.inject({ method: 'PUT', fault: { kind: 'drop', when: 'after' } });

		const { items, error } = await runOrders(sandbox, {
			parameters: {
				operation: 'update',
				orderId: byId(order.id),
				updateFields: { orderNumber: 'SO-LOST' },
				requestOptions: FAST_RETRIES,
			},
		});

		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.id, item.json.order_number])).toEqual([
			[order.id, 'SO-LOST'],
		]);
		expect(sandbox.order(order.id)?.order_number).toBe('SO-LOST');
		expect(
			wmsRequests(sandbox).map((request) => [request.method, request.path, request.fault]),
		).toEqual([
			['PUT', `/wms/orders/${order.id}`, 'drop'],
			['PUT', `/wms/orders/${order.id}`, undefined],
		]);
	});

	it('retries a Cancel whose answer was lost after it was applied: Trackstar replays its answer for the same Idempotency-Key', async () => {
		const order = openOrders()[0];
		sandbox.inject({ method: 'PUT', fault: { kind: 'drop', when: 'after' } });

		const { items, error } = await runOrders(sandbox, {
			parameters: { operation: 'cancel', orderId: byId(order.id), requestOptions: FAST_RETRIES },
		});

		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.id, item.json.status])).toEqual([
			[order.id, 'cancelled'],
		]);
		const requests = wmsRequests(sandbox);
		expect(requests.map((request) => [request.method, request.path, request.status])).toEqual([
			['PUT', `/wms/orders/${order.id}/cancel`, 0],
			['PUT', `/wms/orders/${order.id}/cancel`, 200],
		]);
		expect(requests[1]).toMatchObject({ replayed: true });
		expect(requests[1].headers['idempotency-key']).toBe(requests[0].headers['idempotency-key']);
	});

	it('retries a Cancel applied and then answered 502 (its key released), and reads the order to find it cancelled', async () => {
		const order = openOrders()[0];
		sandbox.inject({ method: 'PUT', fault: { kind: 'status', status: 502, when: 'after' } });

		const { items, error } = await runOrders(sandbox, {
			parameters: { operation: 'cancel', orderId: byId(order.id), requestOptions: FAST_RETRIES },
		});

		// The first attempt cancelled the order; the WMS refuses the second as already cancelled,
		// and the order read afterwards shows the cancel stands: what was asked.
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.id, item.json.status])).toEqual([
			[order.id, 'cancelled'],
		]);
		expect(
			wmsRequests(sandbox).map((request) => [request.method, request.path, request.status]),
		).toEqual([
			['PUT', `/wms/orders/${order.id}/cancel`, 502],
			['PUT', `/wms/orders/${order.id}/cancel`, 422],
			['GET', `/wms/orders/${order.id}`, 200],
		]);
	});

	it("keeps a retried Cancel's refusal when the order read afterwards is not cancelled, saying it may be about the lost attempt", async () => {
		const shipped = sandbox.orders().find((candidate) => candidate.status === 'fulfilled')!;
		sandbox.inject({ method: 'PUT', fault: { kind: 'drop', when: 'before' } });

		const { error } = await runOrders(sandbox, {
			parameters: { operation: 'cancel', orderId: byId(shipped.id), requestOptions: FAST_RETRIES },
		});

		expect(error?.message).toMatch(
			new RegExp(
				`^Trackstar answered 422: Order ${shipped.id} is fulfilled and can no longer be cancelled`,
			),
		);
		expect((error as Described).description).toContain(
			'An earlier attempt of this request lost its connection (ECONNRESET) and may have been applied all the same; this answer may be about it.',
		);
		expect(wmsRequests(sandbox).map((request) => [request.method, request.status])).toEqual([
			['PUT', 0],
			['PUT', 422],
			['GET', 200],
		]);
	});

	it('gives up an attempt after Timeout and retries it', async () => {
		sandbox.inject({ path: '/wms/orders', fault: { kind: 'delay', ms: 2000 } });

		const { items, error } = await getMany({ ...FAST_RETRIES, timeout: 0.5 });

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual(newestFive());
		// The first attempt is still held by the sandbox (its status is recorded once it answers).
		expect(wmsRequests(sandbox)).toHaveLength(2);
		expect(wmsRequests(sandbox)[1].status).toBe(200);
	});

	it('says how long it waited when every attempt times out', async () => {
		sandbox.inject({ path: '/wms/orders', times: 2, fault: { kind: 'delay', ms: 2000 } });

		const { error } = await getMany({ ...FAST_RETRIES, timeout: 0.5, maxRetries: 1 });

		expectItemError(
			error,
			`Could not reach Trackstar at ${sandbox.url}: no answer within 0.5 s`,
			0,
		);
		expect((error as Described).description).toMatch(
			/Tried 2 times.*\nTrackstar or the WMS behind it was slow to answer\. Raise Timeout under Request Options/,
		);
		expect(wmsRequests(sandbox)).toHaveLength(2);
	});

	it('retries a refused connection, then says where it could not connect', async () => {
		const port = await freePort();

		const { error } = await runOrders(sandbox, {
			credentials: trackstarCredentials(sandbox, { baseUrl: `http://127.0.0.1:${port}` }),
			parameters: { operation: 'getAll', requestOptions: { ...FAST_RETRIES, maxRetries: 2 } },
		});

		expectItemError(
			error,
			`Could not reach Trackstar at http://127.0.0.1:${port}: the connection was refused`,
			0,
		);
		expect((error as Described).description).toMatch(/^ECONNREFUSED: .+\nTried 3 times/);
	});

	it('answers a 200 that is not JSON with a clear error, not retried', async () => {
		sandbox.inject({ path: '/wms/orders', fault: { kind: 'badJson' } });

		const { error, items } = await getMany();

		expect(error?.name).toBe('NodeApiError');
		expectItemError(error, 'Trackstar answered 200 with an unexpected body: not JSON', 0);
		expect(items).toHaveLength(0);
		expect(statuses(sandbox)).toEqual([200]);
	});

	it('answers a write without an order in its body with a clear error', async () => {
		const order = openOrders()[0];
		sandbox.inject({ method: 'PUT', fault: { kind: 'body', body: { id: order.id } } });

		const { error } = await runOrders(sandbox, {
			parameters: { operation: 'cancel', orderId: byId(order.id) },
		});

		expect(error?.name).toBe('NodeApiError');
		expectItemError(error, "Trackstar's answer holds no order", 0);
		expect(statuses(sandbox)).toEqual([200]);
	});

	describe('Request Options that cannot be used stop the item before any request, naming the option', () => {
		it.each([
			[
				{ maxRetries: -1 },
				'Invalid Request Options: Max Retries: -1 is not a whole number of 0 or more',
			],
			[
				{ maxRetries: 1.5 },
				'Invalid Request Options: Max Retries: 1.5 is not a whole number of 0 or more',
			],
			[
				{ maxRetryWait: 'soon' },
				'Invalid Request Options: Max Total Wait (Seconds): soon is not a number of 0 or more',
			],
			[
				{ retryDelay: -5 },
				'Invalid Request Options: Retry Delay (Ms): -5 is not a number of 0 or more',
			],
			[{ timeout: 0 }, 'Invalid Request Options: Timeout (Seconds): 0 is not a number above 0'],
		])('%j', async (requestOptions, message) => {
			const { error } = await getMany(requestOptions);
			expect(error?.name).toBe('NodeOperationError');
			expectItemError(error, message, 0);
			expect(wmsRequests(sandbox)).toHaveLength(0);
		});
	});
});
