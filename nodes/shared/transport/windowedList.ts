import type { IDataObject } from 'n8n-workflow';

import type { TrackstarContext } from './context';
import { recordTime, splitPoint, windowLabel, windowQuery, type DateRange } from './dateWindows';
import { MAX_PAGE_SIZE, pageCursor, readNextPage, type PageCursor } from './pages';
import { limitInterval } from './rateLimit';

export interface WindowedListRequest {
	path: string;
	query: IDataObject;
	itemIndex: number;
	/** The date the list is cut by: one that never changes once a record exists. */
	field: string;
	/** Pages in flight at once. */
	concurrency: number;
}

/** A range of the list, read page after page by its own page token. */
interface ListWindow {
	range: DateRange;
	/** Where a later window took over: records from here on are that window's. */
	stopAt?: number;
	cursor: PageCursor;
	records: IDataObject[];
	/** The date of the last record read, while every date read so far came in ascending order. */
	last?: number;
	/** Records per ms on the latest page read (or, before one came back, the window it split from). */
	density?: number;
	/** False once a record came without a date or before the one read before it. */
	ascending: boolean;
	busy: boolean;
	done: boolean;
}

/** A window's rest is split only when it still holds about a page or more, as its dates suggest. */
const MIN_PAGES_TO_SPLIT = 1;
/** How far one window's rest must outweigh the others' average to be split before a slot frees. */
const OUTWEIGHS = 2;
/** Windows at most, per page slot: each costs about one request more (its last, partial page). */
const WINDOWS_PER_SLOT = 2;
/**
 * A page read in less time than the read limit leaves between two reads (100 ms at Trackstar's
 * 10 a second) keeps up with the limit on its own: once a page came back that fast, windows would
 * only add requests, so none are split off. The fastest page so far, not the latest: a garbage
 * collection or a busy moment slows one page.
 */
const DEFAULT_READ_INTERVAL_MS = 100;

function newWindow(request: WindowedListRequest, range: DateRange, density?: number): ListWindow {
	const query =
		range.from === undefined && range.to === undefined
			? request.query
			: windowQuery(request.query, request.field, range);
	return {
		range,
		cursor: pageCursor(query),
		records: [],
		density,
		ascending: true,
		busy: false,
		done: false,
	};
}

/** Takes in one page of a window: drops what a later window took over, and notes whether dates still ascend. */
function takePage(window: ListWindow, page: IDataObject[], field: string) {
	const pageStart = window.last ?? window.range.from;
	for (const record of page) {
		const time = recordTime(record, field);
		if (
			window.ascending &&
			(time === undefined || (window.last !== undefined && time < window.last))
		) {
			window.ascending = false;
			// Out of order, this window may still hold records a later window also reads: keep all
			// from now on and read to its own end (the copies are dropped by ID at the end).
			window.stopAt = undefined;
		}
		if (window.ascending) window.last = time;
		// The later window reads these.
		if (window.stopAt !== undefined && time !== undefined && time >= window.stopAt) continue;
		window.records.push(record);
	}
	// The latest page's density, not the window's average: lists grow denser towards recent dates
	// in a growing business, and what is left of a window lies after its latest page.
	if (window.ascending && window.last !== undefined && page.length > 0) {
		const from = pageStart ?? recordTime(page[0], field) ?? window.last;
		window.density = page.length / Math.max(1000, window.last - from);
	}
	// In ascending order, what comes after a date past the stop is the later window's too.
	if (
		window.ascending &&
		window.stopAt !== undefined &&
		window.last !== undefined &&
		window.last >= window.stopAt
	) {
		window.done = true;
	}
}

/**
 * What a window has left, as its dates so far suggest: the density of its latest page (or, before
 * one came back, of the window it split from) times the dates left after its last record (or its
 * whole range while its first page is on its way), and the middle of those dates, where it would
 * be split. Undefined for a window whose dates did not ascend: its rest cannot be told.
 */
function estimate(
	window: ListWindow,
	now: number,
): { left: number; at: number | undefined } | undefined {
	const start = window.last ?? window.range.from;
	if (window.done || !window.ascending || start === undefined || window.density === undefined)
		return undefined;
	const end = window.stopAt ?? window.range.to ?? Math.max(now, start + 1000);
	return { left: window.density * Math.max(0, end - start), at: splitPoint(start, end) };
}

/** Records left by the estimate; a window whose rest cannot be told goes first, being unbounded. */
const leftOf = (window: ListWindow, now: number) =>
	estimate(window, now)?.left ?? Number.POSITIVE_INFINITY;

/**
 * Splits `window` at the middle of its rest: a new window takes the later half and waits for a
 * page slot, and `window` stops where it begins.
 */
function split(
	windows: ListWindow[],
	window: ListWindow,
	at: number,
	request: WindowedListRequest,
): ListWindow {
	const later = newWindow(
		request,
		{ from: at, to: window.stopAt ?? window.range.to },
		window.density,
	);
	window.stopAt = at;
	windows.splice(windows.indexOf(window) + 1, 0, later);
	return later;
}

/**
 * The window worth splitting now, with where: the one with the most left, holding at least a
 * page more. With a page slot free and no window waiting, any such window; otherwise only one
 * whose rest outweighs the average of the other windows' by far, which would otherwise be read
 * alone at the end while the other slots stand idle.
 */
function splitCandidate(
	windows: ListWindow[],
	now: number,
	slotFree: boolean,
): { window: ListWindow; at: number } | undefined {
	let best: { window: ListWindow; at: number; left: number } | undefined;
	let total = 0;
	let open = 0;
	for (const window of windows) {
		const guess = estimate(window, now);
		if (!guess) continue;
		total += guess.left;
		open++;
		// On a tie the later window: a growing list is denser towards its end.
		if (guess.at !== undefined && (!best || guess.left >= best.left))
			best = { window, at: guess.at, left: guess.left };
	}
	if (!best || best.left < MIN_PAGES_TO_SPLIT * MAX_PAGE_SIZE) return undefined;
	if (slotFree) return best;
	const othersAverage = open > 1 ? (total - best.left) / (open - 1) : 0;
	return best.left >= OUTWEIGHS * othersAverage && best.left >= 3 * MAX_PAGE_SIZE
		? best
		: undefined;
}

/**
 * The list in window order, then page order (Trackstar's order where its list ascends by the
 * window's date), each record once: a record read twice (a window read to its end after its
 * dates came out of order, or Trackstar listing it twice) keeps its first place and its most
 * recently updated version.
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
 * usual, and if there is more, the rest is read in ranges of a date that never changes (e.g.
 * `created_date`), up to `concurrency` pages at once. The transport's pacing is kept per node
 * run, so these pages share it and stay within Trackstar's limit together.
 *
 * Windows come from splitting: while a page slot is free and no window waits, the window with the
 * most left (the density of its latest page times the dates it has left) hands the later half of
 * its remaining dates to a new window, and stops where that one starts; a window whose rest
 * outweighs the others' by far is split before a slot frees. A free slot goes to the waiting
 * window with the most left, so that the windows end together. Nothing is split once a page came
 * back within the read limit's interval (a tenth of a second): one at a time then keeps up with
 * the limit, and windows would only cost requests (a window's last page is partial). A window can only be
 * split while its dates ascend, so a list not in date order is read in one window, as before.
 * Nothing falls between windows: they meet at one instant, the first includes it, and a window
 * that turns out of order reads to its own end (copies are dropped by ID). Any page failing fails
 * the whole list, naming its window and page.
 */
export async function readWindowed(
	context: TrackstarContext,
	request: WindowedListRequest,
): Promise<IDataObject[]> {
	const now = Date.now();
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
									label: windowLabel(request.field, {
										from: window.range.from,
										to: window.stopAt ?? window.range.to,
									}),
									page: window.cursor.pagesRead + 1,
								},
								pagesRead: windows.reduce((sum, each) => sum + each.cursor.pagesRead, 0),
								recordsRead: windows.reduce((sum, each) => sum + each.cursor.recordsRead, 0),
							},
			);
			fastestPageMs = Math.min(fastestPageMs, Date.now() - started);
			takePage(window, page, request.field);
			if (window.cursor.done) window.done = true;
		} catch (error) {
			failure ??= error;
		} finally {
			window.busy = false;
		}
	};

	await read(first);
	const inFlight = new Set<Promise<void>>();
	const unfinished = () => windows.filter((window) => !window.done).length;
	while (failure === undefined) {
		const slow = fastestPageMs >= (limitInterval(context, 'read') ?? DEFAULT_READ_INTERVAL_MS);
		// A window far bigger than the rest is split at once; its later half waits for a slot.
		const outweighing =
			slow && unfinished() < WINDOWS_PER_SLOT * request.concurrency
				? splitCandidate(windows, now, false)
				: undefined;
		if (outweighing) split(windows, outweighing.window, outweighing.at, request);
		while (inFlight.size < request.concurrency) {
			// The waiting window with the most left goes first, so that all end together.
			let next: ListWindow | undefined;
			for (const window of windows)
				if (!window.busy && !window.done && (!next || leftOf(window, now) > leftOf(next, now)))
					next = window;
			if (!next && slow) {
				const candidate = splitCandidate(windows, now, true);
				if (candidate) next = split(windows, candidate.window, candidate.at, request);
			}
			if (!next) break;
			const reading = read(next).finally(() => inFlight.delete(reading));
			inFlight.add(reading);
		}
		if (inFlight.size === 0) break;
		await Promise.race(inFlight);
	}
	await Promise.all(inFlight);
	if (failure !== undefined) throw failure;
	return assemble(windows);
}
