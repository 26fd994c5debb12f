/**
 * The sandbox's request pipeline: a parsed request goes through middlewares (outermost first) to
 * a router; every step answers a `Reply` value that the server writes once at the end. A
 * middleware can short-circuit (answer without calling `next`), change the reply `next` gave it,
 * delay, or ask for the connection to be dropped, which is where rate limiting and fault injection
 * plug in without touching the routes.
 */
import type { IncomingHttpHeaders } from '@n8n-nodes-trackstar/node-runtime/http';

export interface SandboxRequest {
	/** The X-Request-Id answered with this request. */
	id: string;
	method: string;
	/** Percent-decoded pathname. */
	path: string;
	/** Pathname as received, still percent-encoded. */
	rawPath: string;
	/** Segments of rawPath, each percent-decoded on its own (so `%2F` stays inside a segment). */
	segments: string[];
	/** Decoded query parameters (the last one wins when a name repeats). */
	query: Record<string, string>;
	/** Every query parameter in order, repeats included. */
	queryEntries: Array<[string, string]>;
	/** Query string as received, without the `?`. */
	rawQuery: string;
	headers: IncomingHttpHeaders;
	/** Parsed JSON body, the raw text when it is not JSON, or undefined when empty. */
	body: unknown;
	/** Route parameters, set by the router. */
	params: Record<string, string>;
}

export interface Reply {
	status: number;
	/** Serialized with JSON.stringify. */
	body?: unknown;
	/** Sent verbatim instead of `body` (e.g. deliberately broken JSON). */
	rawBody?: string | Buffer;
	headers?: Record<string, string | number>;
	/** Destroy the connection without answering. */
	drop?: boolean;
	/** The kind of injected fault that produced this reply (see faults.ts), for the request log. */
	fault?: string;
	/** A stored answer replayed for a repeated Idempotency-Key (see idempotency.ts), for the log. */
	replayed?: boolean;
}

export type Handler = (request: SandboxRequest) => Reply | Promise<Reply>;
export type Middleware = (request: SandboxRequest, next: () => Promise<Reply>) => Promise<Reply>;

/** Chains middlewares (first = outermost) in front of a handler. */
export function compose(middlewares: readonly Middleware[], handler: Handler): Handler {
	return (request) => {
		const run = async (index: number): Promise<Reply> => {
			if (index === middlewares.length) return handler(request);
			return middlewares[index](request, () => run(index + 1));
		};
		return run(0);
	};
}

export type Origin = 'trackstar' | 'integration';

/** Trackstar's error shape: `{error, origin, ...extra}`. */
export function errorReply(
	status: number,
	error: string,
	extra: Record<string, unknown> = {},
	origin: Origin = 'trackstar',
): Reply {
	return { status, body: { error, origin, ...extra } };
}

export function jsonReply(body: unknown, status = 200): Reply {
	return { status, body };
}

interface Route {
	method: string;
	segments: string[];
	handler: Handler;
}

/**
 * Matches request segments against patterns such as `/wms/orders/:order_id/cancel`. A path that
 * matches with another method answers 405; no match goes to the fallback (404 by default).
 */
export class Router {
	private readonly routes: Route[] = [];

	constructor(private readonly fallback: Handler = notFound) {}

	add(method: string, pattern: string, handler: Handler): this {
		this.routes.push({
			method: method.toUpperCase(),
			segments: pattern.split('/').slice(1),
			handler,
		});
		return this;
	}

	readonly handle: Handler = (request) => {
		const allowed: string[] = [];
		for (const route of this.routes) {
			const params = matchSegments(route.segments, request.segments);
			if (!params) continue;
			if (route.method !== request.method) {
				if (!allowed.includes(route.method)) allowed.push(route.method);
				continue;
			}
			request.params = params;
			return route.handler(request);
		}
		if (allowed.length > 0) {
			return {
				...errorReply(
					405,
					`Method ${request.method} is not allowed on ${request.path}; use ${allowed.join(', ')}`,
				),
				headers: { allow: allowed.join(', ') },
			};
		}
		return this.fallback(request);
	};
}

function matchSegments(pattern: string[], segments: string[]): Record<string, string> | undefined {
	if (pattern.length !== segments.length) return undefined;
	const params: Record<string, string> = {};
	for (let i = 0; i < pattern.length; i++) {
		if (pattern[i].startsWith(':')) {
			if (segments[i] === '') return undefined;
			params[pattern[i].slice(1)] = segments[i];
		} else if (pattern[i] !== segments[i]) return undefined;
	}
	return params;
}

export function notFound(request: SandboxRequest): Reply {
	return errorReply(404, `Not found: ${request.method} ${request.path}`);
}

/** One header's value as a string (repeated headers joined), or undefined when absent. */
export function headerValue(
	request: Pick<SandboxRequest, 'headers'>,
	name: string,
): string | undefined {
	const value = request.headers[name.toLowerCase()];
	if (value === undefined) return undefined;
	return Array.isArray(value) ? value.join(', ') : value;
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** Splits a request target into the path and query parts of a SandboxRequest. */
export function parseTarget(
	target: string,
): Pick<SandboxRequest, 'path' | 'rawPath' | 'segments' | 'query' | 'queryEntries' | 'rawQuery'> {
	const hashIndex = target.indexOf('#');
	const clean = hashIndex === -1 ? target : target.slice(0, hashIndex);
	const queryIndex = clean.indexOf('?');
	const rawPath = queryIndex === -1 ? clean : clean.slice(0, queryIndex);
	const rawQuery = queryIndex === -1 ? '' : clean.slice(queryIndex + 1);
	const queryEntries = [...new URLSearchParams(rawQuery).entries()];
	return {
		path: safeDecode(rawPath),
		rawPath,
		segments: rawPath.startsWith('/') ? rawPath.split('/').slice(1).map(safeDecode) : [],
		query: Object.fromEntries(queryEntries),
		queryEntries,
		rawQuery,
	};
}
