import type { Sandbox } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { expectValidAgainst } from '../../support/openapi';
import { byId, startTestSandbox, wmsRequests, writeInfoRequests } from '../../support/trackstar';
import { runTrackstar, searchTrackstarPicker } from '../../support/trackstarNode';

const product = (parameters: Record<string, unknown>) => ({ resource: 'product', ...parameters });

describe('Trackstar: Product', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it('lists products filtered by SKU, whole when Simplify is off', async () => {
		const [first] = sandbox.products();
		const { items, error } = await runTrackstar(sandbox, {
			parameters: product({
				operation: 'getAll',
				returnAll: true,
				simplify: false,
				filters: { sku: { conditions: [{ operator: 'eq', value: first.sku }] } },
			}),
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([first]);
		expect(wmsRequests(sandbox)[0].query).toEqual({ 'sku[eq]': first.sku, limit: '1000' });
	});

	it('gets one product by ID, simplified by default', async () => {
		const target = sandbox.products()[2];
		const { items } = await runTrackstar(sandbox, {
			parameters: product({ operation: 'get', productId: byId(target.id) }),
		});
		expect(items[0].json).toEqual({
			id: target.id,
			sku: target.sku,
			name: target.name,
			gtin: target.gtin,
			active: target.active,
			is_kit: target.is_kit,
			unit_price: target.unit_price,
			warehouse_customer_id: target.warehouse_customer_id,
			updated_date: target.updated_date,
			inventory_item_ids: target.inventory_items.map((item) => item.inventory_item_id),
			external_system_url: target.external_system_url,
		});
		expect(wmsRequests(sandbox)[0]).toMatchObject({
			method: 'GET',
			path: `/wms/products/${target.id}`,
		});
	});

	it('creates a product from spreadsheet-like rows: SKU and name up front, measurements together', async () => {
		const { items, error } = await runTrackstar(sandbox, {
			input: [{ sku: 'NEW-TEE-BLK-M', name: 'New Tee, Black, M' }],
			parameters: product({
				operation: 'create',
				sku: '={{ $json.sku }}',
				name: '={{ $json.name }}',
				additionalFields: {
					gtin: '0123456789012',
					measurements: {
						values: { length: 10, width: 8, height: 1, unit: 'in', weight: 0.4, weightUnit: 'lb' },
					},
				},
			}),
		});
		expect(error).toBeUndefined();
		const [request] = wmsRequests(sandbox);
		expect(request).toMatchObject({ method: 'POST', path: '/wms/products' });
		expect(request.body).toEqual({
			sku: 'NEW-TEE-BLK-M',
			name: 'New Tee, Black, M',
			gtin: '0123456789012',
			measurements: { length: 10, width: 8, height: 1, unit: 'in', weight: 0.4, weight_unit: 'lb' },
		});
		expectValidAgainst('CreatewmsProduct--WMS_Sandbox--', request.body);
		expect(items[0].json).toMatchObject({ sku: 'NEW-TEE-BLK-M', unused_fields: [] });
	});

	it('refuses a create without a SKU before any request, naming the field and the item', async () => {
		const { error } = await runTrackstar(sandbox, {
			parameters: product({ operation: 'create', sku: ' ', name: 'Nameless SKU' }),
		});
		expectItemError(error, 'Invalid SKU: is empty', 0);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it('updates a product, and an error item carries the SKU of a create the WMS refused', async () => {
		const [first, second] = sandbox.products();
		const updated = await runTrackstar(sandbox, {
			parameters: product({
				operation: 'update',
				productId: byId(first.id),
				updateFields: { name: 'Renamed' },
			}),
		});
		expect(wmsRequests(sandbox)[0]).toMatchObject({ method: 'PUT', body: { name: 'Renamed' } });
		expect(updated.items[0].json).toMatchObject({ id: first.id, name: 'Renamed' });

		const refused = await runTrackstar(sandbox, {
			continueOnFail: true,
			parameters: product({ operation: 'create', sku: second.sku, name: 'Duplicate' }),
		});
		expect(refused.items[0].json).toMatchObject({
			sku: second.sku,
			error: expect.stringMatching(/^Trackstar answered 4\d\d/),
		});
	});

	it('lists the fields the WMS takes for a new product', async () => {
		const { items, error } = await runTrackstar(sandbox, {
			parameters: product({ operation: 'getWritableFields', writeOperation: 'create' }),
		});
		expect(error).toBeUndefined();
		// The connected integration's write-info: the same answer the WMS Fields load from.
		expect(writeInfoRequests(sandbox)).toMatchObject([
			{ path: '/integrations/wms/sandbox/write-info', status: 200 },
		]);
		expect(wmsRequests(sandbox)).toEqual([]);
		expect(items[0].json).toMatchObject({ operation: 'create', method: 'POST' });
		expect(items[0].json.required_fields).toEqual(expect.arrayContaining(['name', 'sku']));
	});

	it('picks a product by SKU', async () => {
		const target = sandbox.products()[1];
		const found = await searchTrackstarPicker(sandbox, 'searchProducts', {
			filter: target.sku!,
			parameterPath: 'productId',
		});
		expect(found.results.map((result) => result.value)).toContain(target.id);
	});
});
