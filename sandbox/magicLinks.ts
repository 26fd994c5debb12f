/**
 * Trackstar's magic links (`/magic-links`, OpenAPI MagicLinkInputSchema, MagicLink,
 * MagicLinkResponseSchema, MagicLinksResponseSchema, DeleteMagic_LinkResponse): links through
 * which a customer connects an integration, made with the API key alone. As documented, a link
 * holds its ID, expiry and settings, and no URL. A link expires `link_duration` days after it was
 * made, by the sandbox's clock; the list answers every link, oldest first, in one page.
 */
import { createHash } from 'node:crypto';

import type { Handler, Reply, SandboxRequest } from './http';
import { Router, errorReply, jsonReply } from './http';
import type { ConnectionContext } from './connections';
import { unauthorized } from './connections';
import { toTrackstarDate } from './types';
import { describeErrors } from './writes';

export interface MagicLink {
	id: string;
	expires_at: string;
	integration_type: 'wms' | 'freight' | 'cart';
	integration_allow_list: string[];
	integration_block_list: string[];
	integrations_with_endpoints: string[];
	customer_id: string | null;
}

const TYPES = ['wms', 'freight', 'cart'] as const;
const LISTS = [
	'integration_allow_list',
	'integration_block_list',
	'integrations_with_endpoints',
] as const;
const FIELDS = new Set<string>([
	'connection_id',
	'integration_type',
	'link_duration',
	'customer_id',
	...LISTS,
]);
/** MagicLinkInputSchema: "Mutually exclusive with …". */
const EXCLUSIVE: Array<[string, string]> = [
	['integration_allow_list', 'integration_block_list'],
	['integration_allow_list', 'integrations_with_endpoints'],
];
const DAY_MS = 24 * 60 * 60 * 1000;

export type MagicLinkContext = Pick<ConnectionContext, 'apiKey' | 'tokens' | 'clock'>;

/** Two links of the seed: one for a customer's WMS, one open to every store. */
function seedLinks(now: Date): MagicLink[] {
	const expires = (days: number) => toTrackstarDate(now.getTime() + days * DAY_MS);
	return [
		{
			id: 'c0a4fef52f664ecf9e766c16811c3289',
			expires_at: expires(5),
			integration_type: 'wms',
			integration_allow_list: ['shiphero'],
			integration_block_list: [],
			integrations_with_endpoints: [],
			customer_id: 'northwind-goods',
		},
		{
			id: '5d2e8b1a9c3f4e7d8a6b0c1d2e3f4a5b',
			expires_at: expires(2),
			integration_type: 'cart',
			integration_allow_list: [],
			integration_block_list: [],
			integrations_with_endpoints: [],
			customer_id: null,
		},
	];
}

export function magicLinkStore(now: Date) {
	const store = {
		links: seedLinks(now),
		reset: () => {
			store.links = seedLinks(now);
		},
	};
	return store;
}

type Store = ReturnType<typeof magicLinkStore>;

function invalid(errors: Record<string, string[]>): Reply {
	return errorReply(422, describeErrors(errors, 'request body'), { detail: { json: errors } });
}

function validate(body: unknown): Record<string, string[]> {
	if (typeof body !== 'object' || body === null || Array.isArray(body))
		return { _schema: ['Invalid input type.'] };
	const given = body as Record<string, unknown>;
	const errors: Record<string, string[]> = {};
	for (const field of Object.keys(given))
		if (!FIELDS.has(field)) errors[field] = ['Unknown field.'];
	if (
		'integration_type' in given &&
		!(TYPES as readonly unknown[]).includes(given.integration_type)
	)
		errors.integration_type = [`Must be one of: ${TYPES.join(', ')}.`];
	if (
		'link_duration' in given &&
		!(Number.isInteger(given.link_duration) && (given.link_duration as number) >= 1)
	)
		errors.link_duration = ['Not a valid integer.'];
	for (const field of ['customer_id', 'connection_id'])
		if (given[field] !== undefined && given[field] !== null && typeof given[field] !== 'string')
			errors[field] = ['Not a valid string.'];
	for (const list of LISTS) {
		const value = given[list];
		if (value !== undefined && !(Array.isArray(value) && value.every((v) => typeof v === 'string')))
			errors[list] = ['Not a valid list.'];
	}
	for (const [one, other] of EXCLUSIVE) {
		const set = (name: string) =>
			Array.isArray(given[name]) && (given[name] as unknown[]).length > 0;
		if (set(one) && set(other)) errors[one] = [`Mutually exclusive with ${other}.`];
	}
	return errors;
}

function create(context: MagicLinkContext, store: Store, request: SandboxRequest): Reply {
	const refused = unauthorized(request, context, false);
	if (refused) return refused;
	const errors = validate(request.body);
	if (Object.keys(errors).length > 0) return invalid(errors);
	const body = request.body as Record<string, unknown>;
	const now = context.clock().getTime();
	const days = (body.link_duration as number | undefined) ?? 7;
	const seed = `${store.links.length}:${now}:${JSON.stringify(body)}`;
	const link: MagicLink = {
		id: createHash('sha256').update(seed).digest('hex').slice(0, 32),
		expires_at: toTrackstarDate(now + days * DAY_MS),
		integration_type: (body.integration_type as MagicLink['integration_type']) ?? 'wms',
		integration_allow_list: (body.integration_allow_list as string[]) ?? [],
		integration_block_list: (body.integration_block_list as string[]) ?? [],
		integrations_with_endpoints: (body.integrations_with_endpoints as string[]) ?? [],
		customer_id: (body.customer_id as string | null) ?? null,
	};
	store.links.push(link);
	return jsonReply({ magic_link: link });
}

function find(context: MagicLinkContext, store: Store, request: SandboxRequest): MagicLink | Reply {
	const refused = unauthorized(request, context, false);
	if (refused) return refused;
	const id = request.params.magic_link_id;
	return (
		store.links.find((link) => link.id === id) ?? errorReply(404, 'Magic link not found', { id })
	);
}

const isLink = (found: MagicLink | Reply): found is MagicLink => 'expires_at' in found;

/** The magic link routes in front of `fallback`. */
export function createMagicLinkRouter(
	context: MagicLinkContext,
	store: Store,
	fallback: Handler,
): Router {
	return new Router(fallback)
		.add('GET', '/magic-links', (request) => {
			const refused = unauthorized(request, context, false);
			return refused ?? jsonReply({ magic_links: store.links });
		})
		.add('POST', '/magic-links', (request) => create(context, store, request))
		.add('GET', '/magic-links/:magic_link_id', (request) => {
			const found = find(context, store, request);
			return isLink(found) ? jsonReply({ magic_link: found }) : found;
		})
		.add('DELETE', '/magic-links/:magic_link_id', (request) => {
			const found = find(context, store, request);
			if (!isLink(found)) return found;
			store.links = store.links.filter((link) => link !== found);
			return jsonReply({ id: found.id, object: 'magic_link', deleted: true });
		});
}
