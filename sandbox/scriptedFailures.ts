/**
 * Test-only failures on demand: the next N requests to /wms/ that match are answered with the
 * given status instead of reaching the routes (e.g. "fail the second page of the next poll").
 */
import type { Middleware, SandboxRequest } from './http';
import { errorReply } from './http';
import { isWmsPath } from './middleware';

export interface ScriptedFailure {
	status: number;
	/** Which requests fail; default: every /wms/ request. */
	when?: (request: SandboxRequest) => boolean;
	/** How many matching requests fail; default 1. */
	times?: number;
}

export function scriptedFailures(): Middleware & { add(failure: ScriptedFailure): void; reset(): void } {
	const pending: Array<Required<ScriptedFailure>> = [];
	const middleware: Middleware = async (request, next) => {
		if (!isWmsPath(request)) return next();
		const failure = pending.find((entry) => entry.when(request));
		if (!failure) return next();
		if (--failure.times === 0) pending.splice(pending.indexOf(failure), 1);
		return errorReply(failure.status, `Scripted failure (${failure.status})`);
	};
	return Object.assign(middleware, {
		add: (failure: ScriptedFailure) =>
			pending.push({ when: () => true, times: 1, ...failure }),
		reset: () => (pending.length = 0),
	});
}
