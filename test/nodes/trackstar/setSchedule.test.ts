import type { IDataObject } from 'n8n-workflow';

import { TrackstarApi } from '../../../credentials/TrackstarApi.credentials';
import { Trackstar } from '../../../nodes/Trackstar/Trackstar.node';
import type { Sandbox } from '../../../sandbox';
import { SANDBOX_CONNECTION_ID } from '../../../sandbox/connections';
import { expectItemError, runLoadOptions } from '../../harness';
import { FAST_RETRIES } from '../../support/faultChecks';
import { startTestSandbox, trackstarCredentials } from '../../support/trackstar';
import { runTrackstar } from '../../support/trackstarNode';

type Described = Error & { description?: string };

const sent = (sandbox: Sandbox) =>
	sandbox.requests.map((request) => `${request.method} ${request.path} ${request.status}`);
const READ = 'GET /connections 200';
const TOGGLE = 'PATCH /schedules/get_orders/toggle';

describe('Trackstar: Connection → Set Schedule, a toggle sent only when it changes something, and once', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const setSchedule = (syncSchedule: string, scheduleState: string, extra: IDataObject = {}) =>
		runTrackstar(sandbox, {
			parameters: {
				resource: 'connection',
				operation: 'setSchedule',
				syncSchedule,
				scheduleState,
				requestOptions: FAST_RETRIES,
				...extra,
			},
		});
	const statusOf = async (functionName: string) => {
		const { items } = await runTrackstar(sandbox, {
			parameters: { resource: 'connection', operation: 'get' },
		});
		const schedules = items[0].json.sync_schedules as Array<{
			function_name: string;
			sync_status: string;
		}>;
		return schedules.find((schedule) => schedule.function_name === functionName)?.sync_status;
	};

	it('disables an enabled schedule with one toggle, after reading it, and says what changed', async () => {
		const { items, error } = await setSchedule('get_orders', 'disabled');
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			connection_id: SANDBOX_CONNECTION_ID,
			integration_name: 'sandbox',
			function_name: 'get_orders',
			sync_status: 'disabled',
			previous_sync_status: 'enabled',
			changed: true,
		});
		expect(sent(sandbox)).toEqual([READ, `${TOGGLE} 200`]);
		const [, toggle] = sandbox.requests;
		// Sent twice a toggle flips back: no Idempotency-Key to make a retry look safe.
		expect(toggle.headers).not.toHaveProperty('idempotency-key');
		expect(toggle.headers['x-trackstar-access-token']).toBe(sandbox.accessToken);
		expect(await statusOf('get_orders')).toBe('disabled');
	});

	it('sends nothing when the schedule is already in the state asked for', async () => {
		const { items } = await setSchedule('get_orders', 'enabled');
		expect(items[0].json).toMatchObject({
			function_name: 'get_orders',
			sync_status: 'enabled',
			previous_sync_status: 'enabled',
			changed: false,
		});
		expect(sent(sandbox)).toEqual([READ]);
	});

	it('enables a disabled schedule again', async () => {
		await setSchedule('get_inventory', 'disabled');
		const { items } = await setSchedule('get_inventory', 'enabled');
		expect(items[0].json).toMatchObject({ sync_status: 'enabled', changed: true });
		expect(await statusOf('get_inventory')).toBe('enabled');
	});

	it('refuses a status that does not say whether the schedule is enabled, before any toggle', async () => {
		const { error } = await setSchedule('get_returns', 'disabled');
		expectItemError(
			error,
			'The Returns schedule\'s status is "error", which does not say whether it is enabled',
			0,
		);
		expect((error as Described).description).toContain('so nothing was sent');
		expect(sent(sandbox)).toEqual([READ]);
	});

	it('refuses a schedule the connection does not have, naming the ones it has', async () => {
		const { items } = await runTrackstar(sandbox, {
			continueOnFail: true,
			parameters: {
				resource: 'connection',
				operation: 'setSchedule',
				syncSchedule: 'get_bills',
				scheduleState: 'disabled',
			},
		});
		expect(items[0]).toMatchObject({
			json: {
				function_name: 'get_bills',
				error: "The credential's connection has no get_bills schedule",
				description:
					'Its sync schedules: get_orders, get_inventory, get_products, get_returns, get_warehouses, get_shipping_methods. Nothing was changed.',
			},
			pairedItem: { item: 0 },
		});
		expect(sent(sandbox)).toEqual([READ]);
	});

	it('never sends the toggle again after a lost answer: reading the schedule back shows it took', async () => {
		sandbox.inject({ method: 'PATCH', fault: { kind: 'drop', when: 'after' } });
		const { items, error } = await setSchedule('get_orders', 'disabled');
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			sync_status: 'disabled',
			previous_sync_status: 'enabled',
			changed: true,
		});
		expect(sent(sandbox)).toEqual([READ, `${TOGGLE} 0`, READ]);
	});

	it('says a toggle whose answer was lost most likely did not take when the schedule reads unchanged', async () => {
		sandbox.inject({ method: 'PATCH', fault: { kind: 'drop' } });
		const { error } = await setSchedule('get_orders', 'disabled');
		expect(error?.message).toMatch(/^Could not reach Trackstar/);
		expect((error as Described).description).toContain(
			'Read back, the Orders schedule is still enabled: most likely the toggle did not take. A toggle Trackstar was still handling could yet take, and a second one would turn it back: look with Connection → Get before running this item again.',
		);
		expect(sent(sandbox)).toEqual([READ, `${TOGGLE} 0`, READ]);
		expect(await statusOf('get_orders')).toBe('enabled');
	});

	it('reads a toggle answered 502 back, and succeeds when it took', async () => {
		sandbox.inject({ method: 'PATCH', fault: { kind: 'status', status: 502, when: 'after' } });
		const { items, error } = await setSchedule('get_orders', 'disabled');
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ sync_status: 'disabled', changed: true });
		expect(sent(sandbox)).toEqual([READ, `${TOGGLE} 502`, READ]);
	});

	it("lists the connection's schedules with their status in its Schedule list", async () => {
		const options = await runLoadOptions({
			node: new Trackstar(),
			credentialTypes: [new TrackstarApi()],
			credentials: { trackstarApi: trackstarCredentials(sandbox) },
			parameters: { resource: 'connection', operation: 'setSchedule' },
			method: 'connectionSchedules',
			parameterPath: 'syncSchedule',
		});
		expect(options.slice(0, 2)).toEqual([
			{ name: 'Orders', value: 'get_orders', description: 'get_orders: enabled, every hour' },
			{
				name: 'Inventory',
				value: 'get_inventory',
				description: 'get_inventory: enabled, every hour',
			},
		]);
		expect(options.find((option) => option.value === 'get_returns')?.description).toBe(
			'get_returns: error, every hour',
		);
	});
});
