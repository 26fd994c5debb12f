import type { IDataObject } from 'n8n-workflow';

import type { TrackstarContext } from './context';
import { MAX_PAGE_SIZE, pageCursor, readNextPage } from './pages';
import { readNewestFirst } from './newestFirst';
import { readConcurrentPages } from './requestOptions';
import { readWindowed } from './windowedList';

/** The date every Trackstar list takes as a filter and no record changes: the one to cut lists by. */
export const WINDOW_FIELD = 'created_date';

/** How a list may be read. */
export interface ListReading {
	/**
	 * A date filter the list takes that never changes once a record exists (`created_date`): with
	 * Return All, a long list is then read in ranges of it at once (see windowedList.ts).
	 */
	windowField?: string;
	/**
	 * With a Limit, the newest that many records by `windowField`, newest first, read back from
	 * now (see newestFirst.ts). Return All reads every record, in Trackstar's order.
	 */
	newestFirst?: boolean;
}

/**
 * Reads a list endpoint to the end, or to `limit` records (undefined: every record): in
 * Trackstar's order, or with a Limit and `reading.newestFirst`, the newest first.
 */
export async function trackstarApiRequestAllItems(
	this: TrackstarContext,
	path: string,
	query: IDataObject,
	limit: number | undefined,
	itemIndex = 0,
	reading: ListReading = {},
): Promise<IDataObject[]> {
	const { windowField, newestFirst } = reading;
	if (limit !== undefined && windowField !== undefined && newestFirst)
		return await readNewestFirst(this, { path, query, itemIndex, field: windowField, limit });
	return await readList(this, path, query, limit, itemIndex, windowField);
}

/**
 * The list in Trackstar's order. Each page asks for no more than is still needed. With Return
 * All and a `windowField`, a list longer than a page is read in date windows at once (Request
 * Options: Concurrent Pages); otherwise page after page.
 */
async function readList(
	context: TrackstarContext,
	path: string,
	query: IDataObject,
	limit: number | undefined,
	itemIndex: number,
	windowField: string | undefined,
): Promise<IDataObject[]> {
	if (limit === undefined && windowField !== undefined) {
		const concurrency = readConcurrentPages(context, itemIndex);
		if (concurrency > 1) {
			return await readWindowed(context, {
				path,
				query,
				itemIndex,
				field: windowField,
				concurrency,
			});
		}
	}
	const records: IDataObject[] = [];
	const cursor = pageCursor(query);
	while (!cursor.done && (limit === undefined || records.length < limit)) {
		const pageSize = Math.min(
			MAX_PAGE_SIZE,
			limit === undefined ? MAX_PAGE_SIZE : limit - records.length,
		);
		for (const record of await readNextPage(context, path, cursor, pageSize, itemIndex))
			records.push(record);
	}
	return limit === undefined ? records : records.slice(0, limit);
}
