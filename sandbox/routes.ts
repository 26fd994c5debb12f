/**
 * Route handlers: Trackstar's order endpoints and the sandbox's own admin routes (the catalog's,
 * warehouses and the reference lists included, are in resources/catalogRouter.ts, in front of these).
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from '@n8n-nodes-trackstar/node-runtime/http';

import { filterOrders, parseOrderListQuery } from './filters';
import type { Reply, SandboxRequest } from './http';
import { Router, errorReply, jsonReply } from './http';
import type { OrderCreateRules } from './integrationOrders';
import { ACCESS_TOKEN_HEADER, API_KEY_HEADER } from './middleware';
import { INTEGRATION_SPECIFIC_FIELDS, createFields, metaSchema, missingCreateFields } from './meta';
import type { PageResult } from './pagination';
import { paginate } from './pagination';
import type { ReferenceLists } from './reference';
import { compareOrdersBySync } from './seed';
import { listReference } from './reference';
import { attachOrderFile, orderPacks, shipOrder } from './orderShipments';
import type { OrderStore } from './store';
import { toTrackstarDate } from './types';
import {
	applyCancel,
	applyOrderUpdate,
	applyTrackstarTags,
	cancelRefusal,
	createOrderFrom,
	describeErrors,
	updateRefusal,
	validateTagsBody,
	validateUpdateBody,
} from './writes';

export interface RecordedRequest {
	method: string;
	/** Decoded pathname. */
	path: string;
	/** Pathname as received, still percent-encoded. */
	rawPath: string;
	/** Decoded query parameters. */
	query: Record<string, string>;
	rawQuery: string;
	headers: IncomingHttpHeaders;
	/** Parsed JSON, or the raw text when not JSON, or undefined when empty. */
	body: unknown;
	/** The status answered (0 while in flight or when the connection was dropped). */
	status: number;
	/** When the request arrived (ms since the epoch). */
	receivedAt: number;
	/** The kind of fault injected into this request, if one was (see faults.ts). */
	fault?: string;
	/** True when the answer was a replay for a repeated Idempotency-Key (see idempotency.ts). */
	replayed?: boolean;
}

/** How orders are listed: by created_date (the default), or by when they were synced. */
export type ListOrder = 'created' | 'synced';

export interface RouteContext {
	store: OrderStore;
	requests: RecordedRequest[];
	ignoredUpdateFields: ReadonlySet<string>;
	reference: ReferenceLists;
	clock: () => Date;
	/** The order orders are listed in (see SandboxOptions.listOrder). */
	listOrder: ListOrder;
	/**
	 * How the access token's connection creates orders: undefined for the sandbox's own WMS (meta.ts);
	 * for a switched connection its integration's rules, or a refusal when it creates none.
	 */
	orderCreateRules: () => OrderCreateRules | string | undefined;
	/** Re-seeds the store and clears the request log. */
	reset: () => void;
}

function validationReply(location: 'query' | 'json', errors: Record<string, string[]>): Reply {
	const what = location === 'query' ? 'query parameters' : 'request body';
	return errorReply(422, describeErrors(errors, what), { detail: { [location]: errors } });
}

function orderNotFound(id: string): Reply {
	return errorReply(404, 'Order not found', { id });
}

export function listOrders(context: RouteContext, request: SandboxRequest): Reply {
	const parsed = parseOrderListQuery(request.queryEntries);
	if (!parsed.ok) return validationReply('query', parsed.errors);
	const orders =
		context.listOrder === 'synced'
			? [...context.store.all()].sort(compareOrdersBySync)
			: context.store.all();
	const result = paginate(filterOrders(orders, parsed.query), parsed.query);
	if (!result.ok) return validationReply('query', result.errors);
	return jsonReply(result.page);
}

export function getOrder(context: RouteContext, request: SandboxRequest): Reply {
	const order = context.store.get(request.params.order_id);
	if (!order) return orderNotFound(request.params.order_id);
	return jsonReply({ data: order });
}

export function updateOrder(context: RouteContext, request: SandboxRequest): Reply {
	const id = request.params.order_id;
	const checked = validateUpdateBody(request.body);
	if (!checked.ok) return validationReply('json', checked.errors);
	const order = context.store.get(id);
	if (!order) return orderNotFound(id);
	const refusal = updateRefusal(order);
	if (refusal) return errorReply(422, refusal, {}, 'integration');
	const now = toTrackstarDate(context.clock());
	const outcome = applyOrderUpdate(
		order,
		checked.body,
		context.ignoredUpdateFields,
		now,
		[],
		context.reference,
	);
	context.store.replace(outcome.order);
	return jsonReply({ data: outcome.order, id, unused_fields: outcome.unusedFields });
}

function pageReply<T>(result: PageResult<T>): Reply {
	return result.ok ? jsonReply(result.page) : validationReply('query', result.errors);
}

/** A new order's id: 24 hex characters, like Trackstar's, derived from what makes it unique. */
function newOrderId(context: RouteContext, body: Record<string, unknown>, now: string): string {
	const seed = `created:${context.store.size}:${now}:${JSON.stringify(body)}`;
	return createHash('sha256').update(seed).digest('hex').slice(0, 24);
}

export function createOrder(context: RouteContext, request: SandboxRequest): Reply {
	const rules = context.orderCreateRules();
	if (typeof rules === 'string') return errorReply(422, rules, {}, 'integration');
	const checked = validateUpdateBody(request.body, rules?.nested);
	if (!checked.ok) return validationReply('json', checked.errors);
	const errors = rules
		? rules.errors(checked.body)
		: Object.fromEntries(
				missingCreateFields(checked.body).map((path) => [
					path,
					['Missing data for required field.'],
				]),
			);
	if (Object.keys(errors).length > 0) return validationReply('json', errors);
	const now = toTrackstarDate(context.clock());
	const id = newOrderId(context, checked.body, now);
	const outcome = createOrderFrom(
		checked.body,
		id,
		now,
		rules?.accepted ?? createFields(),
		rules?.integrationFields ?? INTEGRATION_SPECIFIC_FIELDS.POST,
		context.reference,
	);
	context.store.add(outcome.order);
	return jsonReply({ data: outcome.order, id, unused_fields: outcome.unusedFields });
}

export function setTrackstarTags(context: RouteContext, request: SandboxRequest): Reply {
	const id = request.params.order_id;
	const checked = validateTagsBody(request.body);
	if (!checked.ok) return validationReply('json', checked.errors);
	const order = context.store.get(id);
	if (!order) return orderNotFound(id);
	const tagged = applyTrackstarTags(
		order,
		checked.body.trackstar_tags as never,
		toTrackstarDate(context.clock()),
	);
	context.store.replace(tagged);
	const unusedFields = Object.keys(checked.body).filter((field) => field !== 'trackstar_tags');
	return jsonReply({ data: tagged, id, unused_fields: unusedFields });
}

export function orderMeta(request: SandboxRequest): Reply {
	const method = request.query.method;
	if (method !== 'POST' && method !== 'PUT') {
		const message =
			method === undefined ? 'Missing data for required field.' : 'Must be one of: POST, PUT.';
		return validationReply('query', { method: [message] });
	}
	return jsonReply(metaSchema(method));
}

export function cancelOrder(context: RouteContext, request: SandboxRequest): Reply {
	const id = request.params.order_id;
	const order = context.store.get(id);
	if (!order) return orderNotFound(id);
	const refusal = cancelRefusal(order);
	if (refusal) return errorReply(422, refusal, {}, 'integration');
	const cancelled = applyCancel(order, toTrackstarDate(context.clock()));
	context.store.replace(cancelled);
	return jsonReply({ data: cancelled, id, unused_fields: [] });
}

const REDACTED_HEADERS = [API_KEY_HEADER, ACCESS_TOKEN_HEADER, 'authorization', 'cookie'];

/** A recorded request with secret headers, and the access token a connection query names, replaced by `[redacted]`. */
export function redactRequest(recorded: RecordedRequest): RecordedRequest {
	const headers: IncomingHttpHeaders = { ...recorded.headers };
	for (const name of REDACTED_HEADERS)
		if (headers[name] !== undefined) headers[name] = '[redacted]';
	if (recorded.query.access_token === undefined) return { ...recorded, headers };
	const rawQuery = new URLSearchParams(recorded.rawQuery);
	rawQuery.set('access_token', '[redacted]');
	const query = { ...recorded.query, access_token: '[redacted]' };
	return { ...recorded, headers, query, rawQuery: rawQuery.toString() };
}

/** Every route of the sandbox. Auth is a middleware in front (see server.ts), not done here. */
export function createRouter(context: RouteContext): Router {
	return (
		new Router()
			.add('GET', '/wms/orders', (request) => listOrders(context, request))
			.add('POST', '/wms/orders', (request) => createOrder(context, request))
			// Before /wms/orders/:order_id, which would take "meta" and "channels" for order IDs.
			.add('GET', '/wms/orders/meta', (request) => orderMeta(request))
			.add('GET', '/wms/orders/channels', (request) =>
				pageReply(listReference(context.reference.channels, request.queryEntries)),
			)
			.add('GET', '/wms/orders/:order_id', (request) => getOrder(context, request))
			.add('PUT', '/wms/orders/:order_id', (request) => updateOrder(context, request))
			.add('PUT', '/wms/orders/:order_id/cancel', (request) => cancelOrder(context, request))
			.add('PUT', '/wms/orders/:order_id/trackstar-tags', (request) =>
				setTrackstarTags(context, request),
			)
			.add('POST', '/wms/orders/:order_id/shipments', (request) => shipOrder(context, request))
			.add('GET', '/wms/orders/:order_id/packs', (request) => orderPacks(context, request))
			.add('POST', '/wms/orders/:order_id/file', (request) => attachOrderFile(context, request))
			.add('GET', '/__sandbox/requests', () =>
				jsonReply({ data: context.requests.map(redactRequest) }),
			)
			.add('DELETE', '/__sandbox/requests', () => {
				const cleared = context.requests.length;
				context.requests.length = 0;
				return jsonReply({ cleared });
			})
			.add('POST', '/__sandbox/reset', () => {
				context.reset();
				return jsonReply({ reset: true, order_count: context.store.size });
			})
	);
}
