/**
 * Middlewares that sit in front of the routes: Trackstar's auth headers and its (informational,
 * not yet enforced) rate-limit headers.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

import type { Middleware, Reply, SandboxRequest } from './http';
import { errorReply, headerValue } from './http';

export const API_KEY_HEADER = 'x-trackstar-api-key';
export const ACCESS_TOKEN_HEADER = 'x-trackstar-access-token';

/** Trackstar's documented limits per access token and second. */
export const RATE_LIMITS = { read: 10, write: 50 } as const;

function sameSecret(given: string, expected: string): boolean {
	const a = createHash('sha256').update(given).digest();
	const b = createHash('sha256').update(expected).digest();
	return timingSafeEqual(a, b);
}

/** True for the routes that need both Trackstar headers. */
export function isWmsPath(request: Pick<SandboxRequest, 'segments'>): boolean {
	return request.segments[0] === 'wms';
}

/**
 * 401 unless `x-trackstar-api-key` and `x-trackstar-access-token` carry the sandbox's secrets.
 * The message names the header at fault and never repeats what was received.
 */
export function authenticate(secrets: { apiKey: string; accessToken: string }): Middleware {
	return async (request, next) => {
		if (!isWmsPath(request)) return next();
		const checks: Array<[string, string]> = [
			[API_KEY_HEADER, secrets.apiKey],
			[ACCESS_TOKEN_HEADER, secrets.accessToken],
		];
		for (const [header, expected] of checks) {
			const given = headerValue(request, header);
			if (given === undefined || given === '') {
				return errorReply(401, `Missing ${header} header`);
			}
			if (!sameSecret(given, expected)) return errorReply(401, `Invalid ${header} header`);
		}
		return next();
	};
}

function isWrite(method: string): boolean {
	return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}

/**
 * Adds `x-ratelimit-limit|remaining|reset` to every reply, counted per access token in
 * one-second windows of real time (reads and writes apart). Informational: nothing is refused
 * here; an enforcing limiter (429 + retry-after) would replace or follow this middleware.
 */
export function rateLimitHeaders(): Middleware & { reset(): void } {
	const windows = new Map<string, { second: number; count: number }>();
	const middleware = async (request: SandboxRequest, next: () => Promise<Reply>) => {
		const write = isWrite(request.method);
		const limit = write ? RATE_LIMITS.write : RATE_LIMITS.read;
		const key = `${write ? 'write' : 'read'}:${headerValue(request, ACCESS_TOKEN_HEADER) ?? ''}`;
		const second = Math.floor(Date.now() / 1000);
		let window = windows.get(key);
		if (!window || window.second !== second) {
			window = { second, count: 0 };
			windows.set(key, window);
		}
		window.count++;
		const remaining = Math.max(0, limit - window.count);
		const reply = await next();
		return {
			...reply,
			headers: {
				...reply.headers,
				'x-ratelimit-limit': limit,
				'x-ratelimit-remaining': remaining,
				'x-ratelimit-reset': second + 1,
			},
		};
	};
	return Object.assign(middleware, { reset: () => windows.clear() });
}

/** GET /wms/<resource>/meta and /wms/<resource>/meta/<integration>: Trackstar's write-schema endpoints. */
export function isMetaPath(request: Pick<SandboxRequest, 'segments'>): boolean {
	return request.segments[0] === 'wms' && request.segments[2] === 'meta';
}

/**
 * Enforces the meta endpoints' limit of about one call a minute per access token: a call within
 * `intervalSeconds` of the last answered one gets 429 with `retry-after` (whole seconds left).
 * Time comes from `clock`, so tests can move it instead of waiting.
 */
export function metaRateLimit(
	intervalSeconds: number,
	clock: () => Date,
): Middleware & { reset(): void } {
	const lastCall = new Map<string, number>();
	const middleware = async (request: SandboxRequest, next: () => Promise<Reply>) => {
		if (intervalSeconds <= 0 || !isMetaPath(request)) return next();
		const token = headerValue(request, ACCESS_TOKEN_HEADER) ?? '';
		const now = clock().getTime();
		const last = lastCall.get(token);
		if (last !== undefined && now - last < intervalSeconds * 1000) {
			const retryAfter = Math.max(1, Math.ceil((last + intervalSeconds * 1000 - now) / 1000));
			return {
				...errorReply(
					429,
					`Rate limit exceeded: the meta endpoint allows one call per ${intervalSeconds} seconds. Retry after ${retryAfter} seconds.`,
				),
				headers: { 'retry-after': retryAfter },
			};
		}
		const reply = await next();
		if (reply.status < 400) lastCall.set(token, now);
		return reply;
	};
	return Object.assign(middleware, { reset: () => lastCall.clear() });
}
