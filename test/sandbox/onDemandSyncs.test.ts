import type { Sandbox } from '../../sandbox';
import { get, post, startTestSandbox, type ErrorAnswer } from './helpers';

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
});
