import type { InboundShipment, Sandbox } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { expectValidAgainst, expectValidAgainstRequiring } from '../../support/openapi';
import {
	byId,
	byName,
	startTestSandbox,
	wmsRequests,
	writeInfoRequests,
} from '../../support/trackstar';
import { runTrackstar, searchTrackstarPicker } from '../../support/trackstarNode';

const inbound = (parameters: Record<string, unknown>) => ({
	resource: 'inboundShipment',
	...parameters,
});

const CREATE_REQUIRED = [
	'purchase_order_number',
	'warehouse_id',
	'expected_arrival_date',
	'line_items',
];

describe('Trackstar: Inbound Shipment', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const withStatus = (status: string) =>
		sandbox.inboundShipments().find((shipment) => shipment.status === status)!;

	it('lists inbound shipments by status, warehouse, arrival date and PO number, simplified', async () => {
		const target = withStatus('open');
		const { items, error } = await runTrackstar(sandbox, {
			parameters: inbound({
				operation: 'getAll',
				returnAll: true,
				filters: {
					status: ['open', 'in-transit'],
					warehouseId: { conditions: [{ operator: 'eq', value: byId(target.warehouse_id!) }] },
					expectedArrivalDate: {
						conditions: [{ operator: 'gte', value: target.expected_arrival_date }],
					},
					purchaseOrderNumber: {
						conditions: [{ operator: 'eq', value: target.purchase_order_number }],
					},
				},
			}),
		});
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)[0].query).toEqual({
			'status[in]': 'open,in-transit',
			'warehouse_id[eq]': target.warehouse_id,
			'expected_arrival_date[gte]': target.expected_arrival_date,
			'purchase_order_number[eq]': target.purchase_order_number,
			limit: '1000',
		});
		expect(items.map((item) => item.json)).toEqual([
			{
				id: target.id,
				purchase_order_number: target.purchase_order_number,
				status: 'open',
				warehouse_id: target.warehouse_id,
				warehouse_customer_id: target.warehouse_customer_id,
				supplier_name: target.supplier_object!.supplier_name,
				expected_arrival_date: target.expected_arrival_date,
				updated_date: target.updated_date,
				line_item_count: target.line_items.length,
				expected_quantity: target.line_items.reduce((sum, line) => sum + line.expected_quantity, 0),
				received_quantity: 0,
				tracking_numbers: [],
				external_system_url: target.external_system_url,
			},
		]);
	});

	it('returns the most recent inbound shipments with a limit, whole when Simplify is off, and every one with Return All', async () => {
		const all = sandbox.inboundShipments();
		const { items } = await runTrackstar(sandbox, {
			parameters: inbound({ operation: 'getAll', limit: 7, simplify: false }),
		});
		// The sandbox lists oldest first (created_date, then id): the newest are its list reversed.
		expect(items.map((item) => item.json)).toEqual([...all].reverse().slice(0, 7));
		// The list fits in Trackstar's first page: asked for whole, in one request, sorted here.
		expect(wmsRequests(sandbox).map((request) => request.query)).toEqual([{ limit: '1000' }]);
		const paged = await runTrackstar(sandbox, {
			parameters: inbound({ operation: 'getAll', returnAll: true, simplify: false }),
		});
		expect(paged.items).toHaveLength(all.length);
	});

	it('gets one inbound shipment whole, with its receipts', async () => {
		const target = withStatus('receiving');
		const { items } = await runTrackstar(sandbox, {
			parameters: inbound({
				operation: 'get',
				inboundShipmentId: byId(target.id),
				simplify: false,
			}),
		});
		expect(items[0].json).toEqual(target);
		expect(target.receipts).toHaveLength(1);
	});

	it('creates an inbound shipment from a purchase order: lines as rows, supplier picked', async () => {
		const [first, second] = sandbox.inventoryItems();
		const warehouseId = Object.keys(first.inventory_by_warehouse_id)[0];
		const { items, error } = await runTrackstar(sandbox, {
			timezone: 'America/New_York',
			parameters: inbound({
				operation: 'create',
				purchaseOrderNumber: 'PO-9001',
				warehouseId: byId(warehouseId),
				expectedArrivalDate: '2026-12-15T09:00:00',
				lineItemsInput: 'fields',
				lineItems: {
					lineItem: [
						{ sku: first.sku, expectedQuantity: 48 },
						{ sku: second.sku, expectedQuantity: 24 },
					],
				},
				additionalFields: {
					supplier: byId('sup_cascade_textile'),
					trackingNumber: '1Z999AA10123456784',
					trackstarTags: { tag: [{ name: 'erp', value: 'netsuite' }] },
				},
			}),
		});
		expect(error).toBeUndefined();
		const [request] = wmsRequests(sandbox);
		expect(request).toMatchObject({ method: 'POST', path: '/wms/inbound-shipments' });
		expect(request.body).toEqual({
			purchase_order_number: 'PO-9001',
			warehouse_id: warehouseId,
			expected_arrival_date: '2026-12-15T14:00:00Z',
			tracking_number: '1Z999AA10123456784',
			supplier_object: { supplier_id: 'sup_cascade_textile' },
			line_items: [
				{ sku: first.sku, expected_quantity: 48 },
				{ sku: second.sku, expected_quantity: 24 },
			],
			trackstar_tags: [{ erp: 'netsuite' }],
		});
		expectValidAgainstRequiring(
			'CreateInboundShipmentSchema--Base_Schema--',
			CREATE_REQUIRED,
			request.body,
		);
		expect(items[0].json).toMatchObject({
			purchase_order_number: 'PO-9001',
			status: 'open',
			supplier_object: {
				supplier_id: 'sup_cascade_textile',
				supplier_name: 'Cascade Textile Mills',
			},
			unused_fields: [],
		});
		const created = { ...items[0].json };
		delete created.unused_fields;
		expectValidAgainst('CreateInboundShipmentResponseDataSchema', created);
	});

	it('creates one shipment per input item with lines mapped from JSON, supplier by name', async () => {
		const [first, second, third] = sandbox.inventoryItems();
		const warehouseId = Object.keys(first.inventory_by_warehouse_id)[0];
		const { items, error } = await runTrackstar(sandbox, {
			input: [
				{ po: 'PO-1', lines: [{ sku: first.sku, qty: 10 }] },
				{
					po: 'PO-2',
					lines: [
						{ sku: second.sku, qty: 5 },
						{ sku: third.sku, qty: '7' },
					],
				},
			],
			parameters: inbound({
				operation: 'create',
				purchaseOrderNumber: '={{ $json.po }}',
				warehouseId: byId(warehouseId),
				expectedArrivalDate: '2026-12-20T00:00:00Z',
				lineItemsInput: 'json',
				lineItemsJson:
					'={{ $json.lines.map(line => ({ sku: line.sku, expected_quantity: line.qty, unit_cost: 2.5 })) }}',
				additionalFields: { supplier: byName('Acme Imports') },
			}),
		});
		expect(error).toBeUndefined();
		const bodies = wmsRequests(sandbox).map((request) => request.body as Record<string, unknown>);
		expect(bodies.map((body) => body.line_items)).toEqual([
			[{ sku: first.sku, expected_quantity: 10, unit_cost: 2.5 }],
			[
				{ sku: second.sku, expected_quantity: 5, unit_cost: 2.5 },
				{ sku: third.sku, expected_quantity: 7, unit_cost: 2.5 },
			],
		]);
		expect(bodies[0].supplier_object).toEqual({ supplier_name: 'Acme Imports' });
		expect(items.map((item) => item.json.purchase_order_number)).toEqual(['PO-1', 'PO-2']);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('refuses a create with no lines, or a line without a SKU, before any request; continues with error items', async () => {
		const { items } = await runTrackstar(sandbox, {
			continueOnFail: true,
			input: [{ lines: [] }, { lines: [{ expected_quantity: 3 }] }, { lines: [{ sku: 'A' }] }],
			parameters: inbound({
				operation: 'create',
				purchaseOrderNumber: 'PO-BAD',
				warehouseId: byId('wh'),
				expectedArrivalDate: '2026-12-20T00:00:00Z',
				lineItemsInput: 'json',
				lineItemsJson: '={{ $json.lines }}',
			}),
		});
		expect(items.map((item) => item.json)).toEqual([
			expect.objectContaining({
				purchase_order_number: 'PO-BAD',
				error: 'Invalid Line Items: is empty, and Trackstar needs it to create an inbound shipment',
			}),
			expect.objectContaining({
				error: 'Invalid Line Items (JSON) item 1: has no SKU',
			}),
			expect.objectContaining({
				error: 'Invalid Line Items (JSON) item 1: has no expected quantity',
			}),
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it('retries a create only when Trackstar provably did not act: a 429 yes, a 500 never', async () => {
		const [first] = sandbox.inventoryItems();
		const create = inbound({
			operation: 'create',
			purchaseOrderNumber: 'PO-RETRY',
			warehouseId: byId(Object.keys(first.inventory_by_warehouse_id)[0]),
			expectedArrivalDate: '2026-12-20T00:00:00Z',
			lineItems: { lineItem: [{ sku: first.sku, expectedQuantity: 1 }] },
			requestOptions: { retryDelay: 0 },
		});
		sandbox.inject({ method: 'POST', fault: { kind: 'status', status: 500 } });
		const failed = await runTrackstar(sandbox, { parameters: create });
		expectItemError(failed.error, 'Trackstar answered 500: Injected fault: 500', 0);
		expect(wmsRequests(sandbox)).toHaveLength(1);

		sandbox.reset();
		sandbox.inject({ method: 'POST', fault: { kind: 'rateLimit', retryAfter: 0 } });
		const retried = await runTrackstar(sandbox, { parameters: create });
		expect(retried.error).toBeUndefined();
		expect(wmsRequests(sandbox).map((request) => request.status)).toEqual([429, 200]);
	});

	it("updates an open shipment's arrival date and lines, sending only what is set", async () => {
		const target = withStatus('open');
		const sku = target.line_items[0].sku!;
		const { items, error } = await runTrackstar(sandbox, {
			parameters: inbound({
				operation: 'update',
				inboundShipmentId: byId(target.id),
				updateFields: {
					expectedArrivalDate: '2026-12-24T08:00:00Z',
					lineItems: { lineItem: [{ sku, expectedQuantity: 60 }] },
					integrationFields: '{"container_number": "MSCU1234567"}',
				},
			}),
		});
		expect(error).toBeUndefined();
		const [request] = wmsRequests(sandbox);
		expect(request).toMatchObject({ method: 'PUT', path: `/wms/inbound-shipments/${target.id}` });
		expect(request.body).toEqual({
			expected_arrival_date: '2026-12-24T08:00:00Z',
			line_items: [{ sku, expected_quantity: 60 }],
			container_number: 'MSCU1234567',
		});
		const base = { ...(request.body as Record<string, unknown>) };
		delete base.container_number;
		expectValidAgainst('UpdateInboundShipmentSchema--Base_Schema--', base);
		expect(items[0].json).toMatchObject({
			expected_arrival_date: '2026-12-24T08:00:00Z',
			line_items: [expect.objectContaining({ sku, expected_quantity: 60 })],
			unused_fields: ['container_number'],
		});
	});

	it('receives quantities per SKU: the shipment moves to receiving, stock and the ledger rise', async () => {
		const target = withStatus('open');
		const [line] = target.line_items;
		const before = sandbox.inventoryItem(line.inventory_item_id)!;
		const { items, error } = await runTrackstar(sandbox, {
			parameters: inbound({
				operation: 'receive',
				inboundShipmentId: byId(target.id),
				lineItems: { lineItem: [{ sku: line.sku, quantity: 5 }] },
			}),
		});
		expect(error).toBeUndefined();
		const [request] = wmsRequests(sandbox);
		expect(request).toMatchObject({
			method: 'PUT',
			path: `/wms/inbound-shipments/${target.id}/receive`,
			body: { line_items: [{ sku: line.sku, quantity: 5 }] },
		});
		expectValidAgainst('CreateReceiptSchema--Base_Schema--', request.body);
		const received = items[0].json as unknown as InboundShipment;
		expect(received.status).toBe('receiving');
		expect(received.line_items[0].received_quantity).toBe(5);

		const after = await runTrackstar(sandbox, {
			parameters: {
				resource: 'inventoryItem',
				operation: 'get',
				inventoryItemId: byId(line.inventory_item_id),
				simplify: false,
			},
		});
		expect(after.items[0].json.onhand).toBe(before.onhand + 5);
		expect(after.items[0].json.fulfillable).toBe(before.fulfillable + 5);
		expect(sandbox.ledger()).toContainEqual(
			expect.objectContaining({
				inventory_item_id: line.inventory_item_id,
				quantity: 5,
				event_type: 'inbound_receipt',
				object_id: target.id,
			}),
		);
	});

	it('receives lines mapped from JSON, and every line in full marks the shipment received', async () => {
		const target = withStatus('in-transit');
		const { items, error } = await runTrackstar(sandbox, {
			input: [{ counted: target.line_items.map((line) => [line.sku, line.expected_quantity]) }],
			parameters: inbound({
				operation: 'receive',
				inboundShipmentId: byId(target.id),
				lineItemsInput: 'json',
				lineItemsJson: '={{ $json.counted.map(([sku, quantity]) => ({ sku, quantity })) }}',
				additionalFields: { warehouseId: byId(target.warehouse_id!) },
			}),
		});
		expect(error).toBeUndefined();
		expect((wmsRequests(sandbox)[0].body as Record<string, unknown>).warehouse_id).toBe(
			target.warehouse_id,
		);
		expect(items[0].json.status).toBe('received');
	});

	it("fails with the WMS's message when more is received than expected, or on a cancelled shipment", async () => {
		const open = withStatus('open');
		const [line] = open.line_items;
		const cancelled = withStatus('cancelled');
		const { items } = await runTrackstar(sandbox, {
			continueOnFail: true,
			input: [{ id: open.id }, { id: cancelled.id }, { id: open.id, sku: 'NOT-ON-IT' }],
			parameters: inbound({
				operation: 'receive',
				inboundShipmentId: byId('={{ $json.id }}'),
				lineItems: {
					lineItem: [
						{ sku: `={{ $json.sku ?? "${line.sku}" }}`, quantity: line.expected_quantity + 1 },
					],
				},
			}),
		});
		const errors = items.map((item) => item.json);
		expect(errors[0]).toMatchObject({
			id: open.id,
			httpCode: '422',
			error: expect.stringMatching(
				new RegExp(`^Trackstar answered 422: Cannot receive ${line.expected_quantity + 1} of SKU`),
			),
		});
		expect(errors[1].error).toMatch(/is cancelled: nothing more can be received/);
		expect(errors[2].error).toMatch(/SKU NOT-ON-IT is not on inbound shipment/);
		expect(sandbox.inventoryItem(line.inventory_item_id)).toEqual(
			sandbox.inventoryItems().find((item) => item.id === line.inventory_item_id),
		);
	});

	it('refuses a receipt without lines, or a quantity of 0, before any request', async () => {
		const target = withStatus('open');
		const empty = await runTrackstar(sandbox, {
			parameters: inbound({
				operation: 'receive',
				inboundShipmentId: byId(target.id),
				lineItems: {},
			}),
		});
		expectItemError(empty.error, 'Invalid Line Items: is empty: nothing to receive', 0);
		const zero = await runTrackstar(sandbox, {
			parameters: inbound({
				operation: 'receive',
				inboundShipmentId: byId(target.id),
				lineItems: { lineItem: [{ sku: 'A', quantity: 0 }] },
			}),
		});
		expectItemError(zero.error, 'Invalid Line Item 1 quantity: 0 is below the minimum of 1', 0);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it('never repeats a receipt answered 500, which may have been applied', async () => {
		const target = withStatus('open');
		sandbox.inject({ method: 'PUT', fault: { kind: 'status', status: 500 } });
		const { error } = await runTrackstar(sandbox, {
			parameters: inbound({
				operation: 'receive',
				inboundShipmentId: byId(target.id),
				lineItems: { lineItem: [{ sku: target.line_items[0].sku, quantity: 1 }] },
				requestOptions: { retryDelay: 0 },
			}),
		});
		expectItemError(error, 'Trackstar answered 500: Injected fault: 500', 0);
		expect(wmsRequests(sandbox)).toHaveLength(1);
	});

	it('explains a 501: this WMS does not support it', async () => {
		sandbox.inject({ method: 'PUT', fault: { kind: 'status', status: 501 } });
		const { error } = await runTrackstar(sandbox, {
			parameters: inbound({
				operation: 'receive',
				inboundShipmentId: byId(withStatus('open').id),
				lineItems: { lineItem: [{ sku: 'A', quantity: 1 }] },
			}),
		});
		expectItemError(error, /^Trackstar answered 501: .+$/, 0);
		expect((error as { description?: string }).description).toMatch(/does not support/);
	});

	it('replaces the Trackstar tags of an inbound shipment', async () => {
		const target = withStatus('open');
		const { items, error } = await runTrackstar(sandbox, {
			parameters: inbound({
				operation: 'setTags',
				inboundShipmentId: byId(target.id),
				trackstarTags: { tag: [{ name: 'late' }] },
			}),
		});
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)[0]).toMatchObject({
			method: 'PUT',
			path: `/wms/inbound-shipments/${target.id}/trackstar-tags`,
			body: { trackstar_tags: ['late'] },
		});
		expect(items[0].json.trackstar_tags).toEqual(['late']);
	});

	it('lists suppliers filtered by warehouse customer', async () => {
		const owner = withStatus('open').warehouse_customer_id!;
		const { items, error } = await runTrackstar(sandbox, {
			parameters: inbound({
				operation: 'getSuppliers',
				returnAll: true,
				filters: { warehouseCustomerId: { conditions: [{ operator: 'eq', value: owner }] } },
			}),
		});
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)[0]).toMatchObject({
			path: '/wms/inbound-shipments/suppliers',
			query: { 'warehouse_customer_id[eq]': owner, limit: '1000' },
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ warehouse_customer_id: owner });
	});

	it('tells which fields the WMS takes to create an inbound shipment', async () => {
		const { items, error } = await runTrackstar(sandbox, {
			parameters: inbound({ operation: 'getWritableFields', writeOperation: 'create' }),
		});
		expect(error).toBeUndefined();
		// The connected integration's write-info: the same answer the WMS Fields load from.
		expect(writeInfoRequests(sandbox)).toMatchObject([
			{ path: '/integrations/wms/sandbox/write-info', status: 200 },
		]);
		expect(wmsRequests(sandbox)).toEqual([]);
		expect(items[0].json).toMatchObject({ operation: 'create', method: 'POST' });
		expect(JSON.stringify(items[0].json)).toContain('purchase_order_number');
	});

	it('picks an inbound shipment by PO number, or by ID, and a supplier by name', async () => {
		const target = withStatus('receiving');
		const byPo = await searchTrackstarPicker(sandbox, 'searchInboundShipments', {
			filter: target.purchase_order_number!,
			parameterPath: 'inboundShipmentId',
		});
		expect(byPo.results).toEqual([
			expect.objectContaining({
				value: target.id,
				name: `${target.purchase_order_number} · receiving · arrives ${target.expected_arrival_date!.slice(0, 10)}`,
			}),
		]);
		expect(wmsRequests(sandbox)[0].query).toMatchObject({
			'purchase_order_number[contains]': target.purchase_order_number,
		});
		const byShipmentId = await searchTrackstarPicker(sandbox, 'searchInboundShipments', {
			filter: target.id,
			parameterPath: 'inboundShipmentId',
		});
		expect(byShipmentId.results.map((result) => result.value)).toEqual([target.id]);

		const suppliers = await searchTrackstarPicker(sandbox, 'searchSuppliers', {
			filter: 'cascade',
			parameterPath: 'supplier',
		});
		expect(suppliers.results).toEqual([
			{ name: 'Cascade Textile Mills', value: 'sup_cascade_textile' },
		]);
	});
});
