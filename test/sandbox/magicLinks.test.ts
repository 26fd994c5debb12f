import type { Sandbox } from '../../sandbox';
import type { MagicLink } from '../../sandbox/magicLinks';
import { SANDBOX_CONNECTION_ID } from '../../sandbox/connections';
import { expectValidAgainst } from '../support/openapi';
import type { Answer, ErrorAnswer } from './helpers';
import { NOW, startTestSandbox } from './helpers';

/** A call with the API key alone: no x-trackstar-access-token header at all. */
async function keyOnly<T = unknown>(
	sandbox: Sandbox,
	method: string,
	path: string,
	body?: unknown,
	apiKey = sandbox.apiKey,
): Promise<Answer<T>> {
	const headers: Record<string, string> = { 'x-trackstar-api-key': apiKey };
	if (body !== undefined) headers['content-type'] = 'application/json';
	const response = await fetch(`${sandbox.url}${path}`, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

describe('sandbox: magic links, with the API key alone', () => {
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

	it('creates a link in the documented shape, expiring link_duration days later, with no URL', async () => {
		const body = {
			integration_type: 'wms',
			link_duration: 3,
			customer_id: 'acme-apparel',
			integration_allow_list: ['shiphero', 'logiwa'],
		};
		expectValidAgainst('MagicLinkInputSchema', body);
		const answer = await keyOnly<{ magic_link: MagicLink }>(sandbox, 'POST', '/magic-links', body);
		expect(answer.status).toBe(200);
		expectValidAgainst('MagicLinkResponseSchema', answer.body);
		expect(answer.body.magic_link).toEqual({
			id: expect.stringMatching(/^[0-9a-f]{32}$/),
			expires_at: '2025-06-18T12:00:00Z',
			integration_type: 'wms',
			integration_allow_list: ['shiphero', 'logiwa'],
			integration_block_list: [],
			integrations_with_endpoints: [],
			customer_id: 'acme-apparel',
		});
	});

	it("gives an empty body the schema's defaults: a WMS link for seven days, for no customer", async () => {
		const answer = await keyOnly<{ magic_link: MagicLink }>(sandbox, 'POST', '/magic-links', {});
		expect(answer.body.magic_link).toMatchObject({
			integration_type: 'wms',
			expires_at: '2025-06-22T12:00:00Z',
			customer_id: null,
			integration_allow_list: [],
		});
	});

	it('lists, gets and deletes links in the documented shapes; a deleted or unknown one is 404', async () => {
		const list = await keyOnly<{ magic_links: MagicLink[] }>(sandbox, 'GET', '/magic-links');
		expectValidAgainst('MagicLinksResponseSchema', list.body);
		expect(list.body.magic_links.map((link) => link.integration_type)).toEqual(['wms', 'cart']);
		const [first] = list.body.magic_links;

		const one = await keyOnly(sandbox, 'GET', `/magic-links/${first.id}`);
		expectValidAgainst('MagicLinkResponseSchema', one.body);
		expect(one.body).toEqual({ magic_link: first });

		const deleted = await keyOnly(sandbox, 'DELETE', `/magic-links/${first.id}`);
		expectValidAgainst('DeleteMagic_LinkResponse', deleted.body);
		expect(deleted.body).toEqual({ id: first.id, object: 'magic_link', deleted: true });

		for (const method of ['GET', 'DELETE']) {
			const gone = await keyOnly<ErrorAnswer>(sandbox, method, `/magic-links/${first.id}`);
			expect(gone.status).toBe(404);
			expectValidAgainst('HTTPError', gone.body);
		}
		const rest = await keyOnly<{ magic_links: MagicLink[] }>(sandbox, 'GET', '/magic-links');
		expect(rest.body.magic_links).toHaveLength(1);
	});

	it.each([
		['an unknown field', { url: 'https://x' }, 'url'],
		['a type the schema lacks', { integration_type: 'carrier' }, 'integration_type'],
		['a duration of no whole days', { link_duration: 1.5 }, 'link_duration'],
		[
			'an allow list with a block list',
			{ integration_allow_list: ['shiphero'], integration_block_list: ['logiwa'] },
			'integration_allow_list',
		],
		[
			'an allow list with endpoints',
			{ integration_allow_list: ['shiphero'], integrations_with_endpoints: ['get_returns'] },
			'integration_allow_list',
		],
	])('refuses %s with a 422 naming the field, and creates nothing', async (_case, body, field) => {
		const answer = await keyOnly<ErrorAnswer>(sandbox, 'POST', '/magic-links', body);
		expect(answer.status).toBe(422);
		expectValidAgainst('ValidationError', answer.body);
		expect(Object.keys(answer.body.detail.json)).toContain(field);
		expect(
			(await keyOnly<{ magic_links: MagicLink[] }>(sandbox, 'GET', '/magic-links')).body
				.magic_links,
		).toHaveLength(2);
	});

	it('takes a block list with endpoints, which the schema allows together', async () => {
		const answer = await keyOnly(sandbox, 'POST', '/magic-links', {
			integration_block_list: ['logiwa'],
			integrations_with_endpoints: ['get_returns'],
		});
		expect(answer.status).toBe(200);
	});

	it('refuses a missing or wrong API key', async () => {
		expect((await keyOnly(sandbox, 'GET', '/magic-links', undefined, '')).status).toBe(401);
		expect((await keyOnly(sandbox, 'POST', '/magic-links', {}, 'wrong')).status).toBe(401);
	});
});

describe('sandbox: what the API key alone reaches', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it.each([
		['GET', '/magic-links'],
		['GET', '/connections'],
		['GET', `/connections/${SANDBOX_CONNECTION_ID}`],
		['GET', '/integrations/wms'],
		['GET', '/integrations/wms/shiphero'],
	])('answers %s %s, which needs no access token', async (method, path) => {
		expect((await keyOnly(sandbox, method, path)).status).toBe(200);
	});

	it.each([
		['GET', '/wms/orders', undefined],
		['GET', '/cart/orders', undefined],
		['POST', '/connections/sync', {}],
		['PATCH', '/connections', {}],
		[
			'POST',
			'/connections/on-demand-syncs',
			{
				function_name: 'get_orders',
				start_time: '2025-06-01T00:00:00Z',
				end_time: '2025-06-02T00:00:00Z',
			},
		],
		['GET', '/connections/on-demand-syncs/nope', undefined],
		['POST', '/connections/on-demand-syncs/nope/cancel', undefined],
		['PATCH', '/schedules/get_orders/toggle', undefined],
	])(
		"refuses %s %s, which acts on a token's connection, with a 401 naming the missing header",
		async (method, path, body) => {
			const answer = await keyOnly<ErrorAnswer>(sandbox, method, path, body);
			expect(answer.status).toBe(401);
			expect(answer.body).toEqual({
				error: 'Missing x-trackstar-access-token header',
				origin: 'trackstar',
			});
		},
	);
});
