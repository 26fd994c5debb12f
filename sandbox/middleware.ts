/**
 * Middlewares that sit in front of the routes: Trackstar's auth headers (rate limits are in
 * rateLimit.ts, fault injection in faults.ts).
 */
import { createHash, timingSafeEqual } from 'node:crypto';

import type { Middleware, SandboxRequest } from './http';
import { errorReply, headerValue } from './http';

export const API_KEY_HEADER = 'x-trackstar-api-key';
export const ACCESS_TOKEN_HEADER = 'x-trackstar-access-token';

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
