/**
 * Inbound shipments in the real n8n app, installed from the package's tarball: a purchase order
 * created as an inbound shipment then received at the dock (stock rises), and the example that
 * turns purchase order rows into shipments, each run with `n8n execute` against the sandbox; then
 * the demo's check of that example, run as the editor's Execute workflow does.
 *
 * Runs on both n8n lines: the example a user of either line imports, run by n8n execute and
 * from the editor (n8n's REST API, which differs between the lines), and receiving lines mapped by
 * an expression with an arrow function (n8n's expression engine, its own on each line).
 */
import { checkExample } from '../../scripts/demo/checkExamples';
import { DEMO_OWNER } from '../../scripts/n8n/instance';
import type { Sandbox } from '../../sandbox';
import { byId, wmsRequests } from '../support/trackstar';
import { e2eAppForTestFile, execute, expectSucceeded } from './app';
import { manualWorkflow, trackstarResourceNode as trackstar } from './workflows';

/** Two items of one brand and the warehouse where the first has stock. */
function receivingTarget(sandbox: Sandbox) {
	const [first, second] = sandbox.inventoryItems();
	return { first, second, warehouseId: Object.keys(first.inventory_by_warehouse_id)[0] };
}

const workflows = (sandbox: Sandbox) => {
	const { first, second, warehouseId } = receivingTarget(sandbox);
	return [
		manualWorkflow('e2eTsInbound001', 'E2E: Trackstar, create an inbound shipment and receive it', [
			trackstar('Create Inbound Shipment', {
				resource: 'inboundShipment',
				operation: 'create',
				purchaseOrderNumber: 'PO-E2E-1',
				warehouseId: byId(warehouseId),
				expectedArrivalDate: '2027-02-01T10:00:00Z',
				lineItems: {
					lineItem: [
						{ sku: first.sku, expectedQuantity: 30 },
						{ sku: second.sku, expectedQuantity: 12 },
					],
				},
				additionalFields: { supplier: byId('sup_cascade_textile') },
			}),
			trackstar('Receive Everything Expected', {
				resource: 'inboundShipment',
				operation: 'receive',
				inboundShipmentId: byId('={{ $json.id }}'),
				lineItemsInput: 'json',
				lineItemsJson:
					'={{ $json.line_items.map(line => ({ sku: line.sku, quantity: line.expected_quantity })) }}',
			}),
			trackstar('Stock of the First SKU', {
				resource: 'inventoryItem',
				operation: 'get',
				inventoryItemId: byId(first.id),
				simplify: false,
			}),
		]),
	];
};

const app = e2eAppForTestFile(workflows);

const calls = () => wmsRequests(app.sandbox).map((request) => `${request.method} ${request.path}`);

test('a purchase order becomes an inbound shipment; receiving it in full raises stock', async () => {
	const { first, second, warehouseId } = receivingTarget(app.sandbox);

	const run = await execute(app, 'e2eTsInbound001');

	expectSucceeded(run);
	const [created] = run.items['Create Inbound Shipment'].map((item) => item.json);
	expect(created).toMatchObject({
		purchase_order_number: 'PO-E2E-1',
		status: 'open',
		warehouse_id: warehouseId,
		supplier: 'Cascade Textile Mills',
		unused_fields: [],
	});
	const [received] = run.items['Receive Everything Expected'].map((item) => item.json);
	expect(received).toMatchObject({ id: created.id, status: 'received' });
	const [stock] = run.items['Stock of the First SKU'].map((item) => item.json);
	expect(stock.onhand).toBe(first.onhand + 30);
	expect(stock.fulfillable).toBe(first.fulfillable + 30);
	expect(app.sandbox.inventoryItem(second.id)?.onhand).toBe(second.onhand + 12);
	expect(calls()).toEqual([
		'POST /wms/inbound-shipments',
		`PUT /wms/inbound-shipments/${String(created.id)}/receive`,
		`GET /wms/inventory/${first.id}`,
	]);
	expect(wmsRequests(app.sandbox)[1].body).toEqual({
		line_items: [
			{ sku: first.sku, quantity: 30 },
			{ sku: second.sku, quantity: 12 },
		],
	});
}, 120_000);

test('the purchase order rows example makes one inbound shipment per PO, with its lines', async () => {
	const run = await execute(app, 'tsInboundFromPOs');

	expectSucceeded(run);
	const created = run.items['Create Inbound Shipment'].map((item) => item.json);
	expect(created.map((shipment) => shipment.purchase_order_number)).toEqual(['PO-7101', 'PO-7102']);
	expect(calls()).toEqual(['POST /wms/inbound-shipments', 'POST /wms/inbound-shipments']);
	expect(wmsRequests(app.sandbox).map((request) => request.body)).toEqual([
		{
			purchase_order_number: 'PO-7101',
			warehouse_id: '436d54bd85d837494eb92be8',
			expected_arrival_date: expect.stringMatching(/^2027-01-1[45]T\d\d:00:00Z$/),
			supplier_object: { supplier_id: 'sup_cascade_textile' },
			line_items: [
				{ sku: 'NWO-JKT-RAIN-M-NVY', expected_quantity: 48 },
				{ sku: 'NWO-FLC-QZ-L-HTH', expected_quantity: 36 },
				{ sku: 'NWO-SCK-HKR-M', expected_quantity: 120 },
			],
		},
		expect.objectContaining({
			purchase_order_number: 'PO-7102',
			line_items: [
				{ sku: 'STC-WB-ETH-12OZ', expected_quantity: 200 },
				{ sku: 'STC-WB-COL-12OZ', expected_quantity: 150 },
			],
		}),
	]);
}, 120_000);

// Last: the editor's Execute workflow needs `n8n start`, which then runs until the file's end.
test("the demo's check of the purchase order rows example passes as the editor runs it", async () => {
	await app.n8n.start();
	const demo = { n8n: app.n8n, sandbox: app.sandbox, owner: DEMO_OWNER, stop: async () => {} };

	expect(await checkExample(demo, 'tsInboundFromPOs')).toBe(
		'5 purchase order rows became 2 inbound shipments: PO-7101 (3 lines), PO-7102 (2 lines)',
	);
}, 180_000);
