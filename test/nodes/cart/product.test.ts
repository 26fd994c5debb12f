import type { CartProduct, Sandbox } from '../../../sandbox';
import { CART_WAREHOUSES } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { FAST_RETRIES } from '../../support/faultChecks';
import { expectValidAgainst } from '../../support/openapi';
import { byId, cartRequests, startTestSandbox } from '../../support/trackstar';
import { runTrackstarCart, searchTrackstarCartPicker } from '../../support/trackstarNode';

describe('Trackstar Cart: Product', () => {
	let sandbox: Sandbox;
	let products: CartProduct[];

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		sandbox.reset();
		products = sandbox.cartProducts();
	});

	const variant = () => products.find((product) => product.inventory !== null)!;

	it('gets one product by ID, simplified to what identifies it, its price and its stock', async () => {
		const product = variant();
		const { items, error } = await runTrackstarCart(sandbox, {
			parameters: { resource: 'product', operation: 'get', productId: byId(product.id) },
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({
			id: product.id,
			sku: product.sku,
			name: product.name,
			parent_product_id: product.parent_product_id,
			active: true,
			is_kit: false,
			price: product.price,
			inventory: product.inventory,
			updated_date: product.updated_date,
			external_system_url: product.external_system_url,
		});
		expect(cartRequests(sandbox).map(({ path }) => path)).toEqual([`/cart/products/${product.id}`]);
	});

	it('lists products by IDs, raw when Simplify is off', async () => {
		const picked = [products[0].id, products[3].id];
		const { items, error } = await runTrackstarCart(sandbox, {
			parameters: {
				resource: 'product',
				operation: 'getAll',
				returnAll: true,
				filters: { ids: picked.join(',') },
				simplify: false,
			},
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual(
			products.filter((product) => picked.includes(product.id)),
		);
		expect(cartRequests(sandbox)[0]).toMatchObject({
			path: '/cart/products',
			query: { ids: picked.join(',') },
		});
	});

	it('replaces the Trackstar tags of a product', async () => {
		const { items, error } = await runTrackstarCart(sandbox, {
			parameters: {
				resource: 'product',
				operation: 'setTags',
				productId: byId(products[0].id),
				trackstarTags: { tag: [{ name: 'bestseller' }] },
			},
		});
		expect(error).toBeUndefined();
		expect(items[0].json.trackstar_tags).toEqual(['bestseller']);
		expect(cartRequests(sandbox)[0].path).toBe(`/cart/products/${products[0].id}/trackstar-tags`);
	});

	it('finds products by SKU or name in its picker, shown as "SKU · name"', async () => {
		const found = await searchTrackstarCartPicker(sandbox, 'searchCartProducts', {
			filter: 'beanie - navy',
			parameterPath: 'productId',
		});
		const navy = products.find((product) => product.sku === 'BEANIE-NAVY')!;
		expect(found.results).toEqual([
			{ name: `BEANIE-NAVY · ${navy.name}`, value: navy.id, url: navy.external_system_url },
		]);
		const bySku = await searchTrackstarCartPicker(sandbox, 'searchCartProducts', {
			filter: 'sock-',
			parameterPath: 'productId',
		});
		expect(bySku.results.map((result) => result.name.split(' · ')[0]).sort()).toEqual([
			'SOCK-L',
			'SOCK-S',
		]);
	});

	it('adjusts the stock of a product in one warehouse, sending what the store takes', async () => {
		const product = variant();
		const east = CART_WAREHOUSES[1].id;
		const { items, error } = await runTrackstarCart(sandbox, {
			parameters: {
				resource: 'product',
				operation: 'adjustInventory',
				productId: byId(product.id),
				adjustmentType: 'decrease',
				quantity: 2,
				additionalFields: { warehouseId: byId(east), reason: 'damaged' },
			},
		});
		expect(error).toBeUndefined();
		const [sent] = cartRequests(sandbox);
		expect(sent).toMatchObject({
			method: 'PUT',
			path: `/cart/products/${product.id}/adjust-inventory`,
			body: { adjustment_type: 'decrease', quantity: 2, warehouse_id: east, reason: 'damaged' },
		});
		expectValidAgainst('AdjustCartInventorySchema--Base_Schema--', sent.body);
		expect(items[0].json).toMatchObject({
			id: product.id,
			inventory: product.inventory! - 2,
			// The sandbox's store takes no reason (its Cart Sandbox schema): Trackstar says so.
			unused_fields: ['reason'],
		});
	});

	it('adjusts once when the answer is lost after the store applied it: the retry carries the same key', async () => {
		const product = variant();
		sandbox.inject({
			method: 'PUT',
			path: /adjust-inventory$/,
			fault: { kind: 'drop', when: 'after' },
		});
		const { error } = await runTrackstarCart(sandbox, {
			parameters: {
				resource: 'product',
				operation: 'adjustInventory',
				productId: byId(product.id),
				adjustmentType: 'increase',
				quantity: 3,
				requestOptions: FAST_RETRIES,
			},
		});
		expect(error).toBeUndefined();
		expect(sandbox.cartProducts().find((each) => each.id === product.id)!.inventory).toBe(
			product.inventory! + 3,
		);
	});

	it('never sends an adjustment again after a 502 that may have applied it, and names what to check', async () => {
		const product = variant();
		sandbox.inject({
			method: 'PUT',
			path: /adjust-inventory$/,
			fault: { kind: 'status', status: 502, when: 'after' },
		});
		const { error } = await runTrackstarCart(sandbox, {
			parameters: {
				resource: 'product',
				operation: 'adjustInventory',
				productId: byId(product.id),
				adjustmentType: 'increase',
				quantity: 3,
				requestOptions: FAST_RETRIES,
			},
		});
		expectItemError(error, 'Trackstar answered 502: Injected fault: 502', 0);
		const description = (error as Error & { description?: string }).description ?? '';
		expect(description).toContain('may have been applied');
		expect(description).toContain('Product → Get: inventory and inventory_by_warehouse_id');
		expect(cartRequests(sandbox)).toHaveLength(1);
	});

	it('refuses a quantity below 1 before sending anything', async () => {
		const { error } = await runTrackstarCart(sandbox, {
			parameters: {
				resource: 'product',
				operation: 'adjustInventory',
				productId: byId(variant().id),
				adjustmentType: 'increase',
				quantity: 0,
			},
		});
		expect(error?.message).toMatch(/^Invalid Quantity/);
		expect(cartRequests(sandbox)).toEqual([]);
	});
});
