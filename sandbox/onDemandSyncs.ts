/**
 * On-demand syncs (how-to-guides/on-demand-syncs.mdx): a backfill of one function over a time
 * window, for the access token's connection, whichever it is. A job is `open` until it completes,
 * here a set number of seconds after it was created (by the sandbox's clock), or until it is
 * cancelled; only an open job can be cancelled. The guide documents no wrapper, so a job is
 * answered as itself. A job belongs to its connection: another token's request does not find it.
 */
import { randomUUID } from 'node:crypto';

import type { Connection, ConnectionContext } from './connections';
import { CARRIER_SYNC_FUNCTION, unauthorized } from './connections';
import type { Handler, Reply, SandboxRequest } from './http';
import { Router, errorReply, jsonReply } from './http';
import { CARRIER_INTEGRATION } from './integrations';
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

/**
 * The functions the guide lists per connection type: the WMS's, the carrier's one. It lists none
 * for freight (and says no cart integration has any), so a freight connection's request takes any
 * function the guide names, and is refused as not enabled, the guide's 400.
 */
const FUNCTIONS_BY_TYPE: Partial<Record<Connection['integration_type'], readonly string[]>> = {
	wms: ON_DEMAND_FUNCTIONS,
	carrier: [CARRIER_SYNC_FUNCTION],
};
const EVERY_FUNCTION = Object.values(FUNCTIONS_BY_TYPE).flat();

/** The sandbox's integrations with on-demand syncs enabled (support is per integration and function). */
const ENABLED = new Set(['sandbox', 'shiphero', CARRIER_INTEGRATION]);

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

export interface OnDemandContext extends Pick<ConnectionContext, 'apiKey' | 'tokens'> {
	clock: () => Date;
	/** The connection of the request's access token, once accepted. */
	connection: (request: SandboxRequest) => Connection;
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
	const connection = context.connection(request);
	const functions = FUNCTIONS_BY_TYPE[connection.integration_type];
	const errors: Record<string, string[]> = {};
	for (const field of ['start_time', 'end_time'])
		if (!isTime(body[field])) errors[field] = ['Not a valid datetime.'];
	if (!(functions ?? EVERY_FUNCTION).includes(String(body.function_name)))
		errors.function_name = [`Must be one of: ${(functions ?? EVERY_FUNCTION).join(', ')}.`];
	if (Object.keys(errors).length > 0)
		return errorReply(422, describeErrors(errors, 'request body'), { detail: { json: errors } });
	if (Date.parse(String(body.start_time)) >= Date.parse(String(body.end_time)))
		return errorReply(400, 'start_time must be before end_time');
	const integration = connection.integration_name;
	if (!functions || !ENABLED.has(integration)) {
		return errorReply(
			400,
			`On-demand sync is not enabled for ${integration} ${String(body.function_name)}`,
		);
	}
	const now = context.clock().getTime();
	const job: Job = {
		id: randomUUID().replace(/-/g, ''),
		connection_id: connection.connection_id,
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

function find(
	context: OnDemandContext,
	jobs: Map<string, Job>,
	request: SandboxRequest,
): Job | Reply {
	const job = jobs.get(request.params.sync_job_id);
	return job?.connection_id === context.connection(request).connection_id
		? job
		: errorReply(404, 'Sync job not found', { id: request.params.sync_job_id });
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
				const found = find(context, store.jobs, request);
				return isJob(found) ? jsonReply(shown(context, found)) : found;
			}),
		)
		.add(
			'POST',
			'/connections/on-demand-syncs/:sync_job_id/cancel',
			authorized((request) => {
				const found = find(context, store.jobs, request);
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
