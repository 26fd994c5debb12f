import type { Sandbox } from '../../../sandbox';
import { CARRIER_CONNECTION_ID, SANDBOX_CONNECTION_ID } from '../../../sandbox/connections';
import { expectValidAgainst } from '../../support/openapi';
import {
	carrierCredentials,
	startTestSandbox,
	trackstarCredentials,
} from '../../support/trackstar';
import { runTrackstar } from '../../support/trackstarNode';

const connectionRequests = (sandbox: Sandbox) =>
	sandbox.requests.filter((request) => request.path.startsWith('/connections'));

describe('Trackstar: Connection', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it("gets the credential's own connection, with its failing sync and its error", async () => {
		const { items, error } = await runTrackstar(sandbox, {
			parameters: { resource: 'connection', operation: 'get' },
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expectValidAgainst('Connection', items[0].json);
		const connection = items[0].json as {
			connection_id: string;
			sync_schedules: Array<{ function_name: string; sync_status: string; last_crawl_end: string }>;
			errors: Array<{ error_message: string; last_seen: string }>;
		};
		expect(connection.connection_id).toBe(SANDBOX_CONNECTION_ID);
		expect(connection.sync_schedules.find((s) => s.function_name === 'get_returns')).toMatchObject({
			sync_status: 'error',
		});
		expect(connection.errors[0].error_message).toMatch(/returns/);
		const [request] = connectionRequests(sandbox);
		expect(request).toMatchObject({
			method: 'GET',
			path: '/connections',
			query: { access_token: sandbox.accessToken },
		});
	});

	it("gets the carrier credential's own connection: its token's, of type carrier", async () => {
		const { items, error } = await runTrackstar(sandbox, {
			parameters: { resource: 'connection', operation: 'get' },
			credentials: carrierCredentials(sandbox),
		});
		expect(error).toBeUndefined();
		expectValidAgainst('Connection', items[0].json);
		expect(items[0].json).toMatchObject({
			connection_id: CARRIER_CONNECTION_ID,
			integration_name: 'ups',
			integration_type: 'carrier',
		});
		expect(connectionRequests(sandbox)[0].query).toEqual({
			access_token: sandbox.carrierAccessToken,
		});
	});

	it('gets any connection of the organization by its ID', async () => {
		const { items, error } = await runTrackstar(sandbox, {
			parameters: {
				resource: 'connection',
				operation: 'get',
				connection: 'id',
				connectionId: '3f1c9a52-7d4e-4b8a-9e21-5a6b7c8d9e0f',
			},
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			connection_id: '3f1c9a52-7d4e-4b8a-9e21-5a6b7c8d9e0f',
			integration_name: 'shiphero',
			errors: [],
		});
		expect(connectionRequests(sandbox)[0]).toMatchObject({
			path: '/connections/3f1c9a52-7d4e-4b8a-9e21-5a6b7c8d9e0f',
		});
	});

	it('names the connection in an error item when it does not exist (Continue On Fail)', async () => {
		const { items } = await runTrackstar(sandbox, {
			continueOnFail: true,
			parameters: {
				resource: 'connection',
				operation: 'get',
				connection: 'id',
				connectionId: 'nope',
			},
		});
		expect(items[0]).toMatchObject({
			json: { connection_id: 'nope', error: expect.stringMatching(/404|not found/i) },
			pairedItem: { item: 0 },
		});
	});

	it.each([
		['a server error', { kind: 'status', status: 500 }, /500/],
		['a dropped connection', { kind: 'drop' }, /reset/],
	] as const)(
		"never shows the access token, which the credential's connection sends in the query, after %s",
		async (_name, fault, expected) => {
			sandbox.inject({ path: '/connections', times: Infinity, fault });
			const run = await runTrackstar(sandbox, {
				parameters: {
					resource: 'connection',
					operation: 'get',
					requestOptions: { maxRetries: 1, retryDelay: 1 },
				},
			});
			expect(run.error?.message).toMatch(expected);
			const everything = JSON.stringify(run, (_key, value: unknown) =>
				value instanceof Error
					? { ...value, message: value.message, stack: value.stack, cause: value.cause }
					: value,
			);
			expect(everything).not.toContain(sandbox.accessToken);
		},
	);

	it("refuses to guess when Trackstar does not narrow the list to the token's connection", async () => {
		sandbox.inject({
			path: '/connections',
			fault: {
				kind: 'body',
				body: {
					data: [{ connection_id: 'a' }, { connection_id: 'b' }],
					next_token: null,
					total_count: 2,
				},
			},
		});
		const { error } = await runTrackstar(sandbox, {
			parameters: { resource: 'connection', operation: 'get' },
		});
		expect(error?.message).toMatch(/answered with 2 connections/);
	});

	it("lists the organization's connections with the API key alone", async () => {
		const { items, error } = await runTrackstar(sandbox, {
			parameters: { resource: 'connection', operation: 'getAll', returnAll: true },
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.integration_name)).toEqual([
			'sandbox',
			'shiphero',
			'extensiv-3pl-central',
			'flexport',
			'ups',
		]);
		for (const item of items) expectValidAgainst('Connection', item.json);
		const [request] = connectionRequests(sandbox);
		expect(request.query).toEqual({});
	});

	it('Get Many stops at the limit', async () => {
		const { items } = await runTrackstar(sandbox, {
			parameters: { resource: 'connection', operation: 'getAll', limit: 2 },
		});
		expect(items).toHaveLength(2);
	});

	it("syncs the credential's connection, all of it or the data chosen", async () => {
		const chosen = await runTrackstar(sandbox, {
			parameters: {
				resource: 'connection',
				operation: 'sync',
				functionsToSync: ['get_orders', 'get_inventory'],
			},
		});
		expect(chosen.error).toBeUndefined();
		expectValidAgainst('SyncConnectionResponseSchema', chosen.items[0].json);
		expect(chosen.items[0].json).toEqual({
			id: SANDBOX_CONNECTION_ID,
			syncing: true,
			functions_to_sync: ['get_orders', 'get_inventory'],
		});
		const all = await runTrackstar(sandbox, {
			parameters: { resource: 'connection', operation: 'sync' },
		});
		expect(all.items[0].json).toMatchObject({ functions_to_sync: [] });
		const [first, second] = connectionRequests(sandbox);
		expectValidAgainst('ConnectionResourceSyncSchema', first.body);
		expect(first).toMatchObject({
			method: 'POST',
			path: '/connections/sync',
			body: { functions_to_sync: ['get_orders', 'get_inventory'] },
		});
		// Everything: no functions named (n8n sends an empty body as none at all).
		expect(second.body ?? {}).toEqual({});
		const { items } = await runTrackstar(sandbox, {
			parameters: { resource: 'connection', operation: 'get' },
		});
		const statuses = (items[0].json.sync_schedules as Array<{ sync_status: string }>).map(
			(s) => s.sync_status,
		);
		expect(statuses.every((status) => status === 'sync_in_progress')).toBe(true);
	});

	it("updates the credential's connection, and refuses an update with no field before any request", async () => {
		const { items, error } = await runTrackstar(sandbox, {
			parameters: {
				resource: 'connection',
				operation: 'update',
				updateFields: { customerId: 'acme-2', webhooksDisabled: true },
			},
		});
		expect(error).toBeUndefined();
		expectValidAgainst('UpdateResponseSchema', items[0].json);
		const [request] = connectionRequests(sandbox);
		expectValidAgainst('UpdateConnectionSchema', request.body);
		expect(request).toMatchObject({
			method: 'PATCH',
			path: '/connections',
			body: { customer_id: 'acme-2', webhooks_disabled: true },
		});
		const read = await runTrackstar(sandbox, {
			parameters: { resource: 'connection', operation: 'get' },
		});
		expect(read.items[0].json).toMatchObject({ customer_id: 'acme-2', webhooks_disabled: true });

		sandbox.reset();
		const empty = await runTrackstar(sandbox, {
			parameters: { resource: 'connection', operation: 'update' },
		});
		expect(empty.error?.message).toMatch(/No field to update/);
		expect(connectionRequests(sandbox)).toHaveLength(0);
	});

	it('a wrong access token is refused by sync, and names no secret', async () => {
		const { error } = await runTrackstar(sandbox, {
			credentials: trackstarCredentials(sandbox, { accessToken: 'wrong-token-value' }),
			parameters: { resource: 'connection', operation: 'sync' },
		});
		expect(error?.message).toMatch(/401/);
		expect(JSON.stringify(error)).not.toContain('wrong-token-value');
	});
});
