import type { RetryPolicy, RetryStop } from './retry';
import { checkBeforeRunningAgain, seconds, TIMEOUT_CODES } from './errors';

/**
 * One line on what the retries did before giving up, or undefined when there is nothing to say
 * (an error that is never retried).
 */
export function retryNote(
	stop: RetryStop,
	attempts: number,
	waitedMs: number,
	policy: RetryPolicy,
	method: string,
	path: string,
	appliedCheck?: string,
): string | undefined {
	const tried = `Tried ${attempts} time${attempts === 1 ? '' : 's'}${waitedMs > 0 ? `, waiting ${seconds(waitedMs)} in all` : ''}.`;
	switch (stop.reason) {
		case 'not retryable':
			return undefined;
		case 'unsafe write':
			return `Not retried: Trackstar may already have applied this ${method}, and sending it again could apply it twice. ${checkBeforeRunningAgain(appliedCheck, path)}`;
		case 'retries used up':
			return policy.maxRetries === 0
				? 'Not retried: Max Retries under Request Options is 0.'
				: `${tried} Raise Max Retries under Request Options to keep trying longer.`;
		case 'wait too long':
			return `${tried} The next wait (${seconds(stop.waitMs)}) would pass the Max Total Wait of ${seconds(policy.maxWaitMs)} under Request Options; raise it to keep trying longer.`;
	}
}

/**
 * For a write that ended in an error after an earlier attempt may have been applied: the final
 * answer (e.g. "already cancelled") may be about that earlier attempt.
 */
export function earlierAttemptNote(earlier: string, path: string, appliedCheck?: string): string {
	return `An earlier attempt of this request ${earlier} and may have been applied all the same; this answer may be about it. ${checkBeforeRunningAgain(appliedCheck, path)}`;
}

/** For a write whose last attempt got no answer: it may have been applied, so check before running it again. */
export function lostAnswerNote(outcome: string, path: string, appliedCheck?: string): string {
	return `This write's last attempt ${outcome} and may have been applied. ${checkBeforeRunningAgain(appliedCheck, path)}`;
}

/** What befell an attempt, in words: "was answered 502", "lost its connection (ECONNRESET)". */
export function attemptOutcome(failure: { status?: number; code?: string }): string {
	if (failure.status !== undefined) return `was answered ${failure.status}`;
	return failure.code && TIMEOUT_CODES.has(failure.code)
		? 'timed out'
		: `lost its connection${failure.code ? ` (${failure.code})` : ''}`;
}
