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
 * The access token of each connection type's API. A Trackstar access token belongs to one
 * connection: the sandbox's main token stands for a WMS and a cart connection at once (it reads
 * /wms and /cart), the freight and carrier tokens each read their own API only.
 */
export interface AccessTokens {
	/** /wms and /cart. */
	accessToken: string;
	freightAccessToken: string;
	carrierAccessToken: string;
}

/** The access token a route takes, or undefined for a route outside the connections' APIs. */
export function accessTokenFor(
	request: Pick<SandboxRequest, 'segments'>,
	tokens: AccessTokens,
): string | undefined {
	switch (request.segments[0]) {
		case 'wms':
		case 'cart':
			return tokens.accessToken;
		case 'freight':
			return tokens.freightAccessToken;
		case 'carrier':
			return tokens.carrierAccessToken;
		default:
			return undefined;
	}
}

export interface Secrets {
	apiKey: string;
	accessToken: string;
}

/**
 * 401 unless `x-trackstar-api-key` carries the sandbox's key and `x-trackstar-access-token` the
 * token of the route's API: another connection type's token is refused as any unknown token is
 * (Trackstar does not document its answer to that). The message names the header at fault and
 * never repeats what was received.
 */
export function authenticate(apiKey: string, tokens: AccessTokens): Middleware {
	return async (request, next) => {
		const accessToken = accessTokenFor(request, tokens);
		if (accessToken === undefined) return next();
		return credentialsRefusal(request, { apiKey, accessToken }) ?? next();
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
