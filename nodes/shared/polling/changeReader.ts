import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { trackstarApiRequestAllItems, WINDOW_FIELD } from '../transport/paginate';
import { toTrackstarDate } from '../wire/dates';
import { type Batch, takeBatch } from './boundedBatch';
import { anyVersion, type RecordCursor, type RecordVersion, unseenRecords } from './recordCursor';

/** Without a backfill, the first poll reads this far back to tell existing records from new ones despite clock skew. */
export const FIRST_POLL_LOOKBACK_MS = 5 * 60 * 1000;

/** Manual runs widen the window until something matches, then show the newest few. */
const RECENT_WINDOWS_HOURS = [1, 24, 24 * 7, 24 * 30];
export const RECENT_RECORD_COUNT = 10;

/** A list read for changes: where, with which filters, on which date, told apart how, how many at most. */
export interface ChangeSource {
	path: string;
	query: IDataObject;
	/** The date the cursor runs on, e.g. `trackstar_updated_date` or `created_date`. */
	field: string;
	version: RecordVersion;
	maxRecords: number;
}

export function trackstarDate(milliseconds: number): string {
	return toTrackstarDate(new Date(milliseconds), 'Poll time', 'UTC') as string;
}

/** Where a first poll starts: `backfillHours` back, or just before activation. */
export function startingCursor(backfillHours: number): RecordCursor {
	const lookback = backfillHours > 0 ? backfillHours * 3600 * 1000 : FIRST_POLL_LOOKBACK_MS;
	return { since: trackstarDate(Date.now() - lookback), seenAtSince: {} };
}

/**
 * Every record at or after the cursor, read through all pages, then bounded (takeBatch). A page
 * that fails fails the read, so the caller stores nothing and the next poll reads the same window.
 */
export async function readChanges(
	context: IPollFunctions,
	source: ChangeSource,
	cursor: RecordCursor,
): Promise<Batch> {
	const query = { ...source.query, [`${source.field}[gte]`]: cursor.since };
	// Every polled list takes created_date: a long read (a backfill, a backlog) goes in windows of it.
	const read = await trackstarApiRequestAllItems.call(context, source.path, query, undefined, 0, {
		windowField: WINDOW_FIELD,
	});
	return takeBatch(read, cursor, source.field, source.version, source.maxRecords);
}

/** A manual test run ("Fetch Test Event"): the newest matching records, newest first; no cursor is kept. */
export async function recentRecords(
	context: IPollFunctions,
	path: string,
	query: IDataObject,
	field: string,
) {
	for (const hours of RECENT_WINDOWS_HOURS) {
		const window = { ...query, [`${field}[gte]`]: trackstarDate(Date.now() - hours * 3600 * 1000) };
		const records = await trackstarApiRequestAllItems.call(context, path, window, undefined);
		if (records.length === 0) continue;
		return unseenRecords(records, { since: '', seenAtSince: {} }, field, anyVersion)
			.reverse()
			.slice(0, RECENT_RECORD_COUNT);
	}
	return [];
}
