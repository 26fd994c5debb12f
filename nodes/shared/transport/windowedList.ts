import { sleep, type IDataObject } from 'n8n-workflow';

import type { TrackstarContext } from './context';
import {
	middleCuts,
	recordsBetween,
	recordTime,
	userRange,
	windowLabel,
	windowQuery,
	type DateRange,
} from './dateWindows';
import { MAX_PAGE_SIZE, pageCursor, readNextPage, type PageCursor } from './pages';
import { limitInterval, pacingWait } from './rateLimit';
import { serverNow } from './serverClock';

export interface WindowedListRequest {
	path: string;
	query: IDataObject;
	itemIndex: number;
	/** The date the list is cut by: one that never changes once a record exists. */
	field: string;
	/** Pages in flight at once, at most. */
	concurrency: number;
}

/**
 * A range of the list, read to its end by its own page token: Trackstar filters each range, so
 * every record is in exactly one, whatever order Trackstar lists them in.
 */
interface ListWindow {
	/** Its bounds, sent with every page as `field[gte]` and `field[lt]`; open ends: the user's own. */
	range: DateRange;
	cursor: PageCursor;
	records: IDataObject[];
	/** The first and last record's dates, while every date read came in ascending order. */
	firstTime?: number;
	lastTime?: number;
	ascending: boolean;
	/** The records it was planned to hold, where an estimate tells. */
	expected?: number;
	busy?: boolean;
}

/**
 * A list whose first page's dates suggest fewer pages than this after it is read on, page after
 * page: windows cost a request or two more, which a page or two more do not pay back.
 */
const MIN_PAGES_TO_CUT = 3;
/**
 * Pages this many read-limit intervals slow (250 ms at Trackstar's 10 reads a second) leave the
 * limit idle while one is read: only then can windows make the read faster.
 */
const SLOW_PAGE_INTERVALS = 2.5;
/**
 * And a page must take this long whatever the limit allows: a page of 1,000 records that comes
 * back sooner is mostly the time it takes to parse here, which pages read at once do not shorten
 * (they only add requests).
 */
const SLOW_PAGE_MS = 250;
const DEFAULT_READ_INTERVAL_MS = 100;
/**
 * Ranges the dates between the first page and the top are cut into, at most: as many as keep the
 * read limit busy while a page is read (a page's time over the limit's interval, plus one), since
 * each range's last page is partial, a request the page-by-page read does not make.
 */
const MAX_WINDOWS = 8;
/**
 * A middle window is planned this far under a whole number of pages, so that its last page is
 * nearly full and an estimate a little short does not spill into one page more.
 */
const PAGE_SLACK = 0.3;
/** The tail reads thin when its first page holds under this share of what was expected of it. */
const THIN_TAIL = 0.5;

/** The longest a page is held back for the read limit before the next choice: its window, a second. */
const MAX_HOLD_MS = 1000;

const pages = (records: number) => records / MAX_PAGE_SIZE;

/** What a window is expected to hold still: half a page where it has read past its estimate. */
const leftOf = (window: ListWindow) =>
	Math.max(MAX_PAGE_SIZE / 2, (window.expected ?? MAX_PAGE_SIZE) - window.records.length);

function newWindow(request: WindowedListRequest, range: DateRange): ListWindow {
	const query =
		range.from === undefined && range.to === undefined
			? request.query
			: windowQuery(request.query, request.field, range);
	return { range, cursor: pageCursor(query), records: [], ascending: true };
}

/** Takes in one page of a window, noting whether its dates still ascend. */
function takePage(window: ListWindow, page: IDataObject[], field: string) {
	for (const record of page) {
		const time = recordTime(record, field);
		if (time === undefined || (window.lastTime !== undefined && time < window.lastTime))
			window.ascending = false;
		if (window.ascending) {
			window.firstTime ??= time;
			window.lastTime = time;
		}
		window.records.push(record);
	}
}

/** Records per ms over a window's dates read so far, from `from` (its start) when it has one. */
function densityOf(window: ListWindow, from = window.firstTime): number | undefined {
	if (!window.ascending || from === undefined || window.lastTime === undefined) return undefined;
	return window.records.length / Math.max(1000, window.lastTime - from);
}

/**
 * The list in window order, then page order (Trackstar's order where its list ascends by the
 * window's date), each record once: a record read twice (the first page's dates read again, or
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
 * Reads every window to its end, a page of each at most in flight and `concurrency` in all. While
 * the read limit holds pages back, the next page is chosen when it can go, not queued in the
 * pacing: so the window with the most left goes first, and all end together.
 */
async function readTogether(
	context: TrackstarContext,
	windows: ListWindow[],
	concurrency: number,
	readPage: (window: ListWindow) => Promise<void>,
	fail: (error: unknown) => void,
) {
	let failed = false;
	const inFlight = new Set<Promise<void>>();
	let limitFrees: Promise<void> | undefined;
	const holds = new AbortController();
	while (!failed) {
		while (inFlight.size < concurrency) {
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
			let next: ListWindow | undefined;
			for (const window of windows)
				if (!window.busy && !window.cursor.done && (!next || leftOf(window) > leftOf(next)))
					next = window;
			if (!next) break;
			const window = next;
			window.busy = true;
			const reading = readPage(window)
				.catch((error: unknown) => {
					failed = true;
					fail(error);
				})
				.finally(() => {
					window.busy = false;
					inFlight.delete(reading);
				});
			inFlight.add(reading);
		}
		if (inFlight.size === 0) break;
		await Promise.race(limitFrees ? [...inFlight, limitFrees] : inFlight);
	}
	holds.abort();
	await Promise.all(inFlight);
}

/**
 * Return All over a long list when pages are slow. The first page is read as usual; a list that
 * ends there costs one request, and a list whose pages come back fast, whose first page is not in
 * date order, or whose first page's density suggests only a page or two more, is read on page
 * after page, as a Limit is.
 *
 * Otherwise the node looks before it cuts: it reads the top of the dates (as many days as the
 * first page held, up to Trackstar's now or the user's bound) as a probe. An empty or thin top
 * means the list ends or thins well before now: it is read on page after page, one request more
 * in all. A top that holds records shows the list reaches it, and the rest is read in ranges of a
 * date that never changes (`created_date`), each filtered by Trackstar and read to its end, so
 * that no record depends on the list's order (which Trackstar does not document): the first
 * page's dates again, in a range of their own (an order synced late may come long after newer
 * ones); the dates between, cut into a few ranges of about equal records (by a density that runs
 * from the first page's to the top's), each a little under a whole number of pages; and the top,
 * read on. No range is cut beyond what a page showed holds records. The transport's pacing is
 * kept per node run, so all pages stay within Trackstar's read limit together (see readTogether).
 * Any page failing fails the whole list, naming its range.
 */
export async function readWindowed(
	context: TrackstarContext,
	request: WindowedListRequest,
): Promise<IDataObject[]> {
	const windows: ListWindow[] = [];
	let failure: unknown;
	const pagesRead = () => windows.reduce((sum, each) => sum + each.cursor.pagesRead, 0);
	const recordsRead = () => windows.reduce((sum, each) => sum + each.cursor.recordsRead, 0);
	const readPage = async (window: ListWindow) => {
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
							pagesRead: pagesRead(),
							recordsRead: recordsRead(),
						},
		);
		takePage(window, page, request.field);
	};
	/** Reads a window to its end; the first failure stops every window at its next page. */
	const readToEnd = async (window: ListWindow) => {
		try {
			while (!window.cursor.done && failure === undefined) await readPage(window);
		} catch (error) {
			failure ??= error;
		}
	};

	const first = newWindow(request, {});
	windows.push(first);
	const started = Date.now();
	await readPage(first);
	const pageMs = Date.now() - started;
	if (first.cursor.done) return first.records;

	const interval = limitInterval(context, 'read') ?? DEFAULT_READ_INTERVAL_MS;
	const end = userRange(request.query, request.field).to ?? serverNow(context);
	const density = densityOf(first);
	const from = first.lastTime;
	const slots = Math.min(request.concurrency, MAX_WINDOWS, Math.ceil(pageMs / interval) + 1);
	const worthCutting =
		density !== undefined &&
		from !== undefined &&
		slots > 1 &&
		pageMs >= Math.max(SLOW_PAGE_MS, SLOW_PAGE_INTERVALS * interval) &&
		pages(density * (end - from)) >= MIN_PAGES_TO_CUT;
	if (!worthCutting) {
		await readToEnd(first);
		if (failure !== undefined) throw failure;
		return first.records;
	}

	// The probe: the top of the dates, as long as the first page's, up to the user's bound or
	// Trackstar's now. Read alone, before anything is cut.
	const tailFrom =
		Math.floor((end - Math.max(1000, from - (first.firstTime ?? from))) / 1000) * 1000;
	const tail = newWindow(request, { from: Math.max(tailFrom, from) });
	windows.push(tail);
	await readPage(tail);
	const expected = density * (end - tailFrom);
	if (tailFrom <= from || (tail.cursor.done && tail.records.length < THIN_TAIL * expected)) {
		// The list ends, or thins, well before the top: page after page, one request more in all.
		await readToEnd(first);
		if (failure !== undefined) throw failure;
		return assemble(windows);
	}
	const tailDensity = tail.cursor.done
		? tail.records.length / Math.max(1000, end - tailFrom)
		: densityOf(tail, tailFrom);
	const again = newWindow(request, { to: from });
	const cuts =
		tailDensity === undefined
			? []
			: middleCuts({ from, to: tailFrom }, density, tailDensity, slots, MAX_PAGE_SIZE, PAGE_SLACK);
	const middleRange = { from, to: tailFrom };
	const middle: ListWindow[] = [];
	let start = from;
	for (const cut of [...cuts, tailFrom]) {
		const window = newWindow(request, { from: start, to: cut });
		if (tailDensity !== undefined)
			window.expected = recordsBetween(middleRange, density, tailDensity, start, cut);
		middle.push(window);
		start = cut;
	}
	again.expected = first.records.length;
	if (tailDensity !== undefined) tail.expected = tailDensity * (end - tailFrom);
	windows.splice(windows.indexOf(tail), 0, again, ...middle);
	await readTogether(context, [again, ...middle, tail], request.concurrency, readPage, (error) => {
		failure ??= error;
	});
	if (failure !== undefined) throw failure;
	return assemble(windows);
}
