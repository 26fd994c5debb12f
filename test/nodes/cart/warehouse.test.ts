import type { Sandbox } from '../../../sandbox';
import { CART_WAREHOUSES } from '../../../sandbox';
import { byId, cartRequests, startTestSandbox } from '../../support/trackstar';
import { runTrackstarCart, searchTrackstarCartPicker } from '../../support/trackstarNode';

describe('Trackstar Cart: Warehouse', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it('lists the store’s warehouses and gets one by ID', async () => {
		const listed = await runTrackstarCart(sandbox, {
			parameters: { resource: 'warehouse', operation: 'getAll', returnAll: true },
		});
		expect(listed.error).toBeUndefined();
		expect(listed.items.map((item) => item.json.id)).toEqual(
			CART_WAREHOUSES.map((warehouse) => warehouse.id),
		);
		const first = listed.items[0].json;
		const one = await runTrackstarCart(sandbox, {
			parameters: { resource: 'warehouse', operation: 'get', warehouseId: byId(String(first.id)) },
		});
		expect(one.items[0].json).toEqual(first);
		expect(cartRequests(sandbox).map(({ path }) => path)).toEqual([
			'/cart/warehouses',
			`/cart/warehouses/${String(first.id)}`,
		]);
	});

	it('replaces the Trackstar tags of a warehouse', async () => {
		const { items, error } = await runTrackstarCart(sandbox, {
			parameters: {
				resource: 'warehouse',
				operation: 'setTags',
				warehouseId: byId(CART_WAREHOUSES[1].id),
				trackstarTags: { tag: [{ name: 'region', value: 'east' }] },
			},
		});
		expect(error).toBeUndefined();
		expect(items[0].json.trackstar_tags).toEqual([{ region: 'east' }]);
	});

	it('finds a warehouse by name or code in its picker, shown as "name (code)"', async () => {
		const found = await searchTrackstarCartPicker(sandbox, 'searchCartWarehouses', {
			filter: 'bklyn',
			parameterPath: 'warehouseId',
		});
		expect(found.results).toEqual([
			{ name: 'Brooklyn Store (BKLYN)', value: CART_WAREHOUSES[2].id },
		]);
	});
});
