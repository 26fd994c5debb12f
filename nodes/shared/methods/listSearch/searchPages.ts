import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems } from 'n8n-workflow';

import { trackstarApiRequest } from '../../transport/request';
import { readNewestPickerPage } from './newestPickerPage';
import { pickerError } from './pickerError';

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
	/**
	 * The most recent first (by `created_date`, which the list filters on): an operations user
	 * looks for today's order, not last year's. Otherwise Trackstar's order.
	 */
	newestFirst?: boolean;
}

export interface PickerPage {
	results: INodeListSearchItems[];
	/** Where the next call starts (Trackstar's next_token, or a date); undefined after the last page. */
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
	const asPickerError = (error: unknown) => {
		throw pickerError(this.getNode(), error, source.path);
	};
	const readPage = async (token: string | undefined) => {
		if (source.newestFirst) {
			return await readNewestPickerPage(
				this,
				source.path,
				source.query ?? {},
				PICKER_PAGE_SIZE,
				token,
			).catch(asPickerError);
		}
		const qs: IDataObject = { ...source.query, limit: PICKER_PAGE_SIZE };
		if (token) qs.page_token = token;
		const answer = await trackstarApiRequest
			.call(this, { method: 'GET', path: source.path, qs })
			.catch(asPickerError);
		return {
			records: Array.isArray(answer.data) ? (answer.data as IDataObject[]) : [],
			nextToken:
				typeof answer.next_token === 'string' && answer.next_token !== ''
					? answer.next_token
					: undefined,
		};
	};
	let token = pageToken;
	for (let page = 0; page < PICKER_MAX_PAGES_PER_CALL; page++) {
		const read = await readPage(token);
		for (const record of read.records) {
			if (!source.keep || source.keep(record)) results.push(source.toItem(record));
		}
		token = read.nextToken;
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

/**
 * A picker's own pagination token (JSON saying which pass a search is in and where), or {} for
 * none or for one it cannot read, which then starts the search over.
 */
export function readSearchToken<T extends object>(token: string | undefined): Partial<T> {
	if (!token) return {};
	try {
		const parsed = JSON.parse(token) as Partial<T>;
		return typeof parsed === 'object' && parsed !== null ? parsed : {};
	} catch {
		return {};
	}
}
