import { requestOptionsField } from '../../nodes/shared/fields/requestOptionsField';
import { DEFAULT_CONCURRENT_PAGES } from '../../nodes/shared/transport/requestOptions';
import {
	DEFAULT_RETRY_POLICY,
	backoffDelay,
	isIdempotent,
	mayHaveBeenApplied,
	nextRetry,
	retryVerdict,
} from '../../nodes/shared/transport/retry';

const policy = { ...DEFAULT_RETRY_POLICY, maxRetries: 3, maxWaitMs: 10_000, baseDelayMs: 1000 };
const status = (code: number) => ({ kind: 'status' as const, status: code });
const network = (code?: string) => ({ kind: 'network' as const, code });

describe('retry policy', () => {
	it.each([429, 500, 502, 503, 504])('retries a read answered %i', (code) => {
		expect(retryVerdict(status(code), true)).toEqual({ retry: true });
	});

	it.each([400, 401, 403, 404, 405, 409, 413, 422, 501, 505])('never retries %i', (code) => {
		expect(retryVerdict(status(code), true)).toEqual({ retry: false, reason: 'not retryable' });
	});

	it.each(['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN'])(
		'retries a read after %s',
		(code) => {
			expect(retryVerdict(network(code), true)).toEqual({ retry: true });
		},
	);

	it.each([undefined, 'ENOTFOUND', 'ERR_CANCELED', 'CERT_HAS_EXPIRED'])(
		'does not retry a network failure coded %s',
		(code) => {
			expect(retryVerdict(network(code), true)).toEqual({ retry: false, reason: 'not retryable' });
		},
	);

	it('counts GET, PUT (update, cancel) and DELETE as safe to repeat, POST and PATCH not', () => {
		expect(['GET', 'HEAD', 'PUT', 'DELETE'].every((method) => isIdempotent(method as never))).toBe(
			true,
		);
		expect(['POST', 'PATCH'].some((method) => isIdempotent(method as never))).toBe(false);
	});

	it('repeats a POST only when Trackstar provably did not act on it: a 429, or a connection never made', () => {
		expect(retryVerdict(status(429), false)).toEqual({ retry: true });
		expect(retryVerdict(network('ECONNREFUSED'), false)).toEqual({ retry: true });
		for (const failure of [
			status(500),
			status(502),
			status(503),
			status(504),
			network('ECONNRESET'),
			network('ECONNABORTED'),
		]) {
			expect(retryVerdict(failure, false)).toEqual({ retry: false, reason: 'unsafe write' });
		}
	});

	it('repeats a write sent with an Idempotency-Key after a lost answer or a 409, never after a 5xx', () => {
		for (const failure of [
			network('ECONNRESET'),
			network('ETIMEDOUT'),
			network('ECONNABORTED'),
			status(409),
			status(429),
		]) {
			expect(retryVerdict(failure, false, true)).toEqual({ retry: true });
		}
		for (const failure of [status(500), status(502), status(503), status(504)]) {
			expect(retryVerdict(failure, false, true)).toEqual({ retry: false, reason: 'unsafe write' });
		}
		expect(retryVerdict(status(409), false)).toEqual({ retry: false, reason: 'not retryable' });
		expect(retryVerdict(status(400), false, true)).toEqual({
			retry: false,
			reason: 'not retryable',
		});
	});

	it('knows which failed writes may have been applied all the same', () => {
		expect(mayHaveBeenApplied(status(502))).toBe(true);
		expect(mayHaveBeenApplied(network('ECONNRESET'))).toBe(true);
		expect(mayHaveBeenApplied(network('ETIMEDOUT'))).toBe(true);
		expect(mayHaveBeenApplied(status(429))).toBe(false);
		expect(mayHaveBeenApplied(network('ECONNREFUSED'))).toBe(false);
	});

	it('backs off exponentially with jitter between half and all of base * 2^(n-1), capped at 30 s', () => {
		expect([1, 2, 3, 4].map((retry) => backoffDelay(retry, 1000, () => 0))).toEqual([
			500, 1000, 2000, 4000,
		]);
		expect([1, 2, 3, 4].map((retry) => backoffDelay(retry, 1000, () => 1))).toEqual([
			1000, 2000, 4000, 8000,
		]);
		expect(backoffDelay(20, 1000, () => 1)).toBe(30_000);
	});

	it('waits what Trackstar asked, else backs off, within Max Retries and Max Total Wait', () => {
		const fresh = { retries: 0, waitedMs: 0 };
		expect(nextRetry(status(429), true, fresh, policy, 250)).toEqual({ waitMs: 250 });
		expect(nextRetry(status(503), true, fresh, policy, undefined, () => 0)).toEqual({
			waitMs: 500,
		});
		expect(nextRetry(status(503), true, { retries: 3, waitedMs: 0 }, policy, undefined)).toEqual({
			reason: 'retries used up',
		});
		expect(nextRetry(status(429), true, { retries: 1, waitedMs: 9_000 }, policy, 2_000)).toEqual({
			reason: 'wait too long',
			waitMs: 2_000,
		});
		expect(nextRetry(status(404), true, fresh, policy, undefined)).toEqual({
			reason: 'not retryable',
		});
		expect(nextRetry(status(502), false, fresh, policy, undefined)).toEqual({
			reason: 'unsafe write',
		});
	});

	it("offers the policy's defaults in the node's Request Options", () => {
		const defaults = Object.fromEntries(
			(requestOptionsField.options ?? []).map((option) => [
				option.name,
				(option as { default: unknown }).default,
			]),
		);
		expect(defaults).toEqual({
			maxRetries: DEFAULT_RETRY_POLICY.maxRetries,
			maxRetryWait: DEFAULT_RETRY_POLICY.maxWaitMs / 1000,
			retryDelay: DEFAULT_RETRY_POLICY.baseDelayMs,
			timeout: DEFAULT_RETRY_POLICY.timeoutMs / 1000,
			concurrentPages: DEFAULT_CONCURRENT_PAGES,
			// Off: an empty filter fails rather than widen the list.
			ignoreEmptyFilters: false,
			// None: the node derives one for each item's write in each run.
			idempotencyKey: '',
		});
	});
});
