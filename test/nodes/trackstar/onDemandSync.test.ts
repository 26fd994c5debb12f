import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { startTestSandbox } from '../../support/trackstar';
import { runTrackstar } from '../../support/trackstarNode';

const syncRequests = (sandbox: Sandbox) =>
	sandbox.requests.filter((request) => request.path.startsWith('/connections/on-demand-syncs'));

describe("Trackstar: a connection's on-demand syncs", () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		// Jobs complete 6 seconds after they start, by the sandbox's (real) clock.
		sandbox = await startTestSandbox({ onDemandSyncSeconds: 6 });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	function connection(parameters: IDataObject, continueOnFail = false) {
		return runTrackstar(sandbox, {
			continueOnFail,
			timezone: 'America/New_York',
			parameters: { resource: 'connection', ...parameters },
		});
	}

	const start = (options: IDataObject = {}) =>
		connection({
			operation: 'startOnDemandSync',
			syncFunction: 'get_orders',
			syncStart: '2025-12-01T00:00:00',
			syncEnd: '2026-01-01T00:00:00',
			syncOptions: options,
		});

	it("starts a backfill over a window, in the workflow's timezone, and answers the open job", async () => {
		const { items, error } = await start();
		expect(error).toBeUndefined();
		expect(syncRequests(sandbox)).toMatchObject([
			{
				method: 'POST',
				body: {
					function_name: 'get_orders',
					start_time: '2025-12-01T05:00:00Z',
					end_time: '2026-01-01T05:00:00Z',
				},
			},
		]);
		expect(items[0].json).toMatchObject({
			function_name: 'get_orders',
			status: 'open',
			connection_id: expect.any(String),
		});
	});

	it('gets and cancels a job; a job no longer open cannot be cancelled, and Trackstar says why', async () => {
		const { items } = await start();
		const id = items[0].json.id as string;
		const got = await connection({ operation: 'getOnDemandSync', syncJobId: id });
		expect(got.items[0].json).toMatchObject({ id, status: 'open' });

		const cancelled = await connection({ operation: 'cancelOnDemandSync', syncJobId: id });
		expect(cancelled.items[0].json).toMatchObject({ id, status: 'cancelled' });

		const again = await connection({ operation: 'cancelOnDemandSync', syncJobId: id });
		expectItemError(
			again.error,
			'Trackstar answered 400: Only open sync jobs can be cancelled; this one is cancelled',
			0,
		);
	});

	it('waits until the job finishes when asked, reading it at the interval chosen', async () => {
		const { items, error } = await start({ waitForCompletion: true, pollSeconds: 5 });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ status: 'completed' });
		const reads = syncRequests(sandbox).filter((request) => request.method === 'GET');
		expect(reads.length).toBeGreaterThanOrEqual(1);
		expect(reads.length).toBeLessThanOrEqual(2);
	}, 30_000);

	it('refuses a window that ends before it starts, before any request', async () => {
		const { error } = await connection({
			operation: 'startOnDemandSync',
			syncFunction: 'get_orders',
			syncStart: '2026-01-01T00:00:00',
			syncEnd: '2025-12-01T00:00:00',
		});
		expectItemError(
			error,
			'Invalid To: 2025-12-01T05:00:00Z is not after From (2026-01-01T05:00:00Z)',
			0,
		);
		expect(syncRequests(sandbox)).toEqual([]);
	});

	it("passes on Trackstar's refusal for a WMS without on-demand syncs", async () => {
		sandbox.connectTo('logiwa');
		const { error } = await start();
		expectItemError(
			error,
			'Trackstar answered 400: On-demand sync is not enabled for logiwa get_orders',
			0,
		);
	});
});
