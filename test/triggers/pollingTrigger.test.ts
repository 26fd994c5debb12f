import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { wmsRequests } from '../support/trackstar';
import { at, ids, wholeSecondNow } from '../support/triggers';
import {
	addProduct,
	changeProduct,
	changeStock,
	firstWarehouse,
	manualPollingPoll,
	pollingPoller,
} from '../support/pollingTrigger';

describe('Trackstar Polling Trigger: new and updated products and inventory items', () => {
	let sandbox: Sandbox;
	let start: number;

	beforeEach(async () => {
		start = wholeSecondNow();
		sandbox = await startSandbox({ port: 0, now: new Date(start - 1000) });
	});
	afterEach(async () => await sandbox.close());

	it('starts from activation: new products are emitted once each, in order, the boundary second neither lost nor repeated', async () => {
		const poller = pollingPoller(sandbox, { resource: 'product', event: 'new' });
		const first = await poller.poll();
		expect(first.error).toBeUndefined();
		expect(first.emitted).toBe(false);
		const query = wmsRequests(sandbox)[0];
		expect(query.path).toBe('/wms/products');
		expect(Object.keys(query.query).sort()).toEqual(['created_date[gte]', 'limit']);

		addProduct(sandbox, 'p-b', at(start, 10));
		addProduct(sandbox, 'p-a', at(start, 10));
		expect(ids((await poller.poll()).items)).toEqual(['p-a', 'p-b']);
		// A change does not make a product new again; one created in the same second is new.
		changeProduct(sandbox, 'p-a', at(start, 10), { name: 'Renamed' });
		addProduct(sandbox, 'p-c', at(start, 10));
		expect(ids((await poller.poll()).items)).toEqual(['p-c']);
		expect((await poller.poll()).emitted).toBe(false);
		expect(wmsRequests(sandbox).at(-1)?.query['created_date[gte]']).toBe(at(start, 10));
	});

	it('emits every change of an inventory item for "updated", a second change within one second too, each once', async () => {
		const poller = pollingPoller(sandbox, {
			resource: 'inventoryItem',
			event: 'updated',
			options: { simplify: true },
		});
		await poller.poll();
		const [item] = sandbox.inventoryItems();
		const warehouse = firstWarehouse(item);

		changeStock(sandbox, item.id, at(start, 5), warehouse, { fulfillable: 7 });
		const first = await poller.poll();
		expect(ids(first.items)).toEqual([item.id]);
		expect(Object.keys(first.items[0].json)).not.toContain('lots');
		expect(Object.keys(wmsRequests(sandbox).at(-1)?.query ?? {})).toContain('updated_date[gte]');

		changeStock(sandbox, item.id, at(start, 5), warehouse, { fulfillable: 6 });
		const again = await poller.poll();
		expect(again.items.map((entry) => entry.json.fulfillable)).toEqual([
			sandbox.inventoryItem(item.id)?.fulfillable,
		]);
		expect((await poller.poll()).emitted).toBe(false);
	});

	it('carries the filters (SKU, warehouse customer) into every poll', async () => {
		const [sample] = sandbox.products();
		const poller = pollingPoller(sandbox, {
			resource: 'product',
			event: 'updated',
			filters: { sku: { conditions: [{ operator: 'contains', value: 'KEEP' }] } },
		});
		await poller.poll();
		addProduct(sandbox, 'p-keep', at(start, 5), { sku: 'KEEP-1' });
		changeProduct(sandbox, sample.id, at(start, 5), { name: 'Other' });
		expect(ids((await poller.poll()).items)).toEqual(['p-keep']);
		for (const request of wmsRequests(sandbox)) expect(request.query['sku[contains]']).toBe('KEEP');
	});

	it('backfills a chosen window on the first poll when asked', async () => {
		const poller = pollingPoller(sandbox, {
			resource: 'product',
			event: 'updated',
			options: { backfillHours: 24 * 90 },
		});
		const { items } = await poller.poll();
		const since = wmsRequests(sandbox)[0].query['updated_date[gte]'];
		expect(Date.parse(since)).toBeLessThanOrEqual(start - 24 * 90 * 3600 * 1000);
		const expected = sandbox
			.products()
			.filter((product) => product.updated_date >= since)
			.sort((a, b) => (a.updated_date + a.id < b.updated_date + b.id ? -1 : 1));
		expect(expected.length).toBeGreaterThan(0);
		expect(ids(items)).toEqual(expected.map((product) => product.id));
	});

	it('keeps the cursor when a page fails; the retries drain 1,005 new products, 1,000 a poll, none lost or repeated', async () => {
		const poller = pollingPoller(sandbox, { resource: 'product', event: 'new' });
		await poller.poll();
		const before = poller.nodeStaticData();
		const added = Array.from({ length: 1005 }, (_, index) => `p-${String(index).padStart(4, '0')}`);
		added.forEach((id, index) => addProduct(sandbox, id, at(start, 20 + Math.floor(index / 100))));
		sandbox.inject({
			path: '/wms/products',
			after: 1,
			times: Infinity,
			fault: { kind: 'status', status: 503, headers: { 'retry-after': 0 } },
		});

		const failed = await poller.poll();
		expect(failed.error?.message).toContain('Trackstar answered 503');
		expect(poller.nodeStaticData()).toEqual(before);

		sandbox.faults.clear();
		expect(ids((await poller.poll()).items)).toEqual(added.slice(0, 1000));
		// n8n restarted between two polls of the backlog: the static data carries on.
		const restarted = pollingPoller(
			sandbox,
			{ resource: 'product', event: 'new' },
			poller.nodeStaticData(),
		);
		expect(ids((await restarted.poll()).items)).toEqual(added.slice(1000));
		expect((await restarted.poll()).emitted).toBe(false);
	});

	it('drains a backlog beyond a small Max Records per Poll, cutting through one second', async () => {
		const poller = pollingPoller(sandbox, {
			resource: 'product',
			event: 'updated',
			options: { maxRecordsPerPoll: 2 },
		});
		await poller.poll();
		['p-1', 'p-2', 'p-3', 'p-4', 'p-5'].forEach((id) => addProduct(sandbox, id, at(start, 7)));
		const polls = [];
		for (let poll = 0; poll < 3; poll++) polls.push(ids((await poller.poll()).items));
		expect(polls).toEqual([['p-1', 'p-2'], ['p-3', 'p-4'], ['p-5']]);
		expect((await poller.poll()).emitted).toBe(false);
	});

	it('refuses an event the resource does not have, before any request', async () => {
		const { error } = await pollingPoller(sandbox, {
			resource: 'product',
			event: 'belowThreshold',
		}).poll();
		expect(error?.message).toBe('Invalid Trigger On: "belowThreshold" is not an event of products');
		expect(wmsRequests(sandbox)).toHaveLength(0);
	});

	it('shows the newest products in a manual run and keeps no cursor', async () => {
		const { items, error, nodeStaticData } = await manualPollingPoll(sandbox, {
			resource: 'product',
			event: 'updated',
		});
		expect(error).toBeUndefined();
		const since = wmsRequests(sandbox).at(-1)?.query['updated_date[gte]'] as string;
		const expected = sandbox
			.products()
			.filter((product) => product.updated_date >= since)
			.sort((a, b) => (a.updated_date + a.id > b.updated_date + b.id ? -1 : 1))
			.slice(0, 10);
		expect(expected.length).toBeGreaterThan(0);
		expect(ids(items)).toEqual(expected.map((product) => product.id));
		expect(nodeStaticData).toEqual({});
	});
});
