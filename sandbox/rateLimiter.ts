/**
 * Trackstar's rate limits: per access token, 10 reads and 50 writes per second, counted in
 * one-second windows of real time. Every reply carries the limit, what remains and when the
 * window resets. Informational by default; with `enforce`, a request over the limit is answered
 * 429 with `retry-after`, `x-rate-limit-retry-after` and the reset, as Trackstar does.
 */
import type { Middleware, Reply, SandboxRequest } from './http';
import { errorReply, headerValue } from './http';
import { ACCESS_TOKEN_HEADER } from './middleware';

/** Trackstar's documented limits per access token and second. */
export const RATE_LIMITS = { read: 10, write: 50 } as const;

export interface RateLimitOptions {
	/** Answer 429 above the limit; default false (headers only, nothing refused). */
	enforce?: boolean;
	/** Reads per second per access token; default 10. */
	read?: number;
	/** Writes per second per access token; default 50. */
	write?: number;
	/** Trackstar's docs show both spellings of the headers; default 'x-ratelimit'. */
	spelling?: 'x-ratelimit' | 'x-rate-limit';
}

function isWrite(method: string): boolean {
	return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}

export function rateLimiter(options: RateLimitOptions = {}): Middleware & { reset(): void } {
	const limits = {
		read: options.read ?? RATE_LIMITS.read,
		write: options.write ?? RATE_LIMITS.write,
	};
	const prefix = options.spelling ?? 'x-ratelimit';
	const windows = new Map<string, { second: number; count: number }>();

	const middleware = async (request: SandboxRequest, next: () => Promise<Reply>) => {
		// The admin routes, and the carrier file store, which is not Trackstar's (carrier/carrierFiles.ts).
		if (request.segments[0] === '__sandbox' || request.segments[0] === 'carrier-files')
			return next();
		const write = isWrite(request.method);
		const limit = write ? limits.write : limits.read;
		const key = `${write ? 'write' : 'read'}:${headerValue(request, ACCESS_TOKEN_HEADER) ?? ''}`;
		const now = Date.now();
		const second = Math.floor(now / 1000);
		let window = windows.get(key);
		if (!window || window.second !== second) {
			window = { second, count: 0 };
			windows.set(key, window);
		}
		const headers = {
			[`${prefix}-limit`]: limit,
			[`${prefix}-remaining`]: 0,
			[`${prefix}-reset`]: second + 1,
		};
		if (options.enforce && window.count >= limit) {
			const retryAfter = Math.max(1, Math.ceil(((second + 1) * 1000 - now) / 1000));
			return {
				...errorReply(
					429,
					`Rate limit exceeded: ${limit} ${write ? 'writes' : 'reads'} per second per access token. Retry after ${retryAfter} seconds.`,
				),
				headers: { ...headers, 'retry-after': retryAfter, 'x-rate-limit-retry-after': retryAfter },
			};
		}
		window.count++;
		headers[`${prefix}-remaining`] = Math.max(0, limit - window.count);
		const reply = await next();
		return { ...reply, headers: { ...reply.headers, ...headers } };
	};
	return Object.assign(middleware, { reset: () => windows.clear() });
}
