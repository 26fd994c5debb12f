import type { Sandbox } from '../../sandbox';
import { expectItemError } from '../harness';
import { byId, runOrders, startTestSandbox, wmsRequests } from '../support/trackstar';

describe('Trackstar Orders: Cancel', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const ordersIn = (status: string) => sandbox.orders().filter((order) => order.status === status);

	it('cancels the order and returns it cancelled', async () => {
		const order = ordersIn('open')[0];
		const { items, error } = await runOrders(sandbox, {
			parameters: { operation: 'cancel', orderId: byId(order.id) },
		});

		expect(error).toBeUndefined();
		expect(
			wmsRequests(sandbox).map((request) => [request.method, request.path, request.body]),
		).toEqual([['PUT', `/wms/orders/${order.id}/cancel`, undefined]]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: order.id, status: 'cancelled' });
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(sandbox.order(order.id)?.status).toBe('cancelled');
	});

	it('cancels one order per input item, with the ID mapped from each item', async () => {
		const orders = ordersIn('open').slice(0, 3);
		const { items } = await runOrders(sandbox, {
			input: orders.map((order) => ({ id: order.id })),
			parameters: { operation: 'cancel', orderId: byId('={{ $json.id }}') },
		});
		expect(items.map((item) => [item.json.id, item.json.status, item.pairedItem])).toEqual(
			orders.map((order, index) => [order.id, 'cancelled', { item: index }]),
		);
	});

	it('accepts a plain order ID as saved by older workflows or set by an expression', async () => {
		const order = ordersIn('open')[0];
		const { items } = await runOrders(sandbox, {
			parameters: { operation: 'cancel', orderId: order.id },
		});
		expect(items[0].json).toMatchObject({ id: order.id, status: 'cancelled' });
	});

	it('fails on an order that already shipped, naming the status and the item', async () => {
		const fulfilled = ordersIn('fulfilled')[0];
		const { error, items } = await runOrders(sandbox, {
			parameters: { operation: 'cancel', orderId: byId(fulfilled.id) },
		});
		expect(items).toHaveLength(0);
		expectItemError(error, /^Trackstar answered 422: .+$/, 0);
	});

	it('with Continue On Fail, turns each failed item into an error item paired with it and carries on', async () => {
		const [open1, open2] = ordersIn('open');
		const fulfilled = ordersIn('fulfilled')[0];
		const { items, error } = await runOrders(sandbox, {
			continueOnFail: true,
			input: [{ id: open1.id }, { id: fulfilled.id }, { id: '' }, { id: open2.id }],
			parameters: { operation: 'cancel', orderId: byId('={{ $json.id }}') },
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(4);
		expect(items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		expect(items[0].json).toMatchObject({ id: open1.id, status: 'cancelled' });
		expect(items[1].json).toMatchObject({
			error: expect.stringMatching(/^Trackstar answered 422: .+$/),
			httpCode: '422',
		});
		expect(items[2].json).toMatchObject({ error: 'Order is empty' });
		expect(items[3].json).toMatchObject({ id: open2.id, status: 'cancelled' });
		// The empty ID never reached Trackstar.
		expect(wmsRequests(sandbox)).toHaveLength(3);
	});
});
