import type { Sandbox } from '../../sandbox';
import { expectItemError } from '../harness';
import { byId, fromList, runOrders, startTestSandbox, wmsRequests } from '../support/trackstar';

describe('Trackstar Orders: Get', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const shippedOrder = () => sandbox.orders().find((order) => order.status === 'fulfilled')!;

	it('reads one order by ID and returns it whole when Simplify is off', async () => {
		const order = shippedOrder();
		const { items, error } = await runOrders(sandbox, {
			parameters: { operation: 'get', orderId: byId(order.id), simplify: false },
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: order, pairedItem: { item: 0 } }]);
		expect(wmsRequests(sandbox)).toMatchObject([
			{ method: 'GET', path: `/wms/orders/${order.id}`, status: 200 },
		]);
	});

	it('returns the simplified order by default, tracking numbers included', async () => {
		const order = shippedOrder();
		const { items } = await runOrders(sandbox, {
			parameters: { operation: 'get', orderId: fromList(order.id) },
		});
		expect(items[0].json).toMatchObject({
			id: order.id,
			order_number: order.order_number,
			status: 'fulfilled',
		});
		expect(items[0].json.tracking_numbers).toEqual(
			expect.arrayContaining([order.shipments[0].packages[0].tracking_number]),
		);
		expect(items[0].json).not.toHaveProperty('shipments');
	});

	it('reads the order of each input item from an expression', async () => {
		const [first, second] = sandbox.orders();
		const { items } = await runOrders(sandbox, {
			input: [{ id: first.id }, { id: second.id }],
			parameters: { operation: 'get', orderId: byId('={{ $json.id }}') },
		});
		expect(items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			[first.id, { item: 0 }],
			[second.id, { item: 1 }],
		]);
		expect(wmsRequests(sandbox).map((request) => request.path)).toEqual([
			`/wms/orders/${first.id}`,
			`/wms/orders/${second.id}`,
		]);
	});

	it("fails with Trackstar's 404 for an unknown order, and as an error item when continuing", async () => {
		const { error } = await runOrders(sandbox, {
			parameters: { operation: 'get', orderId: byId('000000000000000000000000') },
		});
		expectItemError(error, 'Trackstar answered 404: Order not found', 0);

		const { items } = await runOrders(sandbox, {
			continueOnFail: true,
			parameters: { operation: 'get', orderId: byId('000000000000000000000000') },
		});
		expect(items[0]).toMatchObject({
			json: { error: 'Trackstar answered 404: Order not found', httpCode: '404' },
			pairedItem: { item: 0 },
		});
	});
});
