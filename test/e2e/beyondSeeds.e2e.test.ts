/**
 * Get, Create, Set Trackstar Tags and Get Writable Fields inside the real n8n app (`n8n execute`)
 * against the sandbox.
 */
import type { Sandbox } from '../../sandbox';
import { byId, wmsRequests } from '../support/trackstar';
import { e2eAppForTestFile, execute, expectSucceeded, onlyOnLine } from './app';
import { manualWorkflow, trackstarNode } from './workflows';

const workflows = (sandbox: Sandbox) => {
	const order = sandbox.orders().find((candidate) => candidate.status === 'fulfilled')!;
	return [
		manualWorkflow('e2eCreateTagGet1', 'E2E: create an order, tag it, read it back', [
			trackstarNode('Create Order', {
				operation: 'create',
				orderNumber: 'E2E-1001',
				shipToAddress: {
					address: {
						fullName: 'Ada Lovelace',
						address1: '1 Main St',
						city: 'Reno',
						state: 'NV',
						postalCode: '89502',
						country: 'US',
					},
				},
				lineItems: { lineItem: [{ productId: 'prod-e2e', quantity: 3 }] },
				additionalFields: { warehouseCustomerId: byId('65a1f3c2e4b0a17d9c3e5f02') },
			}),
			trackstarNode('Tag Order', {
				operation: 'setTags',
				orderId: byId('={{ $json.id }}'),
				trackstarTags: { tag: [{ name: 'source', value: 'n8n' }] },
			}),
			trackstarNode('Get Order', {
				operation: 'get',
				orderId: byId('={{ $json.id }}'),
				simplify: false,
			}),
		]),
		manualWorkflow('e2eGetShipped01', 'E2E: get a shipped order, simplified', [
			trackstarNode('Get Shipped Order', { operation: 'get', orderId: byId(order.id) }),
		]),
		manualWorkflow('e2eWritableFld1', 'E2E: writable fields for create', [
			trackstarNode('Writable Fields', {
				operation: 'getWritableFields',
				writeOperation: 'create',
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

test('Create, Set Trackstar Tags and Get chain on the new order, and Create reports what the WMS ignored', async () => {
	const run = await execute(app, 'e2eCreateTagGet1');

	expectSucceeded(run);
	const created = run.items['Create Order'][0].json;
	expect(created).toMatchObject({
		order_number: 'E2E-1001',
		status: 'open',
		unused_fields: ['warehouse_customer_id'],
	});
	expect(run.items['Tag Order'][0].json).toMatchObject({
		id: created.id,
		trackstar_tags: [{ source: 'n8n' }],
	});
	expect(run.items['Get Order'][0].json).toMatchObject({
		id: created.id,
		order_number: 'E2E-1001',
		trackstar_tags: [{ source: 'n8n' }],
	});
	expect(
		wmsRequests(app.sandbox).map(
			(request) => `${request.method} ${request.path} ${request.status}`,
		),
	).toEqual([
		'POST /wms/orders 200',
		`PUT /wms/orders/${created.id}/trackstar-tags 200`,
		`GET /wms/orders/${created.id} 200`,
	]);
}, 120_000);

test('Get returns the simplified order with its tracking numbers', async () => {
	const order = app.sandbox.orders().find((candidate) => candidate.status === 'fulfilled')!;
	const run = await execute(app, 'e2eGetShipped01');

	expectSucceeded(run);
	const [item] = run.items['Get Shipped Order'];
	expect(item.json).toMatchObject({ id: order.id, status: 'fulfilled' });
	expect(item.json.tracking_numbers).toEqual(
		expect.arrayContaining([order.shipments[0].packages[0].tracking_number]),
	);
}, 120_000);

test("Get Writable Fields reads the connected integration's write-info once and lists it field by field", async () => {
	const run = await execute(app, 'e2eWritableFld1');

	expectSucceeded(run);
	const [item] = run.items['Writable Fields'];
	expect(item.json).toMatchObject({
		operation: 'create',
		method: 'POST',
		integration_type: 'wms',
		integration_name: 'sandbox',
		integration_specific_fields: ['gift_message', 'warehouse_id'],
	});
	expect(item.json.required_fields).toEqual(
		expect.arrayContaining(['order_number', 'line_items[].quantity']),
	);
	// Which integration the credential's connection is, then its write-info; nothing of /wms.
	expect(
		app.sandbox.requests
			.filter((request) => !request.path.startsWith('/__sandbox'))
			.map((request) => request.path),
	).toEqual(['/connections', '/integrations/wms/sandbox/write-info']);
	expect(wmsRequests(app.sandbox)).toEqual([]);
}, 120_000);
