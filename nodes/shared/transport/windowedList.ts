import { sleep, type IDataObject } from 'n8n-workflow';

import type { TrackstarContext } from './context';
import {
	cutPoints,
	recordTime,
	userRange,
	windowLabel,
	windowQuery,
	type DateRange,
} from './dateWindows';
import { MAX_PAGE_SIZE, pageCursor, readNextPage, type PageCursor } from './pages';
import { limitInterval, pacingWait } from './rateLimit';

export interface WindowedListRequest {
	path: string;
	query: IDataObject;
	itemIndex: number;
	/** The date the list is cut by: one that never changes once a record exists. */
	field: string;
	/** Pages in flight at once. */
	concurrency: number;
}

/**
 * A range of the list, read to its end by its own page token: Trackstar filters each range, so
 * every record is in exactly one, whatever order Trackstar lists them in.
 */
interface ListWindow {
	/** Its bounds, sent with every page as `field[gte]` and `field[lt]`; undefined: the user's own. */
	range: DateRange;
	cursor: PageCursor;
	records: IDataObject[];
	/** Records it is expected to hold still; undefined when its dates do not tell (not ascending). */
	left?: number;
	/** Records per ms on its latest page, or (before one came back) near its dates. */
	density?: number;
	/** The date of the last record read, while every date read so far came in ascending order. */
	last?: number;
	ascending: boolean;
	busy: boolean;
	/** Read to its end, or cut into new windows. */
	done: boolean;
	/** The dates no window has taken yet, the list's last: never read while windows are cut from it. */
	pool?: boolean;
}

/**
 * A list whose first page's dates suggest fewer pages than this after it is read on, page after
 * page: a page or two more are not worth a range each.
 */
const MIN_PAGES_TO_CUT = 3;
/**
 * The fewest pages a window cut from the pool should hold: each window's last page, partial,
 * costs a request.
 */
const MIN_PAGES_PER_WINDOW = 2;
/** How far a window's first page must show it outweighs the others' average for it to be cut again. */
const OUTWEIGHS = 2;
/** Windows cut again at most, per page slot. */
const RECUTS_PER_SLOT = 1;
/**
 * Windows at most, per page slot: past it the pool is read as the last window. Estimates correct
 * themselves as pages come back; this bounds what a wild one (a burst of records in one second
 * on the first page, say) can cost in requests.
 */
const WINDOWS_PER_SLOT = 4;
/**
 * A page read in less time than the read limit leaves between two reads (100 ms at Trackstar's
 * 10 a second) keeps up with the limit on its own: once a page came back that fast, windows would
 * only add requests, so no more are cut. The fastest page so far, not the latest: a garbage
 * collection or a busy moment slows one page.
 */
const DEFAULT_READ_INTERVAL_MS = 100;

/** The longest a page is held back for the read limit before the next choice: its window, a second. */
const MAX_HOLD_MS = 1000;

const pages = (records: number) => records / MAX_PAGE_SIZE;

function newWindow(
	request: WindowedListRequest,
	range: DateRange,
	density?: number,
	left?: number,
): ListWindow {
	const query =
		range.from === undefined && range.to === undefined
			? request.query
			: windowQuery(request.query, request.field, range);
	return {
		range,
		cursor: pageCursor(query),
		records: [],
		density,
		left,
		ascending: true,
		busy: false,
		done: false,
	};
}

/** The dates of `range` a window cannot tell the end of: up to `end`, at least a second. */
const spanOf = (range: DateRange, from: number, end: number) =>
	(range.to ?? Math.max(end, from + 1000)) - from;

/** Takes in one page of a window, notes whether its dates still ascend and what it has left. */
function takePage(window: ListWindow, page: IDataObject[], field: string, end: number) {
	const pageStart = window.last ?? window.range.from ?? recordTime(page[0] ?? {}, field);
	for (const record of page) {
		const time = recordTime(record, field);
		if (
			window.ascending &&
			(time === undefined || (window.last !== undefined && time < window.last))
		)
			window.ascending = false;
		if (window.ascending) window.last = time;
		window.records.push(record);
	}
	// The latest page's density, not the window's average: lists grow denser towards recent dates
	// in a growing business, and what is left of a window lies after its latest page.
	if (window.ascending && window.last !== undefined && pageStart !== undefined && page.length > 0)
		window.density = page.length / Math.max(1000, window.last - pageStart);
	window.left = window.cursor.done
		? 0
		: window.ascending && window.last !== undefined && window.density !== undefined
			? window.density * spanOf(window.range, window.last, end)
			: undefined;
}

/** The pool's estimate from the density of the window next to it, the nearest dates read. */
function updatePool(pool: ListWindow, density: number | undefined, end: number) {
	if (density === undefined || pool.range.from === undefined) return;
	pool.density = density;
	pool.left = density * spanOf(pool.range, pool.range.from, end);
}

/**
 * Takes a window from the start of the pool, sized as guided self-scheduling does: the pool's
 * share of one page slot, so that windows shrink as the list nears its end and all end together;
 * a little under a whole number of pages, so that its last page is nearly full. Undefined when
 * the pool is small enough to be read as the last window.
 */
function takeFromPool(
	windows: ListWindow[],
	pool: ListWindow,
	request: WindowedListRequest,
	end: number,
): ListWindow | undefined {
	const from = pool.range.from;
	if (from === undefined || pool.density === undefined || pool.left === undefined) return;
	if (windows.length >= WINDOWS_PER_SLOT * request.concurrency) return;
	const share = Math.max(MIN_PAGES_PER_WINDOW, pages(pool.left) / request.concurrency);
	if (pages(pool.left) < share * 1.5) return;
	const records = (Math.ceil(share) - 0.15) * MAX_PAGE_SIZE;
	const to = Math.max(from + 1000, Math.floor((from + records / pool.density) / 1000) * 1000);
	if (to >= (pool.range.to ?? end)) return;
	const taken = newWindow(request, { from, to }, pool.density, records);
	const rest = newWindow(request, { from: to, to: pool.range.to });
	Object.assign(pool, { range: rest.range, cursor: rest.cursor });
	updatePool(pool, pool.density, end);
	windows.splice(windows.indexOf(pool), 0, taken);
	return taken;
}

/**
 * Cuts a window that has read its first page into windows of equal dates from where it stands to
 * its end, plus one for the dates of that first page again: Trackstar's list order is not
 * documented, so a record of those dates may still come later in its list (one synced late, say),
 * and only a range read to its end is sure to hold it. The copies are dropped by ID at the end.
 */
function cutAgain(
	windows: ListWindow[],
	window: ListWindow,
	count: number,
	request: WindowedListRequest,
	end: number,
): boolean {
	const start = window.last;
	if (start === undefined) return false;
	const points = cutPoints(start, window.range.to ?? end, count);
	if (points.length === 0) return false;
	const pieces = [
		newWindow(request, { from: window.range.from, to: start }, undefined, window.records.length),
	];
	let from = start;
	for (const to of [...points, window.range.to]) {
		const range = { from, to };
		pieces.push(
			newWindow(request, range, window.density, (window.density ?? 0) * spanOf(range, from, end)),
		);
		if (to !== undefined) from = to;
	}
	window.done = true;
	windows.splice(windows.indexOf(window) + 1, 0, ...pieces);
	return true;
}

/**
 * A window to cut again, and into how many: one not being read, that has read one page (a page
 * more would be read twice), whose dates ascend, and that holds about twice the others' average
 * or more, and two windows' worth at least.
 */
function cutCandidate(
	windows: ListWindow[],
	concurrency: number,
): { window: ListWindow; count: number } | undefined {
	let best: ListWindow | undefined;
	let total = 0;
	let open = 0;
	for (const window of windows) {
		if (window.done || window.pool || window.left === undefined) continue;
		total += window.left;
		open++;
		const cuttable = !window.busy && window.ascending && window.cursor.pagesRead === 1;
		if (cuttable && (!best || window.left >= (best.left ?? 0))) best = window;
	}
	const left = best?.left;
	if (!best || left === undefined || pages(left) < 2 * MIN_PAGES_PER_WINDOW) return undefined;
	const othersAverage = open > 1 ? (total - left) / (open - 1) : 0;
	if (left < OUTWEIGHS * othersAverage) return undefined;
	const share = Math.max(othersAverage, MIN_PAGES_PER_WINDOW * MAX_PAGE_SIZE);
	return { window: best, count: Math.min(concurrency, Math.max(2, Math.round(left / share))) };
}

/**
 * The list in window order, then page order (Trackstar's order where its list ascends by the
 * window's date), each record once: a record read twice (a window's first page read again, or
 * Trackstar listing it twice) keeps its first place and its most recently updated version.
 */
function assemble(windows: ListWindow[]): IDataObject[] {
	const records: IDataObject[] = [];
	const placeOf = new Map<string, number>();
	for (const window of windows) {
		for (const record of window.records) {
			const id = record.id === undefined || record.id === null ? undefined : String(record.id);
			const place = id === undefined ? undefined : placeOf.get(id);
			if (place === undefined) {
				if (id !== undefined) placeOf.set(id, records.length);
				records.push(record);
			} else if (String(record.updated_date ?? '') >= String(records[place].updated_date ?? '')) {
				records[place] = record;
			}
		}
	}
	return records;
}

/**
 * Return All over a long list at the read limit when pages are slow: the first page is read as
 * usual, and if the list is long, it is read in ranges of a date that never changes (e.g.
 * `created_date`), up to `concurrency` pages at once. The transport's pacing is kept per node
 * run, so these pages share it and stay within Trackstar's limit together.
 *
 * Every range is filtered by Trackstar and read to its end, so no record depends on the list's
 * order to be read: the first page's dates are read again in a range of their own, and the dates
 * after them are a pool that ranges are taken from as page slots free, each the pool's share of a
 * slot by the density of the nearest dates read (guided self-scheduling: ranges shrink towards
 * the end, so all end together). A range whose first page shows far more than the others hold
 * is cut again (that page read twice). A free slot goes to the range with the most left. A list
 * that looks like a page or two more, or whose first page is not in date order, is read on page
 * after page; nothing is cut once a page came back within the read limit's interval (a tenth of
 * a second): one at a time then keeps up with the limit. Ranges meet at one instant, the later
 * one holding it. Any page failing fails the whole list, naming its range and page.
 */
export async function readWindowed(
	context: TrackstarContext,
	request: WindowedListRequest,
): Promise<IDataObject[]> {
	const end = userRange(request.query, request.field).to ?? Date.now();
	const first = newWindow(request, {});
	const windows = [first];
	let failure: unknown;
	let fastestPageMs = Number.POSITIVE_INFINITY;
	const read = async (window: ListWindow) => {
		window.busy = true;
		const started = Date.now();
		try {
			const page = await readNextPage(
				context,
				request.path,
				window.cursor,
				MAX_PAGE_SIZE,
				request.itemIndex,
				() =>
					windows.length === 1
						? {}
						: {
								window: {
									label: windowLabel(request.field, window.range),
									page: window.cursor.pagesRead + 1,
								},
								pagesRead: windows.reduce((sum, each) => sum + each.cursor.pagesRead, 0),
								recordsRead: windows.reduce((sum, each) => sum + each.cursor.recordsRead, 0),
							},
			);
			fastestPageMs = Math.min(fastestPageMs, Date.now() - started);
			if (window.cursor.done) window.done = true;
			takePage(window, page, request.field, end);
			const after = windows[windows.indexOf(window) + 1];
			if (after?.pool) updatePool(after, window.density, end);
		} catch (error) {
			failure ??= error;
		} finally {
			window.busy = false;
		}
	};
	const slow = () => fastestPageMs >= (limitInterval(context, 'read') ?? DEFAULT_READ_INTERVAL_MS);

	await read(first);
	if (failure !== undefined) throw failure;
	if (
		first.done ||
		!slow() ||
		first.last === undefined ||
		pages(first.left ?? 0) < MIN_PAGES_TO_CUT
	) {
		while (!first.done && failure === undefined) await read(first);
		if (failure !== undefined) throw failure;
		return assemble(windows);
	}
	// The first page's dates again, then the pool of the dates after them.
	const again = newWindow(request, { to: first.last }, undefined, first.records.length);
	const pool = newWindow(request, { from: first.last }, first.density);
	pool.pool = true;
	updatePool(pool, first.density, end);
	first.done = true;
	windows.push(again, pool);

	let recuts = 0;
	const inFlight = new Set<Promise<void>>();
	// While the read limit holds pages back, the next one is chosen when it can go, not queued in
	// the pacing: so the window with the most left is the one that goes.
	let limitFrees: Promise<void> | undefined;
	const holds = new AbortController();
	while (failure === undefined) {
		if (slow() && recuts < RECUTS_PER_SLOT * request.concurrency) {
			const candidate = cutCandidate(windows, request.concurrency);
			if (candidate && cutAgain(windows, candidate.window, candidate.count, request, end)) recuts++;
		}
		while (inFlight.size < request.concurrency) {
			const held = inFlight.size > 0 ? pacingWait(context, 'read', Date.now()) : 0;
			if (held > 0) {
				limitFrees ??= sleep(Math.min(held, MAX_HOLD_MS), holds.signal).then(
					() => {
						limitFrees = undefined;
					},
					() => undefined,
				);
				break;
			}
			// The waiting window with the most left goes first, so that all end together.
			let next: ListWindow | undefined;
			for (const window of windows)
				if (
					!window.busy &&
					!window.done &&
					(!next ||
						(window.left ?? Number.POSITIVE_INFINITY) > (next.left ?? Number.POSITIVE_INFINITY))
				)
					next = window;
			if (next?.pool) {
				next = (slow() ? takeFromPool(windows, next, request, end) : undefined) ?? next;
				// Too small to take from: the pool is read as the last window.
				if (next.pool) next.pool = false;
			}
			if (!next) break;
			const reading = read(next).finally(() => inFlight.delete(reading));
			inFlight.add(reading);
		}
		if (inFlight.size === 0) break;
		await Promise.race(limitFrees ? [...inFlight, limitFrees] : inFlight);
	}
	holds.abort();
	await Promise.all(inFlight);
	if (failure !== undefined) throw failure;
	return assemble(windows);
}
