import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { type ChangeSource, readChanges, recentRecords, startingCursor } from './changeReader';
import { readCursor, type RecordCursor } from './recordCursor';
import { observeStatuses, type StatusMemory } from './statusMemory';

/** One polling trigger's settings, as the shared machinery needs them. */
export interface ChangePoll {
	/** What a stored state must match to be carried on (e.g. the event); stored with it. */
	identity: IDataObject;
	source: ChangeSource;
	backfillHours: number;
	/** Non-empty for "status changed": only records entering one of these are emitted. */
	statuses: string[];
	toJson: (record: IDataObject) => IDataObject;
}

/** What the node keeps in the workflow's static data between polls (under `state`). */
type ChangeState = IDataObject & { cursor: RecordCursor; statusMemory?: StatusMemory };

function storedState(staticData: IDataObject, identity: IDataObject): ChangeState | undefined {
	const state = staticData.state as ChangeState | undefined;
	if (state === undefined || Object.entries(identity).some(([key, value]) => state[key] !== value))
		return undefined;
	const cursor = readCursor(state.cursor);
	return cursor ? { ...state, cursor } : undefined;
}

export function toItems(
	records: IDataObject[],
	toJson: (record: IDataObject) => IDataObject,
): INodeExecutionData[][] | null {
	if (records.length === 0) return null;
	return [records.map((record) => ({ json: toJson(record) }))];
}

/**
 * One poll: the records at or after the cursor, minus those already seen at its instant, the
 * oldest up to the bound. The cursor (and the status memory) move only after every page was
 * read, and only over the records taken in, so a failed poll leaves them as they were and a
 * backlog beyond the bound is taken in by the next polls. A manual run shows the newest matches.
 */
export async function pollChanges(
	context: IPollFunctions,
	poll: ChangePoll,
): Promise<INodeExecutionData[][] | null> {
	const { source, statuses } = poll;
	if (context.getMode() === 'manual') {
		const query = { ...source.query };
		if (statuses.length > 0) query['status[in]'] = statuses.join(',');
		return toItems(await recentRecords(context, source.path, query, source.field), poll.toJson);
	}

	const staticData = context.getWorkflowStaticData('node');
	const stored = storedState(staticData, poll.identity);
	const cursor = stored?.cursor ?? startingCursor(poll.backfillHours);
	// The first poll without a backfill only learns what already exists; it emits nothing.
	const emits = stored !== undefined || poll.backfillHours > 0;

	// Learning emits nothing, so it takes in everything: a bound would leave the rest to be emitted as new.
	const batch = await readChanges(
		context,
		emits ? source : { ...source, maxRecords: Infinity },
		cursor,
	);
	let emitted = batch.records;
	const state: ChangeState = { ...poll.identity, cursor: batch.cursor };
	if (statuses.length > 0) {
		const observations = batch.records.map((record) => ({
			id: String(record.id),
			status: String(record.status),
		}));
		const { memory, enteredIds } = observeStatuses(
			stored?.statusMemory ?? {},
			observations,
			statuses,
		);
		state.statusMemory = memory;
		emitted = batch.records.filter((record) => enteredIds.has(String(record.id)));
	}
	staticData.state = state;
	return emits ? toItems(emitted, poll.toJson) : null;
}
