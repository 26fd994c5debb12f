import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import type { TrackstarContext } from './context';

/** Trackstar limits reads and writes per access token separately (10/s and 50/s). */
export type RateLimitBucket = 'read' | 'write';

export function rateLimitBucket(method: IHttpRequestMethods): RateLimitBucket {
	return method === 'GET' || method === 'HEAD' ? 'read' : 'write';
}

/** A little past the reset, so a request does not land in the window that is closing. */
const RESET_MARGIN_MS = 20;

/** Trackstar's docs have used both spellings; whichever arrives is honoured. */
const SPELLINGS = ['x-ratelimit-', 'x-rate-limit-'];

export function headerValue(headers: IDataObject | undefined, name: string): string | undefined {
	const value = headers?.[name];
	return Array.isArray(value)
		? String(value[0])
		: typeof value === 'string' || typeof value === 'number'
			? String(value)
			: undefined;
}

function rateHeader(headers: IDataObject | undefined, suffix: string): string | undefined {
	for (const prefix of SPELLINGS) {
		const value = headerValue(headers, `${prefix}${suffix}`);
		if (value !== undefined && value.trim() !== '') return value.trim();
	}
	return undefined;
}

function finiteNumber(text: string | undefined): number | undefined {
	if (text === undefined || !/^\d+(\.\d+)?$/.test(text)) return undefined;
	return Number(text);
}

/** `x-ratelimit-reset`: the epoch second the current window ends, as a time in ms. */
function resetTime(headers: IDataObject | undefined): number | undefined {
	const seconds = finiteNumber(rateHeader(headers, 'reset'));
	return seconds === undefined ? undefined : seconds * 1000;
}

function secondsOrDate(text: string | undefined, now: number): number | undefined {
	if (text === undefined) return undefined;
	const seconds = finiteNumber(text);
	if (seconds !== undefined) return seconds * 1000;
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** What `retry-after` (seconds or an HTTP date) or `x-rate-limit-retry-after` asks to wait, in ms. */
export function retryAfterWait(headers: IDataObject | undefined, now: number): number | undefined {
	return secondsOrDate(
		headerValue(headers, 'retry-after')?.trim() ?? rateHeader(headers, 'retry-after'),
		now,
	);
}

/**
 * How long a 429 asks to wait, in ms. With both a whole-second retry-after and the window's
 * reset, the reset is the precise one: "retry-after: 1" means "within a second", and waking at
 * the reset (not up to a second into the next window) keeps concurrent runs sharing the token
 * from taking the whole window first, again and again. The wait never ends before retry-after
 * minus its one-second resolution, and a reset already past gives way to retry-after. Undefined
 * when the answer says nothing about waiting.
 */
export function rateLimitWait(headers: IDataObject | undefined, now: number): number | undefined {
	const retryAfter = retryAfterWait(headers, now);
	const reset = resetTime(headers);
	// A reset already past by this clock (skew, or a reset rounded down) says nothing precise.
	const trustReset = reset !== undefined && (reset > now || retryAfter === undefined);
	const untilReset = trustReset ? Math.max(0, reset - now) + RESET_MARGIN_MS : undefined;
	if (retryAfter === undefined) return untilReset;
	if (untilReset === undefined) return retryAfter;
	return Math.min(retryAfter, Math.max(untilReset, retryAfter - 1000));
}

interface Window {
	/** The requests Trackstar allows per window, when it said. */
	limit?: number;
	/** What is left of the window by this run's count: Trackstar's figure less what was sent since. */
	remaining: number;
	resetAt: number;
	/** Requests sent so near the reset that Trackstar may count them in the next window instead. */
	carried?: number;
}

/** Trackstar counts its limits per second. */
const WINDOW_MS = 1000;

/**
 * The rate-limit window Trackstar last reported, per context (one node run) and bucket, and what
 * this run has sent into it since. Kept beside the context, not in it: the concurrent pages of
 * one run (see paginate.ts) share it, so together they stay under the limit. It is a hint, never
 * shared between executions or workers; a run without it still ends right (the 429 is then
 * answered by waiting and retrying).
 */
const lastWindows = new WeakMap<object, Partial<Record<RateLimitBucket, Window>>>();

/** Remembers the window a response reported, to pace the next requests. */
export function rememberRateLimit(
	context: TrackstarContext,
	bucket: RateLimitBucket,
	headers: IDataObject | undefined,
): void {
	const remaining = finiteNumber(rateHeader(headers, 'remaining'));
	const resetAt = resetTime(headers);
	const limit = finiteNumber(rateHeader(headers, 'limit'));
	const windows = lastWindows.get(context) ?? {};
	const known = windows[bucket];
	// An answer without the headers (a proxy's 502, say) says nothing of the window: what was
	// known still paces the run's other pages, and rolls over with the limit Trackstar reported.
	if (remaining === undefined || resetAt === undefined) return;
	// An answer from a window already counted: the lower count wins, since it also counts the
	// requests of this run still in flight (and another run's, when a token is shared).
	if (known && known.resetAt === resetAt) known.remaining = Math.min(known.remaining, remaining);
	// An answer from an older window says nothing about the current one.
	else if (!known || resetAt > known.resetAt) windows[bucket] = { limit, remaining, resetAt };
	lastWindows.set(context, windows);
}

/** The window a request sent at `now` falls in, rolled over past its resets; undefined: none paces it. */
function windowAt(
	context: TrackstarContext,
	bucket: RateLimitBucket,
	now: number,
): Window | undefined {
	const window = lastWindows.get(context)?.[bucket];
	if (!window) return undefined;
	if (now >= window.resetAt + RESET_MARGIN_MS) {
		if (window.limit === undefined || window.limit < 1) return undefined;
		// The window this request falls in, by Trackstar's per-second count.
		const passed = Math.floor((now - window.resetAt) / WINDOW_MS) + 1;
		window.resetAt += passed * WINDOW_MS;
		window.remaining = Math.max(0, window.limit - (passed === 1 ? (window.carried ?? 0) : 0));
		window.carried = 0;
	}
	return window;
}

/**
 * How long to wait before the next request so that it does not run into a 429, 0 when it may go
 * now: then it is counted against the window, so concurrent requests of the run never together
 * send more than the window has left. After a reset the next window is assumed to hold the limit
 * Trackstar reported. A reset further away than `maxWaitMs` (a skewed clock, or a limit far
 * longer than Trackstar's) is not waited for here.
 */
export function pacingDelay(
	context: TrackstarContext,
	bucket: RateLimitBucket,
	now: number,
	maxWaitMs: number,
): number {
	const window = windowAt(context, bucket, now);
	if (!window) return 0;
	if (window.remaining > 0) {
		window.remaining--;
		// Sent at the turn of the second, it may arrive in either window: it counts in both.
		if (now >= window.resetAt - RESET_MARGIN_MS) window.carried = (window.carried ?? 0) + 1;
		return 0;
	}
	const wait = window.resetAt + RESET_MARGIN_MS - now;
	return wait > 0 && wait <= maxWaitMs ? wait : 0;
}

/**
 * How long a request sent at `now` would be held by pacingDelay, without counting it: 0 when it
 * would go at once. Lets a caller with several requests to make choose which goes next.
 */
export function pacingWait(
	context: TrackstarContext,
	bucket: RateLimitBucket,
	now: number,
): number {
	const window = windowAt(context, bucket, now);
	return !window || window.remaining > 0 ? 0 : Math.max(0, window.resetAt + RESET_MARGIN_MS - now);
}

/**
 * The time between two requests that keeps within the limit Trackstar last reported for this run
 * (100 ms at its 10 reads a second), or undefined before it reported one.
 */
export function limitInterval(
	context: TrackstarContext,
	bucket: RateLimitBucket,
): number | undefined {
	const limit = lastWindows.get(context)?.[bucket]?.limit;
	return limit === undefined || limit < 1 ? undefined : WINDOW_MS / limit;
}
