import { sleep, type IDataObject } from 'n8n-workflow';

import type { TrackstarContext } from './context';
import {
	lowerCuts,
	recordTime,
	userRange,
	windowLabel,
	windowQuery,
	type DateRange,
} from './dateWindows';
import { densityModel, type DensitySample } from './densityModel';
import { MAX_PAGE_SIZE, pageCursor, readNextPage, type PageCursor } from './pages';
import { limitInterval, pacingWait } from './rateLimit';
import { serverNow } from './serverClock';

export interface WindowedListRequest {
	path: string;
	query: IDataObject;
	itemIndex: number;
	/** The date the list is cut by: one that never changes once a record exists. */
	field: string;
	/** Ranges read at once, at most, a page of each in flight (Concurrent Pages). */
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
 * page: ranges cost a request or two more, which a page or two more do not pay back.
 */
const MIN_PAGES_TO_CUT = 3;
/**
 * Pages this many read-limit intervals slow (250 ms at Trackstar's 10 reads a second) leave the
 * limit idle while one is read: only then can ranges make the read faster.
 */
const SLOW_PAGE_INTERVALS = 2.5;
/**
 * And a page must take this long whatever the limit allows: a page of 1,000 records that comes
 * back sooner is mostly the time it takes to parse here, which pages read at once do not shorten
 * (they only add requests).
 */
const SLOW_PAGE_MS = 250;
const DEFAULT_READ_INTERVAL_MS = 100;
/** Ranges read at once, at most, whatever Concurrent Pages says. */
const MAX_RANGES = 8;
/**
 * A range below the probe is planned this far under a whole number of pages, so that its last
 * page is nearly full and an estimate a little short does not spill into one page more.
 */
const PAGE_SLACK = 0.25;
/** Ranges below the probe hold at least this many pages each, or there are fewer of them. */
const MIN_PAGES_PER_RANGE = 2;
/** The probe reads thin when it holds under this share of what the first page's density expects. */
const THIN_PROBE = 0.5;

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
 * A window's records as a density sample: the middle of their dates, and records per ms. A
 * window read to its end, from `from`, held every record up to `end`.
 */
function sampleOf(
	window: ListWindow,
	from = window.firstTime,
	end?: number,
): DensitySample | undefined {
	if (window.cursor.done && from !== undefined && end !== undefined)
		return { at: (from + end) / 2, perMs: window.records.length / Math.max(1000, end - from) };
	const perMs = densityOf(window, from);
	if (perMs === undefined || from === undefined || window.lastTime === undefined) return undefined;
	return { at: (from + window.lastTime) / 2, perMs };
}

/**
 * Return All over a long list when pages are slow. The first page is read as usual; a list that
 * ends there costs one request, and a list whose pages come back fast, whose first page is not in
 * date order, or whose first page's density suggests only a page or two more, is read on page
 * after page, as a Limit is (so is a list whose probe, below, comes back fast: its first page was
 * slow for another reason, such as a cold start).
 *
 * Otherwise it is read in `ranges` ranges of a date that never changes (`created_date`) at once,
 * each filtered by Trackstar and read to its end by its own page token, so that no record
 * depends on the list's order (which Trackstar does not document). The node looks before it
 * cuts: it reads where the newest of `2 × ranges − 1` equal stretches of the dates between the
 * first page and the end (Trackstar's now or the user's bound) starts, as a probe. An empty or thin
 * probe means the list ends or thins well before: it is read on page after page, one request
 * more in all. A probe that holds records is the first page of the top range, read on to the
 * list's end. The dates below it go to the other ranges, the first from the start (the first
 * page's dates again: an order synced late may come long after newer ones), cut by a density
 * fitted to the first page's and the probe's records, each a little under whole pages.
 *
 * Every range's last page is partial, where page after page has one partial page in all, and
 * the first page is read again: with two ranges (the default) the read costs at most two
 * requests more than page after page, whatever the list; each range beyond two adds one at
 * most (about half of one on average). The transport's pacing is kept per node run, so all
 * pages stay within Trackstar's read limit together (see readTogether). Any page failing fails
 * the whole list, naming its range.
 */
export async function readWindowed(
	context: TrackstarContext,
	request: WindowedListRequest,
): Promise<IDataObject[]> {
	const windows: ListWindow[] = [];
	let failure: unknown;
	const pagesRead = () => windows.reduce((sum, each) => sum + each.cursor.pagesRead, 0);
	const recordsRead = () => windows.reduce((sum, each) => sum + each.cursor.recordsRead, 0);
	const fetchPage = async (window: ListWindow) =>
		await readNextPage(
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
	const readPage = async (window: ListWindow) =>
		takePage(window, await fetchPage(window), request.field);
	/** Reads the first page's list on, page after page, its dates no longer needed. */
	const readOn = async () => {
		while (!first.cursor.done)
			for (const record of await fetchPage(first)) first.records.push(record);
		return windows.length === 1 ? first.records : assemble(windows);
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
	const ranges = Math.min(request.concurrency, MAX_RANGES, Math.ceil(pageMs / interval));
	const slowPageMs = Math.max(SLOW_PAGE_MS, SLOW_PAGE_INTERVALS * interval);
	if (
		density === undefined ||
		from === undefined ||
		ranges < 2 ||
		pageMs < slowPageMs ||
		pages(density * (end - from)) < MIN_PAGES_TO_CUT
	)
		return await readOn();

	// The probe: where the newest of `2 × ranges − 1` equal stretches of the dates still to read
	// starts. The top range is read alone, so it is given less than its share of the dates: a
	// list that grows denser towards now (the commoner) gives it about its share of the records,
	// one as dense throughout a little less (the ranges below take a little more each).
	const probeFrom = Math.floor((end - (end - from) / (2 * ranges - 1)) / 1000) * 1000;
	if (probeFrom <= from) return await readOn();
	const top = newWindow(request, { from: probeFrom });
	windows.push(top);
	const probed = Date.now();
	await readPage(top);
	// A first page slowed by a cold start is not a slow server: the probe must be slow as well.
	if (Date.now() - probed < slowPageMs) return await readOn();
	const expected = Math.min(MAX_PAGE_SIZE, density * (end - probeFrom));
	const topSample = sampleOf(top, probeFrom, end);
	const firstSample = sampleOf(first);
	if ((top.cursor.done && top.records.length < THIN_PROBE * expected) || !topSample || !firstSample)
		// The list ends, or thins, well before the top: page after page, one request more in all.
		return await readOn();

	const model = densityModel(end, firstSample, topSample);
	const cuts = lowerCuts(model, { from, to: probeFrom }, first.records.length, ranges - 1, {
		pageSize: MAX_PAGE_SIZE,
		slack: PAGE_SLACK,
		minPages: MIN_PAGES_PER_RANGE,
	});
	const lower: ListWindow[] = [];
	let start: number | undefined;
	for (const cut of [...cuts, probeFrom]) {
		const window = newWindow(request, { from: start, to: cut });
		window.expected =
			(start === undefined ? first.records.length : 0) + model.between(start ?? from, cut);
		lower.push(window);
		start = cut;
	}
	top.expected = top.cursor.done ? top.records.length : model.between(probeFrom, end);
	windows.splice(windows.indexOf(top), 0, ...lower);
	await readTogether(context, [...lower, top], ranges, readPage, (error) => {
		failure ??= error;
	});
	if (failure !== undefined) throw failure;
	return assemble(windows);
}
