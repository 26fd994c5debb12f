import type { IDataObject } from 'n8n-workflow';

import { TrackstarApi } from '../../credentials/TrackstarApi.credentials';
import { Trackstar } from '../../nodes/Trackstar/Trackstar.node';
import { TrackstarOrders } from '../../nodes/TrackstarOrders/TrackstarOrders.node';
import { TrackstarOrdersTrigger } from '../../nodes/TrackstarOrdersTrigger/TrackstarOrdersTrigger.node';
import type { Sandbox } from '../../sandbox';
import { SANDBOX_CONNECTION_ID } from '../../sandbox/connections';
import { expectItemError, runListSearch, testCredential } from '../harness';
import { runManualPoll } from '../harness/poll';
import { byId, runOrders, startTestSandbox, trackstarCredentials } from '../support/trackstar';
import { runTrackstar, runTrackstarCart } from '../support/trackstarNode';

type Described = Error & { description?: string };

const CREDENTIAL = 'trackstarApi account';
const missing = (acts: 'reads' | 'acts on') =>
	`This operation ${acts} the connection of the credential's access token; the credential "${CREDENTIAL}" has none`;

describe('A Trackstar API credential with the API key alone', () => {
	let sandbox: Sandbox;
	const keyOnly = () => trackstarCredentials(sandbox, { accessToken: '' });
	const run = (
		parameters: IDataObject,
		extra: { continueOnFail?: boolean; input?: IDataObject[] } = {},
	) => runTrackstar(sandbox, { parameters, credentials: keyOnly(), ...extra });

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it('passes the Test, saying only the key was checked and what it serves', async () => {
		const result = await testCredential(new TrackstarApi(), keyOnly(), [new Trackstar()]);
		expect(result).toEqual({
			status: 'OK',
			message:
				"Trackstar accepted the API key. The credential has no access token, so only the key was checked: it serves Magic Link, Integration and the organization's connections (Connection → Get Many, Get by ID); operations on a connection's data need that connection's access token",
		});
		expect(sandbox.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /connections',
		]);
	});

	it('still fails the Test on a wrong key', async () => {
		const result = await testCredential(
			new TrackstarApi(),
			trackstarCredentials(sandbox, { accessToken: '', apiKey: 'wrong' }),
			[new Trackstar()],
		);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^Trackstar refused the API key/);
	});

	it.each([
		[
			'Integration → Get Many',
			{ resource: 'integration', operation: 'getAll', integrationType: 'wms' },
		],
		['Connection → Get Many', { resource: 'connection', operation: 'getAll' }],
		[
			'Connection → Get by ID',
			{
				resource: 'connection',
				operation: 'get',
				connection: 'id',
				connectionId: SANDBOX_CONNECTION_ID,
			},
		],
		['Magic Link → Get Many', { resource: 'magicLink', operation: 'getAll' }],
	])('runs %s, sending the API key and no access token header', async (_name, parameters) => {
		const { items, error } = await run(parameters);
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(0);
		expect(sandbox.requests).toHaveLength(1);
		expect(sandbox.requests[0].headers['x-trackstar-api-key']).toBe(sandbox.apiKey);
		expect(sandbox.requests[0].headers).not.toHaveProperty('x-trackstar-access-token');
	});

	it.each([
		[
			'Order → Get Many',
			{ resource: 'order', operation: 'getAll' },
			'reads',
			'GET /wms/orders',
			'a WMS connection',
		],
		[
			"Connection → Get (the credential's)",
			{ resource: 'connection', operation: 'get' },
			'reads',
			'GET /connections',
			'a connection',
		],
		[
			'Connection → Sync',
			{ resource: 'connection', operation: 'sync' },
			'acts on',
			'POST /connections/sync',
			'a connection',
		],
		[
			'Connection → Set Schedule',
			{
				resource: 'connection',
				operation: 'setSchedule',
				syncSchedule: 'get_orders',
				scheduleState: 'disabled',
			},
			'reads',
			'GET /connections',
			'a connection',
		],
		[
			'Passthrough',
			{ resource: 'passthrough', operation: 'passthrough', passthroughPath: '/products' },
			'acts on',
			'POST /wms/passthrough',
			'a WMS connection',
		],
	])(
		'refuses %s before any request, naming the credential and the connection it needs',
		async (_name, parameters, acts, request, connection) => {
			const { error } = await run(parameters);
			expectItemError(error, missing(acts as 'reads' | 'acts on'), 0);
			const description = (error as Described).description ?? '';
			expect(description).toContain(
				`${request} needs the access token of ${connection}, and nothing was sent.`,
			);
			expect(description).toContain('Magic Link and Integration operations need only the API key.');
			expect(sandbox.requests).toEqual([]);
		},
	);

	it('refuses a Trackstar Cart operation, which needs a store connection', async () => {
		const { error } = await runTrackstarCart(sandbox, {
			credentials: keyOnly(),
			parameters: { resource: 'order', operation: 'get', orderId: byId('1001') },
		});
		expectItemError(error, missing('reads'), 0);
		expect((error as Described).description).toContain(
			'needs the access token of a store connection',
		);
		expect(sandbox.requests).toEqual([]);
	});

	it('with Continue On Fail, gives one error item per input item, each paired', async () => {
		const { items } = await runOrders(sandbox, {
			credentials: keyOnly(),
			continueOnFail: true,
			input: [{}, {}],
			parameters: { operation: 'getAll' },
		});
		expect(items).toEqual([
			{ json: expect.objectContaining({ error: missing('reads') }), pairedItem: { item: 0 } },
			{ json: expect.objectContaining({ error: missing('reads') }), pairedItem: { item: 1 } },
		]);
		expect(sandbox.requests).toEqual([]);
	});

	it("refuses a picker that lists the connection's records, and a trigger's poll, before any request", async () => {
		const picker = runListSearch({
			node: new TrackstarOrders(),
			credentialTypes: [new TrackstarApi()],
			credentials: { trackstarApi: keyOnly() },
			parameters: { operation: 'update' },
			method: 'searchOrders',
			parameterPath: 'orderId',
		});
		await expect(picker).rejects.toThrow(missing('reads'));
		const poll = await runManualPoll({
			node: new TrackstarOrdersTrigger(),
			credentialTypes: [new TrackstarApi()],
			credentials: { trackstarApi: keyOnly() },
			parameters: { event: 'newOrder' },
		});
		expect(poll.error?.message).toBe(missing('reads'));
		expect(sandbox.requests).toEqual([]);
	});

	it('sends the access token again as soon as the credential has one', async () => {
		await runTrackstar(sandbox, { parameters: { resource: 'integration', operation: 'getAll' } });
		expect(sandbox.requests[0].headers['x-trackstar-access-token']).toBe(sandbox.accessToken);
	});
});
