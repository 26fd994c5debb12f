import type { IHttpRequestMethods } from 'n8n-workflow';

/** The bounds of retrying one request (the node's Request Options). */
export interface RetryPolicy {
	/** Retries after the first attempt; 0 = never retry. */
	maxRetries: number;
	/** Total time one request may spend waiting between its attempts, in ms. */
	maxWaitMs: number;
	/** First backoff before retrying a server error or network failure, in ms. */
	baseDelayMs: number;
	/** How long one attempt may take before it counts as a network failure, in ms. */
	timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
	maxRetries: 5,
	maxWaitMs: 30_000,
	baseDelayMs: 1_000,
	timeoutMs: 60_000,
};

/** No single backoff grows past this, however many retries are allowed. */
const MAX_BACKOFF_MS = 30_000;

export const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);

/** Network failures worth another try: the connection broke, was refused, or timed out. */
const RETRYABLE_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ECONNABORTED',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'EPIPE',
	'EAI_AGAIN',
	'ENETUNREACH',
	'EHOSTUNREACH',
]);

/** Failures that prove the request never reached Trackstar. */
const NEVER_SENT_NETWORK_CODES = new Set([
	'ECONNREFUSED',
	'EAI_AGAIN',
	'ENETUNREACH',
	'EHOSTUNREACH',
]);

export type Failure = { kind: 'status'; status: number } | { kind: 'network'; code?: string };

/**
 * Whether a method can be sent twice without changing the outcome. GET only reads. Trackstar's
 * PUT update and cancel set an order to a given state by its ID, so the same body sent again
 * ends in the same state: safe to repeat after a 5xx or a lost answer, even if the first one
 * was applied. A POST (create) is not: if the first one reached Trackstar, a second creates a
 * duplicate order.
 */
export function isIdempotent(method: IHttpRequestMethods): boolean {
	return method === 'GET' || method === 'HEAD' || method === 'PUT' || method === 'DELETE';
}

export type RetryVerdict =
	| { retry: true }
	| { retry: false; reason: 'not retryable' | 'unsafe write' };

/**
 * Whether a failed attempt may be repeated. Only 429, 500, 502, 503, 504 and network failures
 * qualify, never another 4xx. A write that is not idempotent is repeated only when Trackstar
 * provably did not act on it: a 429 (refused, not processed) or a connection that was never
 * established; after a 5xx it may have been applied, so it is not sent again. A write sent with
 * an Idempotency-Key (`keyed`) is also repeated after a lost answer, since Trackstar then replays
 * the first answer if it succeeded and writes again only if it failed, and after a 409, which
 * says the first attempt with the key is still running.
 */
export function retryVerdict(failure: Failure, idempotent: boolean, keyed = false): RetryVerdict {
	if (keyed && failure.kind === 'status' && failure.status === 409) return { retry: true };
	const retryable =
		failure.kind === 'status'
			? RETRYABLE_STATUSES.has(failure.status)
			: failure.code !== undefined && RETRYABLE_NETWORK_CODES.has(failure.code);
	if (!retryable) return { retry: false, reason: 'not retryable' };
	if (idempotent || (keyed && failure.kind === 'network')) return { retry: true };
	const neverProcessed =
		failure.kind === 'status'
			? failure.status === 429
			: failure.code !== undefined && NEVER_SENT_NETWORK_CODES.has(failure.code);
	return neverProcessed ? { retry: true } : { retry: false, reason: 'unsafe write' };
}

/** Whether a failed write may have been applied all the same (its answer lost, or a 5xx after the fact). */
export function mayHaveBeenApplied(failure: Failure): boolean {
	return failure.kind === 'status'
		? failure.status !== 429
		: failure.code === undefined || !NEVER_SENT_NETWORK_CODES.has(failure.code);
}

/**
 * Exponential backoff with "equal jitter": retry n waits between half and all of
 * base * 2^(n-1), so concurrent executions that failed together do not retry together.
 */
export function backoffDelay(
	retry: number,
	baseDelayMs: number,
	random: () => number = Math.random,
): number {
	const ceiling = Math.min(MAX_BACKOFF_MS, baseDelayMs * 2 ** (retry - 1));
	return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export type RetryStop =
	| { reason: 'not retryable' }
	| { reason: 'unsafe write' }
	| { reason: 'retries used up' }
	| { reason: 'wait too long'; waitMs: number };

export interface RetryState {
	/** Retries already made for this request. */
	retries: number;
	/** Time already spent waiting between its attempts, in ms. */
	waitedMs: number;
}

/**
 * What to do after a failed attempt: wait `waitMs` and try again, or stop and why. The wait is
 * what Trackstar asked for (`requestedWaitMs`, from retry-after or the rate-limit reset) when it
 * asked, else the backoff.
 */
export function nextRetry(
	failure: Failure,
	idempotent: boolean,
	state: RetryState,
	policy: RetryPolicy,
	requestedWaitMs: number | undefined,
	random?: () => number,
	keyed = false,
): { waitMs: number } | RetryStop {
	const verdict = retryVerdict(failure, idempotent, keyed);
	if (!verdict.retry) return { reason: verdict.reason };
	if (state.retries >= policy.maxRetries) return { reason: 'retries used up' };
	const waitMs = requestedWaitMs ?? backoffDelay(state.retries + 1, policy.baseDelayMs, random);
	if (state.waitedMs + waitMs > policy.maxWaitMs) return { reason: 'wait too long', waitMs };
	return { waitMs };
}
