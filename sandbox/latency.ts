/**
 * How long Trackstar takes to answer a page: a list page of 1,000 orders is megabytes of JSON and
 * takes Trackstar hundreds of milliseconds, where the sandbox answers in a few. With a latency
 * set, every list page (an answer with a `data` list) is held back for `pageMs` plus `perRecordMs`
 * per record it holds, after the rate limit counted the request (as Trackstar counts on arrival).
 */
import { setTimeout } from '@n8n-nodes-trackstar/node-runtime/timers';

import type { Middleware } from './http';

export interface PageLatency {
	/** Milliseconds every list page takes; default 0. */
	pageMs?: number;
	/** Milliseconds more per record on the page; default 0. */
	perRecordMs?: number;
}

export function pageLatency(
	initial: PageLatency = {},
): Middleware & { set(latency: PageLatency): void } {
	let latency = initial;
	const middleware: Middleware = async (_request, next) => {
		const reply = await next();
		const data = (reply.body as { data?: unknown } | undefined)?.data;
		if (reply.status !== 200 || !Array.isArray(data)) return reply;
		const ms = (latency.pageMs ?? 0) + (latency.perRecordMs ?? 0) * data.length;
		if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
		return reply;
	};
	return Object.assign(middleware, {
		set: (next: PageLatency) => {
			latency = next;
		},
	});
}
