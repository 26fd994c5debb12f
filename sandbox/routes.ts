/**
 * Route handlers: Trackstar's order endpoints and the sandbox's own admin routes.
 */
import type { IncomingHttpHeaders } from 'node:http';

import { filterOrders, parseOrderListQuery } from './filters';
import type { Reply, SandboxRequest } from './http';
import { Router, errorReply, jsonReply } from './http';
import { ACCESS_TOKEN_HEADER, API_KEY_HEADER } from './middleware';
import { paginate } from './pagination';
import type { OrderStore } from './store';
import { toTrackstarDate } from './types';
import {
	applyCancel,
	applyOrderUpdate,
	cancelRefusal,
	describeErrors,
	updateRefusal,
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
}

export interface RouteContext {
	store: OrderStore;
	requests: RecordedRequest[];
	ignoredUpdateFields: ReadonlySet<string>;
	clock: () => Date;
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
	const result = paginate(filterOrders(context.store.all(), parsed.query), parsed.query);
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
	const outcome = applyOrderUpdate(order, checked.body, context.ignoredUpdateFields, now);
	context.store.replace(outcome.order);
	return jsonReply({ data: outcome.order, id, unused_fields: outcome.unusedFields });
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

/** A recorded request with secret headers replaced by `[redacted]`. */
export function redactRequest(recorded: RecordedRequest): RecordedRequest {
	const headers: IncomingHttpHeaders = { ...recorded.headers };
	for (const name of REDACTED_HEADERS)
		if (headers[name] !== undefined) headers[name] = '[redacted]';
	return { ...recorded, headers };
}

/** Every route of the sandbox. Auth is a middleware in front (see server.ts), not done here. */
export function createRouter(context: RouteContext): Router {
	return new Router()
		.add('GET', '/wms/orders', (request) => listOrders(context, request))
		.add('GET', '/wms/orders/:order_id', (request) => getOrder(context, request))
		.add('PUT', '/wms/orders/:order_id', (request) => updateOrder(context, request))
		.add('PUT', '/wms/orders/:order_id/cancel', (request) => cancelOrder(context, request))
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
		});
}
