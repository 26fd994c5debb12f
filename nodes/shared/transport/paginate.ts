import type { IDataObject, NodeApiError } from 'n8n-workflow';

import type { TrackstarContext } from './context';
import { trackstarPaginationError } from './errors';
import { trackstarApiRequest } from './request';

/** Trackstar's largest page. */
export const MAX_PAGE_SIZE = 1000;

const ITEM_SUFFIX = / \[item \d+\]$/;

/**
 * Reads a list endpoint page by page: `next_token` goes back as `page_token` with every filter
 * repeated, each page asks for no more than is still needed, and a token seen twice stops the
 * loop with an error instead of reading forever. Each page is retried like any request; a later
 * page that still fails, or any page without a `data` list, fails the whole list (see
 * trackstarPaginationError). `limit` undefined means every record.
 */
export async function trackstarApiRequestAllItems(
	this: TrackstarContext,
	path: string,
	query: IDataObject,
	limit: number | undefined,
	itemIndex = 0,
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	const seenTokens = new Set<string>();
	let pageToken: string | undefined;
	let pagesRead = 0;
	const fail = (problem: string, detail?: string, httpCode?: string | null) =>
		trackstarPaginationError(
			this.getNode(),
			{ path, pagesRead, recordsRead: records.length, pageToken, problem, detail, httpCode },
			itemIndex,
		);

	while (limit === undefined || records.length < limit) {
		const pageSize = Math.min(MAX_PAGE_SIZE, limit === undefined ? MAX_PAGE_SIZE : limit - records.length);
		const qs: IDataObject = { ...query, limit: pageSize };
		if (pageToken !== undefined) qs.page_token = pageToken;

		const request = trackstarApiRequest.call(this, { method: 'GET', path, qs }, itemIndex);
		// A first page that fails leaves nothing partial: its own error says it best.
		const page =
			pagesRead === 0
				? await request
				: await request.catch((error: NodeApiError) => {
						throw fail(error.message.replace(ITEM_SUFFIX, ''), error.description ?? undefined, error.httpCode);
					});
		if (!Array.isArray(page.data)) {
			throw fail(
				'Trackstar answered without a data list',
				"The answer does not match Trackstar's documented format. If it persists, contact Trackstar support.",
			);
		}
		for (const record of page.data as IDataObject[]) records.push(record);
		pagesRead++;

		const nextToken = page.next_token;
		if (nextToken === null || nextToken === undefined || nextToken === '') break;
		if (seenTokens.has(String(nextToken))) {
			pageToken = String(nextToken);
			throw fail(
				'Trackstar returned a page token it had already returned',
				'Stopped rather than read the same pages forever. Try again; if it persists, contact Trackstar support.',
			);
		}
		seenTokens.add(String(nextToken));
		pageToken = String(nextToken);
	}
	return limit === undefined ? records : records.slice(0, limit);
}
