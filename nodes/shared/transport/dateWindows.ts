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

/** Where to split the rest of a window [last, end): its middle, on a whole second past `last`; undefined if too narrow. */
export function splitPoint(last: number, end: number): number | undefined {
	const middle = Math.floor((last + (end - last) / 2) / 1000) * 1000;
	return middle > last && middle < end ? middle : undefined;
}
