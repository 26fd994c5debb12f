/**
 * The Trackstar node's Return, Kit, Bill and Labor Activity resources inside the real n8n app,
 * installed from the package's tarball: one workflow per resource run with `n8n execute` against
 * the sandbox, each checked by its output items and by what the sandbox received. Also the demo's
 * check of examples/refund-cart-order-on-return.json, through the editor's Execute workflow.
 */
import type { Sandbox } from '../../sandbox';
import { WAREHOUSE_CUSTOMERS } from '../../sandbox';
import { checkExample } from '../../scripts/demo/checkExamples';
import { runFromEditor } from '../../scripts/n8n/editorRun';
import { DEMO_OWNER } from '../../scripts/n8n/instance';
import { byId, cartRequests, wmsRequests } from '../support/trackstar';
import { e2eAppForTestFile, execute, expectSucceeded, onlyOnLine } from './app';
import { manualWorkflow, trackstarResourceNode as trackstar } from './workflows';

const KIT_SKU = 'E2E-KIT-GIFT';
const fulfilledOrder = (sandbox: Sandbox) =>
	sandbox.orders().find((order) => order.status === 'fulfilled')!;
const componentSkus = (sandbox: Sandbox) =>
	sandbox
		.products()
		.filter((product) => !product.is_kit)
		.slice(0, 2)
		.map((product) => product.sku!);

const workflows = (sandbox: Sandbox) => {
	const order = fulfilledOrder(sandbox);
	const [a, b] = componentSkus(sandbox);
	return [
		manualWorkflow('e2eTsReturnCan1', 'E2E: Trackstar, create a return then cancel it', [
			trackstar('Create Return', {
				resource: 'return',
				operation: 'create',
				orderId: byId(order.id),
				lineItems: { lineItem: [{ sku: order.line_items[0].sku, quantity: 1 }] },
			}),
			trackstar('Cancel Return', {
				resource: 'return',
				operation: 'cancel',
				returnId: byId('={{ $json.id }}'),
			}),
		]),
		manualWorkflow('e2eTsKitCreate1', 'E2E: Trackstar, create a kit of two products', [
			trackstar('Create Kit', {
				resource: 'kit',
				operation: 'create',
				sku: KIT_SKU,
				name: 'E2E Gift Kit',
				gtin: '0123456789012',
				measurements: {
					values: { length: 10, width: 8, height: 4, unit: 'in', weight: 2, weightUnit: 'lb' },
				},
				components: {
					component: [
						{ sku: a, unitQuantity: 1 },
						{ sku: b, unitQuantity: 2 },
					],
				},
			}),
		]),
		manualWorkflow('e2eTsBillsMany1', "E2E: Trackstar, one warehouse customer's bills", [
			trackstar('Bills of Summit Trail', {
				resource: 'bill',
				operation: 'getAll',
				returnAll: true,
				filters: {
					warehouseCustomerId: {
						conditions: [{ operator: 'eq', value: byId(WAREHOUSE_CUSTOMERS[2].id) }],
					},
				},
			}),
		]),
		manualWorkflow('e2eTsLaborMany1', 'E2E: Trackstar, picks then each one', [
			trackstar('Five Picks', {
				resource: 'laborActivity',
				operation: 'getAll',
				limit: 5,
				filters: { activityType: 'pick' },
			}),
			trackstar('Each Pick', {
				resource: 'laborActivity',
				operation: 'get',
				laborActivityId: byId('={{ $json.id }}'),
			}),
		]),
	];
};

const app = e2eAppForTestFile(workflows);

/**
 * On n8n 2.x only: what these cases check, the requests the node builds for its resources and
 * what it makes of the answers, is the node's own code, the same on both lines. n8n 1.x's part
 * (loading the node, running it with its own n8n-workflow, expressions, credentials, error
 * shapes, binary data) is exercised on 1.x by the other files (cli, networkErrors,
 * idempotentWrites, orderOpsAndConnections, inboundShipments, stockExamples) and by this file's
 * example.
 */
const resourceCase = onlyOnLine(2);

const calls = () => wmsRequests(app.sandbox).map((request) => `${request.method} ${request.path}`);

resourceCase(
	'Return Create makes an open return for the order, and Cancel cancels it',
	async () => {
		const order = fulfilledOrder(app.sandbox);
		const run = await execute(app, 'e2eTsReturnCan1');

		expectSucceeded(run);
		const created = run.items['Create Return'][0].json;
		expect(created).toMatchObject({ status: 'open', order_id: order.id, unused_fields: [] });
		expect(run.items['Cancel Return'][0].json).toMatchObject({
			id: created.id,
			status: 'cancelled',
		});
		expect(calls()).toEqual(['POST /wms/returns', `PUT /wms/returns/${String(created.id)}/cancel`]);
		expect(wmsRequests(app.sandbox)[0].body).toEqual({
			order_id: order.id,
			line_items: [{ sku: order.line_items[0].sku, quantity: 1 }],
		});
	},
	120_000,
);

resourceCase(
	'Kit Create makes a kit product of its components',
	async () => {
		const [a, b] = componentSkus(app.sandbox);
		const run = await execute(app, 'e2eTsKitCreate1');

		expectSucceeded(run);
		const kit = run.items['Create Kit'][0].json;
		expect(kit).toMatchObject({ sku: KIT_SKU, is_kit: true, unused_fields: [] });
		expect(app.sandbox.product(String(kit.id))?.inventory_items.map((item) => item.sku)).toEqual([
			a,
			b,
		]);
		expect(calls()).toEqual(['POST /wms/kits']);
	},
	120_000,
);

resourceCase(
	"Bill Get Many lists one warehouse customer's bills, every page",
	async () => {
		const run = await execute(app, 'e2eTsBillsMany1');

		expectSucceeded(run);
		const bills = run.items['Bills of Summit Trail'].map((item) => item.json);
		expect(bills.length).toBeGreaterThan(0);
		expect(bills.every((bill) => bill.warehouse_customer_id === WAREHOUSE_CUSTOMERS[2].id)).toBe(
			true,
		);
		expect(wmsRequests(app.sandbox)[0].query).toEqual({
			'warehouse_customer_id[eq]': WAREHOUSE_CUSTOMERS[2].id,
			limit: '1000',
		});
	},
	120_000,
);

resourceCase(
	'Labor Activity Get Many stops at its limit, and Get reads each one',
	async () => {
		const run = await execute(app, 'e2eTsLaborMany1');

		expectSucceeded(run);
		const picks = run.items['Five Picks'].map((item) => item.json);
		expect(picks).toHaveLength(5);
		expect(picks.every((pick) => pick.activity_type === 'pick')).toBe(true);
		expect(run.items['Each Pick'].map((item) => item.json.id)).toEqual(
			picks.map((pick) => pick.id),
		);
		// The newest five: the picks fit in one page, read whole and sorted.
		const created = picks.map((pick) => Date.parse(String(pick.created_date)));
		expect(created).toEqual([...created].sort((a, b) => b - a));
		// Trackstar's first page, then (the live warehouse has picked more than a page) the newest range.
		const lists = wmsRequests(app.sandbox).filter(
			(request) => request.path === '/wms/labor-activities',
		);
		expect(lists[0].query).toEqual({ activity_type: 'pick', limit: '1000' });
		expect(lists.length).toBeLessThanOrEqual(3);
		expect(
			lists.every(
				(request) => request.query.activity_type === 'pick' && request.query.limit === '1000',
			),
		).toBe(true);
	},
	120_000,
);

// On both lines: an example a user of either line imports, run by n8n execute.
test('the morning example summarises the returns received yesterday, one item per return', async () => {
	const run = await execute(app, 'tsReturnsYesterday');

	expectSucceeded(run);
	const summaries = run.items['One Summary per Return'].map((item) => item.json);
	expect(summaries.length).toBeGreaterThan(0);
	for (const summary of summaries) {
		expect(summary).toMatchObject({
			return_id: expect.any(String),
			order_id: expect.any(String),
			units_received: expect.any(Number),
		});
		expect(summary.summary).toMatch(/^Return \S+ of order \S+: \d+ x /);
	}
	const [request] = wmsRequests(app.sandbox);
	expect(request).toMatchObject({ method: 'GET', path: '/wms/returns' });
	expect(request.query['status[in]']).toBe('received');
}, 120_000);

// Last, on both lines: the editor's Execute workflow needs `n8n start`, which then runs until the
// file's end; the polling trigger's test event goes through n8n's REST API, which differs.
test('the refund example, run from the editor, refunds the store order of the return received last once; a second run sends nothing', async () => {
	await app.n8n.start();
	const demo = { n8n: app.n8n, sandbox: app.sandbox, owner: DEMO_OWNER, stop: async () => {} };

	expect(await checkExample(demo, 'tsRefundOnReturn')).toMatch(
		/^store order \S+ refunded once, \d+\.\d{2} USD for the \d+ units its return brought back, and tagged refunded$/,
	);
	const refunds = cartRequests(app.sandbox).filter(
		(request) =>
			request.path === '/cart/passthrough' &&
			(request.body as { method: string }).method === 'POST',
	);
	expect(refunds).toHaveLength(1);

	const again = await runFromEditor(app.n8n, 'tsRefundOnReturn', 'Return Received');
	expect(again.status).toBe('success');
	// The order tagged refunded, the others not the store's: all to Needs a Person, none further.
	expect(again.items['Needs a Person'].length).toBeGreaterThan(0);
	expect(again.items['Store Payment']).toBeUndefined();
	expect(again.items['Refund in Store']).toBeUndefined();
	expect(app.sandbox.cartRefunds()).toHaveLength(1);
}, 240_000);
