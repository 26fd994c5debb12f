import { rateLimitBucket, rateLimitWait, retryAfterWait } from '../../nodes/shared/transport/rateLimit';
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

	it.each(['x-ratelimit-reset', 'x-rate-limit-reset'])('waits until just past %s (epoch seconds) when no retry-after is given', (header) => {
		expect(rateLimitWait({ [header]: String(NOW_SECONDS + 1) }, NOW)).toBe(770);
		expect(rateLimitWait({ [header]: String(NOW_SECONDS - 5) }, NOW)).toBe(20);
	});

	it("wakes at the reset when it falls within a whole-second retry-after's resolution", () => {
		const reset = String(NOW_SECONDS + 1);
		expect(rateLimitWait({ 'retry-after': '1', 'x-ratelimit-reset': reset }, NOW)).toBe(770);
		expect(rateLimitWait({ 'retry-after': '0', 'x-ratelimit-reset': reset }, NOW)).toBe(0);
		// Never before retry-after minus its resolution, never after retry-after.
		expect(rateLimitWait({ 'retry-after': '30', 'x-ratelimit-reset': reset }, NOW)).toBe(29_000);
		expect(rateLimitWait({ 'retry-after': '1', 'x-ratelimit-reset': String(NOW_SECONDS + 10) }, NOW)).toBe(1000);
	});

	it('waits the whole retry-after when the reset has already passed by this clock (skew, or rounded down)', () => {
		expect(rateLimitWait({ 'retry-after': '1', 'x-ratelimit-reset': String(NOW_SECONDS - 2) }, NOW)).toBe(1000);
		expect(rateLimitWait({ 'retry-after': '2', 'x-rate-limit-reset': String(Math.floor(NOW / 1000)) }, NOW)).toBe(2000);
	});

	it('says nothing when the answer says nothing', () => {
		expect(rateLimitWait({}, NOW)).toBeUndefined();
		expect(rateLimitWait(undefined, NOW)).toBeUndefined();
	});

	it('counts GET as a read and every other method as a write', () => {
		expect(rateLimitBucket('GET')).toBe('read');
		expect(['PUT', 'POST', 'PATCH', 'DELETE'].map((method) => rateLimitBucket(method as never))).toEqual(Array(4).fill('write'));
	});
});

describe('redacting secrets from answers', () => {
	it('replaces the API key and access token wherever they appear, keys included', () => {
		const secrets = credentialSecrets({ apiKey: 'key_123456', accessToken: ' tok_abcdef ', baseUrl: 'x' });
		expect(redactSecrets({ error: 'bad key_123456', detail: { tok_abcdef: ['tok_abcdef!'] }, n: 1 }, secrets)).toEqual({
			error: 'bad [redacted]',
			detail: { '[redacted]': ['[redacted]!'] },
			n: 1,
		});
	});

	it('ignores secrets too short to search for', () => {
		expect(credentialSecrets({ apiKey: 'abc', accessToken: '' })).toEqual([]);
	});
});
