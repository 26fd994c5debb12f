import { createHash, randomUUID } from 'node:crypto';

import type { IExecuteFunctions, IHttpRequestMethods } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { TrackstarContext } from './context';

/** The header Trackstar takes on a write, and the one it answers a replay with. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'idempotent-replayed';

const WRITE_METHODS = new Set<IHttpRequestMethods>(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A run without an execution ID (a node run in a test harness): one nonce per node run. */
const runNonces = new WeakMap<object, string>();

function isExecution(context: TrackstarContext): context is IExecuteFunctions {
	return 'getInputData' in context && 'getExecutionId' in context;
}

/** The run index of the node in this execution: a loop or an agent's tool calls run it again. */
function runIndexOf(context: IExecuteFunctions, itemIndex: number): string {
	try {
		return String(context.getWorkflowDataProxy(itemIndex).$runIndex ?? 0);
	} catch {
		return '0';
	}
}

function executionOf(context: IExecuteFunctions): string {
	const id = context.getExecutionId?.();
	if (typeof id === 'string' && id !== '') return id;
	let nonce = runNonces.get(context);
	if (nonce === undefined) runNonces.set(context, (nonce = randomUUID()));
	return nonce;
}

const hashed = (parts: string[]) =>
	`n8n-${createHash('sha256').update(parts.join('\u0000')).digest('hex')}`;

/**
 * The Idempotency-Key of one write, or undefined for a read or a call outside a node's run
 * (pickers, triggers). The same for every retry of this item's write in this run, and different
 * across runs, items, nodes, operations and n8n instances: the instance, the execution, the node,
 * its run index, the item, the method and the path, hashed (68 characters, no secret in it). A
 * key the user set (Request Options) stands for the run instead, so that running the execution
 * again sends the same key, and Trackstar replays what was written within 24 hours.
 */
export function idempotencyKeyOf(
	context: TrackstarContext,
	method: IHttpRequestMethods,
	path: string,
	itemIndex: number,
	userKey: string | undefined,
): string | undefined {
	if (!WRITE_METHODS.has(method) || !isExecution(context)) return undefined;
	const operation = [method, path];
	if (userKey !== undefined) return hashed(['user', userKey, ...operation]);
	return hashed([
		'run',
		context.getInstanceId(),
		executionOf(context),
		context.getNode().id ?? context.getNode().name,
		runIndexOf(context, itemIndex),
		String(itemIndex),
		...operation,
	]);
}

/**
 * A key the user set (Request Options) for a write that is sent without one (an endpoint of the
 * API key alone, or one Trackstar documents no key for): refused before anything is sent, since
 * the user counts on a replay that would not happen and running the item again would write again.
 */
export function unkeyedWriteKeyError(
	context: TrackstarContext,
	method: IHttpRequestMethods,
	path: string,
	itemIndex: number,
): NodeOperationError | undefined {
	if (!WRITE_METHODS.has(method) || !isExecution(context)) return undefined;
	return new NodeOperationError(
		context.getNode(),
		`Invalid Request Options: Idempotency Key: ${method} ${path} is sent without one`,
		{
			description:
				'Trackstar documents no Idempotency-Key for this write, so it is sent once, never replayed: remove the option for this operation. If its answer is lost, the error says what Trackstar holds.',
			itemIndex,
		},
	);
}
