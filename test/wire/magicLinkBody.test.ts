import { buildMagicLinkBody } from '../../nodes/shared/resources/magicLink/magicLinkBody';
import {
	linksThisCreateMayHaveMade,
	readBackNote,
} from '../../nodes/shared/resources/magicLink/magicLinkReadBack';
import { expectValidAgainst } from '../support/openapi';

const DAY = 24 * 60 * 60 * 1000;

describe('Magic Link → Create: the panel values as MagicLinkInputSchema', () => {
	it('sends what is set, lists as lists, and leaves empty values out', () => {
		const body = buildMagicLinkBody({
			integrationType: 'cart',
			linkDuration: '14',
			customerId: '  acme  ',
			connectionId: '',
			integrationBlockList: 'shopify, amazon',
			integrationsWithEndpoints: ['get_orders'],
			integrationAllowList: [],
		});
		expect(body).toEqual({
			integration_type: 'cart',
			link_duration: 14,
			customer_id: 'acme',
			integration_block_list: ['shopify', 'amazon'],
			integrations_with_endpoints: ['get_orders'],
		});
		expectValidAgainst('MagicLinkInputSchema', body);
	});

	it.each([
		[
			{ integrationType: 'carrier', linkDuration: 7 },
			'Integration Type: "carrier" is not one of wms, cart, freight',
		],
		[
			{ integrationType: 'wms', linkDuration: 0 },
			'Link Duration (Days): 0 is below the minimum of 1',
		],
		[
			{ integrationType: 'wms', linkDuration: 2.5 },
			'Link Duration (Days): 2.5 is not a whole number',
		],
		[
			{
				integrationType: 'wms',
				linkDuration: 7,
				integrationAllowList: ['a'],
				integrationBlockList: ['b'],
			},
			'Integration Allow List and Integration Block List: both are set, and Trackstar takes only one of them',
		],
		[
			{
				integrationType: 'wms',
				linkDuration: 7,
				integrationAllowList: 'a',
				integrationsWithEndpoints: 'get_orders',
			},
			'Integration Allow List and Only Integrations With Actions: both are set, and Trackstar takes only one of them',
		],
	])('refuses %j', (values, message) => {
		expect(() => buildMagicLinkBody(values)).toThrow(message);
	});
});

describe('Magic Link → Create after a lost answer: the links it may have made', () => {
	const sentAt = Date.parse('2026-11-20T12:00:00Z');
	const now = sentAt + 20_000;
	const body = { integration_type: 'wms', link_duration: 3, customer_id: 'acme' };
	const link = (overrides: Record<string, unknown>) => ({
		id: 'l1',
		expires_at: new Date(sentAt + 3 * DAY + 5_000).toISOString().replace('.000', ''),
		integration_type: 'wms',
		integration_allow_list: [],
		integration_block_list: [],
		integrations_with_endpoints: [],
		customer_id: 'acme',
		...overrides,
	});

	it("keeps a link with the body's settings expiring link_duration days after the request", () => {
		const links = [
			link({}),
			link({ id: 'other customer', customer_id: 'zeta' }),
			link({ id: 'older', expires_at: '2026-11-22T12:00:00Z' }),
			link({ id: 'other list', integration_block_list: ['logiwa'] }),
		];
		expect(linksThisCreateMayHaveMade(links, body, sentAt, now).map((each) => each.id)).toEqual([
			'l1',
		]);
	});

	it('says which link it found, or that there is none, and never to try again', () => {
		expect(readBackNote([link({})], body)).toMatch(
			/^Trackstar lists 1 magic link with this item's settings .*: l1 \(expires 2026-11-23T12:00:05Z\)\. Most likely this request created it/,
		);
		expect(readBackNote([], body)).toMatch(
			/^Trackstar lists no magic link with this item's settings expiring 3 days after the request was sent/,
		);
		for (const note of [readBackNote([link({})], body), readBackNote([], body)])
			expect(note).not.toMatch(/try again/i);
	});
});
