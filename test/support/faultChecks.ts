import type { Sandbox } from '../../sandbox';
import { wmsRequests } from './trackstar';

/** Request Options that keep retry backoffs at a few milliseconds, so tests never sleep long. */
export const FAST_RETRIES = { retryDelay: 1 };

/** The status of every request Trackstar's routes received, in order (0 = connection dropped). */
export const statuses = (sandbox: Sandbox) => wmsRequests(sandbox).map((request) => request.status);

/** Each value at most once: none lost, none doubled. */
export function expectNoDuplicates(values: unknown[]) {
	expect(new Set(values).size).toBe(values.length);
}
