import type { IDataObject } from 'n8n-workflow';

/**
 * Where the poller stands: the newest timestamp it has emitted up to, and the IDs of the orders
 * it already saw at exactly that instant. The next poll asks for `field[gte]=since` (Trackstar
 * dates have whole seconds, so `[gt]` would drop an order written in the same second) and drops
 * those IDs, so the boundary neither loses nor repeats an order.
 */
export interface OrderCursor {
	since: string;
	idsAtSince: string[];
}

function timestampOf(order: IDataObject, field: string): string | undefined {
	const value = order[field];
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The orders of a `[gte]` read that the cursor has not seen yet, oldest first. */
export function unseenOrders(orders: IDataObject[], cursor: OrderCursor, field: string): IDataObject[] {
	const seenAtSince = new Set(cursor.idsAtSince);
	const unseen = orders.filter((order) => {
		const timestamp = timestampOf(order, field);
		if (timestamp === undefined || timestamp < cursor.since) return false;
		return !(timestamp === cursor.since && seenAtSince.has(String(order.id)));
	});
	return unseen.sort((a, b) => {
		const [left, right] = [timestampOf(a, field) as string, timestampOf(b, field) as string];
		if (left !== right) return left < right ? -1 : 1;
		return String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0;
	});
}

/** The cursor after `orders` (a `[gte]` read from `cursor.since`) have been handled. */
export function advanceCursor(cursor: OrderCursor, orders: IDataObject[], field: string): OrderCursor {
	let since = cursor.since;
	for (const order of orders) {
		const timestamp = timestampOf(order, field);
		if (timestamp !== undefined && timestamp > since) since = timestamp;
	}
	const ids = new Set(since === cursor.since ? cursor.idsAtSince : []);
	for (const order of orders) if (timestampOf(order, field) === since) ids.add(String(order.id));
	return { since, idsAtSince: [...ids].sort() };
}
