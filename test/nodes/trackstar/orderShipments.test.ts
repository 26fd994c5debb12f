import type { Sandbox } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { expectValidAgainst } from '../../support/openapi';
import { byId, runOrders, startTestSandbox, wmsRequests } from '../../support/trackstar';
import { runTrackstar } from '../../support/trackstarNode';

describe('Trackstar: Order Ship and Get Packs', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const openOrder = () => sandbox.orders().find((order) => order.status === 'packed')!;

	it('marks an order fulfilled outside the WMS shipped with its tracking number, now by default', async () => {
		const order = openOrder();
		const before = Date.now();
		const { items, error } = await runTrackstar(sandbox, {
			parameters: {
				resource: 'order',
				operation: 'ship',
				orderId: byId(order.id),
				trackingNumber: '1Z999AA10123456784',
				additionalFields: { carrierId: 'ups', shippingCost: 7.5 },
			},
		});
		expect(error).toBeUndefined();
		const [request] = wmsRequests(sandbox);
		expect(request).toMatchObject({ method: 'POST', path: `/wms/orders/${order.id}/shipments` });
		const body = request.body as Record<string, unknown>;
		expectValidAgainst('CreateOrderShipmentSchema--Base_Schema--', body);
		expect(body).toEqual({
			tracking_number: '1Z999AA10123456784',
			shipped_date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
			carrier_id: 'ups',
			shipping_cost: 7.5,
		});
		expect(Date.parse(body.shipped_date as string)).toBeGreaterThanOrEqual(
			Math.floor(before / 1000) * 1000,
		);
		expect(items[0].json).toMatchObject({ id: order.id, status: 'fulfilled', unused_fields: [] });
		const shipment = sandbox.order(order.id)!.shipments.at(-1)!;
		expect(shipment.packages.map((pack) => pack.tracking_number)).toEqual(['1Z999AA10123456784']);
	});

	it('takes packages and line items as rows, and the shipped date in the workflow timezone', async () => {
		const order = openOrder();
		const { error } = await runTrackstar(sandbox, {
			timezone: 'America/New_York',
			parameters: {
				resource: 'order',
				operation: 'ship',
				orderId: byId(order.id),
				trackingNumber: 'MASTER-1',
				shippedDate: '2026-11-19T09:30:00',
				packages: {
					package: [
						{ packageId: 'box-1', trackingNumber: 'T-1' },
						{ packageId: 'box-2', trackingNumber: 'T-2' },
					],
				},
				lineItems: { lineItem: [{ sku: order.line_items[0].sku, quantity: 1 }] },
			},
		});
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)[0].body).toMatchObject({
			shipped_date: '2026-11-19T14:30:00Z',
			packages: [
				{ package_id: 'box-1', tracking_number: 'T-1' },
				{ package_id: 'box-2', tracking_number: 'T-2' },
			],
			line_items: [{ sku: order.line_items[0].sku, quantity: 1 }],
		});
		const shipment = sandbox.order(order.id)!.shipments.at(-1)!;
		expect(shipment.packages.map((pack) => pack.package_id)).toEqual(['box-1', 'box-2']);
	});

	it('maps packages from each input item as a JSON list, their number varying', async () => {
		const [first, second] = sandbox
			.orders()
			.filter((order) => ['open', 'picked', 'packed'].includes(order.status));
		const input = [
			{ id: first.id, tracking: 'A-1', boxes: [{ package_id: 'a', tracking_number: 'A-1' }] },
			{
				id: second.id,
				tracking: 'B-1',
				boxes: [
					{ package_id: 'b1', tracking_number: 'B-1' },
					{ package_id: 'b2', tracking_number: 'B-2' },
					{ package_id: 'b3', tracking_number: 'B-3' },
				],
			},
		];
		const { items, error } = await runTrackstar(sandbox, {
			input,
			parameters: {
				resource: 'order',
				operation: 'ship',
				orderId: byId('={{ $json.id }}'),
				trackingNumber: '={{ $json.tracking }}',
				shipmentItemsInput: 'json',
				packagesJson: '={{ $json.boxes }}',
			},
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		expect(
			wmsRequests(sandbox).map(
				(request) => (request.body as { packages: unknown[] }).packages.length,
			),
		).toEqual([1, 3]);
	});

	it('refuses a package without a tracking number before any request, naming the item', async () => {
		const { error } = await runTrackstar(sandbox, {
			input: [{}, { id: openOrder().id }],
			parameters: {
				resource: 'order',
				operation: 'ship',
				orderId: byId(openOrder().id),
				trackingNumber: 'T',
				shipmentItemsInput: 'json',
				packagesJson: '[{"package_id": "box-1"}]',
			},
		});
		expectItemError(error, /Packages \(JSON\) item 1: has no tracking number/, 0);
		expect(wmsRequests(sandbox)).toHaveLength(0);
	});

	it('refuses an empty tracking number before any request', async () => {
		const { error } = await runTrackstar(sandbox, {
			parameters: {
				resource: 'order',
				operation: 'ship',
				orderId: byId(openOrder().id),
				trackingNumber: ' ',
			},
		});
		expect(error?.message).toMatch(/Tracking Number/);
		expect(wmsRequests(sandbox)).toHaveLength(0);
	});

	it('does not send a shipment twice after a 500 that may have applied it', async () => {
		sandbox.inject({ method: 'POST', fault: { kind: 'status', status: 500 } });
		const { error } = await runTrackstar(sandbox, {
			parameters: {
				resource: 'order',
				operation: 'ship',
				orderId: byId(openOrder().id),
				trackingNumber: 'T-9',
			},
		});
		expect(error?.message).toMatch(/500/);
		expect(wmsRequests(sandbox).filter((request) => request.method === 'POST')).toHaveLength(1);
	});

	it('retries a shipment refused with 429, which Trackstar did not act on', async () => {
		const order = openOrder();
		sandbox.inject({ method: 'POST', fault: { kind: 'rateLimit', retryAfter: 0 } });
		const { error } = await runTrackstar(sandbox, {
			parameters: {
				resource: 'order',
				operation: 'ship',
				orderId: byId(order.id),
				trackingNumber: 'T-9',
			},
		});
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox).filter((request) => request.method === 'POST')).toHaveLength(2);
		expect(sandbox.order(order.id)!.shipments.at(-1)!.packages[0].tracking_number).toBe('T-9');
	});

	it('names the order in an error item when the WMS refuses to ship it (Continue On Fail)', async () => {
		const cancelled = sandbox.orders().find((order) => order.status === 'cancelled')!;
		const { items } = await runTrackstar(sandbox, {
			continueOnFail: true,
			parameters: {
				resource: 'order',
				operation: 'ship',
				orderId: byId(cancelled.id),
				trackingNumber: 'T',
			},
		});
		expect(items[0]).toMatchObject({
			json: { id: cancelled.id, error: expect.stringMatching(/422/) },
			pairedItem: { item: 0 },
		});
	});

	it('gets the packs of a shipped order in the OpenAPI shape', async () => {
		const shipped = sandbox.orders().find((order) => order.status === 'fulfilled')!;
		const { items, error } = await runTrackstar(sandbox, {
			parameters: { resource: 'order', operation: 'getPacks', orderId: byId(shipped.id) },
		});
		expect(error).toBeUndefined();
		expectValidAgainst('OrderPackSchema', items[0].json);
		const packages = shipped.shipments.flatMap((shipment) => shipment.packages);
		expect((items[0].json.packs as Array<{ pack_id: string }>).map((pack) => pack.pack_id)).toEqual(
			packages.map((pack) => pack.package_id),
		);
		expect(wmsRequests(sandbox)[0]).toMatchObject({
			method: 'GET',
			path: `/wms/orders/${shipped.id}/packs`,
		});
	});

	it('Trackstar Orders ships and gets packs with the same parameters and output', async () => {
		const order = openOrder();
		const parameters = {
			operation: 'ship',
			orderId: byId(order.id),
			trackingNumber: 'T-5',
			shippedDate: '2026-11-19T10:00:00Z',
		};
		const fromOrders = await runOrders(sandbox, { parameters });
		expect(fromOrders.error).toBeUndefined();
		expect(fromOrders.items[0].json).toMatchObject({ id: order.id, status: 'fulfilled' });
		const packs = await runOrders(sandbox, {
			parameters: { operation: 'getPacks', orderId: byId(order.id) },
		});
		expect((packs.items[0].json.packs as unknown[]).length).toBeGreaterThan(0);
		sandbox.reset();
		const fromTrackstar = await runTrackstar(sandbox, {
			parameters: { resource: 'order', ...parameters },
		});
		expect(fromTrackstar.items).toEqual(fromOrders.items);
	});
});
