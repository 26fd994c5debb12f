import type { Sandbox } from '../../sandbox';
import type { Connection } from '../../sandbox/connections';
import {
	CARRIER_CONNECTION_ID,
	FREIGHT_CONNECTION_ID,
	SANDBOX_CONNECTION_ID,
} from '../../sandbox/connections';
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
		// Three WMSs, then Acme Apparel's forwarder and carrier, each its own access token's.
		expect(answer.body.data.map((connection) => connection.integration_type)).toEqual([
			'wms',
			'wms',
			'wms',
			'freight',
			'carrier',
		]);
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

	describe('one connection per access token', () => {
		const as = (token: string) => ({ 'x-trackstar-access-token': token });
		const byId = async (id: string) =>
			(await get<ListAnswer<Connection>>(sandbox, `/connections/${id}`)).body.data[0];

		it.each([
			[
				'freight',
				() => sandbox.freightAccessToken,
				FREIGHT_CONNECTION_ID,
				'flexport',
				// The OpenAPI sync enum's one function of no WMS; the guide gives no freight frequency.
				{ function_name: 'get_shipments', sync_frequency: 3600 },
			],
			[
				'carrier',
				() => sandbox.carrierAccessToken,
				CARRIER_CONNECTION_ID,
				'ups',
				// Named by the on-demand syncs guide; daily, as the syncing guide says of invoice line items.
				{ function_name: 'get_invoice_line_items', sync_frequency: 86400 },
			],
		])(
			"narrows the list to the %s token's connection, of an integration the catalog serves",
			async (type, token, id, integration, schedule) => {
				const answer = await get<ListAnswer<Connection>>(
					sandbox,
					`/connections?access_token=${token()}`,
				);
				expectValidAgainst('GetConnectionsResponse', answer.body);
				expect(answer.body).toMatchObject({ next_token: null, total_count: 1 });
				const [connection] = answer.body.data;
				expect(connection).toMatchObject({
					connection_id: id,
					integration_type: type,
					integration_name: integration,
					customer_id: 'acme-apparel',
					errors: [],
					available_actions: [schedule.function_name],
					available_endpoints: [schedule.function_name],
					webhooks_disabled: false,
					latest_sync: '2025-06-15T11:55:00Z',
				});
				expect(connection.sync_schedules).toEqual([
					{
						...schedule,
						latest_sync: '2025-06-15T11:55:00Z',
						last_crawl_start: '2025-06-15T11:54:20Z',
						last_crawl_end: '2025-06-15T11:55:00Z',
						in_progress: false,
						sync_status: 'enabled',
					},
				]);
				expect(await byId(id)).toEqual(connection);
				const catalog = await get<{ data: Array<{ integration_name: string }> }>(
					sandbox,
					`/integrations/${type}`,
				);
				expect(catalog.body.data.map((entry) => entry.integration_name)).toEqual([integration]);
			},
		);

		it("updates the request token's connection only, and answers an update of nothing with its ID", async () => {
			const wmsBefore = await byId(SANDBOX_CONNECTION_ID);
			const nothing = await call(sandbox, 'PATCH', '/connections', {
				body: {},
				headers: as(sandbox.carrierAccessToken),
			});
			expectValidAgainst('UpdateResponseSchema', nothing.body);
			expect(nothing.body).toEqual({
				id: CARRIER_CONNECTION_ID,
				object: 'connection',
				updated: false,
			});
			const updated = await call(sandbox, 'PATCH', '/connections', {
				body: { customer_id: 'acme-freight', webhooks_disabled: true },
				headers: as(sandbox.freightAccessToken),
			});
			expect(updated.body).toEqual({
				id: FREIGHT_CONNECTION_ID,
				object: 'connection',
				updated: true,
			});
			expect(await byId(FREIGHT_CONNECTION_ID)).toMatchObject({
				customer_id: 'acme-freight',
				webhooks_disabled: true,
			});
			expect(await byId(CARRIER_CONNECTION_ID)).toMatchObject({
				customer_id: 'acme-apparel',
				webhooks_disabled: false,
			});
			expect(await byId(SANDBOX_CONNECTION_ID)).toEqual(wmsBefore);
		});

		it("syncs the request token's connection: the carrier's own function, or all of the forwarder's", async () => {
			const carrier = await call(sandbox, 'POST', '/connections/sync', {
				body: { functions_to_sync: ['get_invoice_line_items'] },
				headers: as(sandbox.carrierAccessToken),
			});
			expectValidAgainst('SyncConnectionResponseSchema', carrier.body);
			expect(carrier.body).toEqual({
				id: CARRIER_CONNECTION_ID,
				syncing: true,
				functions_to_sync: ['get_invoice_line_items'],
			});
			const freight = await call(sandbox, 'POST', '/connections/sync', {
				headers: as(sandbox.freightAccessToken),
			});
			expect(freight.body).toEqual({
				id: FREIGHT_CONNECTION_ID,
				syncing: true,
				functions_to_sync: [],
			});
			for (const id of [CARRIER_CONNECTION_ID, FREIGHT_CONNECTION_ID]) {
				expect((await byId(id)).sync_schedules[0]).toMatchObject({
					sync_status: 'sync_in_progress',
					in_progress: true,
					last_crawl_start: '2025-06-15T12:00:00Z',
				});
			}
			const wms = (await byId(SANDBOX_CONNECTION_ID)).sync_schedules;
			expect(wms.some((schedule) => schedule.in_progress)).toBe(false);
			// The OpenAPI enum lacks the Carrier API's function: only a carrier connection takes it.
			const wmsCarrierFunction = await call<ErrorAnswer>(sandbox, 'POST', '/connections/sync', {
				body: { functions_to_sync: ['get_invoice_line_items'] },
			});
			expect(wmsCarrierFunction.status).toBe(422);
		});

		it("toggles a schedule of the request token's connection, and 404s a function it has none of", async () => {
			const off = await call(sandbox, 'PATCH', '/schedules/get_invoice_line_items/toggle', {
				headers: as(sandbox.carrierAccessToken),
			});
			expect(off.status).toBe(200);
			expectValidAgainst('SyncSchedule', off.body);
			expect(off.body).toMatchObject({
				function_name: 'get_invoice_line_items',
				sync_status: 'disabled',
			});
			expect((await byId(CARRIER_CONNECTION_ID)).sync_schedules[0].sync_status).toBe('disabled');
			expect(
				(await call(sandbox, 'PATCH', '/schedules/get_invoice_line_items/toggle')).status,
			).toBe(404);
			expect(
				(
					await call(sandbox, 'PATCH', '/schedules/get_orders/toggle', {
						headers: as(sandbox.freightAccessToken),
					})
				).status,
			).toBe(404);
			const orders = (await byId(SANDBOX_CONNECTION_ID)).sync_schedules.find(
				(schedule) => schedule.function_name === 'get_orders',
			);
			expect(orders?.sync_status).toBe('enabled');
		});

		it('still refuses a token of no connection on every token route', async () => {
			const unknown = as('sandbox-cart-access-token');
			const answers = await Promise.all([
				call<ErrorAnswer>(sandbox, 'PATCH', '/connections', { body: {}, headers: unknown }),
				call<ErrorAnswer>(sandbox, 'POST', '/connections/sync', { headers: unknown }),
				call<ErrorAnswer>(sandbox, 'PATCH', '/schedules/get_orders/toggle', {
					headers: unknown,
				}),
			]);
			for (const answer of answers) {
				expect(answer.status).toBe(401);
				expect(answer.body.error).toBe('Invalid x-trackstar-access-token header');
			}
		});
	});
});
