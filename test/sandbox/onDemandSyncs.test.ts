import type { Sandbox } from '../../sandbox';
import { CARRIER_CONNECTION_ID, SANDBOX_CONNECTION_ID } from '../../sandbox/connections';
import { call, get, post, startTestSandbox, type ErrorAnswer } from './helpers';

type Job = Record<string, unknown> & { id: string; status: string };

/** Trackstar's on-demand syncs guide (docs/trackstar-api/pages/how-to-guides/on-demand-syncs.mdx). */
describe('sandbox: on-demand syncs', () => {
	let sandbox: Sandbox;
	let now = new Date('2026-01-10T12:00:00Z');
	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => now, onDemandSyncSeconds: 60 });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		now = new Date('2026-01-10T12:00:00Z');
		sandbox.reset();
	});
	const window = { start_time: '2025-12-01T00:00:00Z', end_time: '2026-01-01T00:00:00Z' };

	it('creates an open job with the fields the guide lists, which completes after its time', async () => {
		const created = await post<Job>(sandbox, '/connections/on-demand-syncs', {
			...window,
			function_name: 'get_orders',
		});
		expect(created.status).toBe(200);
		expect(Object.keys(created.body).sort()).toEqual([
			'connection_id',
			'created_at',
			'function_name',
			'id',
			'requested_end_time',
			'requested_start_time',
			'status',
		]);
		expect(created.body.status).toBe('open');
		now = new Date(now.getTime() + 61_000);
		const read = await get<Job>(sandbox, `/connections/on-demand-syncs/${created.body.id}`);
		expect(read.body.status).toBe('completed');
	});

	it('cancels only an open job', async () => {
		const created = await post<Job>(sandbox, '/connections/on-demand-syncs', {
			...window,
			function_name: 'get_products',
		});
		const path = `/connections/on-demand-syncs/${created.body.id}/cancel`;
		expect((await post<Job>(sandbox, path)).body.status).toBe('cancelled');
		const again = await post<ErrorAnswer>(sandbox, path);
		expect(again.status).toBe(400);
	});

	it('refuses get_inventory and a bad window, and answers 404 for an unknown job', async () => {
		const inventory = await post<ErrorAnswer>(sandbox, '/connections/on-demand-syncs', {
			...window,
			function_name: 'get_inventory',
		});
		expect(inventory.status).toBe(422);
		const backwards = await post<ErrorAnswer>(sandbox, '/connections/on-demand-syncs', {
			start_time: window.end_time,
			end_time: window.start_time,
			function_name: 'get_orders',
		});
		expect(backwards.status).toBe(400);
		expect((await get(sandbox, '/connections/on-demand-syncs/nope')).status).toBe(404);
	});

	describe("the freight and carrier tokens' connections", () => {
		const as = (token: string) => ({ 'x-trackstar-access-token': token });
		const start = <T>(token: string, function_name: string) =>
			call<T>(sandbox, 'POST', '/connections/on-demand-syncs', {
				body: { ...window, function_name },
				headers: as(token),
			});

		it("backfills the carrier's invoice line items, the guide's carrier function, and no WMS function", async () => {
			const created = await start<Job>(sandbox.carrierAccessToken, 'get_invoice_line_items');
			expect(created.status).toBe(200);
			expect(created.body).toMatchObject({
				connection_id: CARRIER_CONNECTION_ID,
				function_name: 'get_invoice_line_items',
				status: 'open',
			});
			const read = await call<Job>(
				sandbox,
				'GET',
				`/connections/on-demand-syncs/${created.body.id}`,
				{ headers: as(sandbox.carrierAccessToken) },
			);
			expect(read.body).toEqual(created.body);

			const orders = await start<ErrorAnswer>(sandbox.carrierAccessToken, 'get_orders');
			expect(orders.status).toBe(422);
			expect(orders.body.detail).toEqual({
				json: { function_name: ['Must be one of: get_invoice_line_items.'] },
			});
			// The WMS's list is as it was: the carrier function is not among its functions.
			const wms = await post<ErrorAnswer>(sandbox, '/connections/on-demand-syncs', {
				...window,
				function_name: 'get_invoice_line_items',
			});
			expect(wms.status).toBe(422);
			expect(wms.body.detail).toEqual({
				json: {
					function_name: [
						'Must be one of: get_products, get_orders, get_inbound_shipments, get_returns, get_bills, get_inventory_ledger.',
					],
				},
			});
		});

		it("refuses the forwarder's connection as the guide refuses an integration without on-demand syncs", async () => {
			for (const name of ['get_orders', 'get_invoice_line_items']) {
				const refused = await start<ErrorAnswer>(sandbox.freightAccessToken, name);
				expect(refused.status).toBe(400);
				expect(refused.body.error).toBe(`On-demand sync is not enabled for flexport ${name}`);
			}
			expect((await start<ErrorAnswer>(sandbox.freightAccessToken, 'get_everything')).status).toBe(
				422,
			);
		});

		it("finds a job only with its own connection's token", async () => {
			const created = await post<Job>(sandbox, '/connections/on-demand-syncs', {
				...window,
				function_name: 'get_orders',
			});
			expect(created.body.connection_id).toBe(SANDBOX_CONNECTION_ID);
			const path = `/connections/on-demand-syncs/${created.body.id}`;
			const otherRead = await call<ErrorAnswer>(sandbox, 'GET', path, {
				headers: as(sandbox.carrierAccessToken),
			});
			expect(otherRead.status).toBe(404);
			const otherCancel = await call<ErrorAnswer>(sandbox, 'POST', `${path}/cancel`, {
				headers: as(sandbox.freightAccessToken),
			});
			expect(otherCancel.status).toBe(404);
			expect((await get<Job>(sandbox, path)).body.status).toBe('open');
		});
	});
});
