/**
 * On-demand syncs (how-to-guides/on-demand-syncs.mdx): a backfill of one function over a time
 * window, for the access token's connection. A job is `open` until it completes, here a set number
 * of seconds after it was created (by the sandbox's clock), or until it is cancelled; only an open
 * job can be cancelled. The guide documents no wrapper, so a job is answered as itself.
 */
import { randomUUID } from 'node:crypto';

import type { ConnectionContext } from './connections';
import { unauthorized } from './connections';
import type { Handler, Reply, SandboxRequest } from './http';
import { Router, errorReply, jsonReply } from './http';
import { toTrackstarDate } from './types';
import { describeErrors } from './writes';

/** The WMS functions the guide lists (get_inventory is intentionally not among them). */
export const ON_DEMAND_FUNCTIONS = [
	'get_products',
	'get_orders',
	'get_inbound_shipments',
	'get_returns',
	'get_bills',
	'get_inventory_ledger',
];

/** The sandbox's integrations with on-demand syncs enabled (support is per integration and function). */
const ENABLED = new Set(['sandbox', 'shiphero']);

interface Job {
	id: string;
	connection_id: string;
	function_name: string;
	requested_start_time: string;
	requested_end_time: string;
	created_at: string;
	status: 'open' | 'completed' | 'cancelled';
	completesAt: number;
}

export interface OnDemandContext extends Pick<ConnectionContext, 'apiKey' | 'accessToken'> {
	clock: () => Date;
	connection: () => { id: string; integration: string };
	/** How long a job runs, in seconds of the sandbox's clock. */
	seconds: number;
}

const isTime = (value: unknown): value is string =>
	typeof value === 'string' &&
	/^\d{4}-\d{2}-\d{2}T/.test(value) &&
	!Number.isNaN(Date.parse(value));

export function onDemandSyncStore() {
	const jobs = new Map<string, Job>();
	return { jobs, reset: () => jobs.clear() };
}

function shown(context: OnDemandContext, job: Job) {
	if (job.status === 'open' && context.clock().getTime() >= job.completesAt)
		job.status = 'completed';
	const answer: Partial<Job> = { ...job };
	delete answer.completesAt;
	return answer;
}

function create(context: OnDemandContext, jobs: Map<string, Job>, request: SandboxRequest): Reply {
	const body = (request.body ?? {}) as Record<string, unknown>;
	const errors: Record<string, string[]> = {};
	for (const field of ['start_time', 'end_time'])
		if (!isTime(body[field])) errors[field] = ['Not a valid datetime.'];
	if (!ON_DEMAND_FUNCTIONS.includes(String(body.function_name)))
		errors.function_name = [`Must be one of: ${ON_DEMAND_FUNCTIONS.join(', ')}.`];
	if (Object.keys(errors).length > 0)
		return errorReply(422, describeErrors(errors, 'request body'), { detail: { json: errors } });
	if (Date.parse(String(body.start_time)) >= Date.parse(String(body.end_time)))
		return errorReply(400, 'start_time must be before end_time');
	const connection = context.connection();
	if (!ENABLED.has(connection.integration)) {
		return errorReply(
			400,
			`On-demand sync is not enabled for ${connection.integration} ${String(body.function_name)}`,
		);
	}
	const now = context.clock().getTime();
	const job: Job = {
		id: randomUUID().replace(/-/g, ''),
		connection_id: connection.id,
		function_name: String(body.function_name),
		requested_start_time: String(body.start_time),
		requested_end_time: String(body.end_time),
		created_at: toTrackstarDate(now),
		status: 'open',
		completesAt: now + context.seconds * 1000,
	};
	jobs.set(job.id, job);
	return jsonReply(shown(context, job));
}

function find(jobs: Map<string, Job>, request: SandboxRequest): Job | Reply {
	return (
		jobs.get(request.params.sync_job_id) ??
		errorReply(404, 'Sync job not found', { id: request.params.sync_job_id })
	);
}

/** The on-demand sync routes in front of `fallback`. */
export function createOnDemandSyncRouter(
	context: OnDemandContext,
	store: ReturnType<typeof onDemandSyncStore>,
	fallback: Handler,
): Router {
	const isJob = (found: Job | Reply): found is Job => 'function_name' in found;
	// Every on-demand route acts on the token's connection: both headers, as for /connections/sync.
	const authorized =
		(handler: (request: SandboxRequest) => Reply) =>
		(request: SandboxRequest): Reply =>
			unauthorized(request, context, true) ?? handler(request);
	return new Router(fallback)
		.add(
			'POST',
			'/connections/on-demand-syncs',
			authorized((request) => create(context, store.jobs, request)),
		)
		.add(
			'GET',
			'/connections/on-demand-syncs/:sync_job_id',
			authorized((request) => {
				const found = find(store.jobs, request);
				return isJob(found) ? jsonReply(shown(context, found)) : found;
			}),
		)
		.add(
			'POST',
			'/connections/on-demand-syncs/:sync_job_id/cancel',
			authorized((request) => {
				const found = find(store.jobs, request);
				if (!isJob(found)) return found;
				if (shown(context, found).status !== 'open')
					return errorReply(
						400,
						`Only open sync jobs can be cancelled; this one is ${found.status}`,
					);
				found.status = 'cancelled';
				return jsonReply(shown(context, found));
			}),
		);
}
