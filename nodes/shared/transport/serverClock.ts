import type { IDataObject } from 'n8n-workflow';

import type { TrackstarContext } from './context';
import { headerValue } from './rateLimit';

/**
 * How far Trackstar's clock (its answers' `Date` header) is ahead of this machine's, per context
 * (one node run). A list cannot hold a record created after Trackstar's now, whatever this
 * machine's clock says.
 */
const offsets = new WeakMap<object, number>();

export function rememberServerClock(context: TrackstarContext, headers: IDataObject | undefined) {
	const date = Date.parse(headerValue(headers, 'date') ?? '');
	if (!Number.isNaN(date)) offsets.set(context, date - Date.now());
}

/** Trackstar's now, to the second its `Date` header tells; this machine's before any answer. */
export function serverNow(context: TrackstarContext): number {
	return Date.now() + (offsets.get(context) ?? 0);
}
