import type { IDataObject, NodeApiError } from 'n8n-workflow';

import type { TrackstarContext } from './context';
import { trackstarPaginationError, type PaginationFailure } from './errors';
import { trackstarApiRequest } from './request';

/** Trackstar's largest page. */
export const MAX_PAGE_SIZE = 1000;

/** One query followed page by page: where it stands, for the next page and for an error. */
export interface PageCursor {
	query: IDataObject;
	pageToken?: string;
	seenTokens: Set<string>;
	pagesRead: number;
	recordsRead: number;
	done: boolean;
}

export function pageCursor(query: IDataObject): PageCursor {
	return { query, seenTokens: new Set(), pagesRead: 0, recordsRead: 0, done: false };
}

/**
 * Reads the cursor's next page: `next_token` goes back as `page_token` with every filter
 * repeated, and a token seen twice stops with an error instead of reading forever. The page is
 * retried like any request; a later page that still fails, or any page without a `data` list,
 * fails the whole list (see trackstarPaginationError). `failure` adds what the error should say
 * about the list as a whole.
 */
export async function readNextPage(
	context: TrackstarContext,
	path: string,
	cursor: PageCursor,
	pageSize: number,
	itemIndex: number,
	failure: () => Partial<PaginationFailure> = () => ({}),
): Promise<IDataObject[]> {
	const fail = (problem: string, detail?: string, httpCode?: string | null) =>
		trackstarPaginationError(
			context.getNode(),
			{
				path,
				pagesRead: cursor.pagesRead,
				recordsRead: cursor.recordsRead,
				pageToken: cursor.pageToken,
				problem,
				detail,
				httpCode,
				...failure(),
			},
			itemIndex,
		);
	const qs: IDataObject = { ...cursor.query, limit: pageSize };
	if (cursor.pageToken !== undefined) qs.page_token = cursor.pageToken;

	const request = trackstarApiRequest.call(context, { method: 'GET', path, qs }, itemIndex);
	// The list's very first page that fails leaves nothing partial: its own error says it best.
	const first = cursor.pagesRead === 0 && failure().window === undefined;
	const page = first
		? await request
		: await request.catch((error: NodeApiError) => {
				throw fail(error.message, error.description ?? undefined, error.httpCode);
			});
	if (!Array.isArray(page.data)) {
		throw fail(
			'Trackstar answered without a data list',
			"The answer does not match Trackstar's documented format. If it persists, contact Trackstar support.",
		);
	}
	const records = page.data as IDataObject[];
	cursor.pagesRead++;
	cursor.recordsRead += records.length;

	const nextToken = page.next_token;
	if (nextToken === null || nextToken === undefined || nextToken === '') {
		cursor.done = true;
		return records;
	}
	if (cursor.seenTokens.has(String(nextToken))) {
		cursor.pageToken = String(nextToken);
		throw fail(
			'Trackstar returned a page token it had already returned',
			'Stopped rather than read the same pages forever. Try again; if it persists, contact Trackstar support.',
		);
	}
	cursor.seenTokens.add(String(nextToken));
	cursor.pageToken = String(nextToken);
	return records;
}
