import type { Sandbox } from '../../sandbox';
import type { Connection } from '../../sandbox/connections';
import { SANDBOX_CONNECTION_ID } from '../../sandbox/connections';
import { expectValidAgainst } from '../support/openapi';
import type { ErrorAnswer, ListAnswer } from './helpers';
import { NOW, call, get, startTestSandbox } from './helpers';

describe('sandbox: connections', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => NOW });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it("lists the organization's connections in the OpenAPI shape with the API key alone", async () => {
		const answer = await get<ListAnswer<Connection>>(sandbox, '/connections', {
			'x-trackstar-access-token': '',
		});
		expect(answer.status).toBe(200);
		expectValidAgainst('GetConnectionsResponse', answer.body);
		expect(answer.body.data).toHaveLength(3);
		expect((await get(sandbox, '/connections', { 'x-trackstar-api-key': 'wrong' })).status).toBe(
			401,
		);
	});

	it("narrows the list to an access token's connection, which has a failing returns sync", async () => {
		const answer = await get<ListAnswer<Connection>>(
			sandbox,
			`/connections?access_token=${sandbox.accessToken}`,
		);
		expect(answer.body.data).toHaveLength(1);
		const [connection] = answer.body.data;
		expect(connection.connection_id).toBe(SANDBOX_CONNECTION_ID);
		const returns = connection.sync_schedules.find((s) => s.function_name === 'get_returns');
		expect(returns).toMatchObject({
			sync_status: 'error',
			last_crawl_end: '2025-06-14T10:00:00Z',
			last_crawl_start: '2025-06-15T11:51:00Z',
		});
		expect(connection.errors[0]).toMatchObject({
			error_message: expect.stringContaining('returns'),
			last_seen: '2025-06-15T11:51:00Z',
		});
		expect(
			(await get<ListAnswer<Connection>>(sandbox, '/connections?access_token=other')).body.data,
		).toEqual([]);
	});

	it('gets one connection by ID, and 404s an unknown one', async () => {
		const answer = await get(sandbox, `/connections/${SANDBOX_CONNECTION_ID}`);
		expectValidAgainst('GetConnectionsResponse', answer.body);
		expect((await get(sandbox, '/connections/nope')).status).toBe(404);
	});

	it("syncs the access token's connection: the functions named, or all", async () => {
		const answer = await call(sandbox, 'POST', '/connections/sync', {
			body: { functions_to_sync: ['get_orders'] },
		});
		expectValidAgainst('SyncConnectionResponseSchema', answer.body);
		const [connection] = (
			await get<ListAnswer<Connection>>(sandbox, `/connections/${SANDBOX_CONNECTION_ID}`)
		).body.data;
		const orders = connection.sync_schedules.find(
			(s: { function_name: string }) => s.function_name === 'get_orders',
		);
		expect(orders).toMatchObject({
			sync_status: 'sync_in_progress',
			in_progress: true,
			last_crawl_start: '2025-06-15T12:00:00Z',
		});
		const bad = await call(sandbox, 'POST', '/connections/sync', {
			body: { functions_to_sync: ['get_everything'] },
		});
		expect(bad.status).toBe(422);
		expect(
			(
				await call(sandbox, 'POST', '/connections/sync', {
					headers: { 'x-trackstar-access-token': 'x' },
				})
			).status,
		).toBe(401);
	});

	it("updates the access token's connection, and refuses unknown fields", async () => {
		const answer = await call(sandbox, 'PATCH', '/connections', {
			body: { customer_id: 'c-9', webhooks_disabled: true },
		});
		expectValidAgainst('UpdateResponseSchema', answer.body);
		const [connection] = (
			await get<ListAnswer<Connection>>(sandbox, `/connections/${SANDBOX_CONNECTION_ID}`)
		).body.data;
		expect(connection).toMatchObject({ customer_id: 'c-9', webhooks_disabled: true });
		expect((await call(sandbox, 'PATCH', '/connections', { body: { name: 'x' } })).status).toBe(
			422,
		);
	});

	it("answers an update of nothing with the token's connection ID, changing nothing, and names the header it refuses", async () => {
		const before = (
			await get<ListAnswer<Connection>>(sandbox, `/connections/${SANDBOX_CONNECTION_ID}`)
		).body.data[0];
		const answer = await call(sandbox, 'PATCH', '/connections', { body: {} });
		expectValidAgainst('UpdateResponseSchema', answer.body);
		expect(answer.body).toEqual({
			id: SANDBOX_CONNECTION_ID,
			object: 'connection',
			updated: false,
		});
		expect(
			(await get<ListAnswer<Connection>>(sandbox, `/connections/${SANDBOX_CONNECTION_ID}`)).body
				.data[0],
		).toEqual(before);
		const refused = async (headers: Record<string, string>) =>
			(await call<ErrorAnswer>(sandbox, 'PATCH', '/connections', { body: {}, headers })).body.error;
		expect(await refused({ 'x-trackstar-api-key': 'wrong' })).toBe(
			'Invalid x-trackstar-api-key header',
		);
		expect(await refused({ 'x-trackstar-access-token': 'wrong' })).toBe(
			'Invalid x-trackstar-access-token header',
		);
	});

	it("toggles one schedule of the token's connection between enabled and disabled, answering it as a SyncSchedule", async () => {
		const schedule = async () =>
			(
				await get<ListAnswer<Connection>>(
					sandbox,
					`/connections?access_token=${sandbox.accessToken}`,
				)
			).body.data[0].sync_schedules.find((s) => s.function_name === 'get_orders');
		expect((await schedule())?.sync_status).toBe('enabled');

		const off = await call(sandbox, 'PATCH', '/schedules/get_orders/toggle');
		expect(off.status).toBe(200);
		expectValidAgainst('SyncSchedule', off.body);
		expect(off.body).toMatchObject({ function_name: 'get_orders', sync_status: 'disabled' });
		expect((await schedule())?.sync_status).toBe('disabled');

		const on = await call(sandbox, 'PATCH', '/schedules/get_orders/toggle');
		expect(on.body).toMatchObject({ sync_status: 'enabled' });
		expect((await call(sandbox, 'PATCH', '/schedules/get_bills/toggle')).status).toBe(404);
	});
});
