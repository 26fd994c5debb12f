import type { IDataObject } from 'n8n-workflow';

import {
	advanceCursor,
	type RecordCursor,
	type RecordVersion,
	unseenRecords,
} from './recordCursor';

/** What one poll takes in from a `[gte]` read: at most the bound, oldest first, and the cursor after them. */
export interface Batch {
	/** The unseen records taken in, oldest first (by time, then ID). */
	records: IDataObject[];
	cursor: RecordCursor;
	/** Unseen records left for the next poll, beyond the bound. */
	left: number;
}

/**
 * The oldest `maxRecords` unseen records of a read, and a cursor that moves over them only: the
 * records left beyond the bound are newer (by time, then ID) than every record taken, so the next
 * poll's `[gte]` read finds them again, and the records taken at the cursor's new instant are
 * remembered there, so none of them comes back. A backlog drains over several polls, in order.
 */
export function takeBatch(
	read: IDataObject[],
	cursor: RecordCursor,
	field: string,
	version: RecordVersion,
	maxRecords: number,
): Batch {
	const unseen = unseenRecords(read, cursor, field, version);
	const taken = unseen.slice(0, maxRecords);
	const leftOver = new Set(unseen.slice(maxRecords));
	const handled = leftOver.size === 0 ? read : read.filter((record) => !leftOver.has(record));
	return {
		records: taken,
		cursor: advanceCursor(cursor, handled, field, version),
		left: leftOver.size,
	};
}
