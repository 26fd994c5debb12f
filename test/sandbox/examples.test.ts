/**
 * The example workflows the demo imports find data in a sandbox started now (as the demo starts
 * it): each example's Trackstar node runs, with its saved parameters, in n8n's engine.
 */
import {
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from '@n8n-nodes-trackstar/node-runtime/fs';
import { createRequire } from '@n8n-nodes-trackstar/node-runtime/module';
import { tmpdir } from '@n8n-nodes-trackstar/node-runtime/os';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';
import type { IDataObject, INode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import type { Sandbox } from '../../sandbox';
import { STORE_COPY_ORDER_ID, startSandbox } from '../../sandbox';
import { REPO_ROOT } from '../../scripts/support/repoRoot';
import { emptyNodeTypes } from '../harness/nodeTypes';
import { changeReturn, manualPollingPoll, pollingPoller } from '../support/pollingTrigger';
import { cartRequests, runOrders, wmsRequests } from '../support/trackstar';
import { runTrackstar, runTrackstarCarrier, runTrackstarCart } from '../support/trackstarNode';
import { at, wholeSecondNow } from '../support/triggers';

interface ExampleNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: IDataObject;
	onError?: 'continueErrorOutput' | 'continueRegularOutput' | 'stopWorkflow';
}

const EXAMPLES_DIR = join(REPO_ROOT, 'examples');
const examples = new Map(
	readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.map((file) => {
			const workflow = JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as {
				nodes: ExampleNode[];
			};
			return [file, workflow.nodes] as const;
		}),
);
const STOREFRONT_ORDER = JSON.parse(
	readFileSync(join(REPO_ROOT, 'scripts', 'demo', 'storefront-order.json'), 'utf8'),
) as IDataObject;

function node(file: string, name: string): ExampleNode {
	const found = examples.get(file)?.find((entry) => entry.name === name);
	if (!found) throw new Error(`No node "${name}" in examples/${file}`);
	return found;
}

describe('the example workflows against a sandbox started now', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox({ port: 0 });
	});
	afterAll(async () => await sandbox.close());

	it('exceptions-every-15-minutes: stuck orders updated in the last hour', async () => {
		const { items, error } = await runOrders(sandbox, {
			parameters: node('exceptions-every-15-minutes.json', 'Stuck Orders Updated in the Last Hour')
				.parameters,
		});
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThanOrEqual(4);
		expect(new Set(items.map((item) => item.json.status))).toEqual(
			new Set(['exception', 'backordered']),
		);
	});

	it("fix-shipping-method: Juniper & Sage's open orders, some not on UPS Ground, switched consistently", async () => {
		const { items } = await runOrders(sandbox, {
			parameters: node('fix-shipping-method.json', 'Open Orders of Juniper & Sage').parameters,
		});
		const toFix = items.filter((item) => item.json.shipping_method_name !== 'UPS Ground');
		expect(items.length).toBeGreaterThanOrEqual(3);
		expect(toFix.length).toBeGreaterThanOrEqual(1);

		const updated = await runOrders(sandbox, {
			input: toFix.map((item) => item.json),
			parameters: node('fix-shipping-method.json', 'Set Shipping Method to UPS Ground').parameters,
		});
		expect(updated.error).toBeUndefined();
		for (const item of updated.items) {
			expect(item.json).toMatchObject({
				shipping_method_id: 'ups_ground',
				shipping_method: 'ups_ground',
				shipping_method_name: 'UPS Ground',
				carrier_name: 'UPS',
				unused_fields: [],
			});
		}
	});

	it('cancel-orders-from-webhook: an open order to cancel', async () => {
		const open = sandbox.orders().find((order) => order.status === 'open')!;
		const { items } = await runOrders(sandbox, {
			input: [{ order_id: open.id }],
			parameters: node('cancel-orders-from-webhook.json', 'Cancel Order').parameters,
		});
		expect(items[0].json).toMatchObject({ id: open.id, status: 'cancelled' });
	});

	it("create-orders-from-storefront: the demo's storefront order becomes a warehouse order", async () => {
		const { items, error } = await runOrders(sandbox, {
			input: [{ body: STOREFRONT_ORDER }],
			parameters: node('create-orders-from-storefront.json', 'Create Warehouse Order').parameters,
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ order_number: '#1001', status: 'open' });
		expect(sandbox.order(String(items[0].json.id))?.line_items).toHaveLength(2);
	});

	it('carrier-invoice-audit: every charge of the last 30 days, all pages, with shipments over $30 among them', async () => {
		const { items, error } = await runTrackstarCarrier(sandbox, {
			parameters: node('carrier-invoice-audit.json', 'Charges of the Last 30 Days').parameters,
		});
		expect(error).toBeUndefined();
		const since = Date.now() - 31 * 24 * 3600 * 1000;
		const expected = sandbox
			.invoiceLineItems()
			.filter((lineItem) => Date.parse(lineItem.transaction_date) >= since - 24 * 3600 * 1000);
		// Every charge from the start of the day 30 days ago, simplified (no raw columns).
		expect(items.length).toBeGreaterThan(10);
		expect(items.length).toBeLessThanOrEqual(expected.length);
		for (const { json } of items) {
			expect(Date.parse(json.transaction_date as string)).toBeGreaterThanOrEqual(since);
			expect(json).not.toHaveProperty('raw');
		}
		const perShipment = new Map<string, number>();
		for (const { json } of items)
			perShipment.set(
				json.tracking_number as string,
				(perShipment.get(json.tracking_number as string) ?? 0) + (json.net_cost as number),
			);
		expect([...perShipment.values()].filter((total) => total > 30).length).toBeGreaterThan(0);
		expect(sandbox.requests.filter((request) => request.path.startsWith('/carrier/'))).toEqual([
			expect.objectContaining({ method: 'GET', path: '/carrier/invoice-line-items' }),
		]);
	});

	it("onboard-customer-magic-link: the new customer's magic link, then listed for follow-up as not connected yet", async () => {
		const FILE = 'onboard-customer-magic-link.json';
		const customer = { customer_id: 'acme-outdoor', company: 'Acme Outdoor Co.' };
		const before = sandbox.requests.length;
		const created = await runTrackstar(sandbox, {
			input: [customer],
			parameters: node(FILE, 'Magic Link for the Customer').parameters,
		});
		expect(created.error).toBeUndefined();
		expect(created.items[0].json).toEqual({
			magic_link: expect.objectContaining({
				id: expect.any(String),
				customer_id: 'acme-outdoor',
				integration_type: 'wms',
			}),
		});
		const link = created.items[0].json.magic_link as { id: string; expires_at: string };
		const days = (Date.parse(link.expires_at) - Date.now()) / (24 * 3600 * 1000);
		expect(Math.round(days)).toBe(14);

		const connections = await runTrackstar(sandbox, {
			parameters: node(FILE, 'Connections').parameters,
		});
		const links = await runTrackstar(sandbox, { parameters: node(FILE, 'Magic Links').parameters });
		expect(connections.error).toBeUndefined();
		expect(links.error).toBeUndefined();
		const connected = new Set(connections.items.map((item) => item.json.customer_id));
		const pending = links.items.filter(
			(item) => item.json.customer_id && !connected.has(item.json.customer_id),
		);
		// The seed's other customer link is for a connected customer: only the new one is pending.
		expect(pending.map((item) => item.json.id)).toEqual([link.id]);
		// One write and two reads, all of them Trackstar's own (magic links, connections).
		expect(
			sandbox.requests.slice(before).map((request) => `${request.method} ${request.path}`),
		).toEqual(['POST /magic-links', 'GET /connections', 'GET /magic-links']);
	});

	it('low-stock-alert-every-hour: some active items have 10 or fewer fulfillable', async () => {
		const { items, error } = await runTrackstar(sandbox, {
			parameters: node('low-stock-alert-every-hour.json', 'Active Inventory Items').parameters,
		});
		expect(error).toBeUndefined();
		expect(items.every((item) => item.json.active === true)).toBe(true);
		expect(items.filter((item) => (item.json.fulfillable as number) <= 10).length).toBeGreaterThan(
			0,
		);
	});

	it("low-stock-by-polling: the threshold trigger's test event shows active items at 10 available or fewer", async () => {
		const { items, error } = await manualPollingPoll(
			sandbox,
			node('low-stock-by-polling.json', 'Stock Dropped Low').parameters,
		);
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(0);
		for (const { json } of items) {
			expect(json.fulfillable).toBeLessThanOrEqual(10);
			expect(json.active).toBe(true);
		}
	});

	it('create-products-from-rows: a row becomes a product', async () => {
		const { items, error } = await runTrackstar(sandbox, {
			input: [{ sku: 'AW26-UNIT-TEST', name: 'Unit Test Tee' }],
			parameters: node('create-products-from-rows.json', 'Create Product').parameters,
		});
		expect(error).toBeUndefined();
		expect(sandbox.product(String(items[0].json.id))?.sku).toBe('AW26-UNIT-TEST');
	});

	it('stock-per-warehouse-report: items carry their stock per warehouse to split, some in more than one', async () => {
		const { items, error } = await runTrackstar(sandbox, {
			parameters: node('stock-per-warehouse-report.json', 'Every Inventory Item').parameters,
		});
		expect(error).toBeUndefined();
		expect(items.length).toBe(sandbox.inventoryItems().length);
		expect(items.some((item) => (item.json.warehouses as unknown[]).length > 1)).toBe(true);
	});

	it('purchase-orders-to-inbound-shipments: a PO grouped by Summarize becomes a shipment with its lines', async () => {
		const { items, error } = await runTrackstar(sandbox, {
			input: [
				{
					po_number: 'PO-UNIT-1',
					supplier_id: 'sup_cascade_textile',
					warehouse_id: sandbox.inboundShipments()[0].warehouse_id,
					expected_arrival: '2027-01-15',
					appended_sku: ['NWO-JKT-RAIN-M-NVY', 'NWO-SCK-HKR-M'],
					appended_quantity: [48, 120],
				},
			],
			parameters: node('purchase-orders-to-inbound-shipments.json', 'Create Inbound Shipment')
				.parameters,
		});
		expect(error).toBeUndefined();
		const stored = sandbox.inboundShipments().find((shipment) => shipment.id === items[0].json.id);
		expect(stored?.line_items.map((line) => [line.sku, line.expected_quantity])).toEqual([
			['NWO-JKT-RAIN-M-NVY', 48],
			['NWO-SCK-HKR-M', 120],
		]);
		expect(stored?.supplier).toBe('Cascade Textile Mills');
	});

	it("connection-health-alert: the credential's connection has a failing sync to alert on", async () => {
		const { items, error } = await runTrackstar(sandbox, {
			parameters: node('connection-health-alert.json', "Credential's Connection").parameters,
		});
		expect(error).toBeUndefined();
		const schedules = items[0].json.sync_schedules as Array<{ sync_status: string }>;
		expect(schedules.some((schedule) => schedule.sync_status === 'error')).toBe(true);
	});
});

describe('returns-received-yesterday against a sandbox started now', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox({ port: 0 });
	});
	afterAll(async () => await sandbox.close());

	it.each(['America/New_York', 'Europe/Berlin', 'Asia/Tokyo'])(
		"finds returns received yesterday in the workflow's time zone (%s)",
		async (timezone) => {
			const { items, error } = await runTrackstar(sandbox, {
				timezone,
				parameters: node('returns-received-yesterday.json', 'Returns Received Yesterday')
					.parameters,
			});
			expect(error).toBeUndefined();
			expect(items.length).toBeGreaterThanOrEqual(3);
			for (const { json } of items) {
				expect(json.status).toBe('received');
				expect((json.line_items as unknown[]).length).toBeGreaterThan(0);
			}
		},
	);
});

describe('refund-cart-order-on-return against a sandbox started now', () => {
	const FILE = 'refund-cart-order-on-return.json';
	const parameters = (name: string) => node(FILE, name).parameters;
	let sandbox: Sandbox;
	let start: number;
	let codeDir: string;
	beforeAll(async () => {
		start = wholeSecondNow();
		sandbox = await startSandbox({ port: 0, now: new Date(start - 1000) });
		codeDir = mkdtempSync(join(tmpdir(), 'trackstar-example-code-'));
	});
	afterAll(async () => {
		await sandbox.close();
		rmSync(codeDir, { recursive: true, force: true });
	});

	/** The If's condition, by n8n-workflow's expression engine on `json`; true: the item goes on. */
	function passesGuard(json: IDataObject): boolean {
		const guard = node(FILE, 'Not Refunded Yet?');
		const [condition] = (
			guard.parameters.conditions as {
				conditions: Array<{ leftValue: string; operator: { operation: string } }>;
			}
		).conditions;
		const workflow = new Workflow({
			nodes: [guard as unknown as INode],
			connections: {},
			active: false,
			nodeTypes: emptyNodeTypes,
		});
		const value = workflow.expression.getParameterValue(
			condition.leftValue,
			null,
			0,
			0,
			guard.name,
			[{ json }],
			'manual',
			{},
		);
		expect(condition.operator.operation).toBe('false');
		return value === false;
	}

	/**
	 * The Code node's JavaScript for one item, as n8n's Code node runs it in "Run Once for Each
	 * Item": the body of a function given `$input.item` and `$json` (the item) and `$('<node>').item`
	 * (that node's paired item), loaded as a module of its own, outside this test's scope.
	 */
	function runCode(name: string, json: IDataObject, paired: Record<string, IDataObject>) {
		const code = node(FILE, name);
		expect(code.parameters.mode).toBe('runOnceForEachItem');
		const file = join(codeDir, `${name.replace(/\W+/g, '-')}.js`);
		writeFileSync(
			file,
			`module.exports = function ($input, $json, $) {\n${String(code.parameters.jsCode)}\n};\n`,
		);
		const run = createRequire(file)(file) as (...args: unknown[]) => { json: IDataObject };
		const $ = (upstream: string) => {
			if (!(upstream in paired)) throw new Error(`The test gives no item of "${upstream}"`);
			return { item: { json: paired[upstream] } };
		};
		return run({ item: { json } }, json, $).json;
	}

	/**
	 * One return the trigger emitted, through the workflow's nodes with their saved parameters:
	 * WMS Order, Store Order, the guard, Store Payment, Refund Lines, Refund in Store, Tag
	 * Refunded. Stops where the workflow goes to Needs a Person, saying why.
	 */
	async function refundFlow(returned: IDataObject) {
		const wms = await runTrackstar(sandbox, {
			input: [returned],
			parameters: parameters('WMS Order'),
		});
		expect(wms.error).toBeUndefined();
		const store = await runTrackstarCart(sandbox, {
			input: [wms.items[0].json],
			parameters: parameters('Store Order'),
		});
		expect(store.error).toBeUndefined();
		const order = store.items[0].json;
		if (!passesGuard(order)) return { stopped: 'tagged refunded' as const, order };
		const payment = await runTrackstarCart(sandbox, {
			input: [order],
			parameters: parameters('Store Payment'),
		});
		expect(payment.error).toBeUndefined();
		const lines = runCode('Refund Lines', payment.items[0].json, {
			'Return Received': returned,
			'Store Order': order,
		});
		const refund = await runTrackstarCart(sandbox, {
			input: [lines],
			parameters: parameters('Refund in Store'),
		});
		expect(refund.error).toBeUndefined();
		// Tag Refunded reads the store order's and the return's IDs from those nodes' paired items
		// (on n8n 1.x a Code node's output cannot be read by name): here the node runs alone, so
		// they come from the refund's lines, which carry the same two IDs.
		const tagParameters = JSON.parse(
			JSON.stringify(parameters('Tag Refunded'))
				.replace("$('Store Order').item.json.id", '$json.store_order_id')
				.replace("$('Return Received').item.json.id", '$json.return_id'),
		) as IDataObject;
		expect(lines).toMatchObject({ store_order_id: order.id, return_id: returned.id });
		const tagged = await runTrackstarCart(sandbox, {
			input: [lines],
			parameters: tagParameters,
		});
		expect(tagged.error).toBeUndefined();
		return { order, lines, refund: refund.items[0].json, tagged: tagged.items[0].json };
	}

	it('refunds a received return once in the store: only the units received, at what was paid, then tags the order', async () => {
		const [arriving] = sandbox
			.returns()
			.filter((record) => record.status === 'received')
			.sort((a, b) => (a.updated_date < b.updated_date ? 1 : -1));
		const copy = sandbox.cartOrders().find((order) => order.id === STORE_COPY_ORDER_ID)!;
		const poller = pollingPoller(sandbox, parameters('Return Received'));
		changeReturn(sandbox, arriving.id, at(start, 1), { status: 'receiving' });
		expect((await poller.poll()).emitted).toBe(false);

		changeReturn(sandbox, arriving.id, at(start, 5), { status: 'received' });
		const polled = await poller.poll();
		expect(polled.items.map((item) => item.json.id)).toEqual([arriving.id]);
		sandbox.requests.length = 0;
		const run = await refundFlow(polled.items[0].json);

		// Each line received, matched by SKU; per unit the price, less its discount, plus its tax.
		const expected = arriving.line_items
			.filter((line) => line.received_quantity > 0)
			.map((line) => {
				const bought = copy.line_items.find((item) => item.product_sku === line.sku)!;
				const unit =
					Math.round(bought.unit_price! * 100) -
					Math.round(bought.discount! * 100) +
					Math.round(bought.tax! * 100);
				return { bought, quantity: line.received_quantity, cents: line.received_quantity * unit };
			});
		expect(expected.length).toBeGreaterThan(1);
		expect(expected.some(({ quantity, bought }) => quantity < bought.quantity)).toBe(true);
		const amount = (expected.reduce((sum, line) => sum + line.cents, 0) / 100).toFixed(2);
		const sale = Number(copy.id) * 100;
		const sent = cartRequests(sandbox).filter((request) => request.path === '/cart/passthrough');
		expect(sent.map((request) => request.body)).toEqual([
			{ method: 'GET', path: `/admin/api/2025-01/orders/${copy.id}/transactions.json` },
			{
				method: 'POST',
				path: `/admin/api/2025-01/orders/${copy.id}/refunds.json`,
				data: {
					refund: {
						currency: 'USD',
						notify: true,
						note: `Return ${arriving.id} received by the warehouse`,
						refund_line_items: expected.map(({ bought, quantity }) => ({
							line_item_id: bought.line_item_id,
							quantity,
							restock_type: 'no_restock',
						})),
						transactions: [
							{ parent_id: sale, amount, kind: 'refund', gateway: 'shopify_payments' },
						],
					},
				},
			},
		]);
		expect(run.refund).toMatchObject({ status_code: 201 });
		expect(sandbox.cartRefunds()).toHaveLength(1);
		expect(sandbox.cartRefunds()[0].transactions.map((each) => each.amount)).toEqual([amount]);
		expect(run.lines).toMatchObject({ store_order_id: copy.id, return_id: arriving.id, amount });
		expect(sandbox.cartOrders().find((order) => order.id === copy.id)!.trackstar_tags).toEqual([
			'refunded',
			{ refunded_return: arriving.id },
		]);
		expect(
			[...wmsRequests(sandbox), ...cartRequests(sandbox)].map((r) => `${r.method} ${r.path}`),
		).toEqual([
			`GET /wms/orders/${arriving.order_id}`,
			'GET /cart/orders',
			`GET /cart/orders/${copy.id}`,
			'POST /cart/passthrough',
			'POST /cart/passthrough',
			`PUT /cart/orders/${copy.id}/trackstar-tags`,
		]);

		// Once per return: the next poll emits nothing. Leaving received and coming back emits it
		// again, and the refunded tag stops it before anything reaches the store.
		expect((await poller.poll()).emitted).toBe(false);
		changeReturn(sandbox, arriving.id, at(start, 7), { status: 'other' });
		expect((await poller.poll()).emitted).toBe(false);
		changeReturn(sandbox, arriving.id, at(start, 8), { status: 'received' });
		const again = await poller.poll();
		expect(again.items.map((item) => item.json.id)).toEqual([arriving.id]);
		sandbox.requests.length = 0;
		expect(await refundFlow(again.items[0].json)).toMatchObject({ stopped: 'tagged refunded' });
		expect(cartRequests(sandbox).map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /cart/orders',
			`GET /cart/orders/${copy.id}`,
		]);
		expect(sandbox.cartRefunds()).toHaveLength(1);
	});

	it('fails the item, sending nothing to the store, for a return whose order the store does not have', async () => {
		const elsewhere = sandbox
			.returns()
			.find(
				(record) =>
					record.status === 'received' &&
					record.order_id !== null &&
					!sandbox
						.cartOrders()
						.some((order) => order.order_number === sandbox.order(record.order_id!)?.order_number),
			)!;
		const wms = await runTrackstar(sandbox, {
			input: [elsewhere as unknown as IDataObject],
			parameters: parameters('WMS Order'),
		});
		sandbox.requests.length = 0;
		const store = await runTrackstarCart(sandbox, {
			input: [wms.items[0].json],
			parameters: parameters('Store Order'),
			onError: node(FILE, 'Store Order').onError,
		});
		// Its error output, which leads to Needs a Person.
		expect(store.outputs[0]).toEqual([]);
		expect(store.outputs[1][0].json).toMatchObject({
			order_number: wms.items[0].json.order_number,
			error: `No order has order number ${JSON.stringify(wms.items[0].json.order_number)}`,
		});
		expect(cartRequests(sandbox).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /cart/orders']);
	});

	it('fails the item, refunding nothing, when a received SKU is not on the store order', () => {
		const copy = sandbox.cartOrders().find((order) => order.id === STORE_COPY_ORDER_ID)!;
		const payment = {
			body: { transactions: [{ id: 1, kind: 'sale', status: 'success', gateway: 'x' }] },
		};
		const returned = {
			id: 'ret-1',
			line_items: [{ sku: 'NOT-SOLD-HERE', received_quantity: 1 }],
		};
		expect(() =>
			runCode('Refund Lines', payment, {
				'Return Received': returned,
				'Store Order': copy as unknown as IDataObject,
			}),
		).toThrow(`Store order ${copy.order_number} has no line with SKU NOT-SOLD-HERE`);
	});
});
