import type { IDataObject } from 'n8n-workflow';

/**
 * Where the poller stands: the newest timestamp it has emitted up to, and the orders it already
 * saw at exactly that instant, each with the version seen. The next poll asks for
 * `field[gte]=since` (Trackstar dates have whole seconds, so `[gt]` would drop an order written in
 * the same second) and drops the orders seen there in the same version, so the boundary neither
 * loses nor repeats an order, nor loses a second change of one order within that second.
 */
export interface OrderCursor {
	since: string;
	/** Order ID → the version seen (ANY_VERSION: any version counts as seen). */
	seenAtSince: Record<string, string>;
}

/** Tells one state of an order from another; `anyVersion` when only the ID matters. */
export type OrderVersion = (order: IDataObject) => string;

export const ANY_VERSION = '*';
export const anyVersion: OrderVersion = () => ANY_VERSION;

function timestampOf(order: IDataObject, field: string): string | undefined {
	const value = order[field];
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * A cursor from static data. Cursors stored before versions were kept list plain `idsAtSince`;
 * those orders count as seen in any version until a poll reads them again.
 */
export function readCursor(stored: unknown): OrderCursor | undefined {
	const value = stored as { since?: unknown; seenAtSince?: unknown; idsAtSince?: unknown } | undefined;
	if (typeof value?.since !== 'string') return undefined;
	if (typeof value.seenAtSince === 'object' && value.seenAtSince !== null) {
		return { since: value.since, seenAtSince: value.seenAtSince as Record<string, string> };
	}
	const ids = Array.isArray(value.idsAtSince) ? value.idsAtSince : [];
	return { since: value.since, seenAtSince: Object.fromEntries(ids.map((id) => [String(id), ANY_VERSION])) };
}

function wasSeen(cursor: OrderCursor, order: IDataObject, version: OrderVersion): boolean {
	const seen = cursor.seenAtSince[String(order.id)];
	return seen !== undefined && (seen === ANY_VERSION || seen === version(order));
}

/** The orders of a `[gte]` read that the cursor has not seen yet, oldest first. */
export function unseenOrders(orders: IDataObject[], cursor: OrderCursor, field: string, version: OrderVersion): IDataObject[] {
	const unseen = orders.filter((order) => {
		const timestamp = timestampOf(order, field);
		if (timestamp === undefined || timestamp < cursor.since) return false;
		return !(timestamp === cursor.since && wasSeen(cursor, order, version));
	});
	return unseen.sort((a, b) => {
		const [left, right] = [timestampOf(a, field) as string, timestampOf(b, field) as string];
		if (left !== right) return left < right ? -1 : 1;
		return String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0;
	});
}

/**
 * The cursor after `orders` (a `[gte]` read from `cursor.since`) have been handled. Every order
 * read at the new instant is recorded in the version read, so an unchanged order stays seen and
 * an order seen in any version (an older cursor) is pinned to the version now known.
 */
export function advanceCursor(cursor: OrderCursor, orders: IDataObject[], field: string, version: OrderVersion): OrderCursor {
	let since = cursor.since;
	for (const order of orders) {
		const timestamp = timestampOf(order, field);
		if (timestamp !== undefined && timestamp > since) since = timestamp;
	}
	const seen = new Map(since === cursor.since ? Object.entries(cursor.seenAtSince) : []);
	for (const order of orders) if (timestampOf(order, field) === since) seen.set(String(order.id), version(order));
	return { since, seenAtSince: Object.fromEntries([...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}
