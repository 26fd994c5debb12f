import type { Product, Return, Sandbox } from '../../sandbox';
import { WAREHOUSE_CUSTOMERS } from '../../sandbox';
import { expectValidAgainst } from '../support/openapi';
import type { Bill, LaborActivity } from '../../sandbox/resources/returnTypes';
import type { MetaSchema } from '../../sandbox/meta';
import type { ErrorAnswer, ListAnswer, RecordAnswer } from './helpers';
import { NOW, get, post, put, qs, startTestSandbox } from './helpers';

const HOUR = 3600 * 1000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe('sandbox return, kit, bill and labor activity routes', () => {
	let sandbox: Sandbox;
	const clock = new Date('2025-06-15T12:30:00Z');
	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => clock, metaRateLimitSeconds: 0 });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const allReturns = async () => (await get<ListAnswer<Return>>(sandbox, '/wms/returns')).body.data;
	const fulfilledOrder = () => sandbox.orders().find((order) => order.status === 'fulfilled')!;

	describe('returns', () => {
		it('serves returns of seeded orders in the OpenAPI shape, their lines the orders\u2019 SKUs', async () => {
			const list = await get<ListAnswer<Return>>(sandbox, '/wms/returns');
			expect(list.status).toBe(200);
			expectValidAgainst('WmsReturnsListEndpoint', list.body);
			expect(list.body.data.length).toBeGreaterThan(15);
			for (const entry of list.body.data) {
				const order = sandbox.order(entry.order_id!)!;
				const skus = order.line_items.map((line) => line.sku);
				for (const line of entry.line_items) expect(skus).toContain(line.sku);
				expect(entry.warehouse_customer_id).toBe(order.warehouse_customer_id);
			}
			const one = await get<RecordAnswer<Return>>(sandbox, `/wms/returns/${list.body.data[0].id}`);
			expectValidAgainst('WmsReturnsSingleItemEndpoint', one.body);
			expect(one.body.data).toEqual(list.body.data[0]);
			expect((await get(sandbox, '/wms/returns/nope')).status).toBe(404);
		});

		it('has returns received in the day before now, some restocked and some not', async () => {
			const query = qs({
				'status[in]': 'received',
				'updated_date[gte]': iso(NOW.getTime() - 24 * HOUR),
			});
			const received = (await get<ListAnswer<Return>>(sandbox, `/wms/returns?${query}`)).body.data;
			expect(received.length).toBeGreaterThanOrEqual(4);
			const restocked = received.flatMap((entry) =>
				entry.line_items.map((l) => l.restocked_quantity),
			);
			expect(restocked.some((quantity) => quantity !== null && quantity > 0)).toBe(true);
			expect(restocked.some((quantity) => quantity === 0 || quantity === null)).toBe(true);
			for (const entry of received)
				expect(entry.shipments[0].arrived_date).toBe(entry.updated_date);
		});

		it('filters by status and warehouse customer with the list grammar, and refuses an unknown status', async () => {
			const all = await allReturns();
			const customer = all[0].warehouse_customer_id!;
			const query = qs({
				'status[nin]': 'received,cancelled',
				'warehouse_customer_id[eq]': customer,
			});
			const filtered = (await get<ListAnswer<Return>>(sandbox, `/wms/returns?${query}`)).body.data;
			expect(filtered).toEqual(
				all.filter(
					(entry) =>
						!['received', 'cancelled'].includes(entry.status) &&
						entry.warehouse_customer_id === customer,
				),
			);
			const bad = await get<ErrorAnswer>(sandbox, '/wms/returns?status=lost');
			expect(bad.status).toBe(422);
			expect(bad.body.detail.query.status[0]).toMatch(/Must be one of/);
		});

		it('creates a return for an order\u2019s SKUs, refusing a SKU the order lacks', async () => {
			const order = fulfilledOrder();
			const body = {
				order_id: order.id,
				line_items: [{ sku: order.line_items[0].sku, quantity: 1 }],
				trackstar_tags: ['refund'],
			};
			expectValidAgainst('CreatewmsReturn--WMS_Sandbox--', body);
			const created = await post<RecordAnswer<Return>>(sandbox, '/wms/returns', {
				...body,
				gift_note: 'x',
			});
			expect(created.status).toBe(200);
			expectValidAgainst('wmsCreateReturnResponse', created.body);
			expect(created.body.data).toMatchObject({ status: 'open', order_id: order.id });
			expect(created.body.unused_fields).toEqual(['gift_note']);
			expect(
				(await get<RecordAnswer<Return>>(sandbox, `/wms/returns/${created.body.id}`)).body.data,
			).toEqual(created.body.data);

			const wrong = await post(sandbox, '/wms/returns', {
				order_id: order.id,
				line_items: [{ sku: 'NOT-ON-ORDER', quantity: 1 }],
			});
			expect(wrong.status).toBe(422);
			const missing = await post<ErrorAnswer>(sandbox, '/wms/returns', { order_id: order.id });
			expect(missing.body.detail.json.line_items).toEqual(['Missing data for required field.']);
		});

		it('updates an open return and sets its Trackstar tags', async () => {
			const open = (await allReturns()).find((entry) => entry.status === 'open')!;
			const order = sandbox.order(open.order_id!)!;
			const updated = await put<RecordAnswer<Return>>(sandbox, `/wms/returns/${open.id}`, {
				line_items: [{ sku: order.line_items[0].sku, quantity: 2 }],
			});
			expectValidAgainst('wmsUpdateReturnResponse', updated.body);
			expect(updated.body.data.line_items[0]).toMatchObject({ expected_quantity: 2 });
			const tagged = await put(sandbox, `/wms/returns/${open.id}/trackstar-tags`, {
				trackstar_tags: [{ refund: 'done' }],
			});
			expectValidAgainst('wmsAddTrackstarTagReturnResponse', tagged.body);
		});

		it('cancels an open return as order cancel answers, and refuses a received one with a 4xx naming why', async () => {
			const all = await allReturns();
			const open = all.find((entry) => entry.status === 'open')!;
			const cancelled = await put<RecordAnswer<Return>>(sandbox, `/wms/returns/${open.id}/cancel`);
			expect(cancelled.status).toBe(200);
			// Newer than the OpenAPI document: the update answer's schema is the nearest sibling's.
			expectValidAgainst('wmsUpdateReturnResponse', cancelled.body);
			expect(cancelled.body.data.status).toBe('cancelled');
			const again = await put<ErrorAnswer>(sandbox, `/wms/returns/${open.id}/cancel`);
			expect(again.status).toBe(422);
			expect(again.body.error).toMatch(/already cancelled/);

			const received = all.find((entry) => entry.status === 'received')!;
			const refused = await put<ErrorAnswer>(sandbox, `/wms/returns/${received.id}/cancel`);
			expect(refused.status).toBe(422);
			expect(refused.body.error).toBe(
				`Return ${received.id} is received and can no longer be cancelled: it has arrived at the warehouse`,
			);
		});

		it('answers its meta for POST and PUT', async () => {
			const meta = await get<MetaSchema>(sandbox, '/wms/returns/meta?method=POST');
			expect(meta.body.$ref).toBe('#/definitions/CreateReturn');
			expect(meta.body.definitions.CreateReturn.required).toEqual(['order_id', 'line_items']);
			expect((await get(sandbox, '/wms/returns/meta')).status).toBe(422);
		});
	});

	describe('kits', () => {
		const kitBody = (skus: string[]) => ({
			sku: 'NWO-KIT-NEW',
			name: 'New Kit',
			gtin: '0123456789012',
			measurements: { length: 10, width: 8, height: 4, unit: 'in', weight: 2, weight_unit: 'lb' },
			inventory_items: skus.map((sku) => ({ sku, unit_quantity: 2 })),
		});

		it('creates a kit from seeded products and reads it back as a product', async () => {
			const [a, b] = sandbox.products().filter((product) => !product.is_kit);
			const body = kitBody([a.sku!, b.sku!]);
			expectValidAgainst('CreatewmsKit--WMS_Sandbox--', body);
			const created = await post<RecordAnswer<Product>>(sandbox, '/wms/kits', body);
			expect(created.status).toBe(200);
			expectValidAgainst('wmsCreateKitResponse', created.body);
			expect(created.body.data).toMatchObject({ is_kit: true, sku: 'NWO-KIT-NEW' });
			expect(created.body.data.inventory_items.map((item) => item.sku)).toEqual([a.sku, b.sku]);
			expect(sandbox.product(created.body.id)).toEqual(created.body.data);

			const updated = await put<RecordAnswer<Product>>(sandbox, `/wms/kits/${created.body.id}`, {
				inventory_items: [{ sku: a.sku, unit_quantity: 3 }],
			});
			expectValidAgainst('wmsUpdateKitResponse', updated.body);
			expect(updated.body.data.inventory_items).toHaveLength(1);
			expect((await put(sandbox, `/wms/kits/${a.id}`, { name: 'x' })).status).toBe(404);
		});

		it('refuses a kit missing GTIN or naming an unknown component SKU', async () => {
			const { gtin, ...noGtin } = kitBody(['NWO-BNE-MRN-OS']);
			expect(gtin).toBeDefined();
			const missing = await post<ErrorAnswer>(sandbox, '/wms/kits', noGtin);
			expect(missing.body.detail.json.gtin).toEqual(['Missing data for required field.']);
			const unknown = await post<ErrorAnswer>(sandbox, '/wms/kits', kitBody(['NOPE']));
			expect(unknown.status).toBe(422);
			expect(unknown.body.error).toBe('No inventory item with SKU NOPE.');
			const meta = await get<MetaSchema>(sandbox, '/wms/kits/meta?method=POST');
			expect(meta.body.definitions.CreateKit.required).toContain('inventory_items');
		});
	});

	describe('bills and labor activities', () => {
		it('serves bills per seeded warehouse customer, filterable by customer and date', async () => {
			const list = await get<ListAnswer<Bill>>(sandbox, '/wms/billing');
			expectValidAgainst('WmsBillsListEndpoint', list.body);
			const customers = new Set(list.body.data.map((bill) => bill.warehouse_customer_id));
			expect([...customers].sort()).toEqual(WAREHOUSE_CUSTOMERS.map(({ id }) => id).sort());
			const customer = WAREHOUSE_CUSTOMERS[1].id;
			const since = iso(NOW.getTime() - 30 * 24 * HOUR);
			const filtered = await get<ListAnswer<Bill>>(
				sandbox,
				`/wms/billing?${qs({ 'warehouse_customer_id[eq]': customer, 'created_date[gte]': since })}`,
			);
			expect(filtered.body.data.length).toBeGreaterThan(0);
			expect(filtered.body.data).toEqual(
				list.body.data.filter(
					(bill) => bill.warehouse_customer_id === customer && bill.created_date >= since,
				),
			);
			const one = await get(sandbox, `/wms/billing/${list.body.data[0].id}`);
			expectValidAgainst('WmsBillsSingleItemEndpoint', one.body);
		});

		it('serves labor activities, filtered bare by type and worker and by start time', async () => {
			const list = await get<ListAnswer<LaborActivity>>(sandbox, '/wms/labor-activities');
			expectValidAgainst('WmsLaborActivitiesListEndpoint', list.body);
			const first = list.body.data[0];
			const query = qs({
				activity_type: 'pick',
				user_id: first.user_id,
				'activity_start_time[lt]': iso(NOW.getTime()),
			});
			const filtered = await get<ListAnswer<LaborActivity>>(
				sandbox,
				`/wms/labor-activities?${query}`,
			);
			expect(filtered.body.data.length).toBeGreaterThan(0);
			expect(filtered.body.data).toEqual(
				list.body.data.filter(
					(entry) =>
						entry.activity_type === 'pick' &&
						entry.user_id === first.user_id &&
						entry.activity_start_time < iso(NOW.getTime()),
				),
			);
			expect(new Set(list.body.data.map((entry) => entry.activity_type))).toEqual(
				new Set(['pick', 'pack', 'receive', 'put_away']),
			);
			const one = await get(sandbox, `/wms/labor-activities/${first.id}`);
			expectValidAgainst('WmsLaborActivitiesSingleItemEndpoint', one.body);
			expect((await get(sandbox, '/wms/labor-activities?activity_type=nap')).status).toBe(422);
		});
	});
});
