import type {
	InboundShipment,
	InboundSupplier,
	InventoryItem,
	LedgerEntry,
	Sandbox,
} from '../../sandbox';
import { WAREHOUSE_CUSTOMERS } from '../../sandbox';
import { expectValidAgainst, expectValidAgainstRequiring } from '../support/openapi';
import type { MetaSchema } from '../../sandbox/meta';
import { ids, listAll } from './catalogCases';
import type { ErrorAnswer, ListAnswer, RecordAnswer } from './helpers';
import { get, post, put, qs, startTestSandbox } from './helpers';

const PATH = '/wms/inbound-shipments';

describe('sandbox inbound shipment routes', () => {
	let sandbox: Sandbox;
	let clock = new Date('2025-06-15T12:30:00Z');
	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => clock });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		clock = new Date('2025-06-15T12:30:00Z');
		sandbox.reset();
	});

	const withStatus = (status: string, brand = 0) =>
		sandbox
			.inboundShipments()
			.filter((shipment) => shipment.status === status)
			.sort((a, b) => (a.purchase_order_number! < b.purchase_order_number! ? -1 : 1))[brand];

	describe('the seed', () => {
		it("has, per brand, a shipment in every status but other, whose lines are the brand's inventory items", () => {
			const shipments = sandbox.inboundShipments();
			expect(shipments).toHaveLength(WAREHOUSE_CUSTOMERS.length * 5);
			for (const shipment of shipments) {
				for (const line of shipment.line_items) {
					const item = sandbox.inventoryItem(line.inventory_item_id)!;
					expect(item.sku).toBe(line.sku);
					expect(item.warehouse_customer_id).toBe(shipment.warehouse_customer_id);
				}
			}
			expect(new Set(shipments.map((shipment) => shipment.status))).toEqual(
				new Set(['open', 'in-transit', 'receiving', 'received', 'cancelled']),
			);
			const receiving = withStatus('receiving');
			expect(receiving.receipts[0].line_items.map((line) => line.quantity)).toEqual(
				receiving.line_items.map((line) => line.received_quantity),
			);
		});
	});

	describe('GET /wms/inbound-shipments', () => {
		it('lists every shipment in the OpenAPI shape, page by page', async () => {
			const all = await get<ListAnswer<InboundShipment>>(sandbox, PATH);
			expectValidAgainst('WmsInboundShipmentsListEndpoint', all.body);
			expect(all.body.data).toEqual(sandbox.inboundShipments());
			expect(ids(await listAll<InboundShipment>(sandbox, PATH, { limit: 3 }))).toEqual(
				ids(sandbox.inboundShipments()),
			);
		});

		const filterCases: Array<
			[
				string,
				(sandbox: Sandbox) => Record<string, string>,
				(s: InboundShipment, q: Record<string, string>) => boolean,
			]
		> = [
			[
				'status[in]',
				() => ({ 'status[in]': 'open,receiving' }),
				(s) => ['open', 'receiving'].includes(s.status),
			],
			['status[nin]', () => ({ 'status[nin]': 'cancelled' }), (s) => s.status !== 'cancelled'],
			[
				'warehouse_id[eq]',
				(box) => ({ 'warehouse_id[eq]': box.inboundShipments()[0].warehouse_id! }),
				(s, q) => s.warehouse_id === q['warehouse_id[eq]'],
			],
			[
				'expected_arrival_date[lt]',
				(box) => ({
					'expected_arrival_date[lt]': box.inboundShipments()[7].expected_arrival_date!,
				}),
				(s, q) => s.expected_arrival_date! < q['expected_arrival_date[lt]'],
			],
			[
				'purchase_order_number[contains]',
				() => ({ 'purchase_order_number[contains]': 'PO-241' }),
				(s) => s.purchase_order_number!.includes('PO-241'),
			],
			[
				'warehouse_customer_id[eq]',
				() => ({ 'warehouse_customer_id[eq]': WAREHOUSE_CUSTOMERS[1].id }),
				(s) => s.warehouse_customer_id === WAREHOUSE_CUSTOMERS[1].id,
			],
		];
		it.each(filterCases)('filters by %s', async (_name, query, keep) => {
			const wanted = query(sandbox);
			const answer = await get<ListAnswer<InboundShipment>>(sandbox, `${PATH}?${qs(wanted)}`);
			expect(answer.status).toBe(200);
			const expected = sandbox.inboundShipments().filter((shipment) => keep(shipment, wanted));
			expect(expected.length).toBeGreaterThan(0);
			expect(ids(answer.body.data)).toEqual(ids(expected));
		});

		it('answers 422 to a filter the document does not list (warehouse_id[in])', async () => {
			const answer = await get(sandbox, `${PATH}?${qs({ 'warehouse_id[in]': 'a,b' })}`);
			expect(answer.status).toBe(422);
			expectValidAgainst('ValidationError', answer.body);
		});
	});

	describe('GET /wms/inbound-shipments/suppliers and /{inbound_shipment_id}', () => {
		it('lists the suppliers the seeded products name, filtered by warehouse customer', async () => {
			const all = await get<ListAnswer<InboundSupplier>>(sandbox, `${PATH}/suppliers`);
			expectValidAgainst('WmsInboundShipmentSuppliersListEndpoint', all.body);
			expect(all.body.data).toHaveLength(WAREHOUSE_CUSTOMERS.length);
			const mine = await get<ListAnswer<InboundSupplier>>(
				sandbox,
				`${PATH}/suppliers?${qs({ warehouse_customer_id: WAREHOUSE_CUSTOMERS[0].id })}`,
			);
			expect(mine.body.data).toEqual([
				expect.objectContaining({ id: 'sup_cascade_textile', name: 'Cascade Textile Mills' }),
			]);
		});

		it("gets one shipment, or Trackstar's 404", async () => {
			const target = withStatus('receiving');
			const answer = await get<RecordAnswer<InboundShipment>>(sandbox, `${PATH}/${target.id}`);
			expectValidAgainst('WmsInboundShipmentsSingleItemEndpoint', answer.body);
			expect(answer.body.data).toEqual(target);
			const missing = await get(sandbox, `${PATH}/nope`);
			expect(missing.status).toBe(404);
			expectValidAgainst('HTTPError', missing.body);
		});
	});

	describe('POST /wms/inbound-shipments', () => {
		it('creates an open shipment whose lines are the SKUs inventory items, reporting unused fields', async () => {
			const [first, second] = sandbox.inventoryItems();
			const warehouseId = Object.keys(first.inventory_by_warehouse_id)[0];
			const body = {
				purchase_order_number: 'PO-NEW-1',
				warehouse_id: warehouseId,
				expected_arrival_date: '2025-07-01T00:00:00Z',
				supplier_object: { supplier_id: 'sup_andes_green' },
				tracking_number: 'TRK1',
				line_items: [
					{ sku: first.sku, expected_quantity: 10 },
					{ sku: second.sku, expected_quantity: 4 },
				],
				container_number: 'C1',
			};
			const base: Record<string, unknown> = { ...body };
			delete base.container_number;
			expectValidAgainstRequiring('CreateInboundShipmentSchema--Base_Schema--', [], base);
			const answer = await post<RecordAnswer<InboundShipment>>(sandbox, PATH, body);
			expect(answer.status).toBe(200);
			expectValidAgainst('wmsCreateInboundShipmentResponse', answer.body);
			expect(answer.body.unused_fields).toEqual(['container_number']);
			expect(answer.body.data).toMatchObject({
				id: answer.body.id,
				status: 'open',
				created_date: '2025-06-15T12:30:00Z',
				supplier: 'Andes Green Coffee Importers',
				tracking_numbers: ['TRK1'],
				line_items: [
					{
						inventory_item_id: first.id,
						sku: first.sku,
						expected_quantity: 10,
						received_quantity: 0,
					},
					{
						inventory_item_id: second.id,
						sku: second.sku,
						expected_quantity: 4,
						received_quantity: 0,
					},
				],
			});
			expect(sandbox.inboundShipments().map((shipment) => shipment.id)).toContain(answer.body.id);
		});

		it.each([
			[{}, ['purchase_order_number', 'warehouse_id', 'expected_arrival_date', 'line_items']],
			[
				{
					purchase_order_number: 'P',
					warehouse_id: 'x',
					expected_arrival_date: '2025-07-01',
					line_items: [{ sku: 'A', expected_quantity: 0 }, { expected_quantity: 1 }],
				},
				['expected_arrival_date', 'line_items.0.expected_quantity', 'line_items.1.sku'],
			],
			[
				{
					purchase_order_number: '',
					warehouse_id: 'x',
					expected_arrival_date: '2025-07-01T00:00:00Z',
					line_items: [],
					supplier_object: { supplier_id: 'a', supplier_name: 'b' },
				},
				['purchase_order_number', 'line_items', 'supplier_object'],
			],
		])('answers 422 naming the fields at fault in %j', async (bad, fields) => {
			const answer = await post<ErrorAnswer>(sandbox, PATH, bad);
			expect(answer.status).toBe(422);
			expectValidAgainst('ValidationError', answer.body);
			expect(Object.keys(answer.body.detail.json).sort()).toEqual(fields.slice().sort());
		});

		it('refuses, as the WMS, a SKU no inventory item has, an unknown supplier or warehouse', async () => {
			const [first] = sandbox.inventoryItems();
			const warehouseId = Object.keys(first.inventory_by_warehouse_id)[0];
			const base = {
				purchase_order_number: 'PO-X',
				warehouse_id: warehouseId,
				expected_arrival_date: '2025-07-01T00:00:00Z',
				line_items: [{ sku: first.sku, expected_quantity: 1 }],
			};
			const sku = await post<ErrorAnswer>(sandbox, PATH, {
				...base,
				line_items: [{ sku: 'NO-SUCH-SKU', expected_quantity: 1 }],
			});
			expect(sku.status).toBe(422);
			expect(sku.body).toMatchObject({ origin: 'integration' });
			expect(sku.body.error).toMatch(/NO-SUCH-SKU/);
			const supplier = await post(sandbox, PATH, {
				...base,
				supplier_object: { supplier_id: 'x' },
			});
			expect(supplier.status).toBe(422);
			const warehouse = await post<ErrorAnswer>(sandbox, PATH, {
				...base,
				warehouse_id: 'nowhere',
			});
			expect(warehouse.body.detail.json).toEqual({ warehouse_id: ['No warehouse with this ID.'] });
		});
	});

	describe('PUT /wms/inbound-shipments/{inbound_shipment_id}', () => {
		it('updates the fields given, dated now', async () => {
			const target = withStatus('open');
			clock = new Date('2025-06-16T08:00:00Z');
			const answer = await put<RecordAnswer<InboundShipment>>(sandbox, `${PATH}/${target.id}`, {
				expected_arrival_date: '2025-08-01T00:00:00Z',
				supplier: 'A new vendor',
			});
			expectValidAgainst('wmsUpdateInboundShipmentResponse', answer.body);
			expect(answer.body.data).toEqual({
				...target,
				expected_arrival_date: '2025-08-01T00:00:00Z',
				supplier: 'A new vendor',
				supplier_object: null,
				updated_date: '2025-06-16T08:00:00Z',
			});
		});

		it('refuses to change a received or cancelled shipment, and lines that have receipts', async () => {
			for (const status of ['received', 'cancelled']) {
				const answer = await put<ErrorAnswer>(sandbox, `${PATH}/${withStatus(status).id}`, {
					tracking_number: 'T',
				});
				expect(answer.status).toBe(422);
				expect(answer.body.error).toMatch(new RegExp(`is ${status}`));
			}
			const receiving = withStatus('receiving');
			const lines = await put<ErrorAnswer>(sandbox, `${PATH}/${receiving.id}`, {
				line_items: [{ sku: receiving.line_items[0].sku, expected_quantity: 1 }],
			});
			expect(lines.status).toBe(422);
			expect(lines.body.detail.json).toHaveProperty('line_items');
		});
	});

	describe('PUT /wms/inbound-shipments/{inbound_shipment_id}/receive', () => {
		it('records the receipt, raises stock in the warehouse and location, and writes the ledger', async () => {
			const target = withStatus('open');
			const [line, other] = target.line_items;
			const before = sandbox.inventoryItem(line.inventory_item_id)!;
			const warehouseId = target.warehouse_id!;
			const body = {
				line_items: [
					{ sku: line.sku, quantity: 2 },
					{ sku: line.sku, quantity: 3 },
				],
			};
			expectValidAgainst('CreateReceiptSchema--Base_Schema--', body);
			const answer = await put<RecordAnswer<InboundShipment>>(
				sandbox,
				`${PATH}/${target.id}/receive`,
				body,
			);
			expect(answer.status).toBe(200);
			expectValidAgainst('wmsCreateReceiptInboundShipmentResponse', answer.body);
			const received = answer.body.data;
			expect(received.status).toBe('receiving');
			expect(received.line_items[0].received_quantity).toBe(5);
			expect(received.line_items[1]).toEqual(other);
			expect(received.receipts).toEqual([
				{
					id: expect.any(String),
					arrived_date: '2025-06-15T12:30:00Z',
					line_items: [{ inventory_item_id: line.inventory_item_id, sku: line.sku, quantity: 5 }],
				},
			]);

			const inventory = await get<RecordAnswer<InventoryItem>>(
				sandbox,
				`/wms/inventory/${line.inventory_item_id}`,
			);
			const after = inventory.body.data;
			expect(after.onhand).toBe(before.onhand + 5);
			expect(after.fulfillable).toBe(before.fulfillable + 5);
			const inWarehouse = before.inventory_by_warehouse_id[warehouseId]?.onhand ?? 0;
			expect(after.inventory_by_warehouse_id[warehouseId].onhand).toBe(inWarehouse + 5);

			const ledger = await get<ListAnswer<LedgerEntry>>(
				sandbox,
				`/wms/inventory/ledger?${qs({ 'event_type[in]': 'inbound_receipt', 'created_date[gte]': '2025-06-15T12:30:00Z' })}`,
			);
			expectValidAgainst('WmsInventoryLedgerListEndpoint', ledger.body);
			expect(ledger.body.data).toEqual([
				expect.objectContaining({
					inventory_item_id: line.inventory_item_id,
					quantity: 5,
					object_id: target.id,
					object_type: 'inbound_shipment',
					warehouse_id: warehouseId,
				}),
			]);
		});

		it("keeps a lot-tracked item's lots holding its onhand: the receipt gets a lot of its own", async () => {
			const item = sandbox.inventoryItems().find((entry) => entry.additional_fields.lot_tracked)!;
			const warehouseId = Object.keys(item.inventory_by_warehouse_id)[0];
			const created = await post<RecordAnswer<InboundShipment>>(sandbox, PATH, {
				purchase_order_number: 'PO-LOT',
				warehouse_id: warehouseId,
				expected_arrival_date: '2025-07-01T00:00:00Z',
				line_items: [{ sku: item.sku, expected_quantity: 10 }],
			});
			await put(sandbox, `${PATH}/${created.body.id}/receive`, {
				line_items: [{ sku: item.sku, quantity: 4 }],
			});
			const after = sandbox.inventoryItem(item.id)!;
			expect(after.onhand).toBe(item.onhand + 4);
			expect(after.lots.reduce((sum, lot) => sum + lot.onhand, 0)).toBe(
				item.lots.reduce((sum, lot) => sum + lot.onhand, 0) + 4,
			);
		});

		it('marks the shipment received once every line is complete', async () => {
			const target = withStatus('receiving');
			const answer = await put<RecordAnswer<InboundShipment>>(
				sandbox,
				`${PATH}/${target.id}/receive`,
				{
					line_items: target.line_items.map((line) => ({
						sku: line.sku,
						quantity: line.expected_quantity - line.received_quantity,
					})),
				},
			);
			expect(answer.status).toBe(200);
			expect(answer.body.data.status).toBe('received');
			expect(answer.body.data.receipts).toHaveLength(2);
		});

		it('refuses more than a line still expects, a SKU not on it, a cancelled or received shipment, and changes nothing', async () => {
			const open = withStatus('open');
			const [line] = open.line_items;
			const inventory = sandbox.inventoryItems();
			const refusals = [
				[
					open.id,
					{ line_items: [{ sku: line.sku, quantity: line.expected_quantity + 1 }] },
					/Cannot receive/,
				],
				[
					open.id,
					{ line_items: [{ sku: 'ELSEWHERE', quantity: 1 }] },
					/is not on inbound shipment/,
				],
				[
					withStatus('cancelled').id,
					{ line_items: [{ sku: line.sku, quantity: 1 }] },
					/is cancelled/,
				],
				[
					withStatus('received').id,
					{ line_items: [{ sku: line.sku, quantity: 1 }] },
					/is received/,
				],
				[
					open.id,
					{ line_items: [{ sku: line.sku, quantity: 1 }], warehouse_id: 'other' },
					/arrives at warehouse/,
				],
			] as const;
			for (const [id, body, message] of refusals) {
				const answer = await put<ErrorAnswer>(sandbox, `${PATH}/${id}/receive`, body);
				expect(answer.status).toBe(422);
				expect(answer.body.origin).toBe('integration');
				expect(answer.body.error).toMatch(message);
			}
			expect(sandbox.inventoryItems()).toEqual(inventory);
			expect(withStatus('open')).toEqual(open);
		});

		it('answers 422 to a malformed receipt, and 404 to an unknown shipment', async () => {
			const open = withStatus('open');
			const bad = await put<ErrorAnswer>(sandbox, `${PATH}/${open.id}/receive`, {
				line_items: [{ sku: 'A', quantity: 1.5 }],
				warehouse_location_id: 'nowhere',
			});
			expect(bad.status).toBe(422);
			expect(Object.keys(bad.body.detail.json)).toEqual(['line_items.0.quantity']);
			const location = await put<ErrorAnswer>(sandbox, `${PATH}/${open.id}/receive`, {
				line_items: [{ sku: open.line_items[0].sku, quantity: 1 }],
				warehouse_location_id: 'nowhere',
			});
			expect(location.body.detail.json).toHaveProperty('warehouse_location_id');
			const missing = await put(sandbox, `${PATH}/nope/receive`, {
				line_items: [{ sku: 'A', quantity: 1 }],
			});
			expect(missing.status).toBe(404);
		});
	});

	describe('PUT …/trackstar-tags and GET /wms/inbound-shipments/meta', () => {
		it('replaces the Trackstar tags', async () => {
			const target = withStatus('open');
			const answer = await put<RecordAnswer<InboundShipment>>(
				sandbox,
				`${PATH}/${target.id}/trackstar-tags`,
				{
					trackstar_tags: ['dock-3'],
				},
			);
			expectValidAgainst('wmsAddTrackstarTagInboundShipmentResponse', answer.body);
			expect(answer.body.data.trackstar_tags).toEqual(['dock-3']);
		});

		it('answers the write schemas as the other meta endpoints do', async () => {
			const created = await get<MetaSchema>(sandbox, `${PATH}/meta?method=POST`);
			expectValidAgainst('ConnectionMetaResponseSchema', created.body);
			expect(created.body.definitions.CreateInboundShipment.required).toEqual([
				'purchase_order_number',
				'warehouse_id',
				'expected_arrival_date',
				'line_items',
			]);
		});
	});
});
