import type { IDataObject } from 'n8n-workflow';

import type { TrackstarContext } from './context';
import { recordTime, userRange, windowQuery, type DateRange } from './dateWindows';
import { MAX_PAGE_SIZE, pageCursor, readNextPage } from './pages';
import { serverNow } from './serverClock';

const DAY_MS = 24 * 60 * 60 * 1000;
/** After this, the next range is everything older: no list is read in ranges older than that. */
const OPEN_AFTER_MS = 5 * 366 * DAY_MS;
/** How much wider each older range is than the one before, at least and at most. */
const MIN_GROWTH = 2;
const MAX_GROWTH = 16;
/** A range sized for what is still needed is planned this much wider, for an estimate a little short. */
const HEADROOM = 1.5;
/** The narrowest range planned from a density: two seconds. */
const MIN_SPAN_MS = 2000;

export interface NewestFirstRequest {
	path: string;
	query: IDataObject;
	itemIndex: number;
	/** The date the list is read back by, newest first: one that never changes (`created_date`). */
	field: string;
	limit: number;
}

/** Records newest first by `field`, then by ID; a record without the date after those with one. */
export function sortNewestFirst(records: IDataObject[], field: string): IDataObject[] {
	const keyed = records.map((record) => ({
		record,
		time: recordTime(record, field) ?? -Infinity,
		id: String(record.id ?? ''),
	}));
	keyed.sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
	return keyed.map(({ record }) => record);
}

/** Whole seconds: Trackstar's dates have no finer part, so a second is never split between ranges. */
const toSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

/** A range read whole: its records, or `full` when it holds more than a page and was left there. */
interface RangeRead {
	records: IDataObject[];
	full: boolean;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * The `limit` newest records of a list, by a date Trackstar filters on. Trackstar has no sort
 * and does not document its order, so:
 * - Trackstar's first page first: a list of up to a page is then read whole, in one request;
 * - else the list is read back from now in ranges of the date, each read whole (mostly one
 *   page) and sorted here: the first sized from the first page's dates to hold what is needed,
 *   each older one wider, until `limit` are found or the list (or the user's own range) begins;
 * - a range that holds more than a page while fewer records are still needed is cut towards its
 *   newest end and read again, never above the newest date it showed (so the cut is not empty).
 * Records without the date are found only on a list of up to a page.
 */
export async function readNewestFirst(
	context: TrackstarContext,
	request: NewestFirstRequest,
): Promise<IDataObject[]> {
	const { field, limit } = request;
	const timesOf = (records: IDataObject[]) =>
		records.map((record) => recordTime(record, field)).filter((time) => time !== undefined);
	const readRange = async (range: DateRange, keepReading: boolean): Promise<RangeRead> => {
		const cursor = pageCursor(windowQuery(request.query, field, range));
		const read = () =>
			readNextPage(context, request.path, cursor, MAX_PAGE_SIZE, request.itemIndex);
		const records = await read();
		if (!keepReading && !cursor.done) return { records, full: true };
		while (!cursor.done) for (const record of await read()) records.push(record);
		return { records, full: false };
	};

	const first = await readRange({}, false);
	if (!first.full) return sortNewestFirst(first.records, field).slice(0, limit);

	const own = userRange(request.query, field);
	const top = own.to ?? serverNow(context);
	const known = timesOf(first.records);
	/** The newest date below `edge` a record is known to have. */
	const newestKnown = (edge: number) => Math.max(...known.filter((time) => time < edge));
	const density =
		known.length / Math.max(MIN_SPAN_MS, Math.max(...known, 0) - Math.min(...known, top));
	const found: IDataObject[] = [];
	/** Every record at or above it is in `found`; undefined: none read yet. */
	let below: number | undefined;
	let span = Math.max(MIN_SPAN_MS, (limit * HEADROOM) / Math.max(density, 1 / DAY_MS));
	/** A range known to hold more than a page: from here up to where reading stands. */
	let denseFrom: number | undefined;
	let lastEmpty = false;
	for (;;) {
		const need = limit - found.length;
		const edge = below ?? top;
		let from: number | undefined;
		let whole = need >= MAX_PAGE_SIZE;
		if (denseFrom !== undefined) {
			// Cut towards the newest end: as far as what is needed suggests, or, after an empty cut,
			// halfway between the newest date known and the edge.
			const width = edge - denseFrom;
			const planned = edge - width * clamp((need * 2) / MAX_PAGE_SIZE, 1 / 16, 1 / 2);
			const halfway = (Math.max(newestKnown(edge), denseFrom) + edge) / 2;
			from = toSecond(lastEmpty ? halfway : planned);
			from = Math.min(Math.max(from, denseFrom + 1000), edge - 1000);
			if (width < MIN_SPAN_MS) {
				from = denseFrom;
				whole = true;
			}
		} else {
			from = toSecond(edge - span);
			// After an empty range, reach down to the newest record known: the next is not empty.
			if (lastEmpty) from = Math.min(from, toSecond(newestKnown(edge)));
			if (edge - from >= OPEN_AFTER_MS || (own.from !== undefined && from <= own.from))
				from = undefined;
		}
		const range = await readRange({ from, to: below }, whole);
		if (range.full) {
			const seen = timesOf(range.records);
			for (const time of seen) known.push(time);
			denseFrom = from ?? toSecond(Math.min(...seen, edge));
			lastEmpty = false;
			continue;
		}
		for (const record of range.records) found.push(record);
		if (found.length >= limit || from === undefined) break;
		lastEmpty = range.records.length === 0;
		if (denseFrom !== undefined && from <= denseFrom) denseFrom = undefined;
		if (denseFrom === undefined) {
			const growth = lastEmpty
				? MAX_GROWTH
				: clamp(((limit - found.length) * HEADROOM) / range.records.length, MIN_GROWTH, MAX_GROWTH);
			span = (edge - from) * growth;
		}
		below = from;
	}
	return sortNewestFirst(found, field).slice(0, limit);
}
