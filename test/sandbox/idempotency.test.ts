import { sleep } from 'n8n-workflow';

import type { Order, Reply, Sandbox, SandboxRequest } from '../../sandbox';
import { IDEMPOTENCY_KEY_TTL_MS, idempotencyKeys } from '../../sandbox/idempotency';
import type { RecordAnswer } from './helpers';
import { NOW, call, newOrderBody, startTestSandbox } from './helpers';

const HOUR = 60 * 60 * 1000;

const newOrder = newOrderBody('IDEM-1');

describe('sandbox: Idempotency-Key on writes', () => {
	let sandbox: Sandbox;
	let now = NOW.getTime();

	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => new Date(now) });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		now = NOW.getTime();
		sandbox.reset();
	});

	const write = <T = unknown>(
		method: string,
		path: string,
		key: string | undefined,
		body?: unknown,
		headers: Record<string, string> = {},
	) =>
		call<T>(sandbox, method, path, {
			body,
			headers: key === undefined ? headers : { 'idempotency-key': key, ...headers },
		});
	const create = (key: string | undefined, body: unknown = newOrder) =>
		write<RecordAnswer<Order>>('POST', '/wms/orders', key, body);
	const created = () => sandbox.orders().filter((order) => order.order_number === 'IDEM-1');
	const openOrder = () => sandbox.orders().find((order) => order.status === 'open')!;
	const log = () =>
		sandbox.requests.map((request) => ({
			status: request.status,
			...(request.fault && { fault: request.fault }),
			...(request.replayed && { replayed: true }),
		}));

	it('answers a retry within 24 hours with the first answer and Idempotent-Replayed, writing once', async () => {
		const first = await create('create-1');
		now += 24 * HOUR - 1000;
		const retry = await create('create-1');

		expect(first.status).toBe(200);
		expect(first.headers.get('idempotent-replayed')).toBeNull();
		expect(retry.status).toBe(200);
		expect(retry.headers.get('idempotent-replayed')).toBe('true');
		expect(retry.body).toEqual(first.body);
		expect(created()).toHaveLength(1);
		expect(log()).toEqual([{ status: 200 }, { status: 200, replayed: true }]);
	});

	it('takes the same fields in another order for the same body', async () => {
		await create('create-1');
		const { ship_to_address, ...rest } = newOrder;
		const retry = await create('create-1', { ...rest, ship_to_address });

		expect(retry.headers.get('idempotent-replayed')).toBe('true');
		expect(created()).toHaveLength(1);
	});

	it('refuses a key used with another body or another endpoint: 400, nothing written', async () => {
		const order = openOrder();
		await write('PUT', `/wms/orders/${order.id}`, 'update-1', { order_number: 'A' });

		const otherBody = await write('PUT', `/wms/orders/${order.id}`, 'update-1', {
			order_number: 'B',
		});
		const otherEndpoint = await write('PUT', `/wms/orders/${order.id}/cancel`, 'update-1');

		expect(otherBody).toMatchObject({
			status: 400,
			body: {
				error:
					'Idempotency-Key was already used with another body. Send a new key for a new write.',
				origin: 'trackstar',
			},
		});
		expect(otherEndpoint).toMatchObject({
			status: 400,
			body: {
				error: `Idempotency-Key was already used with another endpoint (PUT /wms/orders/${order.id}). Send a new key for a new write.`,
				origin: 'trackstar',
			},
		});
		expect(sandbox.order(order.id)).toMatchObject({ order_number: 'A', status: 'open' });
	});

	it('answers 409 while the first request with the key is still running, then replays it', async () => {
		const order = openOrder();
		sandbox.inject({ method: 'PUT', fault: { kind: 'delay', ms: 300 } });
		const first = write('PUT', `/wms/orders/${order.id}`, 'slow-1', { order_number: 'SLOW' });
		await until(() => sandbox.requests.length === 1);

		const during = await write('PUT', `/wms/orders/${order.id}`, 'slow-1', {
			order_number: 'SLOW',
		});
		expect(during).toMatchObject({
			status: 409,
			body: {
				error:
					'A request with this Idempotency-Key is still being processed. Retry once it has been answered.',
				origin: 'trackstar',
			},
		});
		expect((await first).status).toBe(200);
		const after = await write('PUT', `/wms/orders/${order.id}`, 'slow-1', {
			order_number: 'SLOW',
		});

		expect(after.headers.get('idempotent-replayed')).toBe('true');
		expect(log()).toEqual([
			{ status: 200, fault: 'delay' },
			{ status: 409 },
			{ status: 200, replayed: true },
		]);
	});

	it('releases the key of an attempt that failed: its retry writes', async () => {
		const order = { ...openOrder(), id: 'ord-late' };
		const update = () => write('PUT', '/wms/orders/ord-late', 'late-1', { order_number: 'LATE' });

		expect((await update()).status).toBe(404);
		sandbox.upsertOrder(order);
		sandbox.inject({ method: 'PUT', fault: { kind: 'status', status: 503 } });
		expect((await update()).status).toBe(503);
		const retry = await update();

		expect(retry.status).toBe(200);
		expect(retry.headers.get('idempotent-replayed')).toBeNull();
		expect(sandbox.order('ord-late')?.order_number).toBe('LATE');
		expect(log()).toEqual([{ status: 404 }, { status: 503, fault: 'status' }, { status: 200 }]);
	});

	it('releases the key of a write applied and then answered 502, so its retry writes it again', async () => {
		sandbox.inject({ method: 'POST', fault: { kind: 'status', status: 502, when: 'after' } });

		const failed = await create('create-1');
		const retry = await create('create-1');

		expect(failed.status).toBe(502);
		expect(retry.status).toBe(200);
		expect(retry.headers.get('idempotent-replayed')).toBeNull();
		// Trackstar's caveat: the WMS accepted the first attempt before it failed.
		expect(created()).toHaveLength(2);
	});

	it('replays the answer of a write applied before its connection dropped: one order', async () => {
		sandbox.inject({ method: 'POST', fault: { kind: 'drop', when: 'after' } });

		await expect(create('create-1')).rejects.toThrow();
		const retry = await create('create-1');

		expect(retry.status).toBe(200);
		expect(retry.headers.get('idempotent-replayed')).toBe('true');
		expect(retry.body.data).toEqual(created()[0]);
		expect(created()).toHaveLength(1);
		expect(log()).toEqual([
			{ status: 0, fault: 'drop' },
			{ status: 200, replayed: true },
		]);
	});

	it('writes on the retry of a request whose connection dropped before it was handled: one order', async () => {
		sandbox.inject({ method: 'POST', fault: { kind: 'drop', when: 'before' } });

		await expect(create('create-1')).rejects.toThrow();
		const retry = await create('create-1');

		expect(retry.status).toBe(200);
		expect(retry.headers.get('idempotent-replayed')).toBeNull();
		expect(created()).toHaveLength(1);
		expect(log()).toEqual([{ status: 0, fault: 'drop' }, { status: 200 }]);
	});

	it('forgets a key 24 hours after its first use: the same key writes again', async () => {
		await create('create-1');
		now += 24 * HOUR;
		const later = await create('create-1');

		expect(later.headers.get('idempotent-replayed')).toBeNull();
		expect(created()).toHaveLength(2);
	});

	it('refuses a key longer than 255 characters or empty with 400, after checking the credentials', async () => {
		const tooLong = await create('k'.repeat(256));
		const empty = await create('');
		const unauthenticated = await write('POST', '/wms/orders', 'k'.repeat(256), newOrder, {
			'x-trackstar-access-token': 'someone-else',
		});
		const longest = await create('k'.repeat(255));

		expect(tooLong).toMatchObject({
			status: 400,
			body: {
				error: 'Idempotency-Key is 256 characters long; it can be at most 255.',
				origin: 'trackstar',
			},
		});
		expect(empty).toMatchObject({
			status: 400,
			body: { error: 'Idempotency-Key must not be empty.', origin: 'trackstar' },
		});
		expect(unauthenticated.status).toBe(401);
		expect(longest.status).toBe(200);
		expect(created()).toHaveLength(1);
	});

	it("replays a connection's write only to a request with both credentials", async () => {
		const update = (headers: Record<string, string> = {}) =>
			write('PATCH', '/connections', 'connection-1', { customer_id: 'c-1' }, headers);

		const first = await update();
		const wrongKey = await update({ 'x-trackstar-api-key': 'wrong' });
		const retry = await update();

		expect(first.status).toBe(200);
		expect(wrongKey).toMatchObject({
			status: 401,
			body: { error: 'Invalid x-trackstar-api-key header' },
		});
		expect(wrongKey.headers.get('idempotent-replayed')).toBeNull();
		expect(retry.headers.get('idempotent-replayed')).toBe('true');
	});

	it("keeps each connection's keys apart: the freight and carrier tokens' writes replay to their own token only", async () => {
		const update = (token: string, customer_id: string) =>
			write(
				'PATCH',
				'/connections',
				'connection-2',
				{ customer_id },
				{
					'x-trackstar-access-token': token,
				},
			);

		const freight = await update(sandbox.freightAccessToken, 'c-freight');
		const carrier = await update(sandbox.carrierAccessToken, 'c-carrier');
		const freightRetry = await update(sandbox.freightAccessToken, 'c-freight');

		expect(freight.status).toBe(200);
		expect(carrier.status).toBe(200);
		expect(carrier.headers.get('idempotent-replayed')).toBeNull();
		expect(freightRetry.headers.get('idempotent-replayed')).toBe('true');
		expect(freightRetry.body).toEqual(freight.body);
	});

	it('changes nothing without the header: every write writes, and a read ignores a key', async () => {
		const first = await create(undefined);
		const second = await create(undefined);
		const reads = [
			await write('GET', '/wms/orders?limit=1', 'read-1'),
			await write('GET', '/wms/orders?limit=1', 'read-1'),
		];

		expect([first.status, second.status]).toEqual([200, 200]);
		expect(second.body.data.id).not.toBe(first.body.data.id);
		expect(created()).toHaveLength(2);
		expect(reads.map((read) => read.headers.get('idempotent-replayed'))).toEqual([null, null]);
		expect(log()).toEqual([{ status: 200 }, { status: 200 }, { status: 200 }, { status: 200 }]);
	});

	it('keeps a key for the access token only: another token is refused and leaves it alone', async () => {
		await create('create-1');
		const otherToken = await write('POST', '/wms/orders', 'create-1', newOrder, {
			'x-trackstar-access-token': 'another-connection',
		});
		const retry = await create('create-1');

		// The sandbox serves one connection: another access token is refused before the key counts.
		expect(otherToken.status).toBe(401);
		expect(retry.headers.get('idempotent-replayed')).toBe('true');
		expect(created()).toHaveLength(1);
	});

	it('forgets the keys on reset', async () => {
		await create('create-1');
		sandbox.reset();
		const again = await create('create-1');

		expect(again.headers.get('idempotent-replayed')).toBeNull();
	});
});

describe('sandbox: Idempotency-Key store, called directly (the sandbox serves one access token)', () => {
	let now = NOW.getTime();
	const keys = idempotencyKeys({ clock: () => new Date(now), authenticated: () => true });
	let writes = 0;
	const handler = async (): Promise<Reply> => ({ status: 200, body: { write: ++writes } });
	const request = (token: string, key: string): SandboxRequest => ({
		id: 'r',
		method: 'POST',
		path: '/wms/orders',
		rawPath: '/wms/orders',
		segments: ['wms', 'orders'],
		query: {},
		queryEntries: [],
		rawQuery: '',
		headers: { 'x-trackstar-access-token': token, 'idempotency-key': key },
		body: newOrder,
		params: {},
	});
	const send = (token: string, key: string) => keys(request(token, key), handler);

	beforeEach(() => {
		keys.reset();
		now = NOW.getTime();
		writes = 0;
	});

	it('takes the same key under two access tokens for two keys, each replaying its own answer', async () => {
		const answers = [
			await send('token-a', 'same'),
			await send('token-b', 'same'),
			await send('token-a', 'same'),
			await send('token-b', 'same'),
		];

		expect(answers.map((answer) => [answer.status, answer.replayed ?? false])).toEqual([
			[200, false],
			[200, false],
			[200, true],
			[200, true],
		]);
		expect(answers[2].rawBody).toBe('{"write":1}');
		expect(answers[3].rawBody).toBe('{"write":2}');
	});

	it('holds no key longer than 24 hours: the next keyed write drops the expired ones', async () => {
		await send('token-a', 'one');
		await send('token-a', 'two');
		now += IDEMPOTENCY_KEY_TTL_MS;
		await send('token-a', 'three');

		expect(keys.size()).toBe(1);
	});
});

async function until(condition: () => boolean): Promise<void> {
	while (!condition()) await sleep(5);
	await sleep(20);
}
