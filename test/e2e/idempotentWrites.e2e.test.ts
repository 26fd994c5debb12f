/**
 * Writes whose answer is lost, in the real n8n app (`n8n execute`, the package from its tarball):
 * each is sent with an Idempotency-Key, retried, and written once.
 *
 * Runs on both n8n lines: a lost answer is a network error, which n8n 1.x and 2.x report
 * differently ('socket hang up' without its code on 1.x), and the retry depends on telling it.
 */
import type { Sandbox } from '../../sandbox';
import { WAREHOUSE_CUSTOMERS } from '../../sandbox';
import { byId, SHIP_TO_ADDRESS, wmsRequests } from '../support/trackstar';
import { e2eAppForTestFile, execute, expectSucceeded } from './app';
import { manualWorkflow, trackstarNode, trackstarResourceNode as trackstar } from './workflows';

const ORDER_NUMBER = 'E2E-ONCE-1';
const product = WAREHOUSE_CUSTOMERS[0].products[2];

const packedOrder = (sandbox: Sandbox) =>
	sandbox.orders().find((order) => order.status === 'packed')!;

const workflows = (sandbox: Sandbox) => [
	manualWorkflow('e2eCreateOnce01', 'E2E: a Create Order whose first answer is lost', [
		trackstarNode('Create Order', {
			operation: 'create',
			orderNumber: ORDER_NUMBER,
			shipToAddress: SHIP_TO_ADDRESS,
			lineItems: {
				lineItem: [{ productId: product.product_id, sku: product.sku, quantity: 1 }],
			},
			requestOptions: { retryDelay: 10 },
		}),
	]),
	manualWorkflow('e2eShipOnce0001', 'E2E: a Ship whose first answer is lost', [
		trackstar('Ship It', {
			resource: 'order',
			operation: 'ship',
			orderId: byId(packedOrder(sandbox).id),
			trackingNumber: '1Z-E2E-ONCE',
			packages: { package: [{ packageId: 'box-1', trackingNumber: '1Z-E2E-ONCE' }] },
			requestOptions: { retryDelay: 10 },
		}),
	]),
];

const app = e2eAppForTestFile(workflows);

test('a Create Order whose first answer is dropped creates exactly one order, and returns it', async () => {
	app.sandbox.inject({ method: 'POST', fault: { kind: 'drop', when: 'after' } });

	const run = await execute(app, 'e2eCreateOnce01');

	expectSucceeded(run);
	const created = app.sandbox.orders().filter((order) => order.order_number === ORDER_NUMBER);
	expect(created).toHaveLength(1);
	expect(run.items['Create Order'][0].json).toMatchObject({
		id: created[0].id,
		order_number: ORDER_NUMBER,
	});
	const requests = wmsRequests(app.sandbox);
	expect(requests.map((request) => request.method)).toEqual(['POST', 'GET']);
	expect(requests[0].headers['idempotency-key']).toMatch(/^n8n-[0-9a-f]{64}$/);
}, 120_000);

test('a Ship whose first answer is dropped is retried with the same key, and Trackstar replays it: one shipment', async () => {
	const order = packedOrder(app.sandbox);
	const shipmentsBefore = order.shipments.length;
	app.sandbox.inject({ method: 'POST', fault: { kind: 'drop', when: 'after' } });

	const run = await execute(app, 'e2eShipOnce0001');

	expectSucceeded(run);
	expect(run.items['Ship It'][0].json).toMatchObject({ id: order.id, status: 'fulfilled' });
	expect(app.sandbox.order(order.id)?.shipments).toHaveLength(shipmentsBefore + 1);
	const posts = wmsRequests(app.sandbox).filter((request) => request.method === 'POST');
	expect(posts).toHaveLength(2);
	expect(posts[1].headers['idempotency-key']).toBe(posts[0].headers['idempotency-key']);
	expect(posts[1]).toMatchObject({ status: 200, replayed: true });
}, 120_000);
