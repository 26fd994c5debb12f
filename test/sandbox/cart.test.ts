import type {
	CartOrder,
	CartProduct,
	CartWarehouse,
	Sandbox,
	StoreRefund,
	StoreTransaction,
} from '../../sandbox';
import { CART_ORDER_COUNT, CART_WAREHOUSES, STORE_COPY_ORDER_ID } from '../../sandbox';
import { expectValidAgainst } from '../support/openapi';
import type { ErrorAnswer, ListAnswer, RecordAnswer } from './helpers';
import { NOW, call, get, post, put, qs, startTestSandbox } from './helpers';

/**
 * The OpenAPI document (October 2025) predates Trackstar Tags on cart records: the Trackstar Tags
 * guide says each answers its `trackstar_tags`. Checked apart, the rest against the document.
 */
function expectValidCart(schema: string, body: { data: unknown }): void {
	const records = Array.isArray(body.data) ? body.data : [body.data];
	for (const record of records as Array<{ trackstar_tags?: unknown }>) {
		expect(Array.isArray(record.trackstar_tags)).toBe(true);
	}
	const strip = (record: unknown) => {
		const documented = { ...(record as Record<string, unknown>) };
		delete documented.trackstar_tags;
		return documented;
	};
	const data = Array.isArray(body.data) ? body.data.map(strip) : strip(body.data);
	expectValidAgainst(schema, { ...body, data });
}

async function listAll<T>(sandbox: Sandbox, path: string, query: Record<string, string> = {}) {
	const records: T[] = [];
	let token: string | null = null;
	do {
		const page: { status: number; body: ListAnswer<T> } = await get<ListAnswer<T>>(
			sandbox,
			`${path}?${qs({ ...query, limit: 10, ...(token ? { page_token: token } : {}) })}`,
		);
		expect(page.status).toBe(200);
		records.push(...page.body.data);
		token = page.body.next_token;
	} while (token);
	return records;
}

describe('sandbox Cart API', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it('answers the three lists and their records in the OpenAPI shapes', async () => {
		for (const [path, list, single] of [
			['/cart/orders', 'CartOrdersListEndpoint', 'CartOrdersSingleItemEndpoint'],
			['/cart/products', 'CartProductsListEndpoint', 'CartProductsSingleItemEndpoint'],
			['/cart/warehouses', 'CartWarehousesListEndpoint', 'CartWarehousesSingleItemEndpoint'],
		]) {
			const page = await get<ListAnswer<{ id: string }>>(sandbox, path);
			expect(page.status).toBe(200);
			expectValidCart(list, page.body);
			const one = await get<RecordAnswer<{ id: string }>>(
				sandbox,
				`${path}/${page.body.data[0].id}`,
			);
			expect(one.status).toBe(200);
			expectValidCart(single, one.body);
		}
	});

	it('ties together: line items name cart products, shipments leave from cart warehouses', async () => {
		const orders = await listAll<CartOrder>(sandbox, '/cart/orders');
		const products = await listAll<CartProduct>(sandbox, '/cart/products');
		const warehouses = await listAll<CartWarehouse>(sandbox, '/cart/warehouses');
		// The seeded orders, and the store's copy of the WMS order whose return came last.
		expect(orders).toHaveLength(CART_ORDER_COUNT + 1);
		expect(warehouses.map((warehouse) => warehouse.id)).toEqual(
			CART_WAREHOUSES.map((warehouse) => warehouse.id),
		);
		const productIds = new Set(products.map((product) => product.id));
		const skus = new Map(products.map((product) => [product.id, product.sku]));
		for (const order of orders) {
			for (const item of order.line_items) {
				expect(productIds.has(item.product_id)).toBe(true);
				expect(item.product_sku).toBe(skus.get(item.product_id));
				expect(productIds.has(item.parent_product_id!)).toBe(true);
			}
			for (const shipment of order.shipments) {
				expect(warehouses.some((warehouse) => warehouse.id === shipment.warehouse_id)).toBe(true);
			}
		}
		expect(orders.some((order) => order.shipments.length > 0)).toBe(true);
		for (const product of products.filter((each) => each.inventory !== null)) {
			expect(Object.keys(product.inventory_by_warehouse_id).sort()).toEqual(
				warehouses.map((warehouse) => warehouse.id).sort(),
			);
			expect(product.inventory).toBe(
				Object.values(product.inventory_by_warehouse_id).reduce((sum, count) => sum + count, 0),
			);
		}
		expect(orders.every((order) => order.created_date <= NOW.toISOString())).toBe(true);
	});

	it('filters cart orders by status, order number, dates and ids, as Trackstar documents', async () => {
		const orders = sandbox.cartOrders();
		const byStatus = await listAll<CartOrder>(sandbox, '/cart/orders', {
			'status[in]': 'fulfilled,cancelled',
		});
		expect(byStatus.map((order) => order.id)).toEqual(
			orders
				.filter((order) => ['fulfilled', 'cancelled'].includes(order.status))
				.map((order) => order.id),
		);
		const byNumber = await get<ListAnswer<CartOrder>>(
			sandbox,
			'/cart/orders?order_number[eq]=%231005',
		);
		expect(byNumber.body.data.map((order) => order.order_number)).toEqual(['#1005']);
		const since = orders[30].created_date;
		const recent = await listAll<CartOrder>(sandbox, '/cart/orders', {
			'created_date[gte]': since,
		});
		expect(recent.map((order) => order.id)).toEqual(orders.slice(30).map((order) => order.id));
		const picked = await get<ListAnswer<CartOrder>>(
			sandbox,
			`/cart/orders?ids=${orders[1].id},${orders[2].id}&status=open`,
		);
		expect(picked.body.data.map((order) => order.id)).toEqual([orders[1].id, orders[2].id]);
		const customers = await get<ListAnswer<CartOrder>>(
			sandbox,
			'/cart/orders?warehouse_customer_id[eq]=anyone',
		);
		expect(customers.body.data).toEqual([]);
	});

	it("refuses what Trackstar refuses: unknown filters and values, 422 with the field's messages", async () => {
		const unknown = await get<ErrorAnswer>(sandbox, '/cart/products?status=open');
		expect(unknown.status).toBe(422);
		expect(unknown.body.detail.query.status).toBeDefined();
		const badStatus = await get<ErrorAnswer>(sandbox, '/cart/orders?status[in]=shipped');
		expect(badStatus.status).toBe(422);
		const changed = await get<ListAnswer<CartOrder>>(sandbox, '/cart/orders?limit=5');
		const refused = await get<ErrorAnswer>(
			sandbox,
			`/cart/orders?limit=5&status=open&page_token=${changed.body.next_token}`,
		);
		expect(refused.status).toBe(422);
	});

	it("answers 404 in Trackstar's error shape for an unknown record", async () => {
		for (const [path, what] of [
			['/cart/orders/nope', 'Order'],
			['/cart/products/nope', 'Product'],
			['/cart/warehouses/nope', 'Warehouse'],
		]) {
			const missing = await get(sandbox, path);
			expect(missing.status).toBe(404);
			expectValidAgainst('HTTPError', missing.body);
			expect(missing.body).toEqual({ error: `${what} not found`, id: 'nope', origin: 'trackstar' });
		}
	});

	it('sets trackstar_tags on orders, products and warehouses, which reads show until reset', async () => {
		const order = sandbox.cartOrders()[0].id;
		for (const path of [
			`/cart/orders/${order}`,
			`/cart/products/${sandbox.cartProducts()[0].id}`,
			`/cart/warehouses/${CART_WAREHOUSES[0].id}`,
		]) {
			const tagged = await put<RecordAnswer<{ trackstar_tags: unknown[] }>>(
				sandbox,
				`${path}/trackstar-tags`,
				{ trackstar_tags: ['vip', { channel: 'instagram' }] },
			);
			expect(tagged.status).toBe(200);
			expect(tagged.body.unused_fields).toEqual([]);
			expect(tagged.body.data.trackstar_tags).toEqual(['vip', { channel: 'instagram' }]);
			const read = await get<RecordAnswer<{ trackstar_tags: unknown[] }>>(sandbox, path);
			expect(read.body.data.trackstar_tags).toEqual(['vip', { channel: 'instagram' }]);
			expect(
				(await put(sandbox, `${path}/trackstar-tags`, { trackstar_tags: [null] })).status,
			).toBe(422);
		}
		expect(
			(await put(sandbox, '/cart/orders/nope/trackstar-tags', { trackstar_tags: [] })).status,
		).toBe(404);
		sandbox.reset();
		expect(sandbox.cartOrders()[0].trackstar_tags).toEqual([]);
	});

	it('takes the one access token for the Cart API as for the WMS API, and refuses without it', async () => {
		const refused = await call(sandbox, 'GET', '/cart/orders', {
			headers: { 'x-trackstar-access-token': 'wrong' },
		});
		expect(refused.status).toBe(401);
		expect(refused.body).toMatchObject({ error: 'Invalid x-trackstar-access-token header' });
	});

	it("passes a request through to the store's own API", async () => {
		const answer = await post<{ status_code: number; body: { products: unknown[] } }>(
			sandbox,
			'/cart/passthrough',
			{ method: 'GET', path: '/products.json' },
		);
		expect(answer.status).toBe(200);
		expect(answer.body.status_code).toBe(200);
		expect(answer.body.body.products).toHaveLength(sandbox.cartProducts().length);
		const missing = await post<{ status_code: number }>(sandbox, '/cart/passthrough', {
			method: 'GET',
			path: '/nothing',
		});
		expect(missing.body.status_code).toBe(404);
		expect((await post(sandbox, '/cart/passthrough', { path: '/x' })).status).toBe(422);
	});

	it("holds the store's copy of the WMS order whose return was received last: its number, SKUs and quantities", async () => {
		const [last] = sandbox
			.returns()
			.filter((record) => record.status === 'received')
			.sort((a, b) => (a.updated_date < b.updated_date ? 1 : -1));
		const wmsOrder = sandbox.order(last.order_id!)!;
		const copy = sandbox.cartOrders().find((order) => order.id === STORE_COPY_ORDER_ID)!;

		expect(copy).toMatchObject({ order_number: wmsOrder.order_number, status: 'fulfilled' });
		expect(
			copy.line_items.map((line) => [line.product_sku, line.quantity, line.unit_price]),
		).toEqual(wmsOrder.line_items.map((line) => [line.sku, line.quantity, line.unit_price]));
		for (const line of last.line_items) {
			expect(copy.line_items.some((item) => item.product_sku === line.sku)).toBe(true);
		}
		const byNumber = await get<ListAnswer<CartOrder>>(
			sandbox,
			`/cart/orders?${qs({ 'order_number[eq]': wmsOrder.order_number })}`,
		);
		expect(byNumber.body.data.map((order) => order.id)).toEqual([STORE_COPY_ORDER_ID]);
	});

	describe("the store's own API, Shopify-shaped, through passthrough", () => {
		type Vendor<T> = { status_code: number; body: T };
		const version = '/admin/api/2025-01/orders';
		const payments = async (orderId: string) =>
			(
				await post<Vendor<{ transactions: StoreTransaction[] }>>(sandbox, '/cart/passthrough', {
					method: 'GET',
					path: `${version}/${orderId}/transactions.json`,
				})
			).body;
		const refund = async (orderId: string, data: unknown) =>
			(
				await post<Vendor<{ refund?: StoreRefund; errors?: unknown }>>(
					sandbox,
					'/cart/passthrough',
					{ method: 'POST', path: `${version}/${orderId}/refunds.json`, data },
				)
			).body;

		it("answers an order's sale, takes a refund of lines and money against it, and lists it after", async () => {
			const order = sandbox.cartOrders().find((each) => each.id === STORE_COPY_ORDER_ID)!;
			const before = await payments(order.id);
			expect(before.status_code).toBe(200);
			const [sale] = before.body.transactions;
			expect(sale).toMatchObject({
				kind: 'sale',
				status: 'success',
				amount: order.total_price!.toFixed(2),
				currency: 'USD',
			});
			const line = order.line_items[0];

			const answer = await refund(order.id, {
				refund: {
					note: 'Return received',
					refund_line_items: [
						{ line_item_id: line.line_item_id, quantity: 1, restock_type: 'no_restock' },
					],
					transactions: [
						{ parent_id: sale.id, amount: '10.50', kind: 'refund', gateway: sale.gateway },
					],
				},
			});

			expect(answer.status_code).toBe(201);
			expect(answer.body.refund).toMatchObject({
				order_id: Number(order.id),
				note: 'Return received',
				refund_line_items: [
					{ line_item_id: Number(line.line_item_id), quantity: 1, restock_type: 'no_restock' },
				],
				transactions: [{ kind: 'refund', amount: '10.50', parent_id: sale.id }],
			});
			expect(sandbox.cartRefunds()).toEqual([answer.body.refund]);
			expect((await payments(order.id)).body.transactions.map((each) => each.kind)).toEqual([
				'sale',
				'refund',
			]);
		});

		it('refuses what Shopify refuses: a line of another order, more units than bought, more money than paid, a wrong parent', async () => {
			const order = sandbox.cartOrders().find((each) => each.id === STORE_COPY_ORDER_ID)!;
			const other = sandbox.cartOrders().find((each) => each.id !== order.id)!;
			const [sale] = (await payments(order.id)).body.transactions;
			const line = order.line_items[0];
			const lines = (quantity: number, id = line.line_item_id) => ({
				refund: { refund_line_items: [{ line_item_id: id, quantity }] },
			});
			const money = (amount: string, parent = sale.id) => ({
				refund: { transactions: [{ parent_id: parent, amount, kind: 'refund' }] },
			});

			expect(await refund(order.id, lines(1, other.line_items[0].line_item_id))).toMatchObject({
				status_code: 422,
				body: { errors: { refund_line_items: [expect.stringContaining('not on this order')] } },
			});
			expect((await refund(order.id, lines(line.quantity + 1))).status_code).toBe(422);
			expect((await refund(order.id, lines(line.quantity))).status_code).toBe(201);
			// Every unit of that line is refunded now: one more is refused.
			expect((await refund(order.id, lines(1))).status_code).toBe(422);
			const total = Number(sale.amount);
			expect((await refund(order.id, money((total + 0.01).toFixed(2)))).status_code).toBe(422);
			expect((await refund(order.id, money('1.00', 42))).status_code).toBe(422);
			expect((await refund(order.id, { note: 'no refund object' })).status_code).toBe(400);
			expect((await refund('999', money('1.00'))).status_code).toBe(404);
			expect(sandbox.cartRefunds()).toHaveLength(1);
		});
	});

	it('ships an order: a shipment with the tracking number, the order fulfilled, as the Cart Sandbox schema takes it', async () => {
		const order = sandbox.cartOrders().find((each) => each.status === 'open')!;
		const body = {
			tracking_number: '1Z999AA10123456784',
			tracking_url: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
			carrier_name: 'UPS',
			requested_shipping_method: 'Standard',
		};
		expectValidAgainst('CreateShipmentcartOrder--Cart_Sandbox--', body);
		const answer = await post<RecordAnswer<CartOrder>>(
			sandbox,
			`/cart/orders/${order.id}/shipments`,
			{
				...body,
				gift_note: 'thanks',
			},
		);
		expect(answer.status).toBe(200);
		expectValidCart('cartCreateShipmentOrderResponse', answer.body);
		expect(answer.body).toMatchObject({ id: order.id, unused_fields: ['gift_note'] });
		const shipped = sandbox.cartOrders().find((each) => each.id === order.id)!;
		expect(shipped.status).toBe('fulfilled');
		expect(shipped.shipments.map((shipment) => shipment.tracking_number)).toEqual([
			'1Z999AA10123456784',
		]);

		const missing = await post<ErrorAnswer>(sandbox, `/cart/orders/${order.id}/shipments`, {
			tracking_number: '1Z',
		});
		expect(missing.status).toBe(422);
		expect(Object.keys(missing.body.detail.json).sort()).toEqual([
			'carrier_name',
			'requested_shipping_method',
			'tracking_url',
		]);
		expect((await post(sandbox, '/cart/orders/nope/shipments', body)).status).toBe(404);
	});

	it("adjusts a variant's stock in one warehouse, or the first, and refuses to go below zero", async () => {
		const product = sandbox.cartProducts().find((each) => each.inventory !== null)!;
		const [main, east] = CART_WAREHOUSES.map((warehouse) => warehouse.id);
		const body = { adjustment_type: 'increase', quantity: 5 };
		expectValidAgainst('AdjustInventorycartProduct--Cart_Sandbox--', body);
		const answer = await put<RecordAnswer<CartProduct>>(
			sandbox,
			`/cart/products/${product.id}/adjust-inventory`,
			body,
		);
		expect(answer.status).toBe(200);
		expectValidCart('cartAdjustInventoryProductResponse', answer.body);
		expect(answer.body.data.inventory).toBe(product.inventory! + 5);
		expect(answer.body.data.inventory_by_warehouse_id[main]).toBe(
			product.inventory_by_warehouse_id[main] + 5,
		);

		const fromEast = await put<RecordAnswer<CartProduct>>(
			sandbox,
			`/cart/products/${product.id}/adjust-inventory`,
			{ adjustment_type: 'decrease', quantity: 2, warehouse_id: east },
		);
		expect(fromEast.body.data.inventory_by_warehouse_id[east]).toBe(
			product.inventory_by_warehouse_id[east] - 2,
		);
		const tooMany = await put<ErrorAnswer>(
			sandbox,
			`/cart/products/${product.id}/adjust-inventory`,
			{
				adjustment_type: 'decrease',
				quantity: 10_000,
			},
		);
		expect(tooMany.status).toBe(422);
		expect(tooMany.body.origin).toBe('integration');
		const parent = sandbox.cartProducts().find((each) => each.inventory === null)!;
		expect((await put(sandbox, `/cart/products/${parent.id}/adjust-inventory`, body)).status).toBe(
			422,
		);
		expect(
			(await put(sandbox, `/cart/products/${product.id}/adjust-inventory`, { quantity: 0 })).status,
		).toBe(422);
	});
});
