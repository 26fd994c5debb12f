/**
 * Trackstar's connection endpoints (`/connections`): the organization's connections, each with
 * its sync schedules and errors. GET /connections and /connections/{id} need the API key only
 * (`access_token` narrows the list to that token's connection); sync and update act on the
 * connection of the `x-trackstar-access-token` header, as does toggling one of its schedules
 * (`PATCH /schedules/{function_name}/toggle`). Each access token is one connection: the main
 * token's WMS, the freight token's forwarder, the carrier token's UPS account. The WMS
 * connection's integration can be switched (the `integration` option, PUT /__sandbox/connection),
 * e.g. to Logiwa's.
 */
import type { Handler, Reply, SandboxRequest } from './http';
import { Router, errorReply, headerValue, jsonReply } from './http';
import { CARRIER_INTEGRATION, FREIGHT_INTEGRATION } from './integrations';
import type { AccessTokens } from './middleware';
import { ACCESS_TOKEN_HEADER, API_KEY_HEADER } from './middleware';
import { toTrackstarDate } from './types';

export interface SyncSchedule {
	function_name: string;
	latest_sync: string | null;
	last_crawl_start: string | null;
	last_crawl_end: string | null;
	sync_frequency: number;
	in_progress: boolean;
	sync_status:
		| 'enabled'
		| 'disabled'
		| 'sync_in_progress'
		| 'first_sync_in_progress'
		| 'error'
		| null;
}

export interface Connection {
	connection_id: string;
	integration_name: string;
	customer_id: string | null;
	created_at: string;
	last_used: string | null;
	times_used: number | null;
	latest_sync: string | null;
	sync_schedules: SyncSchedule[];
	errors: Array<{
		error_message: string;
		affected_endpoints: Array<{ endpoint: string; preventing_sync: boolean }>;
		first_seen: string;
		last_seen: string;
	}>;
	available_actions: string[];
	available_endpoints: string[];
	/**
	 * The OpenAPI document's enum (wms, freight, cart) predates the Carrier API; Trackstar's
	 * introduction page (docs/trackstar-api/pages/introduction.mdx) names carrier connections.
	 */
	integration_type: 'wms' | 'freight' | 'cart' | 'carrier';
	webhooks_disabled: boolean | null;
}

/** The functions Trackstar syncs (ConnectionResourceSyncSchema's enum). */
export const SYNC_FUNCTIONS = [
	'get_inventory',
	'get_products',
	'get_inbound_shipments',
	'get_orders',
	'get_warehouses',
	'get_shipping_methods',
	'get_returns',
	'get_bills',
	'get_warehouse_customers',
	'get_warehouse_locations',
	'get_inventory_ledger',
	'get_shipments',
] as const;

/**
 * The carrier connection's one function: the OpenAPI enum above predates the Carrier API; the
 * on-demand syncs guide (how-to-guides/on-demand-syncs.mdx) names it.
 */
export const CARRIER_SYNC_FUNCTION = 'get_invoice_line_items';

/** The freight connection's one function: the enum's only one no WMS reads, and the Freight API reads shipments. */
export const FREIGHT_SYNC_FUNCTION = 'get_shipments';

const HOUR = 3600;
/** Trackstar's default frequencies (how-to-guides/syncing-data.mdx); every other function every 12 hours. */
const FREQUENCIES: Record<string, number> = {
	get_inventory: HOUR,
	get_products: HOUR,
	get_inbound_shipments: HOUR,
	get_orders: HOUR,
	get_returns: HOUR,
	// The guide gives no freight frequency: hourly, as the WMS's inbound shipments the legs carry.
	[FREIGHT_SYNC_FUNCTION]: HOUR,
	[CARRIER_SYNC_FUNCTION]: 24 * HOUR,
};

/** The sandbox's own connection (the access token's) syncs returns no more: its credentials lack the permission. */
export const SANDBOX_CONNECTION_ID = '07b344db-0304-4866-9ae1-ac8af5292a28';

/** The freight connection's (the freight access token's): the forwarder moving the WMS's inbound shipments. */
export const FREIGHT_CONNECTION_ID = 'c41d7e09-5b2a-4f63-8e1c-2d9f0a6b7c35';

/** The carrier connection's (the carrier access token's): the merchant's UPS account. */
export const CARRIER_CONNECTION_ID = '9e5a2c17-3f8b-4d06-a1e4-7b0c6d2f8a91';

function schedules(now: number, functions: string[], failing: string[] = []): SyncSchedule[] {
	const at = (secondsAgo: number) => toTrackstarDate((now - secondsAgo) * 1000);
	return functions.map((name, index) => {
		const frequency = FREQUENCIES[name] ?? 12 * HOUR;
		if (failing.includes(name)) {
			// Last completed 26 hours ago; every crawl since has failed, the latest 9 minutes ago.
			return {
				function_name: name,
				latest_sync: at(26 * HOUR),
				last_crawl_start: at(9 * 60),
				last_crawl_end: at(26 * HOUR),
				sync_frequency: frequency,
				in_progress: false,
				sync_status: 'error',
			};
		}
		const ended = 5 * 60 + index * 97;
		return {
			function_name: name,
			latest_sync: at(ended),
			last_crawl_start: at(ended + 40),
			last_crawl_end: at(ended),
			sync_frequency: frequency,
			in_progress: false,
			sync_status: 'enabled',
		};
	});
}

function seedConnections(now: Date, integration: string): Connection[] {
	const nowS = Math.floor(now.getTime() / 1000);
	const at = (secondsAgo: number) => toTrackstarDate((nowS - secondsAgo) * 1000);
	const wms = (
		id: string,
		name: string,
		customer: string | null,
		createdDaysAgo: number,
		failing: string[] = [],
	): Connection => {
		const functions = [
			'get_orders',
			'get_inventory',
			'get_products',
			'get_returns',
			'get_warehouses',
			'get_shipping_methods',
		];
		const syncs = schedules(nowS, functions, failing);
		return {
			connection_id: id,
			integration_name: name,
			customer_id: customer,
			created_at: at(createdDaysAgo * 24 * HOUR),
			last_used: at(2 * 60),
			times_used: 1200 + createdDaysAgo * 37,
			latest_sync: syncs[0].last_crawl_end,
			sync_schedules: syncs,
			errors: failing.map((name) => ({
				error_message: `The provided credentials do not have access to ${name.replace('get_', '')} data.`,
				affected_endpoints: [
					{ endpoint: `GET /wms/${name.replace('get_', '')}`, preventing_sync: true },
				],
				first_seen: at(26 * HOUR),
				last_seen: at(9 * 60),
			})),
			available_actions: [
				...functions,
				'create_order',
				'update_order',
				'cancel_order',
				'create_shipment',
			],
			available_endpoints: functions,
			integration_type: 'wms',
			webhooks_disabled: false,
		};
	};
	// Acme Apparel's forwarder and UPS account, connected after its WMS; each API reads one record type.
	const other = (
		id: string,
		type: 'freight' | 'carrier',
		name: string,
		syncFunction: string,
		createdDaysAgo: number,
	): Connection => {
		const syncs = schedules(nowS, [syncFunction]);
		return {
			connection_id: id,
			integration_name: name,
			customer_id: 'acme-apparel',
			created_at: at(createdDaysAgo * 24 * HOUR),
			last_used: at(2 * 60),
			times_used: 300 + createdDaysAgo * 11,
			latest_sync: syncs[0].last_crawl_end,
			sync_schedules: syncs,
			errors: [],
			available_actions: [syncFunction],
			available_endpoints: [syncFunction],
			integration_type: type,
			webhooks_disabled: false,
		};
	};
	return [
		wms(SANDBOX_CONNECTION_ID, integration, 'acme-apparel', 120, ['get_returns']),
		wms('3f1c9a52-7d4e-4b8a-9e21-5a6b7c8d9e0f', 'shiphero', 'northwind-goods', 64),
		wms('b7e2d4f1-1a3c-4e5b-8d7f-9a0b1c2d3e4f', 'extensiv-3pl-central', null, 9),
		other(FREIGHT_CONNECTION_ID, 'freight', FREIGHT_INTEGRATION, FREIGHT_SYNC_FUNCTION, 75),
		other(CARRIER_CONNECTION_ID, 'carrier', CARRIER_INTEGRATION, CARRIER_SYNC_FUNCTION, 40),
	];
}

export interface ConnectionContext {
	apiKey: string;
	/** Each access token's connection ID. */
	tokens: ReadonlyMap<string, string>;
	clock: () => Date;
	/** Re-seeded by the sandbox's reset. */
	store: { connections: Connection[] };
	/** The integrations the WMS access token's connection can be switched to. */
	integrationNames: readonly string[];
}

/** Which connection each of the sandbox's access tokens is. */
export function connectionTokens(tokens: AccessTokens): ReadonlyMap<string, string> {
	return new Map([
		[tokens.accessToken, SANDBOX_CONNECTION_ID],
		[tokens.freightAccessToken, FREIGHT_CONNECTION_ID],
		[tokens.carrierAccessToken, CARRIER_CONNECTION_ID],
	]);
}

/** The seeded connections; the WMS access token's is of `integration` again after each reset. */
export function connectionStore(now: Date, integration: string) {
	const store = {
		connections: seedConnections(now, integration),
		reset: () => {
			store.connections = seedConnections(now, integration);
		},
	};
	return store;
}

/** The connection routes in front of `fallback` (the WMS routes). */
export function createConnectionRouter(context: ConnectionContext, fallback: Handler): Router {
	return new Router(fallback)
		.add('GET', '/connections', (request) => listConnections(context, request))
		.add('POST', '/connections/sync', (request) => syncConnection(context, request))
		.add('PATCH', '/connections', (request) => updateConnection(context, request))
		.add('GET', '/connections/:connection_id', (request) => getConnection(context, request))
		.add('PATCH', '/schedules/:function_name/toggle', (request) => toggleSchedule(context, request))
		.add('PUT', '/__sandbox/connection', (request) => switchIntegration(context, request));
}

/** 401 without the API key, or without one of the connections' access tokens when `needsToken`. */
export function unauthorized(
	request: SandboxRequest,
	context: Pick<ConnectionContext, 'apiKey' | 'tokens'>,
	needsToken: boolean,
): Reply | undefined {
	const key = headerValue(request, API_KEY_HEADER);
	if (!key) return errorReply(401, `Missing ${API_KEY_HEADER} header`);
	if (key !== context.apiKey) return errorReply(401, `Invalid ${API_KEY_HEADER} header`);
	if (!needsToken) return undefined;
	const token = headerValue(request, ACCESS_TOKEN_HEADER);
	if (!token) return errorReply(401, `Missing ${ACCESS_TOKEN_HEADER} header`);
	if (!context.tokens.has(token)) return errorReply(401, `Invalid ${ACCESS_TOKEN_HEADER} header`);
	return undefined;
}

function invalid(location: 'query' | 'json', errors: Record<string, string[]>): Reply {
	const [path, messages] = Object.entries(errors)[0];
	return errorReply(
		422,
		`Invalid ${location === 'query' ? 'query parameters' : 'request body'}: ${path}: ${messages[0]}`,
		{
			detail: { [location]: errors },
		},
	);
}

const connectionById = (store: ConnectionContext['store'], id: string | undefined) =>
	store.connections.find((connection) => connection.connection_id === id);

/** The connection of an access token, or undefined for a token of none. */
export const connectionOfToken = (
	context: Pick<ConnectionContext, 'store' | 'tokens'>,
	token: string | undefined,
) => connectionById(context.store, token === undefined ? undefined : context.tokens.get(token));

/** The connection of the request's access token, which `unauthorized(…, true)` has accepted. */
export const requestConnection = (
	context: Pick<ConnectionContext, 'store' | 'tokens'>,
	request: SandboxRequest,
) => connectionOfToken(context, headerValue(request, ACCESS_TOKEN_HEADER))!;

const tokenConnection = (context: Pick<ConnectionContext, 'store'>) =>
	connectionById(context.store, SANDBOX_CONNECTION_ID)!;

/** The integration of the WMS access token's connection. */
export const tokenIntegration = (store: ConnectionContext['store']) =>
	tokenConnection({ store }).integration_name;

/** GET /connections: every connection of the organization; `access_token` narrows it to that token's. */
export function listConnections(context: ConnectionContext, request: SandboxRequest): Reply {
	const refused = unauthorized(request, context, false);
	if (refused) return refused;
	const unknown = Object.keys(request.query).filter(
		(name) => !['page_token', 'access_token'].includes(name),
	);
	if (unknown.length > 0) return invalid('query', { [unknown[0]]: ['Unknown field.'] });
	const token = request.query.access_token;
	const connection = connectionOfToken(context, token);
	const data =
		token === undefined ? context.store.connections : connection === undefined ? [] : [connection];
	return jsonReply({ data, next_token: null, total_count: data.length });
}

/** GET /connections/{connection_id}: one connection, in a one-element list as the OpenAPI document says. */
export function getConnection(context: ConnectionContext, request: SandboxRequest): Reply {
	const refused = unauthorized(request, context, false);
	if (refused) return refused;
	const id = request.params.connection_id;
	const connection = context.store.connections.find((candidate) => candidate.connection_id === id);
	if (!connection) return errorReply(404, 'Connection not found', { id });
	return jsonReply({ data: [connection], next_token: null, total_count: 1 });
}

/** POST /connections/sync: starts the token's connection's syncs (all, or the functions named). */
export function syncConnection(context: ConnectionContext, request: SandboxRequest): Reply {
	const refused = unauthorized(request, context, true);
	if (refused) return refused;
	const body = (request.body ?? {}) as Record<string, unknown>;
	if (typeof body !== 'object' || Array.isArray(body))
		return invalid('json', { _schema: ['Invalid input type.'] });
	const extra = Object.keys(body).filter((field) => field !== 'functions_to_sync');
	if (extra.length > 0) return invalid('json', { [extra[0]]: ['Unknown field.'] });
	const functions = body.functions_to_sync ?? [];
	if (!Array.isArray(functions))
		return invalid('json', { functions_to_sync: ['Not a valid list.'] });
	const connection = requestConnection(context, request);
	const known: readonly string[] =
		connection.integration_type === 'carrier'
			? [...SYNC_FUNCTIONS, CARRIER_SYNC_FUNCTION]
			: SYNC_FUNCTIONS;
	const badIndex = functions.findIndex((name) => !known.includes(name as string));
	if (badIndex !== -1)
		return invalid('json', {
			[`functions_to_sync.${badIndex}`]: [`Must be one of: ${known.join(', ')}.`],
		});
	const now = toTrackstarDate(context.clock());
	for (const schedule of connection.sync_schedules) {
		if (functions.length > 0 && !functions.includes(schedule.function_name)) continue;
		schedule.last_crawl_start = now;
		schedule.in_progress = true;
		schedule.sync_status = 'sync_in_progress';
	}
	return jsonReply({ id: connection.connection_id, syncing: true, functions_to_sync: functions });
}

/** PATCH /connections: the token's connection's customer ID or webhook switch. */
export function updateConnection(context: ConnectionContext, request: SandboxRequest): Reply {
	const refused = unauthorized(request, context, true);
	if (refused) return refused;
	const body = request.body;
	if (typeof body !== 'object' || body === null || Array.isArray(body))
		return invalid('json', { _schema: ['Invalid input type.'] });
	const given = body as Record<string, unknown>;
	const errors: Record<string, string[]> = {};
	for (const field of Object.keys(given)) {
		if (field === 'customer_id') {
			if (given.customer_id !== null && typeof given.customer_id !== 'string')
				errors[field] = ['Not a valid string.'];
		} else if (field === 'webhooks_disabled') {
			if (typeof given.webhooks_disabled !== 'boolean') errors[field] = ['Not a valid boolean.'];
		} else errors[field] = ['Unknown field.'];
	}
	if (Object.keys(errors).length > 0) return invalid('json', errors);
	const connection = requestConnection(context, request);
	if ('customer_id' in given) connection.customer_id = given.customer_id as string | null;
	if ('webhooks_disabled' in given)
		connection.webhooks_disabled = given.webhooks_disabled as boolean;
	return jsonReply({
		id: connection.connection_id,
		object: 'connection',
		updated: Object.keys(given).length > 0,
	});
}

/**
 * PATCH /schedules/{function_name}/toggle: flips one schedule of the token's connection between
 * enabled and disabled (any other status counts as enabled). Trackstar's page documents neither
 * a body nor an answer: the sandbox answers the schedule as it now is (SyncSchedule).
 */
export function toggleSchedule(context: ConnectionContext, request: SandboxRequest): Reply {
	const refused = unauthorized(request, context, true);
	if (refused) return refused;
	const name = request.params.function_name;
	const schedule = requestConnection(context, request).sync_schedules.find(
		(candidate) => candidate.function_name === name,
	);
	if (!schedule) return errorReply(404, 'Sync schedule not found', { id: name });
	const enabling = schedule.sync_status === 'disabled';
	schedule.sync_status = enabling ? 'enabled' : 'disabled';
	schedule.in_progress = false;
	return jsonReply(schedule);
}

/** Makes the WMS access token's connection one of `name` (e.g. logiwa), until the next reset. */
export function connectTokenTo(context: Pick<ConnectionContext, 'store'>, name: string) {
	const connection = tokenConnection(context);
	connection.integration_name = name;
	return connection;
}

/** PUT /__sandbox/connection (admin, no auth): `{integration_name}` of the WMS access token's connection, until reset. */
export function switchIntegration(context: ConnectionContext, request: SandboxRequest): Reply {
	const name = (request.body as { integration_name?: unknown } | undefined)?.integration_name;
	if (typeof name !== 'string' || !context.integrationNames.includes(name)) {
		const message = `Must be one of: ${context.integrationNames.join(', ')}.`;
		return invalid('json', { integration_name: [message] });
	}
	const connection = connectTokenTo(context, name);
	return jsonReply({
		connection_id: connection.connection_id,
		integration_name: name,
		integration_type: connection.integration_type,
	});
}
