import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems } from 'n8n-workflow';

import { trackstarApiRequest } from '../../transport/request';

/** Records asked for per page: a picker shows a screenful, then loads more as the user scrolls. */
export const PICKER_PAGE_SIZE = 100;
/** Pages read in one call while a search finds nothing, so a rare match does not mean a long wait. */
export const PICKER_MAX_PAGES_PER_CALL = 5;

export interface PickerSource {
	path: string;
	query?: IDataObject;
	/** Keeps only the records that match the search; all of them when absent. */
	keep?: (record: IDataObject) => boolean;
	toItem: (record: IDataObject) => INodeListSearchItems;
}

export interface PickerPage {
	results: INodeListSearchItems[];
	/** Trackstar's next_token: where the next call starts; undefined after the last page. */
	nextToken?: string;
}

/**
 * Reads a Trackstar list for a picker from `pageToken` on: one page, or more while none of the
 * records read so far matches the search, up to PICKER_MAX_PAGES_PER_CALL.
 */
export async function readPickerPages(
	this: ILoadOptionsFunctions,
	source: PickerSource,
	pageToken?: string,
): Promise<PickerPage> {
	const results: INodeListSearchItems[] = [];
	let token = pageToken;
	for (let page = 0; page < PICKER_MAX_PAGES_PER_CALL; page++) {
		const qs: IDataObject = { ...source.query, limit: PICKER_PAGE_SIZE };
		if (token) qs.page_token = token;
		const answer = await trackstarApiRequest.call(this, { method: 'GET', path: source.path, qs });
		const records = Array.isArray(answer.data) ? (answer.data as IDataObject[]) : [];
		for (const record of records) {
			if (!source.keep || source.keep(record)) results.push(source.toItem(record));
		}
		token =
			typeof answer.next_token === 'string' && answer.next_token !== ''
				? answer.next_token
				: undefined;
		if (!token || results.length > 0) break;
	}
	return { results, nextToken: token };
}

/** Case-insensitive "contains" on any of the given texts; an empty search matches everything. */
export function matchesSearch(filter: string | undefined, ...texts: unknown[]): boolean {
	const wanted = (filter ?? '').trim().toLowerCase();
	if (wanted === '') return true;
	return texts.some((text) => typeof text === 'string' && text.toLowerCase().includes(wanted));
}
