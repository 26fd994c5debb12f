/**
 * Fault injection: tests switch faults on per case (`sandbox.inject(...)`), and `sandbox.reset()`
 * switches them off. Each rule matches requests by method and path, lets the first `after`
 * matching requests through, then answers the next `times` of them with its fault. Rules are
 * tried in the order injected; a request takes the first rule that applies to it, so
 * `inject({fault: A}, {fault: B})` answers one request with A and the next with B.
 *
 * Faulted requests stay in the request log (every attempt counts), marked with `fault`.
 *
 * A rule is chosen in front of everything (`middleware`), but what happens in the WMS (a delay, a
 * status after the write was applied) happens behind auth and the Idempotency-Key (`inWms`), as at
 * Trackstar: a slow write holds its key, and a write that failed after it was applied releases it.
 */
import { setTimeout } from '@n8n-nodes-trackstar/node-runtime/timers';

import type { Middleware, Reply, SandboxRequest } from './http';
import { errorReply } from './http';

export type RateLimitHeader =
	| 'retry-after'
	| 'x-rate-limit-retry-after'
	| 'x-ratelimit-reset'
	| 'x-rate-limit-reset';

export type Fault =
	/**
	 * Answer this status, with Trackstar's error shape unless `body` is given: 'before' (default)
	 * instead of handling the request, or 'after' handling it (a write is applied, then fails).
	 */
	| {
			kind: 'status';
			status: number;
			body?: unknown;
			headers?: Record<string, string | number>;
			when?: 'before' | 'after';
	  }
	/**
	 * A 429 with the headers listed (default: retry-after, x-rate-limit-retry-after and
	 * x-ratelimit-reset), asking to wait `retryAfter` seconds (default 1; 0 is allowed).
	 */
	| { kind: 'rateLimit'; retryAfter?: number; headers?: RateLimitHeader[] }
	/** Hold the request this long (its Idempotency-Key in flight), then handle it (a slow WMS, or a timeout). */
	| { kind: 'delay'; ms: number }
	/**
	 * Close the connection without answering: 'before' the request is handled (nothing
	 * happened), or 'after' (a write was applied and its Idempotency-Key kept its answer, but the
	 * answer is lost).
	 */
	| { kind: 'drop'; when?: 'before' | 'after' }
	/** A 200 whose body is not JSON. */
	| { kind: 'badJson' }
	/** A 200 with this JSON body instead of the real one (e.g. {} without `data`). */
	| { kind: 'body'; body: unknown }
	/** A list page whose `next_token` is the `page_token` it was asked with. */
	| { kind: 'repeatToken' };

export interface FaultRule {
	/** Only this method (default: any). */
	method?: string;
	/** Only this decoded path, or paths matching this pattern (default: any Trackstar route). */
	path?: string | RegExp;
	/** Matching requests let through before the fault starts; default 0 (`after: 2` = page 3). */
	after?: number;
	/** Matching requests answered with the fault; default 1, `Infinity` for every one. */
	times?: number;
	fault: Fault;
}

export interface FaultInjector {
	/** In front of every other middleware: picks the request's fault. */
	middleware: Middleware;
	/** Just in front of the routes: the part of the fault that happens in the WMS. */
	inWms: Middleware;
	inject(...rules: FaultRule[]): void;
	/** Switches every fault off. */
	clear(): void;
	/** Rules that would still fault a request. */
	pending(): number;
}

interface ActiveRule {
	rule: FaultRule;
	passed: number;
	used: number;
}

const DEFAULT_RATE_LIMIT_HEADERS: RateLimitHeader[] = [
	'retry-after',
	'x-rate-limit-retry-after',
	'x-ratelimit-reset',
];

function matches(rule: FaultRule, request: SandboxRequest): boolean {
	if (request.segments[0] === '__sandbox') return false;
	if (rule.method && rule.method.toUpperCase() !== request.method) return false;
	if (rule.path === undefined) return true;
	return typeof rule.path === 'string' ? rule.path === request.path : rule.path.test(request.path);
}

function rateLimitReply(fault: Extract<Fault, { kind: 'rateLimit' }>): Reply {
	const retryAfter = fault.retryAfter ?? 1;
	const reset = Math.ceil(Date.now() / 1000 + retryAfter);
	const values: Record<RateLimitHeader, number> = {
		'retry-after': retryAfter,
		'x-rate-limit-retry-after': retryAfter,
		'x-ratelimit-reset': reset,
		'x-rate-limit-reset': reset,
	};
	const headers: Record<string, number> = {};
	for (const name of fault.headers ?? DEFAULT_RATE_LIMIT_HEADERS) headers[name] = values[name];
	return {
		...errorReply(429, 'Rate limit exceeded. Retry after the time given in the headers.'),
		headers,
	};
}

type StatusFault = Extract<Fault, { kind: 'status' }>;
type WmsFault = (StatusFault & { when: 'after' }) | Extract<Fault, { kind: 'delay' }>;

function statusReply(fault: StatusFault): Reply {
	return {
		status: fault.status,
		body: fault.body ?? { error: `Injected fault: ${fault.status}`, origin: 'trackstar' },
		headers: fault.headers,
	};
}

function happensInWms(fault: Fault): fault is WmsFault {
	return fault.kind === 'delay' || (fault.kind === 'status' && fault.when === 'after');
}

async function applyInWms(fault: WmsFault, next: () => Promise<Reply>): Promise<Reply> {
	if (fault.kind === 'status') {
		await next();
		return statusReply(fault);
	}
	// Unref'd: a held request must not keep the process alive after the sandbox closed.
	await new Promise((resolve) => setTimeout(resolve, fault.ms).unref());
	return await next();
}

async function apply(
	fault: Exclude<Fault, WmsFault>,
	request: SandboxRequest,
	next: () => Promise<Reply>,
): Promise<Reply> {
	switch (fault.kind) {
		case 'status':
			return statusReply(fault);
		case 'rateLimit':
			return rateLimitReply(fault);
		case 'drop':
			if (fault.when === 'after') await next();
			return { status: 0, drop: true };
		case 'badJson':
			return { status: 200, rawBody: '{"data": [{"id": "ord_1", ' };
		case 'body':
			return { status: 200, body: fault.body };
		case 'repeatToken': {
			const reply = await next();
			const token = request.query.page_token;
			if (token === undefined || typeof reply.body !== 'object' || reply.body === null)
				return reply;
			return { ...reply, body: { ...(reply.body as object), next_token: token } };
		}
	}
}

export function faultInjector(): FaultInjector {
	const rules: ActiveRule[] = [];
	// A request that never gets to the routes (a 401) never takes its WMS fault.
	const wmsFaults = new WeakMap<SandboxRequest, WmsFault>();

	const middleware: Middleware = async (request, next) => {
		for (const active of rules) {
			const { rule } = active;
			if (active.used >= (rule.times ?? 1) || !matches(rule, request)) continue;
			if (active.passed < (rule.after ?? 0)) {
				active.passed++;
				continue;
			}
			active.used++;
			const { fault } = rule;
			if (!happensInWms(fault))
				return { ...(await apply(fault, request, next)), fault: fault.kind };
			wmsFaults.set(request, fault);
			return { ...(await next()), fault: fault.kind };
		}
		return await next();
	};

	const inWms: Middleware = async (request, next) => {
		const fault = wmsFaults.get(request);
		if (fault === undefined) return await next();
		wmsFaults.delete(request);
		return await applyInWms(fault, next);
	};

	return {
		middleware,
		inWms,
		inject: (...added) => {
			for (const rule of added) rules.push({ rule, passed: 0, used: 0 });
		},
		clear: () => {
			rules.length = 0;
		},
		pending: () => rules.filter((active) => active.used < (active.rule.times ?? 1)).length,
	};
}
