import type { IDataObject } from 'n8n-workflow';

/**
 * Where a poller stands: the newest timestamp it has taken in, and the records it already saw
 * at exactly that instant, each with the version seen. The next poll asks for
 * `field[gte]=since` (Trackstar dates have whole seconds, so `[gt]` would drop a record written in
 * the same second) and drops the records seen there in the same version, so the boundary neither
 * loses nor repeats a record, nor loses a second change of one record within that second.
 */
export interface RecordCursor {
	since: string;
	/** Record ID → the version seen (ANY_VERSION: any version counts as seen). */
	seenAtSince: Record<string, string>;
}

/** Tells one state of a record from another; `anyVersion` when only the ID matters. */
export type RecordVersion = (record: IDataObject) => string;

export const ANY_VERSION = '*';
export const anyVersion: RecordVersion = () => ANY_VERSION;

export function timestampOf(record: IDataObject, field: string): string | undefined {
	const value = record[field];
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * A cursor from static data. Cursors stored before versions were kept list plain `idsAtSince`;
 * those records count as seen in any version until a poll reads them again.
 */
export function readCursor(stored: unknown): RecordCursor | undefined {
	const value = stored as
		| { since?: unknown; seenAtSince?: unknown; idsAtSince?: unknown }
		| undefined;
	if (typeof value?.since !== 'string') return undefined;
	if (typeof value.seenAtSince === 'object' && value.seenAtSince !== null) {
		return { since: value.since, seenAtSince: value.seenAtSince as Record<string, string> };
	}
	const ids = Array.isArray(value.idsAtSince) ? value.idsAtSince : [];
	return {
		since: value.since,
		seenAtSince: Object.fromEntries(ids.map((id) => [String(id), ANY_VERSION])),
	};
}

function wasSeen(cursor: RecordCursor, record: IDataObject, version: RecordVersion): boolean {
	const seen = cursor.seenAtSince[String(record.id)];
	return seen !== undefined && (seen === ANY_VERSION || seen === version(record));
}

/** Oldest first: by timestamp, then by ID, so a cut through one second is the same on every read. */
export function compareByTime(field: string) {
	return (a: IDataObject, b: IDataObject): number => {
		const [left, right] = [timestampOf(a, field) as string, timestampOf(b, field) as string];
		if (left !== right) return left < right ? -1 : 1;
		return String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0;
	};
}

/** The records of a `[gte]` read that the cursor has not seen yet, oldest first. */
export function unseenRecords(
	records: IDataObject[],
	cursor: RecordCursor,
	field: string,
	version: RecordVersion,
): IDataObject[] {
	const unseen = records.filter((record) => {
		const timestamp = timestampOf(record, field);
		if (timestamp === undefined || timestamp < cursor.since) return false;
		return !(timestamp === cursor.since && wasSeen(cursor, record, version));
	});
	return unseen.sort(compareByTime(field));
}

/**
 * The cursor after `records` (a `[gte]` read from `cursor.since`) have been handled. Every record
 * read at the new instant is recorded in the version read, so an unchanged record stays seen and
 * a record seen in any version (an older cursor) is pinned to the version now known.
 */
export function advanceCursor(
	cursor: RecordCursor,
	records: IDataObject[],
	field: string,
	version: RecordVersion,
): RecordCursor {
	let since = cursor.since;
	for (const record of records) {
		const timestamp = timestampOf(record, field);
		if (timestamp !== undefined && timestamp > since) since = timestamp;
	}
	const seen = new Map(since === cursor.since ? Object.entries(cursor.seenAtSince) : []);
	for (const record of records)
		if (timestampOf(record, field) === since) seen.set(String(record.id), version(record));
	return {
		since,
		seenAtSince: Object.fromEntries(
			[...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
		),
	};
}
