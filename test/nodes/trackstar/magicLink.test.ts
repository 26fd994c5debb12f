import type { IDataObject } from 'n8n-workflow';

import { TrackstarApi } from '../../../credentials/TrackstarApi.credentials';
import { Trackstar } from '../../../nodes/Trackstar/Trackstar.node';
import type { Sandbox } from '../../../sandbox';
import { expectItemError, runLoadOptions } from '../../harness';
import { FAST_RETRIES } from '../../support/faultChecks';
import { expectValidAgainst } from '../../support/openapi';
import { startTestSandbox, trackstarCredentials } from '../../support/trackstar';
import { runTrackstar } from '../../support/trackstarNode';

type Described = Error & { description?: string };

const NOW = new Date('2026-11-20T12:00:00Z');

const linkRequests = (sandbox: Sandbox) =>
	sandbox.requests.filter((request) => request.path.startsWith('/magic-links'));
const calls = (sandbox: Sandbox) =>
	linkRequests(sandbox).map((request) => `${request.method} ${request.path} ${request.status}`);

/** Magic links need only the API key: every test here runs with a credential that has no token. */
const apiKeyOnly = (sandbox: Sandbox) => trackstarCredentials(sandbox, { accessToken: '' });

const create = (parameters: IDataObject) => ({
	resource: 'magicLink',
	operation: 'create',
	integrationType: 'wms',
	linkDuration: 3,
	customerId: 'acme-apparel',
	...parameters,
	requestOptions: FAST_RETRIES,
});

describe('Trackstar: Magic Link, with the API key alone', () => {
	let sandbox: Sandbox;
	let now = NOW;

	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => now });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		now = NOW;
		sandbox.reset();
	});

	const run = (parameters: IDataObject, extra: { continueOnFail?: boolean } = {}) =>
		runTrackstar(sandbox, { parameters, credentials: apiKeyOnly(sandbox), ...extra });
	const links = async () =>
		(await run({ resource: 'magicLink', operation: 'getAll', returnAll: true })).items.map(
			(item) => item.json,
		);

	it("creates a link and outputs Trackstar's answer unchanged: its ID, expiry and settings, no URL", async () => {
		const { items, error } = await run(
			create({
				additionalFields: {
					integrationAllowList: ['shiphero', 'logiwa'],
					connectionId: '07b344db-0304-4866-9ae1-ac8af5292a28',
				},
			}),
		);
		expect(error).toBeUndefined();
		expectValidAgainst('MagicLinkResponseSchema', items[0].json);
		expect(items[0].json).toEqual({
			magic_link: {
				id: expect.stringMatching(/^[0-9a-f]{32}$/),
				expires_at: '2026-11-23T12:00:00Z',
				integration_type: 'wms',
				integration_allow_list: ['shiphero', 'logiwa'],
				integration_block_list: [],
				integrations_with_endpoints: [],
				customer_id: 'acme-apparel',
			},
		});
		const [request] = linkRequests(sandbox);
		expectValidAgainst('MagicLinkInputSchema', request.body);
		expect(request).toMatchObject({
			method: 'POST',
			body: {
				integration_type: 'wms',
				link_duration: 3,
				customer_id: 'acme-apparel',
				connection_id: '07b344db-0304-4866-9ae1-ac8af5292a28',
				integration_allow_list: ['shiphero', 'logiwa'],
			},
		});
		// The key alone: no empty token header, and no Idempotency-Key Trackstar documents none for.
		expect(request.headers['x-trackstar-api-key']).toBe(sandbox.apiKey);
		expect(request.headers).not.toHaveProperty('x-trackstar-access-token');
		expect(request.headers).not.toHaveProperty('idempotency-key');
	});

	it('passes on a field Trackstar adds beyond its documented answer, such as a URL', async () => {
		const answer = {
			magic_link: { id: 'abc', expires_at: '2026-11-23T12:00:00Z' },
			url: 'https://link.trackstarhq.com/m/abc',
		};
		sandbox.inject({ method: 'POST', path: '/magic-links', fault: { kind: 'body', body: answer } });
		const { items } = await run(create({}));
		expect(items[0].json).toEqual(answer);
	});

	it.each([
		[
			'an allow list and a block list',
			{ integrationAllowList: ['shiphero'], integrationBlockList: ['logiwa'] },
			'Integration Allow List and Integration Block List',
		],
		[
			'an allow list and actions',
			{ integrationAllowList: ['shiphero'], integrationsWithEndpoints: ['get_returns'] },
			'Integration Allow List and Only Integrations With Actions',
		],
	])(
		'refuses %s, which Trackstar takes only one of, before any request',
		async (_case, fields, named) => {
			const { error } = await run(create({ additionalFields: fields }));
			expectItemError(
				error,
				`Invalid ${named}: both are set, and Trackstar takes only one of them`,
				0,
			);
			expect(linkRequests(sandbox)).toEqual([]);
		},
	);

	it('sends a block list with actions, which go together', async () => {
		const { error } = await run(
			create({
				additionalFields: {
					integrationBlockList: 'logiwa',
					integrationsWithEndpoints: ['get_returns'],
				},
			}),
		);
		expect(error).toBeUndefined();
		expect(linkRequests(sandbox)[0].body).toMatchObject({
			integration_block_list: ['logiwa'],
			integrations_with_endpoints: ['get_returns'],
		});
	});

	it('refuses an Idempotency Key under Request Options before any request: this write is never replayed', async () => {
		const { error } = await run({
			...create({}),
			requestOptions: { ...FAST_RETRIES, idempotencyKey: 'link-1' },
		});
		expectItemError(
			error,
			'Invalid Request Options: Idempotency Key: POST /magic-links is sent without one',
			0,
		);
		expect(linkRequests(sandbox)).toEqual([]);
	});

	it('never sends a Create again after a lost answer, and says which link Trackstar now lists', async () => {
		sandbox.inject({
			method: 'POST',
			path: '/magic-links',
			fault: { kind: 'drop', when: 'after' },
		});
		const { error } = await run(create({}), { continueOnFail: false });
		expect(error?.message).toMatch(/^Could not reach Trackstar/);
		const created = (await links()).filter((link) => link.customer_id === 'acme-apparel');
		expect(created).toHaveLength(1);
		const description = (error as Described).description ?? '';
		expect(description).toContain(
			`Trackstar lists 1 magic link with this item's settings and the expiry a link created by this request gets: ${String(created[0].id)} (expires 2026-11-23T12:00:00Z). Most likely this request created it: read it with Magic Link → Get instead of running this item again, which would create another.`,
		);
		expect(description).not.toMatch(/try again/i);
		// One POST, then the read-back (then the test's own Get Many).
		expect(calls(sandbox).slice(0, 2)).toEqual(['POST /magic-links 0', 'GET /magic-links 200']);
	});

	it('says a Create whose connection dropped before Trackstar handled it most likely made no link', async () => {
		sandbox.inject({ method: 'POST', path: '/magic-links', fault: { kind: 'drop' } });
		const { error } = await run(create({}));
		expect((error as Described).description).toContain(
			"Trackstar lists no magic link with this item's settings expiring 3 days after the request was sent, so most likely it created none. A request Trackstar was still handling could yet create one: look with Magic Link → Get Many before running this item again.",
		);
		expect(calls(sandbox)).toEqual(['POST /magic-links 0', 'GET /magic-links 200']);
	});

	it('does not repeat a Create answered 502 after it was applied, and names the link Trackstar made', async () => {
		sandbox.inject({
			method: 'POST',
			path: '/magic-links',
			fault: { kind: 'status', status: 502, when: 'after' },
		});
		const { error } = await run(create({}));
		expectItemError(error, 'Trackstar answered 502: Injected fault: 502', 0);
		const description = (error as Described).description ?? '';
		expect(description).toContain(
			'Trackstar failed while handling this write, and it may have been applied all the same. Look for a new magic link for customer "acme-apparel" (Magic Link → Get Many) in Trackstar before running this item again.',
		);
		expect(description).toContain('Trackstar lists 1 magic link with this item');
		expect(calls(sandbox)).toEqual(['POST /magic-links 502', 'GET /magic-links 200']);
	});

	it('gets a link by ID, as Trackstar answers it; an unknown ID is an error item naming it', async () => {
		const { items } = await run({
			resource: 'magicLink',
			operation: 'get',
			magicLinkId: 'c0a4fef52f664ecf9e766c16811c3289',
		});
		expectValidAgainst('MagicLinkResponseSchema', items[0].json);
		expect(items[0].json).toMatchObject({ magic_link: { customer_id: 'northwind-goods' } });

		const missing = await run(
			{ resource: 'magicLink', operation: 'get', magicLinkId: 'nope' },
			{ continueOnFail: true },
		);
		expect(missing.items[0]).toMatchObject({
			json: { id: 'nope', error: 'Trackstar answered 404: Magic link not found' },
			pairedItem: { item: 0 },
		});
		expect(missing.items[0].json.description).toContain(
			'Trackstar has no such record in your organization. Check the ID.',
		);
	});

	it("lists the organization's links, one item each, up to the Limit", async () => {
		expect((await links()).map((link) => link.integration_type)).toEqual(['wms', 'cart']);
		const { items } = await run({ resource: 'magicLink', operation: 'getAll', limit: 1 });
		expect(items).toHaveLength(1);
		expect(calls(sandbox)).toEqual(['GET /magic-links 200', 'GET /magic-links 200']);
	});

	it('deletes a link once it has read it; a wrong ID deletes nothing', async () => {
		const id = 'c0a4fef52f664ecf9e766c16811c3289';
		const { items } = await run({ resource: 'magicLink', operation: 'delete', magicLinkId: id });
		expectValidAgainst('DeleteMagic_LinkResponse', items[0].json);
		expect(items[0].json).toEqual({ id, object: 'magic_link', deleted: true });
		expect(calls(sandbox)).toEqual([`GET /magic-links/${id} 200`, `DELETE /magic-links/${id} 200`]);

		sandbox.reset();
		const wrong = await run({ resource: 'magicLink', operation: 'delete', magicLinkId: 'nope' });
		expectItemError(wrong.error, 'Trackstar answered 404: Magic link not found', 0);
		expect(calls(sandbox)).toEqual(['GET /magic-links/nope 404']);
	});

	it('reports a link deleted when the answer was lost and the retry finds it gone, which the first read had found', async () => {
		const id = 'c0a4fef52f664ecf9e766c16811c3289';
		sandbox.inject({ method: 'DELETE', fault: { kind: 'drop', when: 'after' } });
		const { items, error, hints } = await run({
			resource: 'magicLink',
			operation: 'delete',
			magicLinkId: id,
			requestOptions: FAST_RETRIES,
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ id, object: 'magic_link', deleted: true });
		expect(hints).toEqual([
			expect.objectContaining({
				message: `Item 0: the answer to deleting magic link ${id} was lost; Trackstar then had no such link, which it had just before: it is deleted.`,
			}),
		]);
		expect(calls(sandbox)).toEqual([
			`GET /magic-links/${id} 200`,
			`DELETE /magic-links/${id} 0`,
			`DELETE /magic-links/${id} 404`,
			`GET /magic-links/${id} 404`,
		]);
	});

	describe('the integration lists of Create, from the catalog of the type chosen', () => {
		const load = (method: string, integrationType = 'wms') =>
			runLoadOptions({
				node: new Trackstar(),
				credentialTypes: [new TrackstarApi()],
				credentials: { trackstarApi: apiKeyOnly(sandbox) },
				parameters: { resource: 'magicLink', operation: 'create', integrationType },
				method,
				parameterPath: 'additionalFields.integrationAllowList',
			});
		const catalogReads = () =>
			sandbox.requests.filter((request) => request.path.startsWith('/integrations'));

		it('lists the integrations by name, and the actions they support, from one catalog read', async () => {
			const names = await load('magicLinkIntegrationNames');
			expect(names.map((option) => option.value)).toEqual([
				'extensiv-3pl-central',
				'logiwa',
				'ongoing',
				'shiphero',
				'sandbox',
			]);
			expect(names[0]).toEqual({
				name: 'Extensiv (3PL Central)',
				value: 'extensiv-3pl-central',
				description: 'extensiv-3pl-central',
			});
			const actions = await load('magicLinkIntegrationActions');
			expect(actions.map((option) => option.value)).toContain('create_order');
			expect(actions.find((option) => option.value === 'get_orders')?.description).toBe(
				'Supported by 5 of 5 WMS integrations',
			);
			// Trackstar answers the catalog about once a minute: the second list reads none.
			expect(catalogReads().map((request) => request.path)).toEqual(['/integrations/wms']);
		});

		it('lists nothing for a type the sandbox has no integrations of', async () => {
			expect(await load('magicLinkIntegrationNames', 'cart')).toEqual([]);
		});
	});
});
