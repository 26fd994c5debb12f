import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { recordTime, trackstarDate } from '../../transport/dateWindows';
import { readNewestFirst } from '../../transport/newestFirst';
import { WINDOW_FIELD } from '../../transport/paginate';

/** Where the next newest-first picker page starts: records created before this (epoch ms). */
const TOKEN_PREFIX = 'before:';

export function readNewestToken(token: string | undefined): number | undefined {
	if (!token?.startsWith(TOKEN_PREFIX)) return undefined;
	const before = Number(token.slice(TOKEN_PREFIX.length));
	return Number.isFinite(before) ? before : undefined;
}

export interface NewestPage {
	records: IDataObject[];
	/** Undefined after the oldest record. */
	nextToken?: string;
}

/**
 * Up to `size` of the newest records created before the token's date, newest first. The page
 * ends at a whole second, so that the next one, which starts below the last second shown, leaves
 * no record of a second out: the records of the oldest second read go to the next page, unless
 * they are the whole page.
 */
export async function readNewestPickerPage(
	context: ILoadOptionsFunctions,
	path: string,
	query: IDataObject,
	size: number,
	token: string | undefined,
): Promise<NewestPage> {
	const before = readNewestToken(token);
	const records = await readNewestFirst(context, {
		path,
		query:
			before === undefined ? query : { ...query, [`${WINDOW_FIELD}[lt]`]: trackstarDate(before) },
		itemIndex: 0,
		field: WINDOW_FIELD,
		limit: size,
	});
	const oldest = recordTime(records[records.length - 1] ?? {}, WINDOW_FIELD);
	if (records.length < size || oldest === undefined) return { records };
	const newer = records.filter((record) => (recordTime(record, WINDOW_FIELD) ?? 0) > oldest);
	return newer.length > 0
		? { records: newer, nextToken: `${TOKEN_PREFIX}${oldest + 1000}` }
		: { records, nextToken: `${TOKEN_PREFIX}${oldest}` };
}
