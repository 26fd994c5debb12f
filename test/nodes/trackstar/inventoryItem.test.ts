import type { Sandbox } from '../../../sandbox';
import { INACTIVE_SKUS, LOW_STOCK_SKUS, LOW_STOCK_THRESHOLD } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { byId, startTestSandbox, wmsRequests } from '../../support/trackstar';
import { runTrackstar, searchTrackstarPicker } from '../../support/trackstarNode';

const inventory = (parameters: Record<string, unknown>) => ({
	resource: 'inventoryItem',
	...parameters,
});

describe('Trackstar: Inventory Item', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it('lists every inventory item simplified: totals at the top, stock per warehouse as rows', async () => {
		const { items, error } = await runTrackstar(sandbox, {
			parameters: inventory({ operation: 'getAll', returnAll: true }),
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual(
			sandbox.inventoryItems().map((item) => item.id),
		);
		const first = sandbox.inventoryItems()[0];
		const [warehouseId, stock] = Object.entries(first.inventory_by_warehouse_id)[0];
		expect(items[0].json).toMatchObject({
			id: first.id,
			sku: first.sku,
			name: first.name,
			onhand: first.onhand,
			fulfillable: first.fulfillable,
			committed: first.committed,
		});
		expect(items[0].json.warehouses).toContainEqual(
			expect.objectContaining({
				warehouse_id: warehouseId,
				onhand: stock.onhand,
				fulfillable: stock.fulfillable,
			}),
		);
		expect(wmsRequests(sandbox).map((request) => request.query)).toEqual([{ limit: '1000' }]);
	});

	it('finds the low-stock items with one condition on fulfillable in the next step', async () => {
		const { items } = await runTrackstar(sandbox, {
			parameters: inventory({ operation: 'getAll', returnAll: true, filters: { active: true } }),
		});
		const low = items
			.filter((item) => (item.json.fulfillable as number) <= LOW_STOCK_THRESHOLD)
			.map((item) => item.json.sku);
		expect(low.sort()).toEqual(Object.keys(LOW_STOCK_SKUS).sort());
		expect(items.map((item) => item.json.sku)).not.toContain(INACTIVE_SKUS[0]);
		expect(wmsRequests(sandbox)[0].query).toEqual({ active: 'true', limit: '1000' });
	});

	it('sends SKU, warehouse customer and date filters as Trackstar spells them', async () => {
		const sku = sandbox.inventoryItems()[0].sku!;
		const { error } = await runTrackstar(sandbox, {
			timezone: 'America/New_York',
			parameters: inventory({
				operation: 'getAll',
				limit: 5,
				simplify: false,
				filters: {
					sku: { conditions: [{ operator: 'in', value: `${sku}, OTHER-SKU` }] },
					warehouseCustomerId: { conditions: [{ operator: 'neq', value: byId('wc_x') }] },
					updatedDate: { conditions: [{ operator: 'gte', value: '2026-01-01T00:00:00' }] },
				},
			}),
		});
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)[0].query).toEqual({
			'sku[in]': `${sku},OTHER-SKU`,
			'warehouse_customer_id[neq]': 'wc_x',
			'updated_date[gte]': '2026-01-01T05:00:00Z',
			// A Limit reads Trackstar's first page whole (it may hold newer items than its first five).
			limit: '1000',
		});
	});

	it('gets one inventory item whole when Simplify is off', async () => {
		const item = sandbox.inventoryItems()[3];
		const { items } = await runTrackstar(sandbox, {
			parameters: inventory({ operation: 'get', inventoryItemId: byId(item.id), simplify: false }),
		});
		expect(items).toEqual([{ json: item, pairedItem: { item: 0 } }]);
		expect(wmsRequests(sandbox)).toMatchObject([
			{ method: 'GET', path: `/wms/inventory/${item.id}` },
		]);
	});

	it('adjusts stock in a warehouse once, and the ledger shows the adjustment', async () => {
		const item = sandbox.inventoryItems()[0];
		const warehouseId = Object.keys(item.inventory_by_warehouse_id)[0];
		const before = item.inventory_by_warehouse_id[warehouseId].onhand;
		const { items, error } = await runTrackstar(sandbox, {
			parameters: inventory({
				operation: 'adjust',
				inventoryItemId: byId(item.id),
				adjustmentType: 'increase',
				quantity: 5,
				warehouseId: byId(warehouseId),
			}),
		});
		expect(error).toBeUndefined();
		const [request] = wmsRequests(sandbox);
		expect(request).toMatchObject({ method: 'PUT', path: `/wms/inventory/${item.id}/adjust` });
		expect(request.body).toEqual({
			adjustment_type: 'increase',
			quantity: 5,
			warehouse_id: warehouseId,
		});
		expect(sandbox.inventoryItem(item.id)!.inventory_by_warehouse_id[warehouseId].onhand).toBe(
			before + 5,
		);
		expect(items[0].json).toMatchObject({ id: item.id, unused_fields: [] });

		const ledger = await runTrackstar(sandbox, {
			parameters: inventory({
				operation: 'getLedger',
				returnAll: true,
				filters: { eventType: ['adjustment'] },
			}),
		});
		expect(ledger.items.map((entry) => entry.json)).toContainEqual(
			expect.objectContaining({
				inventory_item_id: item.id,
				quantity: 5,
				event_type: 'adjustment',
			}),
		);
		expect(wmsRequests(sandbox)[1].query).toEqual({
			'event_type[in]': 'adjustment',
			limit: '1000',
		});
	});

	it('never repeats an adjustment answered 500, which may have been applied, but waits out a 429', async () => {
		const item = sandbox.inventoryItems()[0];
		const adjust = inventory({
			operation: 'adjust',
			inventoryItemId: byId(item.id),
			adjustmentType: 'increase',
			quantity: 2,
			warehouseId: byId(Object.keys(item.inventory_by_warehouse_id)[0]),
			requestOptions: { retryDelay: 0 },
		});
		sandbox.inject({ method: 'PUT', fault: { kind: 'status', status: 500 } });
		const failed = await runTrackstar(sandbox, { parameters: adjust });
		expectItemError(failed.error, 'Trackstar answered 500: Injected fault: 500', 0);
		expect(wmsRequests(sandbox)).toHaveLength(1);

		sandbox.reset();
		sandbox.inject({ method: 'PUT', fault: { kind: 'rateLimit', retryAfter: 0 } });
		const retried = await runTrackstar(sandbox, { parameters: adjust });
		expect(retried.error).toBeUndefined();
		expect(wmsRequests(sandbox).map((request) => request.status)).toEqual([429, 200]);
	});

	it('refuses a quantity below 1 before any request, and continues with an error item naming the item', async () => {
		const item = sandbox.inventoryItems()[0];
		const { items } = await runTrackstar(sandbox, {
			continueOnFail: true,
			parameters: inventory({
				operation: 'adjust',
				inventoryItemId: byId(item.id),
				adjustmentType: 'decrease',
				quantity: 0,
				warehouseId: byId('wh_any'),
			}),
		});
		expect(items).toEqual([
			{
				json: expect.objectContaining({
					id: item.id,
					error: 'Invalid Quantity: 0 is below the minimum of 1',
				}),
				pairedItem: { item: 0 },
			},
		]);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it("fails with Trackstar's 404 for an unknown inventory item", async () => {
		const { error } = await runTrackstar(sandbox, {
			parameters: inventory({
				operation: 'get',
				inventoryItemId: byId('000000000000000000000000'),
			}),
		});
		expectItemError(error, /^Trackstar answered 404: .*$/, 0);
	});

	it('replaces the Trackstar tags of an inventory item', async () => {
		const item = sandbox.inventoryItems()[1];
		const { items, error } = await runTrackstar(sandbox, {
			parameters: inventory({
				operation: 'setTags',
				inventoryItemId: byId(item.id),
				trackstarTags: { tag: [{ name: 'cycle-count', value: '' }] },
			}),
		});
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)[0]).toMatchObject({
			method: 'PUT',
			path: `/wms/inventory/${item.id}/trackstar-tags`,
			body: { trackstar_tags: ['cycle-count'] },
		});
		expect(items[0].json.trackstar_tags).toEqual(['cycle-count']);
	});

	it('picks an inventory item by SKU, then by name', async () => {
		const item = sandbox.inventoryItems()[2];
		const bySku = await searchTrackstarPicker(sandbox, 'searchInventoryItems', {
			filter: item.sku!,
		});
		expect(bySku.results.map((result) => result.value)).toContain(item.id);
		expect(wmsRequests(sandbox)[0].query).toMatchObject({ 'sku[contains]': item.sku });

		const byName = await searchTrackstarPicker(sandbox, 'searchInventoryItems', {
			filter: item.name.toLowerCase(),
		});
		expect(byName.results.map((result) => result.value)).toContain(item.id);
	});
});
