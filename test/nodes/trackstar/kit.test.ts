import type { Sandbox } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { expectValidAgainst } from '../../support/openapi';
import { byId, startTestSandbox, wmsRequests, writeInfoRequests } from '../../support/trackstar';
import { runTrackstar, searchTrackstarPicker } from '../../support/trackstarNode';

const kit = (parameters: Record<string, unknown>) => ({ resource: 'kit', ...parameters });
const measurements = {
	values: { length: 10, width: 8, height: 4, unit: 'in', weight: 2, weightUnit: 'lb' },
};

describe('Trackstar: Kit', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox({ metaRateLimitSeconds: 0 });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const components = () =>
		sandbox
			.products()
			.filter((product) => !product.is_kit)
			.slice(0, 2)
			.map((product) => product.sku!);

	it('creates a kit of seeded products from component rows', async () => {
		const [a, b] = components();
		const { items, error } = await runTrackstar(sandbox, {
			parameters: kit({
				operation: 'create',
				sku: 'KIT-GIFT',
				name: 'Gift Kit',
				gtin: '0123456789012',
				measurements,
				components: {
					component: [
						{ sku: a, unitQuantity: 1 },
						{ sku: b, unitQuantity: 2 },
					],
				},
			}),
		});
		expect(error).toBeUndefined();
		const [request] = wmsRequests(sandbox);
		expect(request).toMatchObject({ method: 'POST', path: '/wms/kits' });
		expect(request.body).toEqual({
			sku: 'KIT-GIFT',
			name: 'Gift Kit',
			gtin: '0123456789012',
			measurements: { length: 10, width: 8, height: 4, unit: 'in', weight: 2, weight_unit: 'lb' },
			inventory_items: [
				{ sku: a, unit_quantity: 1 },
				{ sku: b, unit_quantity: 2 },
			],
		});
		expectValidAgainst('CreatewmsKit--WMS_Sandbox--', request.body);
		expect(items[0].json).toMatchObject({ sku: 'KIT-GIFT', is_kit: true, unused_fields: [] });
		expect(sandbox.product(items[0].json.id as string)?.is_kit).toBe(true);
	});

	it('takes components as a JSON list mapped from the input, and refuses one without a SKU before any request', async () => {
		const [a] = components();
		const create = (componentsJson: string) =>
			runTrackstar(sandbox, {
				input: [{ parts: [{ sku: a, unit_quantity: 3 }] }],
				parameters: kit({
					operation: 'create',
					sku: 'KIT-JSON',
					name: 'JSON Kit',
					gtin: '0123456789012',
					measurements,
					componentsInput: 'json',
					componentsJson,
				}),
			});
		const mapped = await create('={{ $json.parts }}');
		expect(mapped.error).toBeUndefined();
		expect(wmsRequests(sandbox)[0].body).toMatchObject({
			inventory_items: [{ sku: a, unit_quantity: 3 }],
		});

		sandbox.reset();
		const refused = await create('[{"unit_quantity": 1}]');
		expectItemError(refused.error, 'Invalid Components (JSON) item 1: has no SKU', 0);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it('refuses a kit without measurements before any request, as Trackstar requires them', async () => {
		const [a] = components();
		const { error } = await runTrackstar(sandbox, {
			parameters: kit({
				operation: 'create',
				sku: 'KIT-X',
				name: 'X',
				gtin: '1',
				components: { component: [{ sku: a, unitQuantity: 1 }] },
			}),
		});
		expectItemError(
			error,
			'Invalid Measurements: is empty, and Trackstar needs it to create a kit',
			0,
		);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it("updates a seeded kit's components, found in the kit picker", async () => {
		const seeded = sandbox.products().find((product) => product.is_kit)!;
		const found = await searchTrackstarPicker(sandbox, 'searchKits', {
			filter: seeded.sku!,
			parameterPath: 'kitId',
		});
		expect(found.results.map((result) => result.value)).toEqual([seeded.id]);
		sandbox.reset();

		const [a] = components();
		const { items } = await runTrackstar(sandbox, {
			parameters: kit({
				operation: 'update',
				kitId: byId(seeded.id),
				updateFields: { components: { component: [{ sku: a, unitQuantity: 4 }] } },
			}),
		});
		expect(wmsRequests(sandbox)[0]).toMatchObject({
			method: 'PUT',
			path: `/wms/kits/${seeded.id}`,
			body: { inventory_items: [{ sku: a, unit_quantity: 4 }] },
		});
		expect(items[0].json).toMatchObject({
			id: seeded.id,
			inventory_items: [{ sku: a, unit_quantity: 4 }],
		});
	});

	it('lists the fields the WMS requires for a new kit', async () => {
		const { items } = await runTrackstar(sandbox, {
			parameters: kit({ operation: 'getWritableFields', writeOperation: 'create' }),
		});
		// The connected integration's write-info: the same answer the WMS Fields load from.
		expect(writeInfoRequests(sandbox)).toMatchObject([
			{ path: '/integrations/wms/sandbox/write-info', status: 200 },
		]);
		expect(wmsRequests(sandbox)).toEqual([]);
		expect(items[0].json.required_fields).toEqual(
			expect.arrayContaining(['sku', 'name', 'gtin', 'measurements', 'inventory_items']),
		);
		expect(items[0].json.integration_specific_fields).toEqual([
			'price',
			'warehouse_customer_id',
			'country_of_origin',
		]);
	});
});
