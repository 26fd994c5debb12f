/**
 * Trackstar-style pagination: pages of `limit` items answered as `{data, next_token, total_count}`
 * (total_count counts this page only). The token is opaque to clients: base64url of JSON holding
 * the offset of the next page and a hash of the filter parameters it was issued for, so a client
 * that does not repeat every filter with `page_token` gets a 422 instead of silently wrong data.
 * `limit` is not part of the hash: a client may ask for a smaller last page.
 */
import { createHash } from 'node:crypto';

import type { OrderListQuery, QueryErrors } from './filters';

export interface Page<T> {
	data: T[];
	next_token: string | null;
	total_count: number;
}

interface TokenPayload {
	v: 1;
	/** Offset of the page this token opens. */
	o: number;
	/** Hash of the filter parameters. */
	f: string;
}

export function filterHash(filterParams: ReadonlyArray<readonly [string, string]>): string {
	return createHash('sha256').update(JSON.stringify(filterParams)).digest('hex').slice(0, 16);
}

export function encodePageToken(offset: number, hash: string): string {
	const payload: TokenPayload = { v: 1, o: offset, f: hash };
	return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

export function decodePageToken(token: string): { offset: number; hash: string } | undefined {
	if (!/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
	try {
		const payload = JSON.parse(
			Buffer.from(token, 'base64url').toString('utf8'),
		) as Partial<TokenPayload>;
		if (
			payload === null ||
			typeof payload !== 'object' ||
			payload.v !== 1 ||
			!Number.isSafeInteger(payload.o) ||
			(payload.o as number) < 0 ||
			typeof payload.f !== 'string'
		) {
			return undefined;
		}
		return { offset: payload.o as number, hash: payload.f };
	} catch {
		return undefined;
	}
}

export const MALFORMED_TOKEN_MESSAGE =
	'Invalid page_token: pass back the next_token of the previous page unchanged.';
export const FILTERS_CHANGED_MESSAGE =
	'This page_token was issued for different filters: repeat every filter of the first request ' +
	'(and only those) together with page_token.';

export type PageResult<T> = { ok: true; page: Page<T> } | { ok: false; errors: QueryErrors };

/** Cuts the page that `query` asks for out of the already filtered, ordered items. */
export function paginate<T>(
	items: readonly T[],
	query: Pick<OrderListQuery, 'filterParams' | 'pageToken' | 'limit'>,
): PageResult<T> {
	const hash = filterHash(query.filterParams);
	let offset = 0;
	if (query.pageToken !== undefined) {
		const decoded = decodePageToken(query.pageToken);
		if (!decoded) return { ok: false, errors: { page_token: [MALFORMED_TOKEN_MESSAGE] } };
		if (decoded.hash !== hash)
			return { ok: false, errors: { page_token: [FILTERS_CHANGED_MESSAGE] } };
		offset = decoded.offset;
	}
	const data = items.slice(offset, offset + query.limit);
	const end = offset + data.length;
	return {
		ok: true,
		page: {
			data,
			next_token: end < items.length ? encodePageToken(end, hash) : null,
			total_count: data.length,
		},
	};
}
