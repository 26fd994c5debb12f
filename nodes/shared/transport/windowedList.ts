import type { IDataObject } from 'n8n-workflow';

import type { TrackstarContext } from './context';
import { recordTime, splitPoint, windowLabel, windowQuery, type DateRange } from './dateWindows';
import { MAX_PAGE_SIZE, pageCursor, readNextPage, type PageCursor } from './pages';

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
	first?: number;
	/** False once a record came without a date or before the one read before it. */
	ascending: boolean;
	busy: boolean;
	done: boolean;
}

/** A window's rest is split only when it still holds about a page or more, as its dates suggest. */
const MIN_PAGES_TO_SPLIT = 1;

function newWindow(request: WindowedListRequest, range: DateRange): ListWindow {
	const query =
		range.from === undefined && range.to === undefined
			? request.query
			: windowQuery(request.query, request.field, range);
	return {
		range,
		cursor: pageCursor(query),
		records: [],
		ascending: true,
		busy: false,
		done: false,
	};
}

/** Takes in one page of a window: drops what a later window took over, and notes whether dates still ascend. */
function takePage(window: ListWindow, page: IDataObject[], field: string) {
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
		if (window.ascending) {
			window.last = time;
			window.first ??= time;
		}
		// The later window reads these.
		if (window.stopAt !== undefined && time !== undefined && time >= window.stopAt) continue;
		window.records.push(record);
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
 * Splits the window that, as its dates so far suggest, has the most left to read: a new window
 * takes the later half of its rest, and the old one stops where that begins. Only a window whose
 * dates have ascended so far can be split: its rest is then the range after its last date.
 */
function split(
	windows: ListWindow[],
	request: WindowedListRequest,
	now: number,
): ListWindow | undefined {
	let best: { window: ListWindow; at: number; left: number } | undefined;
	for (const window of windows) {
		if (window.done || !window.ascending || window.last === undefined || window.first === undefined)
			continue;
		const end = window.stopAt ?? window.range.to ?? Math.max(now, window.last + 1000);
		const at = splitPoint(window.last, end);
		if (at === undefined) continue;
		const perMs =
			window.records.length / Math.max(1000, window.last - (window.range.from ?? window.first));
		const left = perMs * (end - window.last);
		if (left >= MIN_PAGES_TO_SPLIT * MAX_PAGE_SIZE && (!best || left > best.left))
			best = { window, at, left };
	}
	if (!best) return undefined;
	const later = newWindow(request, {
		from: best.at,
		to: best.window.stopAt ?? best.window.range.to,
	});
	best.window.stopAt = best.at;
	windows.splice(windows.indexOf(best.window) + 1, 0, later);
	return later;
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
 * most left (its records per second so far times the time it has left) hands the later half of
 * its remaining dates to a new window, and stops where that one starts. A window can only be
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
	const read = async (window: ListWindow) => {
		window.busy = true;
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
	while (failure === undefined) {
		while (inFlight.size < request.concurrency) {
			const next =
				windows.find((window) => !window.busy && !window.done) ?? split(windows, request, now);
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
