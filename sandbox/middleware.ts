/**
 * Middlewares that sit in front of the routes: Trackstar's auth headers and the one-call-a-minute
 * limit of the meta, integrations and write-info endpoints (per-second rate limits are in
 * rateLimiter.ts, faults in faults.ts).
 */
import { createHash, timingSafeEqual } from 'node:crypto';

import type { Middleware, Reply, SandboxRequest } from './http';
import { errorReply, headerValue } from './http';

export const API_KEY_HEADER = 'x-trackstar-api-key';
export const ACCESS_TOKEN_HEADER = 'x-trackstar-access-token';

function sameSecret(given: string, expected: string): boolean {
	const a = createHash('sha256').update(given).digest();
	const b = createHash('sha256').update(expected).digest();
	return timingSafeEqual(a, b);
}

/**
 * True for the routes that need both Trackstar headers: the WMS API's and the Cart API's. The
 * sandbox has one access token, which stands for a WMS and a cart connection at once.
 */
export function isWmsPath(request: Pick<SandboxRequest, 'segments'>): boolean {
	return request.segments[0] === 'wms' || request.segments[0] === 'cart';
}

export interface Secrets {
	apiKey: string;
	accessToken: string;
}

/**
 * 401 unless `x-trackstar-api-key` and `x-trackstar-access-token` carry the sandbox's secrets.
 * The message names the header at fault and never repeats what was received.
 */
export function authenticate(secrets: Secrets): Middleware {
	return async (request, next) => {
		if (!isWmsPath(request)) return next();
		return credentialsRefusal(request, secrets) ?? next();
	};
}

/** The 401 for a request without both secrets, or undefined when it carries them. */
export function credentialsRefusal(request: SandboxRequest, secrets: Secrets): Reply | undefined {
	const checks: Array<[string, string]> = [
		[API_KEY_HEADER, secrets.apiKey],
		[ACCESS_TOKEN_HEADER, secrets.accessToken],
	];
	for (const [header, expected] of checks) {
		const given = headerValue(request, header);
		if (given === undefined || given === '') return errorReply(401, `Missing ${header} header`);
		if (!sameSecret(given, expected)) return errorReply(401, `Invalid ${header} header`);
	}
	return undefined;
}

/** GET /wms/<resource>/meta and /wms/<resource>/meta/<integration>: Trackstar's write-schema endpoints. */
export function isMetaPath(request: Pick<SandboxRequest, 'segments'>): boolean {
	return request.segments[0] === 'wms' && request.segments[2] === 'meta';
}

/** GET /integrations/{integration_type}[/{integration_name}[/write-info]]. */
export function isIntegrationsPath(request: Pick<SandboxRequest, 'segments'>): boolean {
	return request.segments[0] === 'integrations';
}

/** Which once-a-minute budget a request spends, and whose: undefined for the unlimited routes. */
function minuteBudget(request: SandboxRequest): { endpoint: string; key: string } | undefined {
	const token = headerValue(request, ACCESS_TOKEN_HEADER) ?? '';
	if (isMetaPath(request)) return { endpoint: 'the meta endpoint', key: `meta:${token}` };
	if (!isIntegrationsPath(request)) return undefined;
	const apiKey = headerValue(request, API_KEY_HEADER) ?? '';
	// write-info is per connection when a token names one, else per API key, as the catalog is.
	if (request.segments[3] === 'write-info')
		return { endpoint: 'the write-info endpoint', key: `write-info:${token || apiKey}` };
	return { endpoint: 'the integrations endpoint', key: `integrations:${apiKey}` };
}

/**
 * Enforces the limit of about one call a minute of the meta endpoints (per access token), the
 * integrations endpoints (per API key) and write-info (per connection): a call within
 * `intervalSeconds` of the last answered one gets 429 with `retry-after` (whole seconds left).
 * Time comes from `clock`, so tests can move it instead of waiting.
 */
export function metaRateLimit(
	intervalSeconds: number,
	clock: () => Date,
): Middleware & { reset(): void } {
	const lastCall = new Map<string, number>();
	const middleware = async (request: SandboxRequest, next: () => Promise<Reply>) => {
		const budget = intervalSeconds > 0 ? minuteBudget(request) : undefined;
		if (!budget) return next();
		const now = clock().getTime();
		const last = lastCall.get(budget.key);
		if (last !== undefined && now - last < intervalSeconds * 1000) {
			const retryAfter = Math.max(1, Math.ceil((last + intervalSeconds * 1000 - now) / 1000));
			return {
				...errorReply(
					429,
					`Rate limit exceeded: ${budget.endpoint} allows one call per ${intervalSeconds} seconds. Retry after ${retryAfter} seconds.`,
				),
				headers: { 'retry-after': retryAfter },
			};
		}
		const reply = await next();
		if (reply.status < 400) lastCall.set(budget.key, now);
		return reply;
	};
	return Object.assign(middleware, { reset: () => lastCall.clear() });
}
