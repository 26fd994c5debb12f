import type { Sandbox } from '../../sandbox';
import { expectItemError } from '../harness';
import { runOrders, startTestSandbox, wmsRequests } from '../support/trackstar';
import { runTrackstar } from '../support/trackstarNode';

const typed = (mode: string, value: string | null) => ({ __rl: true, mode, value });
const descriptionOf = (error: unknown) =>
	(error as { description?: string } | undefined)?.description;

describe('Record locators: By Number, By Ref ID, By PO No., By SKU', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const paths = () =>
		wmsRequests(sandbox).map((request) => [request.method, request.path, request.query]);

	it('gets an order by its order number: one exact lookup on the list, then the order', async () => {
		const order = sandbox.orders()[3];
		const { items, error } = await runOrders(sandbox, {
			parameters: {
				operation: 'get',
				orderId: typed('orderNumber', ` ${order.order_number} `),
				simplify: false,
			},
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: order, pairedItem: { item: 0 } }]);
		expect(paths()).toEqual([
			['GET', '/wms/orders', { 'order_number[eq]': order.order_number, limit: '10' }],
			['GET', `/wms/orders/${order.id}`, {}],
		]);
	});

	it('gets an order by its reference ID, in the Trackstar node too, each item its own', async () => {
		const [first, second] = sandbox.orders();
		const { items, error } = await runTrackstar(sandbox, {
			input: [{ ref: first.reference_id }, { ref: second.reference_id }],
			parameters: {
				resource: 'order',
				operation: 'get',
				orderId: typed('referenceId', '={{ $json.ref }}'),
			},
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			[first.id, { item: 0 }],
			[second.id, { item: 1 }],
		]);
		expect(
			paths()
				.filter(([, path]) => path === '/wms/orders')
				.map(([, , query]) => query),
		).toEqual([
			{ 'reference_id[eq]': first.reference_id, limit: '10' },
			{ 'reference_id[eq]': second.reference_id, limit: '10' },
		]);
	});

	it('fails on a number that matches no order, naming it, with no second request; Continue On Fail pairs the error', async () => {
		const { error } = await runOrders(sandbox, {
			parameters: { operation: 'get', orderId: typed('orderNumber', 'NWO-999999') },
		});
		expectItemError(error, 'No order has order number "NWO-999999"', 0);
		expect(descriptionOf(error)).toContain('exactly, case included');
		expect(paths()).toHaveLength(1);

		const { items } = await runOrders(sandbox, {
			continueOnFail: true,
			input: [{}, {}],
			parameters: { operation: 'get', orderId: typed('orderNumber', 'NWO-999999') },
		});
		expect(items.map((item) => [item.json.error, item.pairedItem])).toEqual([
			['No order has order number "NWO-999999"', { item: 0 }],
			['No order has order number "NWO-999999"', { item: 1 }],
		]);
	});

	it('refuses to act on a number that matches two orders, naming both, and writes nothing', async () => {
		const [first, second] = sandbox.orders();
		sandbox.upsertOrder({ ...second, reference_id: first.reference_id });
		const { error } = await runOrders(sandbox, {
			parameters: {
				operation: 'update',
				orderId: typed('referenceId', first.reference_id),
				updateFields: { shippingMethod: 'Ground' },
			},
		});
		expectItemError(error, `2 orders have reference ID "${first.reference_id}"`, 0);
		expect(descriptionOf(error)).toContain(first.id);
		expect(descriptionOf(error)).toContain(second.id);
		expect(wmsRequests(sandbox).map((request) => request.method)).toEqual(['GET']);
	});

	it('checks the rest of a write before looking anything up: bad input costs no request', async () => {
		const order = sandbox.orders()[0];
		const { error } = await runOrders(sandbox, {
			parameters: {
				operation: 'update',
				orderId: typed('orderNumber', order.order_number),
				updateFields: {},
			},
		});
		expectItemError(error, 'Nothing to update: every field is empty', 0);
		expect(wmsRequests(sandbox)).toEqual([]);

		const empty = await runOrders(sandbox, {
			parameters: { operation: 'get', orderId: typed('orderNumber', '  ') },
		});
		expectItemError(empty.error, 'Order By Number: no order number given', 0);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it('cancels an order found by its order number', async () => {
		const order = sandbox.orders().find((candidate) => candidate.status === 'open')!;
		const { items, error } = await runOrders(sandbox, {
			parameters: { operation: 'cancel', orderId: typed('orderNumber', order.order_number) },
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: order.id, status: 'cancelled' });
		expect(sandbox.order(order.id)?.status).toBe('cancelled');
	});

	it('gets an inbound shipment by its PO number', async () => {
		const shipment = sandbox.inboundShipments()[2];
		const { items, error } = await runTrackstar(sandbox, {
			parameters: {
				resource: 'inboundShipment',
				operation: 'get',
				inboundShipmentId: typed('poNumber', shipment.purchase_order_number),
				simplify: false,
			},
		});
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(shipment.id);
		expect(paths()[0]).toEqual([
			'GET',
			'/wms/inbound-shipments',
			{ 'purchase_order_number[eq]': shipment.purchase_order_number, limit: '10' },
		]);
	});

	it('gets a product and an inventory item by SKU', async () => {
		const product = sandbox.products()[1];
		const sku = String(product.sku);
		const byProduct = await runTrackstar(sandbox, {
			parameters: {
				resource: 'product',
				operation: 'get',
				productId: typed('sku', sku),
				simplify: false,
			},
		});
		expect(byProduct.error).toBeUndefined();
		expect(byProduct.items[0].json.id).toBe(product.id);

		const item = sandbox.inventoryItems()[4];
		const byItem = await runTrackstar(sandbox, {
			parameters: {
				resource: 'inventoryItem',
				operation: 'get',
				inventoryItemId: typed('sku', item.sku),
				simplify: false,
			},
		});
		expect(byItem.error).toBeUndefined();
		expect(byItem.items[0].json.id).toBe(item.id);
		expect(
			paths().filter(([, path]) => path === '/wms/products' || path === '/wms/inventory'),
		).toEqual([
			['GET', '/wms/products', { 'sku[eq]': sku, limit: '10' }],
			['GET', '/wms/inventory', { 'sku[eq]': item.sku, limit: '10' }],
		]);
	});

	it('offers the modes in the panel where a record has a number its list filters on, and not on returns', () => {
		const { Trackstar } = jest.requireActual('../../nodes/Trackstar/Trackstar.node');
		const properties = new Trackstar().description.properties as Array<{
			name: string;
			modes?: Array<{ name: string; displayName: string }>;
		}>;
		const modesOf = (name: string) =>
			properties.find((property) => property.name === name)?.modes?.map((mode) => mode.displayName);
		expect(modesOf('orderId')).toEqual(['From List', 'By ID', 'By Number', 'By Ref ID']);
		expect(modesOf('inboundShipmentId')).toEqual(['From List', 'By ID', 'By PO No.']);
		expect(modesOf('productId')).toEqual(['From List', 'By ID', 'By SKU']);
		expect(modesOf('inventoryItemId')).toEqual(['From List', 'By ID', 'By SKU']);
		expect(modesOf('returnId')).toEqual(['From List', 'By ID']);
	});
});
