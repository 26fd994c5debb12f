/**
 * The example workflows the demo imports find data in a sandbox started now (as the demo starts
 * it): each example's Trackstar node runs, with its saved parameters, in n8n's engine.
 */
import { readFileSync, readdirSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';
import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { REPO_ROOT } from '../../scripts/support/repoRoot';
import { manualPollingPoll } from '../support/pollingTrigger';
import { runOrders } from '../support/trackstar';
import { runTrackstar } from '../support/trackstarNode';

interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
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
