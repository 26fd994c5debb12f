import type { Sandbox } from '../../../sandbox';
import { byId, startTestSandbox, wmsRequests } from '../../support/trackstar';
import { runTrackstar, searchTrackstarPicker } from '../../support/trackstarNode';

describe('Trackstar: Warehouse, Shipping Method and Warehouse Customer', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	async function firstWarehouse() {
		const { items } = await runTrackstar(sandbox, {
			parameters: { resource: 'warehouse', operation: 'getAll', limit: 1 },
		});
		return items[0].json as { id: string; name: string };
	}

	it('lists warehouses and gets one by ID', async () => {
		const warehouse = await firstWarehouse();
		const { items, error } = await runTrackstar(sandbox, {
			parameters: { resource: 'warehouse', operation: 'get', warehouseId: byId(warehouse.id) },
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual(warehouse);
		expect(wmsRequests(sandbox).map(({ path }) => path)).toEqual([
			'/wms/warehouses',
			`/wms/warehouses/${warehouse.id}`,
		]);
	});

	it("lists a warehouse's locations by type, then gets one, and the picker offers the warehouse's locations", async () => {
		const warehouse = await firstWarehouse();
		const listed = await runTrackstar(sandbox, {
			parameters: {
				resource: 'warehouse',
				operation: 'getAllLocations',
				warehouseId: byId(warehouse.id),
				returnAll: true,
			},
		});
		expect(listed.error).toBeUndefined();
		expect(listed.items.length).toBeGreaterThan(0);
		const location = listed.items[0].json as { id: string; type: string; warehouse_id: string };
		expect(location.warehouse_id).toBe(warehouse.id);

		sandbox.reset();
		const byType = await runTrackstar(sandbox, {
			parameters: {
				resource: 'warehouse',
				operation: 'getAllLocations',
				warehouseId: byId(warehouse.id),
				filters: { type: { conditions: [{ operator: 'eq', value: location.type }] } },
			},
		});
		expect(byType.items.every((item) => item.json.type === location.type)).toBe(true);
		// Locations take a created_date filter (Trackstar's OpenAPI document lists it), so a Limit
		// reads Trackstar's first page whole and returns the newest first, as every such list does.
		expect(wmsRequests(sandbox)[0]).toMatchObject({
			path: `/wms/warehouses/${warehouse.id}/locations`,
			query: { 'type[eq]': location.type, limit: '1000' },
		});

		const one = await runTrackstar(sandbox, {
			parameters: {
				resource: 'warehouse',
				operation: 'getLocation',
				warehouseId: byId(warehouse.id),
				locationId: byId(location.id),
			},
		});
		expect(one.items[0].json).toEqual(location);

		const picked = await searchTrackstarPicker(sandbox, 'searchLocations', {
			parameters: {
				resource: 'warehouse',
				operation: 'getLocation',
				warehouseId: byId(warehouse.id),
			},
			parameterPath: 'locationId',
		});
		expect(picked.results.map((result) => result.value)).toContain(location.id);
	});

	it('replaces the Trackstar tags of a warehouse', async () => {
		const warehouse = await firstWarehouse();
		const { items, error } = await runTrackstar(sandbox, {
			parameters: {
				resource: 'warehouse',
				operation: 'setTags',
				warehouseId: byId(warehouse.id),
				trackstarTags: { tag: [{ name: 'region', value: 'west' }] },
			},
		});
		expect(error).toBeUndefined();
		expect(items[0].json.trackstar_tags).toEqual([{ region: 'west' }]);
	});

	it.each([
		['shippingMethod', 'shippingMethodId', '/wms/shipping-methods'],
		['warehouseCustomer', 'warehouseCustomerId', '/wms/warehouse-customers'],
	])('%s: lists them and gets one by ID', async (resource, idParameter, path) => {
		const listed = await runTrackstar(sandbox, {
			parameters: { resource, operation: 'getAll', returnAll: true },
		});
		expect(listed.error).toBeUndefined();
		const first = listed.items[0].json as { id: string };
		const one = await runTrackstar(sandbox, {
			parameters: { resource, operation: 'get', [idParameter]: byId(first.id) },
		});
		expect(one.items[0].json).toEqual(first);
		expect(wmsRequests(sandbox).map((request) => request.path)).toEqual([
			path,
			`${path}/${first.id}`,
		]);
	});
});
