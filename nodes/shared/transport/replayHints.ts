import type { IExecuteFunctions } from 'n8n-workflow';

import type { TrackstarContext } from './context';

/** Per node run: the items whose write Trackstar answered as a replay of an earlier attempt. */
const replayedByRun = new WeakMap<object, number[]>();

/** Notes that Trackstar answered this item's write with `Idempotent-Replayed: true`. */
export function recordReplay(context: TrackstarContext, itemIndex: number): void {
	let items = replayedByRun.get(context);
	if (items === undefined) replayedByRun.set(context, (items = []));
	if (!items.includes(itemIndex)) items.push(itemIndex);
}

/**
 * Shows, above the output, which items' writes Trackstar replayed: an earlier attempt of them
 * (its answer lost) had been applied, and the output is its answer, written once. Called once,
 * after every item ran.
 */
export function addReplayHints(context: IExecuteFunctions): void {
	const items = replayedByRun.get(context);
	if (!items) return;
	const shown =
		items.slice(0, 10).join(', ') + (items.length > 10 ? ` and ${items.length - 10} more` : '');
	context.addExecutionHints({
		type: 'info',
		location: 'outputPane',
		message: `Trackstar replayed the answer of an earlier attempt (Idempotent-Replayed) for item${items.length > 1 ? 's' : ''} ${shown}: its answer had been lost on the way, and the write was applied once.`,
	});
	replayedByRun.delete(context);
}
