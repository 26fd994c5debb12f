import type { TrackstarContext } from '../../nodes/shared/transport/context';
import {
	pacingDelay,
	pacingWait,
	rateLimitBucket,
	rateLimitWait,
	rememberRateLimit,
	retryAfterWait,
} from '../../nodes/shared/transport/rateLimit';
import { credentialSecrets, redactSecrets } from '../../nodes/shared/transport/redact';

const NOW = Date.parse('2026-11-20T12:00:00.250Z');
const NOW_SECONDS = Math.floor(NOW / 1000);

describe("reading Trackstar's rate-limit headers", () => {
	it('reads retry-after in seconds or as an HTTP date', () => {
		expect(retryAfterWait({ 'retry-after': '2' }, NOW)).toBe(2000);
		expect(retryAfterWait({ 'retry-after': '0.5' }, NOW)).toBe(500);
		expect(retryAfterWait({ 'retry-after': 'Fri, 20 Nov 2026 12:00:03 GMT' }, NOW)).toBe(2750);
		expect(retryAfterWait({ 'retry-after': 'soon' }, NOW)).toBeUndefined();
	});

	it('reads x-rate-limit-retry-after when retry-after is absent', () => {
		expect(retryAfterWait({ 'x-rate-limit-retry-after': '3' }, NOW)).toBe(3000);
		expect(retryAfterWait({ 'retry-after': '1', 'x-rate-limit-retry-after': '3' }, NOW)).toBe(1000);
	});

	it.each(['x-ratelimit-reset', 'x-rate-limit-reset'])(
		'waits until just past %s (epoch seconds) when no retry-after is given',
		(header) => {
			expect(rateLimitWait({ [header]: String(NOW_SECONDS + 1) }, NOW)).toBe(770);
			expect(rateLimitWait({ [header]: String(NOW_SECONDS - 5) }, NOW)).toBe(20);
		},
	);

	it("wakes at the reset when it falls within a whole-second retry-after's resolution", () => {
		const reset = String(NOW_SECONDS + 1);
		expect(rateLimitWait({ 'retry-after': '1', 'x-ratelimit-reset': reset }, NOW)).toBe(770);
		expect(rateLimitWait({ 'retry-after': '0', 'x-ratelimit-reset': reset }, NOW)).toBe(0);
		// Never before retry-after minus its resolution, never after retry-after.
		expect(rateLimitWait({ 'retry-after': '30', 'x-ratelimit-reset': reset }, NOW)).toBe(29_000);
		expect(
			rateLimitWait({ 'retry-after': '1', 'x-ratelimit-reset': String(NOW_SECONDS + 10) }, NOW),
		).toBe(1000);
	});

	it('waits the whole retry-after when the reset has already passed by this clock (skew, or rounded down)', () => {
		expect(
			rateLimitWait({ 'retry-after': '1', 'x-ratelimit-reset': String(NOW_SECONDS - 2) }, NOW),
		).toBe(1000);
		expect(
			rateLimitWait(
				{ 'retry-after': '2', 'x-rate-limit-reset': String(Math.floor(NOW / 1000)) },
				NOW,
			),
		).toBe(2000);
	});

	it('says nothing when the answer says nothing', () => {
		expect(rateLimitWait({}, NOW)).toBeUndefined();
		expect(rateLimitWait(undefined, NOW)).toBeUndefined();
	});

	it('counts GET as a read and every other method as a write', () => {
		expect(rateLimitBucket('GET')).toBe('read');
		expect(
			['PUT', 'POST', 'PATCH', 'DELETE'].map((method) => rateLimitBucket(method as never)),
		).toEqual(Array(4).fill('write'));
	});
});

describe('redacting secrets from answers', () => {
	it('replaces the API key and access token wherever they appear, keys included', () => {
		const secrets = credentialSecrets({
			apiKey: 'key_123456',
			accessToken: ' tok_abcdef ',
			baseUrl: 'x',
		});
		expect(
			redactSecrets(
				{ error: 'bad key_123456', detail: { tok_abcdef: ['tok_abcdef!'] }, n: 1 },
				secrets,
			),
		).toEqual({
			error: 'bad [redacted]',
			detail: { '[redacted]': ['[redacted]!'] },
			n: 1,
		});
	});

	it('ignores secrets too short to search for', () => {
		expect(credentialSecrets({ apiKey: 'abc', accessToken: '' })).toEqual([]);
	});
});

describe('pacing the concurrent requests of one run', () => {
	// One node run: its own object, as n8n gives each run its own context.
	let context: TrackstarContext;
	beforeEach(() => {
		context = {} as TrackstarContext;
	});
	const window = (remaining: number, resetSeconds: number) => ({
		'x-ratelimit-limit': '10',
		'x-ratelimit-remaining': String(remaining),
		'x-ratelimit-reset': String(resetSeconds),
	});

	it('counts each request it lets go against what the window has left, then waits for the reset', () => {
		rememberRateLimit(context, 'read', window(2, NOW_SECONDS + 1));
		expect(pacingDelay(context, 'read', NOW, 5000)).toBe(0);
		expect(pacingDelay(context, 'read', NOW, 5000)).toBe(0);
		expect(pacingDelay(context, 'read', NOW, 5000)).toBe(770);
	});

	it('gives the next window the limit Trackstar reported, and no more', () => {
		rememberRateLimit(context, 'read', window(0, NOW_SECONDS + 1));
		const next = (NOW_SECONDS + 1) * 1000 + 20;
		const sent = Array.from({ length: 12 }, () => pacingDelay(context, 'read', next, 5000));
		expect(sent.filter((wait) => wait === 0)).toHaveLength(10);
		expect(sent.slice(10)).toEqual([1000, 1000]);
	});

	it('counts a request sent at the turn of the second in both windows, where Trackstar may count it', () => {
		rememberRateLimit(context, 'read', window(5, NOW_SECONDS + 1));
		const reset = (NOW_SECONDS + 1) * 1000;
		expect(pacingDelay(context, 'read', reset - 200, 5000)).toBe(0);
		expect(pacingDelay(context, 'read', reset + 5, 5000)).toBe(0);
		expect(pacingDelay(context, 'read', reset - 5, 5000)).toBe(0);
		const next = Array.from({ length: 10 }, () => pacingDelay(context, 'read', reset + 20, 5000));
		expect(next.filter((wait) => wait === 0)).toHaveLength(8);
	});

	it('keeps the lower count when an answer from the same window comes back', () => {
		rememberRateLimit(context, 'read', window(5, NOW_SECONDS + 1));
		for (let sent = 0; sent < 4; sent++) pacingDelay(context, 'read', NOW, 5000);
		rememberRateLimit(context, 'read', window(8, NOW_SECONDS + 1));
		expect(pacingDelay(context, 'read', NOW, 5000)).toBe(0);
		expect(pacingDelay(context, 'read', NOW, 5000)).toBe(770);
	});

	it('tells how long a request would be held, without counting it', () => {
		rememberRateLimit(context, 'read', window(1, NOW_SECONDS + 1));
		expect(pacingWait(context, 'read', NOW)).toBe(0);
		expect(pacingWait(context, 'read', NOW)).toBe(0);
		expect(pacingDelay(context, 'read', NOW, 5000)).toBe(0);
		expect(pacingWait(context, 'read', NOW)).toBe(770);
		expect(pacingWait(context, 'read', (NOW_SECONDS + 1) * 1000 + 20)).toBe(0);
	});

	it("keeps pacing by what it knew when an answer comes without the headers (a proxy's 502)", () => {
		rememberRateLimit(context, 'read', window(0, NOW_SECONDS + 1));
		rememberRateLimit(context, 'read', { 'content-type': 'text/html' });
		expect(pacingDelay(context, 'read', NOW, 5000)).toBe(770);
	});

	it('ignores an answer from a window already past', () => {
		rememberRateLimit(context, 'read', window(0, NOW_SECONDS + 1));
		rememberRateLimit(context, 'read', window(9, NOW_SECONDS));
		expect(pacingDelay(context, 'read', NOW, 5000)).toBe(770);
	});
});
