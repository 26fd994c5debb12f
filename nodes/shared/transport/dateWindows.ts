import type { IDataObject } from 'n8n-workflow';

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
 * Where to cut [start, end) into `count` ranges of equal length: the inner cut points, on whole
 * seconds, each past `start` and the one before, and before `end`. Fewer where the span has
 * fewer whole seconds; none if it has no whole second past `start`.
 */
export function cutPoints(start: number, end: number, count: number): number[] {
	const points: number[] = [];
	for (let piece = 1; piece < count; piece++) {
		const point = Math.floor((start + ((end - start) * piece) / count) / 1000) * 1000;
		if (point > (points[points.length - 1] ?? start) && point < end) points.push(point);
	}
	return points;
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
