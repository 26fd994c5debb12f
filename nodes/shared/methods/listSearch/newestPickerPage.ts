import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { recordTime, windowQuery } from '../../transport/dateWindows';
import { readNewestFirst } from '../../transport/newestFirst';
import { WINDOW_FIELD } from '../../transport/paginate';

/**
 * Where the next newest-first picker page starts: below a date (`before:<epoch ms>`), or inside
 * one second, past the records of it already shown (`second:<epoch ms>:<shown>`), for a second
 * that holds more records than a page.
 */
type NewestToken = { before?: number } | { second: number; shown: number };

export function readNewestToken(token: string | undefined): NewestToken {
	const [kind, at, shown] = (token ?? '').split(':');
	const ms = Number(at);
	if (at === undefined || at === '' || !Number.isFinite(ms)) return {};
	if (kind === 'before') return { before: ms };
	if (kind === 'second' && Number.isInteger(Number(shown)))
		return { second: ms, shown: Number(shown) };
	return {};
}

export interface NewestPage {
	records: IDataObject[];
	/** Undefined after the oldest record. */
	nextToken?: string;
}

/**
 * Up to `size` of the newest records below the token, newest first (then by ID). A page ends on
 * a whole second, so that the next one, which starts below it, leaves no record out: the records
 * of the oldest second read go to the next page, unless they are the whole page; then the next
 * page reads that second again, past the ones shown.
 */
export async function readNewestPickerPage(
	context: ILoadOptionsFunctions,
	path: string,
	query: IDataObject,
	size: number,
	token: string | undefined,
): Promise<NewestPage> {
	const at = readNewestToken(token);
	const read = async (range: { from?: number; to?: number }, limit: number) =>
		await readNewestFirst(context, {
			path,
			query: windowQuery(query, WINDOW_FIELD, range),
			itemIndex: 0,
			field: WINDOW_FIELD,
			limit,
		});

	if ('second' in at) {
		const inSecond = await read({ from: at.second, to: at.second + 1000 }, at.shown + size + 1);
		const records = inSecond.slice(at.shown, at.shown + size);
		const more = inSecond.length > at.shown + size;
		return {
			records,
			nextToken: more ? `second:${at.second}:${at.shown + size}` : `before:${at.second}`,
		};
	}
	const records = await read({ to: at.before }, size);
	const oldest = recordTime(records[records.length - 1] ?? {}, WINDOW_FIELD);
	if (records.length < size || oldest === undefined) return { records };
	const newer = records.filter((record) => (recordTime(record, WINDOW_FIELD) ?? 0) > oldest);
	return newer.length > 0
		? { records: newer, nextToken: `before:${oldest + 1000}` }
		: { records, nextToken: `second:${oldest}:${records.length}` };
}
