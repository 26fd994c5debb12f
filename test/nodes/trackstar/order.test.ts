import type { Sandbox } from '../../../sandbox';
import { byId, runOrders, startTestSandbox, wmsRequests } from '../../support/trackstar';
import { runTrackstar } from '../../support/trackstarNode';

describe('Trackstar: Order, the same code path as Trackstar Orders', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it('lists orders with the same parameters, requests and output as Trackstar Orders', async () => {
		const parameters = {
			operation: 'getAll',
			limit: 7,
			filters: { status: ['open', 'backordered'] },
		};
		const fromOrders = await runOrders(sandbox, { parameters });
		const ordersRequests = wmsRequests(sandbox).map(({ method, path, query }) => ({
			method,
			path,
			query,
		}));
		sandbox.reset();

		const fromTrackstar = await runTrackstar(sandbox, {
			parameters: { resource: 'order', ...parameters },
		});
		expect(fromTrackstar.error).toBeUndefined();
		expect(fromTrackstar.items).toEqual(fromOrders.items);
		expect(
			wmsRequests(sandbox).map(({ method, path, query }) => ({ method, path, query })),
		).toEqual(ordersRequests);
	});

	it('cancels an order, and names it in an error item when the WMS refuses', async () => {
		const open = sandbox.orders().find((order) => order.status === 'open')!;
		const shipped = sandbox.orders().find((order) => order.status === 'fulfilled')!;
		const { items } = await runTrackstar(sandbox, {
			continueOnFail: true,
			input: [{ id: open.id }, { id: shipped.id }],
			parameters: { resource: 'order', operation: 'cancel', orderId: byId('={{ $json.id }}') },
		});
		expect(items[0].json).toMatchObject({ id: open.id, status: 'cancelled' });
		expect(items[1]).toMatchObject({
			json: { id: shipped.id, error: expect.any(String) },
			pairedItem: { item: 1 },
		});
		expect(sandbox.order(open.id)?.status).toBe('cancelled');
	});
});
