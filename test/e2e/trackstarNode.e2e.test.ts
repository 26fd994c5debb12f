/**
 * The Trackstar node (Resource, then Operation) inside the real n8n app, installed from the
 * package's tarball: one workflow per resource run with `n8n execute` against the sandbox, each
 * checked by its output items and by what the sandbox received.
 */
import type { Sandbox } from '../../sandbox';
import { byId, wmsRequests } from '../support/trackstar';
import { e2eAppForTestFile, execute, expectSucceeded, onlyOnLine } from './app';
import { atMost, manualWorkflow, trackstarResourceNode as trackstar } from './workflows';

const NEW_SKU = 'E2E-TEE-BLK-M';

function adjustTarget(sandbox: Sandbox) {
	const item = sandbox.inventoryItems().find((candidate) => candidate.active)!;
	return { item, warehouseId: Object.keys(item.inventory_by_warehouse_id)[0] };
}

const workflows = (sandbox: Sandbox) => {
	const target = adjustTarget(sandbox);
	return [
		manualWorkflow('e2eTsLowStock01', 'E2E: Trackstar, low-stock inventory items', [
			trackstar('Every Inventory Item', {
				resource: 'inventoryItem',
				operation: 'getAll',
				returnAll: true,
			}),
			atMost('At Most 10 Fulfillable', '={{ $json.fulfillable }}', 10),
		]),
		manualWorkflow('e2eTsAdjust0001', 'E2E: Trackstar, adjust stock and read the ledger', [
			trackstar('Add 7 After a Count', {
				resource: 'inventoryItem',
				operation: 'adjust',
				inventoryItemId: byId(target.item.id),
				adjustmentType: 'increase',
				quantity: 7,
				warehouseId: byId(target.warehouseId),
			}),
			trackstar('Adjustments in the Ledger', {
				resource: 'inventoryItem',
				operation: 'getLedger',
				returnAll: true,
				filters: { eventType: ['adjustment'] },
			}),
		]),
		manualWorkflow('e2eTsProduct001', 'E2E: Trackstar, create a product and find it by SKU', [
			trackstar('Create Product', {
				resource: 'product',
				operation: 'create',
				sku: NEW_SKU,
				name: 'E2E Tee, Black, M',
			}),
			trackstar('Product by SKU', {
				resource: 'product',
				operation: 'getAll',
				returnAll: true,
				filters: { sku: { conditions: [{ operator: 'eq', value: '={{ $json.sku }}' }] } },
			}),
		]),
		manualWorkflow('e2eTsLocations1', 'E2E: Trackstar, the locations of the first warehouse', [
			trackstar('First Warehouse', { resource: 'warehouse', operation: 'getAll', limit: 1 }),
			trackstar('Its Locations', {
				resource: 'warehouse',
				operation: 'getAllLocations',
				warehouseId: byId('={{ $json.id }}'),
				returnAll: true,
			}),
		]),
		manualWorkflow('e2eTsShipMeth01', 'E2E: Trackstar, shipping methods', [
			trackstar('Every Shipping Method', {
				resource: 'shippingMethod',
				operation: 'getAll',
				returnAll: true,
			}),
			trackstar('Each Shipping Method', {
				resource: 'shippingMethod',
				operation: 'get',
				shippingMethodId: byId('={{ $json.id }}'),
			}),
		]),
		manualWorkflow('e2eTsCustomers1', 'E2E: Trackstar, warehouse customers', [
			trackstar('Every Warehouse Customer', {
				resource: 'warehouseCustomer',
				operation: 'getAll',
				returnAll: true,
			}),
			trackstar('Each Warehouse Customer', {
				resource: 'warehouseCustomer',
				operation: 'get',
				warehouseCustomerId: byId('={{ $json.id }}'),
			}),
		]),
		manualWorkflow('e2eTsOrders0001', 'E2E: Trackstar, open orders then each one', [
			trackstar('Three Open Orders', {
				resource: 'order',
				operation: 'getAll',
				limit: 3,
				filters: { status: ['open'] },
			}),
			trackstar('Each Order', {
				resource: 'order',
				operation: 'get',
				orderId: byId('={{ $json.id }}'),
			}),
		]),
	];
};

const app = e2eAppForTestFile(workflows);

/**
 * On n8n 2.x only: what these cases check, the requests the node builds for its resources and
 * what it makes of the answers, is the node's own code, the same on both lines. n8n 1.x's part
 * (loading the node, running it with its own n8n-workflow, expressions, credentials, error
 * shapes, binary data) is exercised on 1.x by the other files: cli, networkErrors,
 * idempotentWrites, orderOpsAndConnections, inboundShipments, stockExamples and returns' example.
 */
const test = onlyOnLine(2);

const calls = () => wmsRequests(app.sandbox).map((request) => `${request.method} ${request.path}`);

test('Inventory Item Get Many, simplified: a Filter on fulfillable keeps exactly the low-stock items', async () => {
	const run = await execute(app, 'e2eTsLowStock01');

	expectSucceeded(run);
	const every = run.items['Every Inventory Item'].map((item) => item.json);
	expect(every.map((item) => item.id)).toEqual(app.sandbox.inventoryItems().map((item) => item.id));
	expect(every[0]).toEqual(
		expect.objectContaining({
			sku: expect.any(String),
			fulfillable: expect.any(Number),
			warehouses: expect.any(Array),
		}),
	);
	const expected = app.sandbox.inventoryItems().filter((item) => item.fulfillable <= 10);
	const low = run.items['At Most 10 Fulfillable'].map((item) => item.json);
	expect(low.length).toBeGreaterThan(0);
	expect(low.map((item) => item.sku).sort()).toEqual(expected.map((item) => item.sku).sort());
	expect(wmsRequests(app.sandbox).map((request) => request.query)).toEqual([{ limit: '1000' }]);
	expect(calls()).toEqual(['GET /wms/inventory']);
}, 120_000);

test('Inventory Item Adjust adds stock in one warehouse once, and Get Ledger shows the adjustment', async () => {
	const { item, warehouseId } = adjustTarget(app.sandbox);
	const before = item.inventory_by_warehouse_id[warehouseId].onhand;

	const run = await execute(app, 'e2eTsAdjust0001');

	expectSucceeded(run);
	expect(run.items['Add 7 After a Count'][0].json).toMatchObject({
		id: item.id,
		unused_fields: [],
	});
	expect(app.sandbox.inventoryItem(item.id)!.inventory_by_warehouse_id[warehouseId].onhand).toBe(
		before + 7,
	);
	expect(run.items['Adjustments in the Ledger'].map((entry) => entry.json)).toContainEqual(
		expect.objectContaining({
			inventory_item_id: item.id,
			quantity: 7,
			event_type: 'adjustment',
			warehouse_id: warehouseId,
		}),
	);
	const [adjust, ledger] = wmsRequests(app.sandbox);
	expect(adjust).toMatchObject({ method: 'PUT', path: `/wms/inventory/${item.id}/adjust` });
	expect(adjust.body).toEqual({
		adjustment_type: 'increase',
		quantity: 7,
		warehouse_id: warehouseId,
	});
	expect(ledger).toMatchObject({ method: 'GET', path: '/wms/inventory/ledger' });
	expect(ledger.query).toEqual({ 'event_type[in]': 'adjustment', limit: '1000' });
	expect(wmsRequests(app.sandbox).filter((request) => request.method === 'PUT')).toHaveLength(1);
}, 120_000);

test('Product Create makes the product, and Get Many by SKU finds it', async () => {
	const run = await execute(app, 'e2eTsProduct001');

	expectSucceeded(run);
	const created = run.items['Create Product'][0].json;
	expect(created).toMatchObject({ sku: NEW_SKU, name: 'E2E Tee, Black, M', unused_fields: [] });
	expect(run.items['Product by SKU'].map((item) => item.json)).toEqual([
		expect.objectContaining({ id: created.id, sku: NEW_SKU, name: 'E2E Tee, Black, M' }),
	]);
	expect(app.sandbox.products().filter((product) => product.sku === NEW_SKU)).toHaveLength(1);
	const [create, list] = wmsRequests(app.sandbox);
	expect(create).toMatchObject({ method: 'POST', path: '/wms/products' });
	expect(create.body).toMatchObject({ sku: NEW_SKU, name: 'E2E Tee, Black, M' });
	expect(list).toMatchObject({ method: 'GET', path: '/wms/products' });
	expect(list.query).toEqual({ 'sku[eq]': NEW_SKU, limit: '1000' });
}, 120_000);

test('Warehouse Get Many Locations lists the locations of the warehouse the previous node gives', async () => {
	const run = await execute(app, 'e2eTsLocations1');

	expectSucceeded(run);
	const warehouse = run.items['First Warehouse'][0].json;
	const locations = run.items['Its Locations'].map((item) => item.json);
	expect(locations.length).toBeGreaterThan(0);
	expect(locations.every((location) => location.warehouse_id === warehouse.id)).toBe(true);
	expect(calls()).toEqual([
		'GET /wms/warehouses',
		`GET /wms/warehouses/${String(warehouse.id)}/locations`,
	]);
	expect(wmsRequests(app.sandbox)[0].query).toEqual({ limit: '1000' });
}, 120_000);

test.each([
	['e2eTsShipMeth01', 'Every Shipping Method', 'Each Shipping Method', '/wms/shipping-methods'],
	[
		'e2eTsCustomers1',
		'Every Warehouse Customer',
		'Each Warehouse Customer',
		'/wms/warehouse-customers',
	],
])(
	'%s: Get Many lists them all, Get reads each by ID',
	async (workflowId, listNode, getNode, path) => {
		const run = await execute(app, workflowId);

		expectSucceeded(run);
		const listed = run.items[listNode].map((item) => item.json);
		expect(listed.length).toBeGreaterThan(0);
		expect(
			listed.every((record) => typeof record.id === 'string' && typeof record.name === 'string'),
		).toBe(true);
		expect(run.items[getNode].map((item) => item.json)).toEqual(listed);
		expect(calls()).toEqual([
			`GET ${path}`,
			...listed.map((record) => `GET ${path}/${String(record.id)}`),
		]);
	},
	120_000,
);

test('the Order resource lists open orders and gets each, as Trackstar Orders does', async () => {
	const run = await execute(app, 'e2eTsOrders0001');

	expectSucceeded(run);
	const listed = run.items['Three Open Orders'].map((item) => item.json);
	expect(listed).toHaveLength(3);
	expect(listed.every((order) => order.status === 'open')).toBe(true);
	const each = run.items['Each Order'].map((item) => item.json);
	expect(each.map((order) => order.id)).toEqual(listed.map((order) => order.id));
	expect(wmsRequests(app.sandbox)[0].query).toEqual({ 'status[in]': 'open', limit: '1000' });
	expect(calls()).toEqual([
		'GET /wms/orders',
		...listed.map((order) => `GET /wms/orders/${String(order.id)}`),
	]);
}, 120_000);
