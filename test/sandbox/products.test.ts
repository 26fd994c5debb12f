import type { InventoryItem, Product, Sandbox } from '../../sandbox';
import { KITS, WAREHOUSE_CUSTOMERS, seedCatalog, seedOrders } from '../../sandbox';
import { expectValidAgainst } from '../support/openapi';
import type { MetaSchema } from '../../sandbox/meta';
import type { FilterCase } from './catalogCases';
import { dateCases, ids, listAll, operatorCases } from './catalogCases';
import type { ErrorAnswer, ListAnswer, RecordAnswer } from './helpers';
import { NOW, get, post, put, qs, startTestSandbox } from './helpers';

describe('sandbox product routes', () => {
	let sandbox: Sandbox;
	let clock = new Date('2025-06-15T12:30:00Z');
	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => clock });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const bySku = (sku: string) =>
		sandbox.products().find((product) => product.sku === sku) as Product;

	describe('GET /wms/products', () => {
		it('lists every product (the kits among them) in the OpenAPI shape, page by page', async () => {
			const all = await get<ListAnswer<Product>>(sandbox, '/wms/products');
			expectValidAgainst('WmsProductsListEndpoint', all.body);
			expect(all.body.data).toEqual(sandbox.products());
			expect(
				all.body.data
					.filter((product) => product.is_kit)
					.map((product) => product.sku)
					.sort(),
			).toEqual(KITS.map((kit) => kit.sku).sort());
			const query = { 'warehouse_customer_id[neq]': WAREHOUSE_CUSTOMERS[0].id };
			const paged = await listAll<Product>(sandbox, '/wms/products', { ...query, limit: 4 });
			expect(ids(paged)).toEqual(
				ids(
					sandbox
						.products()
						.filter((product) => product.warehouse_customer_id !== WAREHOUSE_CUSTOMERS[0].id),
				),
			);
		});

		const products = seedCatalog({
			now: NOW,
			orders: seedOrders({ count: 240, seed: 42, now: NOW }),
		}).products;
		const middle = products[Math.floor(products.length / 2)];
		const cases: Array<FilterCase<Product>> = [
			...dateCases(middle, { created: products[1], updated: products[2] }),
			...operatorCases<Product>(
				'warehouse_customer_id',
				['eq', 'neq', 'in', 'nin', 'contains', 'not_contains'],
				(r) => r.warehouse_customer_id,
				{
					pick: WAREHOUSE_CUSTOMERS[2].id,
					other: WAREHOUSE_CUSTOMERS[3].id,
					fragment: '5f03',
				},
			),
			...operatorCases<Product>(
				'sku',
				['eq', 'in', 'nin', 'contains', 'not_contains'],
				(r) => r.sku,
				{
					pick: 'STC-KIT-BREW',
					other: 'JSA-BLM-LIP-ROSE',
					fragment: 'KIT',
				},
			),
		];
		it.each(cases)('filters by %s', async (_name, query, predicate) => {
			const answer = await get<ListAnswer<Product>>(sandbox, `/wms/products?${qs(query)}`);
			expect(answer.status).toBe(200);
			expect(ids(answer.body.data)).toEqual(ids(sandbox.products().filter(predicate)));
		});

		it('takes ids[in] over other filters, and answers 422 to what it does not know', async () => {
			const chosen = [products[0].id, products[9].id];
			expect(
				ids(
					(
						await get<ListAnswer<Product>>(
							sandbox,
							`/wms/products?${qs({ 'ids[in]': chosen.join(','), sku: 'none' })}`,
						)
					).body.data,
				),
			).toEqual(chosen);
			for (const [param, value] of [
				['active', 'true'],
				['sku[neq]', 'X'],
				['updated_date', 'yesterday'],
			]) {
				const answer = await get<ErrorAnswer>(sandbox, `/wms/products?${qs({ [param]: value })}`);
				expect(answer.status).toBe(422);
				expect(Object.keys(answer.body.detail.query)).toEqual([param]);
			}
		});
	});

	describe('GET /wms/products/{product_id}', () => {
		it('answers {data: product}, or 404 with the id', async () => {
			const kit = bySku('NWO-KIT-TRAIL');
			const answer = await get(sandbox, `/wms/products/${kit.id}`);
			expectValidAgainst('WmsProductsSingleItemEndpoint', answer.body);
			expect(answer.body).toEqual({ data: kit });
			expect(kit.inventory_items.map((entry) => [entry.sku, entry.unit_quantity])).toEqual(
				KITS[0].components,
			);
			const missing = await get(sandbox, '/wms/products/nope');
			expect(missing.status).toBe(404);
			expect(missing.body).toEqual({ error: 'Product not found', id: 'nope', origin: 'trackstar' });
		});
	});

	describe('POST /wms/products', () => {
		const body = {
			sku: 'NWO-HAT-SUN-OS',
			name: 'Sun Hat',
			gtin: '012345678905',
			measurements: {
				length: 12,
				width: 12,
				height: 5,
				unit: 'in',
				weight: 0.3,
				weight_unit: 'lb',
			},
			trackstar_tags: ['new-collection'],
		};

		it('creates a product with an inventory item of its own, lists both, and reports unused fields', async () => {
			expectValidAgainst('CreatewmsProduct--WMS_Sandbox--', body);
			const answer = await post<RecordAnswer<Product>>(sandbox, '/wms/products', {
				...body,
				price: 29,
				warehouse_customer_id: WAREHOUSE_CUSTOMERS[0].id,
				active: false,
				color: 'sand',
			});
			expect(answer.status).toBe(200);
			expectValidAgainst('wmsCreateProductResponse', answer.body);
			const product = answer.body.data;
			expect(answer.body).toMatchObject({ id: product.id, unused_fields: ['active', 'color'] });
			expect(product).toMatchObject({
				sku: 'NWO-HAT-SUN-OS',
				name: 'Sun Hat',
				gtin: '012345678905',
				unit_price: 29,
				active: true,
				is_kit: false,
				warehouse_customer_id: WAREHOUSE_CUSTOMERS[0].id,
				trackstar_tags: ['new-collection'],
				created_date: '2025-06-15T12:30:00Z',
			});
			expect(sandbox.product(product.id)).toEqual(product);
			const item = sandbox.inventoryItem(product.inventory_items[0].inventory_item_id);
			expect(item).toMatchObject({
				sku: 'NWO-HAT-SUN-OS',
				onhand: 0,
				fulfillable: 0,
				measurements: body.measurements,
			});
			expect(
				ids(
					(await get<ListAnswer<Product>>(sandbox, '/wms/products?sku=NWO-HAT-SUN-OS')).body.data,
				),
			).toEqual([product.id]);
			expect(
				(await get<ListAnswer<InventoryItem>>(sandbox, '/wms/inventory?sku=NWO-HAT-SUN-OS')).body
					.data,
			).toEqual([item]);
		});

		it.each([
			[{}, ['name', 'sku']],
			[
				{ sku: 'A', name: 7, measurements: { unit: 'ft', depth: 1 } },
				['name', 'measurements.unit', 'measurements.depth'],
			],
			[{ sku: '', name: 'X' }, ['sku']],
			[
				{ sku: 'A', name: 'X', price: -1, trackstar_tags: [{ a: 'b', c: 'd' }] },
				['price', 'trackstar_tags.0'],
			],
			[{ sku: 'A', name: 'X', warehouse_customer_id: 'nobody' }, ['warehouse_customer_id']],
		])('answers 422 naming the fields at fault in %j', async (bad, fields) => {
			const answer = await post<ErrorAnswer>(sandbox, '/wms/products', bad);
			expect(answer.status).toBe(422);
			expectValidAgainst('ValidationError', answer.body);
			expect(Object.keys(answer.body.detail.json).sort()).toEqual(fields.slice().sort());
			expect(sandbox.products()).toHaveLength(34);
		});

		it('refuses a SKU that another product has, as the WMS', async () => {
			const answer = await post(sandbox, '/wms/products', { sku: 'STC-MUG-ENM-12', name: 'Mug' });
			expect(answer.status).toBe(422);
			expect(answer.body).toMatchObject({
				origin: 'integration',
				detail: { json: { sku: [expect.any(String)] } },
			});
		});
	});

	describe('PUT /wms/products/{product_id}', () => {
		it('updates the product and its inventory item, and reports unused fields', async () => {
			const product = bySku('BPS-BWL-SS-2');
			const answer = await put<RecordAnswer<Product>>(sandbox, `/wms/products/${product.id}`, {
				name: 'Stainless Bowl Set (2)',
				price: 21.5,
				active: false,
				measurements: { weight: 1.4 },
				warehouse_customer_id: WAREHOUSE_CUSTOMERS[0].id,
			});
			expect(answer.status).toBe(200);
			expectValidAgainst('wmsUpdateProductResponse', answer.body);
			expect(answer.body.unused_fields).toEqual(['warehouse_customer_id']);
			expect(answer.body.data).toEqual({
				...product,
				name: 'Stainless Bowl Set (2)',
				unit_price: 21.5,
				active: false,
				updated_date: '2025-06-15T12:30:00Z',
			});
			const item = sandbox.inventoryItem(product.inventory_items[0].inventory_item_id);
			expect(item).toMatchObject({
				name: 'Stainless Bowl Set (2)',
				active: false,
				measurements: { weight: 1.4, unit: 'in' },
			});
		});

		it('renames the SKU of the product and its item', async () => {
			const product = bySku('BPS-BWL-SS-2');
			const answer = await put<RecordAnswer<Product>>(sandbox, `/wms/products/${product.id}`, {
				sku: 'BPS-BWL-SS-2B',
			});
			expect(answer.body.data.inventory_items[0].sku).toBe('BPS-BWL-SS-2B');
			expect(sandbox.inventoryItem(product.inventory_items[0].inventory_item_id)?.sku).toBe(
				'BPS-BWL-SS-2B',
			);
		});

		it('reports measurements unused on a kit, which has no item of its own', async () => {
			const kit = bySku('STC-KIT-BREW');
			const answer = await put<RecordAnswer<Product>>(sandbox, `/wms/products/${kit.id}`, {
				measurements: { weight: 3 },
			});
			expect(answer.body.unused_fields).toEqual(['measurements']);
		});

		it('answers 422 for a bad body or a taken SKU, and 404 for an unknown product', async () => {
			const product = bySku('BPS-BWL-SS-2');
			expect(
				(await put<ErrorAnswer>(sandbox, `/wms/products/${product.id}`, { gtin: null })).body.detail
					.json,
			).toEqual({
				gtin: [expect.stringContaining('may not be null')],
			});
			expect(
				(await put<ErrorAnswer>(sandbox, `/wms/products/${product.id}`, { sku: 'BPS-HRN-NP-M' }))
					.body.origin,
			).toBe('integration');
			expect((await put(sandbox, '/wms/products/nope', { name: 'X' })).status).toBe(404);
		});
	});

	describe('PUT /wms/products/{product_id}/trackstar-tags', () => {
		it('replaces the tags', async () => {
			const product = bySku('JSA-OIL-FACE-30');
			const answer = await put(sandbox, `/wms/products/${product.id}/trackstar-tags`, {
				trackstar_tags: ['hero'],
				note: 'x',
			});
			expectValidAgainst('wmsAddTrackstarTagProductResponse', answer.body);
			expect(answer.body).toEqual({
				data: { ...product, trackstar_tags: ['hero'] },
				id: product.id,
				unused_fields: ['note'],
			});
			expect(
				(await put(sandbox, '/wms/products/nope/trackstar-tags', { trackstar_tags: [] })).status,
			).toBe(404);
			expect((await put(sandbox, `/wms/products/${product.id}/trackstar-tags`, {})).status).toBe(
				422,
			);
		});
	});

	describe('GET /wms/products/meta', () => {
		it('answers the create and update schemas, rate-limited together with the orders meta', async () => {
			const created = await get<MetaSchema>(sandbox, '/wms/products/meta?method=POST');
			expect(created.status).toBe(200);
			expectValidAgainst('ConnectionMetaResponseSchema', created.body);
			expect(created.body.$ref).toBe('#/definitions/CreateProduct');
			expect(created.body.definitions.CreateProduct.required).toEqual(['name', 'sku']);
			expect(Object.keys(created.body.definitions.CreateProduct.properties)).toEqual(
				expect.arrayContaining(['sku', 'name', 'gtin', 'measurements', 'trackstar_tags', 'price']),
			);

			const limited = await get(sandbox, '/wms/orders/meta?method=PUT');
			expect(limited.status).toBe(429);
			clock = new Date(clock.getTime() + 60_000);
			const updated = await get<MetaSchema>(sandbox, '/wms/products/meta?method=PUT');
			expect(updated.body.$ref).toBe('#/definitions/UpdateProduct');
			expect((await get(sandbox, '/wms/products/meta?method=PUT')).status).toBe(429);
		});

		it('answers 422 without a valid method', async () => {
			const answer = await get<ErrorAnswer>(sandbox, '/wms/products/meta?method=GET');
			expect(answer.status).toBe(422);
			expect(answer.body.detail).toEqual({ query: { method: ['Must be one of: POST, PUT.'] } });
		});
	});

	it('shares the per-second read limit with the orders', async () => {
		const limited = await startTestSandbox({ rateLimit: { enforce: true, read: 3 } });
		try {
			// Seven reads in under a second or two: more than three in one window whatever the timing.
			const paths = ['/wms/orders', '/wms/products', '/wms/inventory', '/wms/inventory/ledger'];
			const answers = await Promise.all(
				[...paths, ...paths.slice(1)].map((path) => get(limited, `${path}?limit=1`)),
			);
			const refused = answers.filter((answer) => answer.status === 429);
			expect(refused.length).toBeGreaterThanOrEqual(1);
			expect(refused[0].headers.get('retry-after')).toBeTruthy();
		} finally {
			await limited.close();
		}
	});
});
