import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { TrackstarContext } from './context';
import { trackstarApiRequest } from './request';

/** Trackstar's largest page. */
export const MAX_PAGE_SIZE = 1000;

/**
 * Reads a list endpoint page by page: `next_token` goes back as `page_token` with every filter
 * repeated, each page asks for no more than is still needed, and a token seen twice stops the
 * loop with an error instead of reading forever. `limit` undefined means every record.
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

	while (limit === undefined || records.length < limit) {
		const pageSize = Math.min(MAX_PAGE_SIZE, limit === undefined ? MAX_PAGE_SIZE : limit - records.length);
		const qs: IDataObject = { ...query, limit: pageSize };
		if (pageToken !== undefined) qs.page_token = pageToken;

		const page = await trackstarApiRequest.call(this, { method: 'GET', path, qs }, itemIndex);
		if (!Array.isArray(page.data)) {
			throw new NodeApiError(
				this.getNode(),
				{ page: seenTokens.size + 1 },
				{
					message: `Trackstar answered page ${seenTokens.size + 1} of ${path} without a data list [item ${itemIndex}]`,
					description: `${records.length} records had been read; none are returned because the list would be incomplete.`,
					itemIndex,
				},
			);
		}
		for (const record of page.data as IDataObject[]) records.push(record);

		const nextToken = page.next_token;
		if (nextToken === null || nextToken === undefined || nextToken === '') break;
		if (seenTokens.has(String(nextToken))) {
			throw new NodeApiError(
				this.getNode(),
				{ page: seenTokens.size + 1 },
				{
					message: `Trackstar returned the same page token twice while listing ${path} [item ${itemIndex}]`,
					description: `Stopped after ${seenTokens.size + 1} pages and ${records.length} records rather than read the same page forever. Try again; if it persists, contact Trackstar support.`,
					itemIndex,
				},
			);
		}
		seenTokens.add(String(nextToken));
		pageToken = String(nextToken);
	}
	return limit === undefined ? records : records.slice(0, limit);
}
