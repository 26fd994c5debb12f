import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { wmsRequests } from '../support/trackstar';
import {
	addOrder,
	at,
	changeOrder,
	ids,
	manualOrdersPoll,
	ordersPoller,
	wholeSecondNow,
} from '../support/triggers';

describe('Trackstar Orders Trigger: polling', () => {
	let sandbox: Sandbox;
	let start: number;

	beforeEach(async () => {
		start = wholeSecondNow();
		// Seeded relative to the real clock: the trigger's first poll reads "now" from it too.
		sandbox = await startSandbox({ port: 0, now: new Date(start - 1000) });
	});
	afterEach(async () => await sandbox.close());

	it('starts from activation: the first poll emits nothing, later polls emit each new order once, in order', async () => {
		const poller = ordersPoller(sandbox, { event: 'newOrder' });

		const first = await poller.poll();
		expect(first.error).toBeUndefined();
		expect(first.emitted).toBe(false);
		const firstQuery = wmsRequests(sandbox)[0].query;
		expect(Object.keys(firstQuery).sort()).toEqual(['limit', 'trackstar_created_date[gte]']);
		expect(firstQuery['trackstar_created_date[gte]'] < at(start, 0)).toBe(true);

		addOrder(sandbox, 'n-b', at(start, 10));
		addOrder(sandbox, 'n-a', at(start, 10));
		addOrder(sandbox, 'n-c', at(start, 12));
		const second = await poller.poll();
		expect(second.emitted).toBe(true);
		expect(ids(second.items)).toEqual(['n-a', 'n-b', 'n-c']);
		expect(second.items[0].json).toEqual(sandbox.order('n-a'));

		const third = await poller.poll();
		expect(third.emitted).toBe(false);
		expect(wmsRequests(sandbox).at(-1)?.query['trackstar_created_date[gte]']).toBe(at(start, 12));
		expect(poller.nodeStaticData().state).toMatchObject({
			event: 'newOrder',
			cursor: { since: at(start, 12), seenAtSince: { 'n-c': '*' } },
		});

		// Written in the same second as the newest order already emitted: neither lost nor repeated.
		addOrder(sandbox, 'n-d', at(start, 12));
		addOrder(sandbox, 'n-e', at(start, 13));
		const fourth = await poller.poll();
		expect(ids(fourth.items)).toEqual(['n-d', 'n-e']);
	});

	it('keeps the cursor when a poll fails half-way through the pages, and the retries emit everything once, 1,000 a poll', async () => {
		const poller = ordersPoller(sandbox, { event: 'newOrder' });
		await poller.poll();
		const before = poller.nodeStaticData();

		const added = Array.from(
			{ length: 1005 },
			(_, index) => `bulk-${String(index).padStart(4, '0')}`,
		);
		added.forEach((id, index) => addOrder(sandbox, id, at(start, 20 + Math.floor(index / 100))));
		// Trackstar down from page 2 on: the transport's retries (asked to wait 0 s) all fail.
		sandbox.inject({
			path: '/wms/orders',
			after: 1,
			times: Infinity,
			fault: { kind: 'status', status: 503, headers: { 'retry-after': 0 } },
		});

		const failed = await poller.poll();
		expect(failed.error?.message).toContain('Trackstar answered 503');
		expect(failed.emitted).toBe(false);
		expect(poller.nodeStaticData()).toEqual(before);
		const failedPolls = wmsRequests(sandbox).slice(1);
		expect(failedPolls[0].status).toBe(200);
		expect(
			failedPolls
				.slice(1)
				.every((request) => request.status === 503 && request.query.page_token !== undefined),
		).toBe(true);

		sandbox.faults.clear();
		const retryFrom = wmsRequests(sandbox).length;
		const retried = await poller.poll();
		expect(retried.error).toBeUndefined();
		expect(ids(retried.items)).toEqual(added.slice(0, 1000));
		const retryPages = wmsRequests(sandbox).slice(retryFrom);
		expect(retryPages[0].query['trackstar_created_date[gte]']).toBe(
			failedPolls[0].query['trackstar_created_date[gte]'],
		);
		expect(retryPages.map((request) => request.status)).toEqual([200, 200]);

		// The default bound: the five beyond it come with the next poll, from the 1,000th's second.
		expect(ids((await poller.poll()).items)).toEqual(added.slice(1000));
		expect(wmsRequests(sandbox).at(-1)?.query['trackstar_created_date[gte]']).toBe(at(start, 29));
		expect((await poller.poll()).emitted).toBe(false);
	});

	it('drains a backlog beyond Max Records per Poll over several polls, cutting through one second, nothing skipped or repeated', async () => {
		const poller = ordersPoller(sandbox, {
			event: 'updatedOrder',
			options: { maxRecordsPerPoll: 4 },
		});
		await poller.poll();
		const backlog = ['b-1', 'b-2', 'b-3', 'b-4', 'b-5', 'b-6', 'b-7', 'b-8', 'b-9'];
		// Six in one second: the bound cuts through it.
		backlog.forEach((id, index) => addOrder(sandbox, id, at(start, index < 6 ? 10 : 11 + index)));

		expect(ids((await poller.poll()).items)).toEqual(['b-1', 'b-2', 'b-3', 'b-4']);
		expect(poller.nodeStaticData().state).toMatchObject({ cursor: { since: at(start, 10) } });
		// A change to an order already emitted, while the backlog drains: it comes in its turn.
		changeOrder(sandbox, 'b-2', at(start, 12), { status: 'picked' });
		expect(ids((await poller.poll()).items)).toEqual(['b-5', 'b-6', 'b-2', 'b-7']);
		expect(wmsRequests(sandbox).at(-1)?.query['trackstar_updated_date[gte]']).toBe(at(start, 10));
		expect(ids((await poller.poll()).items)).toEqual(['b-8', 'b-9']);
		expect((await poller.poll()).emitted).toBe(false);
	});

	it('emits every change of an order for "updated order", each change once', async () => {
		const poller = ordersPoller(sandbox, { event: 'updatedOrder' });
		await poller.poll();
		const [one, two] = sandbox.orders();

		changeOrder(sandbox, one.id, at(start, 5), { status: 'processing' });
		changeOrder(sandbox, two.id, at(start, 6), { status: 'picked' });
		const first = await poller.poll();
		expect(first.items.map((item) => [item.json.id, item.json.status])).toEqual([
			[one.id, 'processing'],
			[two.id, 'picked'],
		]);
		expect(Object.keys(wmsRequests(sandbox).at(-1)?.query ?? {})).toContain(
			'trackstar_updated_date[gte]',
		);

		addOrder(sandbox, 'u-new', at(start, 7));
		changeOrder(sandbox, one.id, at(start, 8), { status: 'packed' });
		const second = await poller.poll();
		expect(second.items.map((item) => [item.json.id, item.json.status])).toEqual([
			['u-new', 'open'],
			[one.id, 'packed'],
		]);
		expect((await poller.poll()).emitted).toBe(false);
	});

	it('emits an order when it enters a chosen status, not when it changes otherwise while in it', async () => {
		const poller = ordersPoller(sandbox, {
			event: 'statusChanged',
			statuses: ['exception', 'backordered'],
		});
		await poller.poll();
		const order = sandbox.orders().find((candidate) => candidate.status === 'open')!;

		changeOrder(sandbox, order.id, at(start, 5), { status: 'exception' });
		expect(ids((await poller.poll()).items)).toEqual([order.id]);

		changeOrder(sandbox, order.id, at(start, 6), { total_shipping: 9.5 });
		expect((await poller.poll()).emitted).toBe(false);

		changeOrder(sandbox, order.id, at(start, 7), { status: 'backordered' });
		expect((await poller.poll()).items.map((item) => item.json.status)).toEqual(['backordered']);

		changeOrder(sandbox, order.id, at(start, 8), { status: 'open' });
		expect((await poller.poll()).emitted).toBe(false);
		changeOrder(sandbox, order.id, at(start, 9), { status: 'backordered' });
		expect(ids((await poller.poll()).items)).toEqual([order.id]);
	});

	it('emits a second change of an order made within the same second, once, for "updated order"', async () => {
		const poller = ordersPoller(sandbox, { event: 'updatedOrder' });
		await poller.poll();
		const [order] = sandbox.orders();

		changeOrder(sandbox, order.id, at(start, 5), { status: 'processing' });
		expect((await poller.poll()).items.map((item) => [item.json.id, item.json.status])).toEqual([
			[order.id, 'processing'],
		]);

		// Changed again and synced by Trackstar within the same whole second.
		changeOrder(sandbox, order.id, at(start, 5), { status: 'picked' });
		const again = await poller.poll();
		expect(again.items.map((item) => [item.json.id, item.json.status])).toEqual([
			[order.id, 'picked'],
		]);
		expect(again.items[0].json).toEqual(sandbox.order(order.id));

		expect((await poller.poll()).emitted).toBe(false);
	});

	it('emits an order entering a chosen status in the same second as an earlier change', async () => {
		const poller = ordersPoller(sandbox, { event: 'statusChanged', statuses: ['exception'] });
		await poller.poll();
		const order = sandbox.orders().find((candidate) => candidate.status === 'open')!;

		changeOrder(sandbox, order.id, at(start, 5), { status: 'processing' });
		expect((await poller.poll()).emitted).toBe(false);
		changeOrder(sandbox, order.id, at(start, 5), { status: 'exception' });
		expect((await poller.poll()).items.map((item) => [item.json.id, item.json.status])).toEqual([
			[order.id, 'exception'],
		]);
		expect((await poller.poll()).emitted).toBe(false);
	});

	it('does not emit a new order again when it changes within the second it was created', async () => {
		const poller = ordersPoller(sandbox, { event: 'newOrder' });
		await poller.poll();
		addOrder(sandbox, 'n-same', at(start, 5));
		expect(ids((await poller.poll()).items)).toEqual(['n-same']);

		changeOrder(sandbox, 'n-same', at(start, 5), { status: 'processing' });
		expect((await poller.poll()).emitted).toBe(false);
	});

	it('carries on from a cursor stored by the earlier version (plain IDs), then tells changes within its second apart', async () => {
		const [seen] = sandbox.orders();
		changeOrder(sandbox, seen.id, at(start, 5), { status: 'processing' });
		const poller = ordersPoller(
			sandbox,
			{ event: 'updatedOrder' },
			{
				state: { event: 'updatedOrder', cursor: { since: at(start, 5), idsAtSince: [seen.id] } },
			},
		);

		addOrder(sandbox, 'u-next', at(start, 5));
		expect(ids((await poller.poll()).items)).toEqual(['u-next']);
		expect(wmsRequests(sandbox)[0].query['trackstar_updated_date[gte]']).toBe(at(start, 5));

		changeOrder(sandbox, seen.id, at(start, 5), { status: 'picked' });
		expect(ids((await poller.poll()).items)).toEqual([seen.id]);
		expect((await poller.poll()).emitted).toBe(false);
		expect(poller.nodeStaticData().state).toEqual({
			event: 'updatedOrder',
			cursor: {
				since: at(start, 5),
				seenAtSince: { [seen.id]: expect.any(String), 'u-next': expect.any(String) },
			},
		});
	});

	it('carries the List filters (customer, channel, order type) into every poll', async () => {
		const [sample] = sandbox.orders();
		const poller = ordersPoller(sandbox, {
			event: 'newOrder',
			filters: {
				warehouseCustomerId: {
					conditions: [{ operator: 'eq', value: sample.warehouse_customer_id }],
				},
				channel: { conditions: [{ operator: 'in', value: 'shopify, amazon' }] },
				type: ['d2c'],
			},
		});
		await poller.poll();
		addOrder(sandbox, 'f-match', at(start, 5), { channel: 'shopify', type: 'd2c' });
		addOrder(sandbox, 'f-other-type', at(start, 5), { channel: 'shopify', type: 'b2b' });
		addOrder(sandbox, 'f-other-customer', at(start, 5), {
			channel: 'shopify',
			type: 'd2c',
			warehouse_customer_id: 'elsewhere',
		});

		const { items } = await poller.poll();
		expect(ids(items)).toEqual(['f-match']);
		for (const request of wmsRequests(sandbox)) {
			expect(request.query).toMatchObject({
				'warehouse_customer_id[eq]': sample.warehouse_customer_id,
				'channel[in]': 'shopify,amazon',
				'type[in]': 'd2c',
			});
		}
	});

	it('backfills a chosen window on the first poll when asked', async () => {
		const poller = ordersPoller(sandbox, {
			event: 'updatedOrder',
			options: { backfillHours: 2, simplify: true },
		});
		const { items } = await poller.poll();

		const since = wmsRequests(sandbox)[0].query['trackstar_updated_date[gte]'];
		expect(Date.parse(since)).toBeLessThanOrEqual(start - 2 * 3600 * 1000);
		expect(Date.parse(since)).toBeGreaterThan(start - 2 * 3600 * 1000 - 60 * 1000);
		const expected = sandbox
			.orders()
			.filter((order) => order.trackstar_updated_date >= since)
			.sort((a, b) => (a.trackstar_updated_date + a.id < b.trackstar_updated_date + b.id ? -1 : 1));
		expect(expected.length).toBeGreaterThan(0);
		expect(ids(items)).toEqual(expected.map((order) => order.id));
		expect(Object.keys(items[0].json)).toContain('line_item_count');
	});

	it('refuses "status changed" without a status, before any request', async () => {
		const poller = ordersPoller(sandbox, { event: 'statusChanged', statuses: [] });
		const { error } = await poller.poll();
		expect(error?.message).toBe('Invalid Statuses: no status is chosen');
		expect(wmsRequests(sandbox)).toHaveLength(0);
	});
});

describe('Trackstar Orders Trigger: manual test run', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startSandbox({ port: 0, now: new Date(wholeSecondNow() - 1000) });
	});
	afterAll(async () => await sandbox.close());

	it('returns the newest matching orders, newest first, and leaves no cursor behind', async () => {
		const { items, error, nodeStaticData } = await manualOrdersPoll(sandbox, {
			event: 'statusChanged',
			statuses: ['fulfilled', 'open'],
		});

		expect(error).toBeUndefined();
		const query = wmsRequests(sandbox)[0].query;
		expect(query['status[in]']).toBe('fulfilled,open');
		const expected = sandbox
			.orders()
			.filter((order) => ['fulfilled', 'open'].includes(order.status))
			.filter((order) => order.trackstar_updated_date >= query['trackstar_updated_date[gte]'])
			.sort((a, b) => (a.trackstar_updated_date + a.id > b.trackstar_updated_date + b.id ? -1 : 1))
			.slice(0, 10);
		expect(expected.length).toBeGreaterThan(0);
		expect(ids(items)).toEqual(expected.map((order) => order.id));
		expect(nodeStaticData).toEqual({});
	});
});
