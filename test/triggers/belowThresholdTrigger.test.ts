import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { wmsRequests } from '../support/trackstar';
import { at, ids, wholeSecondNow } from '../support/triggers';
import {
	addInventoryItem,
	changeStock,
	firstWarehouse,
	manualPollingPoll,
	pollingPoller,
	setTotalStock,
} from '../support/pollingTrigger';

const belowTen = {
	resource: 'inventoryItem',
	event: 'belowThreshold',
	threshold: 10,
	quantity: 'fulfillable',
};

describe('Trackstar Polling Trigger: Inventory Below Threshold', () => {
	let sandbox: Sandbox;
	let start: number;

	beforeEach(async () => {
		start = wholeSecondNow();
		sandbox = await startSandbox({ port: 0, now: new Date(start - 1000) });
	});
	afterEach(async () => await sandbox.close());

	const lowNow = () =>
		sandbox
			.inventoryItems()
			.filter((item) => item.fulfillable <= 10)
			.map((item) => item.id)
			.sort();
	const highItems = () => sandbox.inventoryItems().filter((item) => item.fulfillable > 100);

	it('learns which items are low at activation, then emits an item once when it crosses down, again only after it went back above', async () => {
		const poller = pollingPoller(sandbox, belowTen);
		const alreadyLow = lowNow();
		expect(alreadyLow.length).toBeGreaterThan(0);

		const first = await poller.poll();
		expect(first.error).toBeUndefined();
		expect(first.emitted).toBe(false);
		// Every item, no date filter: what is low already is learnt, not emitted.
		expect(wmsRequests(sandbox)[0].query).toEqual({ limit: '1000' });
		expect(poller.nodeStaticData().state).toMatchObject({
			watch: 'fulfillable<=10',
			lowIds: alreadyLow,
		});

		const [item, other] = highItems();
		setTotalStock(sandbox, alreadyLow[0], at(start, 4), 3); // low, and still low: not a crossing
		setTotalStock(sandbox, item.id, at(start, 5), 10); // at the threshold: crosses
		setTotalStock(sandbox, other.id, at(start, 5), 11); // above it
		const second = await poller.poll();
		expect(ids(second.items)).toEqual([item.id]);
		expect(second.items[0].json).toEqual(sandbox.inventoryItem(item.id));
		expect(wmsRequests(sandbox).at(-1)?.query).toMatchObject({
			'updated_date[gte]': expect.any(String),
		});

		setTotalStock(sandbox, item.id, at(start, 6), 2); // lower still: no new crossing
		expect((await poller.poll()).emitted).toBe(false);
		setTotalStock(sandbox, item.id, at(start, 7), 40); // back above
		expect((await poller.poll()).emitted).toBe(false);
		setTotalStock(sandbox, item.id, at(start, 8), 9); // and down again
		setTotalStock(sandbox, other.id, at(start, 8), 0);
		expect(ids((await poller.poll()).items)).toEqual([item.id, other.id].sort());
		expect((await poller.poll()).emitted).toBe(false);
	});

	it('watches one warehouse and the on-hand quantity when asked, and ignores items not stocked there', async () => {
		const item = highItems().find(
			(candidate) => Object.keys(candidate.inventory_by_warehouse_id).length === 3,
		)!;
		const elsewhere = sandbox
			.inventoryItems()
			.find((candidate) => Object.keys(candidate.inventory_by_warehouse_id).length === 2)!;
		const warehouse = Object.keys(item.inventory_by_warehouse_id).find(
			(id) => !(id in elsewhere.inventory_by_warehouse_id),
		)!;
		const poller = pollingPoller(sandbox, {
			...belowTen,
			threshold: 20,
			quantity: 'onhand',
			warehouseId: { __rl: true, mode: 'id', value: warehouse },
		});
		await poller.poll();
		expect(poller.nodeStaticData().state).toMatchObject({ watch: `onhand<=20@${warehouse}` });

		// Fulfillable drops to 0 there, on hand stays 25: nothing yet.
		changeStock(sandbox, item.id, at(start, 5), warehouse, {
			onhand: 25,
			committed: 25,
			unfulfillable: 0,
			fulfillable: 0,
		});
		expect((await poller.poll()).emitted).toBe(false);
		// On hand 20 in that warehouse, while the item's total stays in the hundreds.
		const changed = changeStock(sandbox, item.id, at(start, 6), warehouse, {
			onhand: 20,
			committed: 20,
		});
		expect(changed.onhand).toBeGreaterThan(100);
		changeStock(sandbox, elsewhere.id, at(start, 6), firstWarehouse(elsewhere), {
			onhand: 0,
			fulfillable: 0,
			committed: 0,
			unfulfillable: 0,
		});
		expect(ids((await poller.poll()).items)).toEqual([item.id]);
	});

	it('carries on after a restart from the stored state, and learns again when the threshold changes', async () => {
		const poller = pollingPoller(sandbox, belowTen);
		await poller.poll();
		const [item, other] = highItems();
		setTotalStock(sandbox, item.id, at(start, 5), 1);
		expect(ids((await poller.poll()).items)).toEqual([item.id]);

		// n8n restarted: the workflow's static data is all that is left.
		const restarted = pollingPoller(sandbox, belowTen, poller.nodeStaticData());
		setTotalStock(sandbox, other.id, at(start, 5), 1); // the boundary second of the stored cursor
		expect(ids((await restarted.poll()).items)).toEqual([other.id]);
		expect((await restarted.poll()).emitted).toBe(false);

		// Another threshold: what "low" means changed, so the first poll learns again and emits nothing.
		const relearning = pollingPoller(
			sandbox,
			{ ...belowTen, threshold: 500 },
			restarted.nodeStaticData(),
		);
		const before = wmsRequests(sandbox).length;
		expect((await relearning.poll()).emitted).toBe(false);
		expect(wmsRequests(sandbox)[before].query).toEqual({ limit: '1000' });
	});

	it('keeps its state when a page fails, and the retry emits every crossing once', async () => {
		const poller = pollingPoller(sandbox, belowTen);
		await poller.poll();
		const stored = poller.nodeStaticData();
		const added = Array.from(
			{ length: 1003 },
			(_, index) => `inv-${String(index).padStart(4, '0')}`,
		);
		added.forEach((id, index) =>
			addInventoryItem(sandbox, id, at(start, 10 + Math.floor(index / 500)), { fulfillable: 500 }),
		);
		const crossing = [added[2], added[1001]];
		for (const id of crossing) setTotalStock(sandbox, id, at(start, 20), 0);
		sandbox.inject({
			path: '/wms/inventory',
			after: 1,
			times: Infinity,
			fault: { kind: 'status', status: 503, headers: { 'retry-after': 0 } },
		});

		const failed = await poller.poll();
		expect(failed.error?.message).toContain('Trackstar answered 503');
		expect(poller.nodeStaticData()).toEqual(stored);

		sandbox.faults.clear();
		const retried = await poller.poll();
		expect(retried.error).toBeUndefined();
		// 1,003 changed items (and the two crossings changed again): the default bound takes the oldest 1,000 in, the two crossings are the newest.
		expect(retried.emitted).toBe(false);
		expect(ids((await poller.poll()).items)).toEqual(crossing);
		expect((await poller.poll()).emitted).toBe(false);
	});

	it('drains a backlog of crossings beyond Max Records per Poll over several polls, in order of change', async () => {
		const poller = pollingPoller(sandbox, { ...belowTen, options: { maxRecordsPerPoll: 3 } });
		await poller.poll();
		const items = highItems().slice(0, 7);
		items.forEach((item, index) =>
			setTotalStock(sandbox, item.id, at(start, 5 + Math.floor(index / 2)), index),
		);
		const emitted = [];
		for (let poll = 0; poll < 3; poll++) {
			const { items: batch } = await poller.poll();
			expect(batch.length).toBeLessThanOrEqual(3);
			emitted.push(...ids(batch));
		}
		expect(emitted).toEqual(
			items
				.map((item, index) => ({ id: item.id, second: Math.floor(index / 2) }))
				.sort((a, b) => a.second - b.second || (a.id < b.id ? -1 : 1))
				.map((item) => item.id),
		);
		expect((await poller.poll()).emitted).toBe(false);
	});

	it('keeps only the cursor and the IDs of the items now low in static data', async () => {
		const poller = pollingPoller(sandbox, belowTen);
		await poller.poll();
		setTotalStock(sandbox, highItems()[0].id, at(start, 5), 0);
		await poller.poll();
		const state = poller.nodeStaticData().state as Record<string, unknown>;
		expect(Object.keys(state).sort()).toEqual(['cursor', 'event', 'lowIds', 'resource', 'watch']);
		expect(state.lowIds).toEqual(lowNow());
	});

	it('refuses a threshold that is not a number, before any request', async () => {
		const { error } = await pollingPoller(sandbox, { ...belowTen, threshold: 'ten' }).poll();
		expect(error?.message).toBe('Invalid Threshold: ten is not a number');
		expect(wmsRequests(sandbox)).toHaveLength(0);
	});

	it('shows the items low now, most recently changed first, in a manual run, and keeps no state', async () => {
		const { items, error, nodeStaticData } = await manualPollingPoll(sandbox, belowTen);
		expect(error).toBeUndefined();
		const expected = sandbox
			.inventoryItems()
			.filter((item) => item.fulfillable <= 10)
			.sort((a, b) => (a.updated_date + a.id > b.updated_date + b.id ? -1 : 1));
		expect(ids(items)).toEqual(expected.map((item) => item.id).slice(0, 10));
		expect(nodeStaticData).toEqual({});
	});
});
