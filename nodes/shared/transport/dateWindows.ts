import type { IDataObject } from 'n8n-workflow';

import type { DensityModel } from './densityModel';

/**
 * Pure helpers of the windowed list reader (see windowedList.ts): a window is a range of one
 * date field, `from` inclusive and `to` exclusive, either end open, in epoch ms of whole seconds.
 */
export interface DateRange {
	from?: number;
	to?: number;
}

/** A Trackstar date (whole seconds, UTC, e.g. 2025-06-01T12:00:00Z) as it goes into a filter. */
export function trackstarDate(ms: number): string {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The record's date in ms; undefined when it has none, or one without a time zone (not Trackstar's). */
export function recordTime(record: IDataObject, field: string): number | undefined {
	const value = record[field];
	if (typeof value !== 'string' || !/(Z|[+-]\d{2}:?\d{2})$/.test(value)) return undefined;
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The user's query narrowed to a window. The window's bounds go in as `field[gte]` and
 * `field[lt]`; where the user set the same comparison, the narrower one is sent. Any other
 * condition of the user's on the field (`gt`, `lte`, `eq`…) stays and applies as well.
 */
export function windowQuery(query: IDataObject, field: string, range: DateRange): IDataObject {
	const narrowed = { ...query };
	const bound = (
		key: string,
		value: number | undefined,
		pick: (a: number, b: number) => number,
	) => {
		if (value === undefined) return;
		const own = typeof query[key] === 'string' ? Date.parse(query[key] as string) : NaN;
		narrowed[key] = trackstarDate(Number.isNaN(own) ? value : pick(own, value));
	};
	bound(`${field}[gte]`, range.from, Math.max);
	bound(`${field}[lt]`, range.to, Math.min);
	return narrowed;
}

/** How a window is named in an error. */
export function windowLabel(field: string, range: DateRange): string {
	if (range.from === undefined && range.to === undefined) return `${field}: all`;
	const from = range.from === undefined ? 'from the start' : `from ${trackstarDate(range.from)}`;
	const to = range.to === undefined ? 'to the end' : `before ${trackstarDate(range.to)}`;
	return `${field} ${from} ${to}`;
}

/**
 * Where to cut the dates below `to` into at most `count` ranges of about equal records, by
 * `model`: the first range has no lower bound and holds the `before` records up to `from` (the
 * first page's, read again); each range but the last is planned at a whole number of pages less
 * `slack` of a page, so that its last page is nearly full and an estimate a little short does
 * not spill into a page more; the last takes what is left. The inner cut points, on whole
 * seconds, ascending, between `from` and `to`; fewer where the dates hold fewer than
 * `minPages` pages a range.
 */
export function lowerCuts(
	model: DensityModel,
	range: { from: number; to: number },
	before: number,
	count: number,
	plan: { pageSize: number; slack: number; minPages: number },
): number[] {
	const total = before + model.between(range.from, range.to);
	const ranges = Math.max(1, Math.min(count, Math.floor(total / plan.pageSize / plan.minPages)));
	if (ranges < 2) return [];
	const pagesEach = Math.max(1, Math.round(total / ranges / plan.pageSize + plan.slack));
	const planned = (pagesEach - plan.slack) * plan.pageSize;
	const cuts: number[] = [];
	let at = range.from;
	let held = before;
	for (let cut = 1; cut < ranges; cut++) {
		at = Math.floor(model.reach(at, Math.max(0, planned - held)) / 1000) * 1000;
		held = 0;
		if (at <= (cuts[cuts.length - 1] ?? range.from) || at >= range.to) break;
		cuts.push(at);
	}
	return cuts;
}

/**
 * The dates the user's own filters on `field` allow, as far as a range tells (`gt`, `gte`, `lt`,
 * `lte`, `eq`); they stay in every request as given, this only says where the list can end.
 */
export function userRange(query: IDataObject, field: string): DateRange {
	const date = (key: string) => {
		const value = query[`${field}[${key}]`] ?? (key === 'eq' ? query[field] : undefined);
		const ms = typeof value === 'string' ? Date.parse(value) : NaN;
		return Number.isNaN(ms) ? undefined : ms;
	};
	const eq = date('eq');
	if (eq !== undefined) return { from: eq, to: eq + 1000 };
	const lte = date('lte');
	return {
		from: date('gte') ?? date('gt'),
		to: date('lt') ?? (lte === undefined ? undefined : lte + 1000),
	};
}
