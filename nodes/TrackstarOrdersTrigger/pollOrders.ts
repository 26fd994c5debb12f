import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { trackstarApiRequestAllItems, WINDOW_FIELD } from '../shared/transport/paginate';
import { toTrackstarDate } from '../shared/wire/dates';
import { InvalidValueError } from '../shared/wire/invalidValue';
import { toValueList } from '../shared/wire/lists';
import { buildOrderListQuery } from '../shared/wire/orderFilters';
import { simplifyOrder } from '../shared/wire/simplifyOrder';
import { advanceCursor, anyVersion, type OrderCursor, type OrderVersion, readCursor, unseenOrders } from './orderCursor';
import { orderFingerprint } from './orderFingerprint';
import { observeStatuses, type StatusMemory } from './statusMemory';
import { TRIGGER_FILTER_KEYS } from './triggerFields';

export type OrderEvent = 'newOrder' | 'updatedOrder' | 'statusChanged';

/**
 * Trackstar's own dates, not the WMS's: Trackstar syncs orders about hourly, so a WMS
 * `updated_date` can arrive after the cursor has passed it; `trackstar_*` dates only move forward
 * as Trackstar's copy changes, which is what its docs recommend for incremental sync.
 */
export const CURSOR_FIELDS: Record<OrderEvent, string> = {
	newOrder: 'trackstar_created_date',
	updatedOrder: 'trackstar_updated_date',
	statusChanged: 'trackstar_updated_date',
};

/**
 * What tells a change at the cursor's second from the order already emitted there: its whole
 * state for updates (two changes within one second share their whole-second date), only its ID
 * for new orders (a change does not make an order new again).
 */
const CURSOR_VERSIONS: Record<OrderEvent, OrderVersion> = {
	newOrder: anyVersion,
	updatedOrder: orderFingerprint,
	statusChanged: orderFingerprint,
};

/** Without a backfill, the first poll reads this far back to tell existing orders from new ones despite clock skew. */
export const FIRST_POLL_LOOKBACK_MS = 5 * 60 * 1000;

/** Manual runs widen the window until something matches, then show the newest few. */
const RECENT_WINDOWS_HOURS = [1, 24, 24 * 7, 24 * 30];
export const RECENT_ORDER_COUNT = 10;

interface PollSettings {
	event: OrderEvent;
	field: string;
	version: OrderVersion;
	statuses: string[];
	query: IDataObject;
	backfillHours: number;
	simplify: boolean;
}

/** What the node keeps in the workflow's static data between polls. */
interface PollState {
	event: OrderEvent;
	cursor: OrderCursor;
	statusMemory?: StatusMemory;
}

function readSettings(context: IPollFunctions): PollSettings {
	const event = context.getNodeParameter('event', 'newOrder') as OrderEvent;
	const filters = context.getNodeParameter('filters', {}) as IDataObject;
	const options = context.getNodeParameter('options', {}) as IDataObject;
	try {
		const statuses = event === 'statusChanged' ? toValueList(context.getNodeParameter('statuses', []), 'Statuses') : [];
		if (event === 'statusChanged' && statuses.length === 0) {
			throw new InvalidValueError('Statuses', 'no status is chosen', 'Choose the statuses that should trigger the workflow');
		}
		const allowed = Object.fromEntries(Object.entries(filters).filter(([key]) => TRIGGER_FILTER_KEYS.includes(key)));
		const backfillHours = Number(options.backfillHours ?? 0);
		if (!Number.isFinite(backfillHours) || backfillHours < 0) {
			throw new InvalidValueError('Backfill Hours', `${String(options.backfillHours)} is not a number of 0 or more`);
		}
		return {
			event,
			field: CURSOR_FIELDS[event],
			version: CURSOR_VERSIONS[event],
			statuses,
			query: buildOrderListQuery(allowed, context.getTimezone()),
			backfillHours,
			simplify: options.simplify === true,
		};
	} catch (error) {
		if (!(error instanceof InvalidValueError)) throw new NodeOperationError(context.getNode(), error as Error);
		throw new NodeOperationError(context.getNode(), `Invalid ${error.field}: ${error.reason}`, {
			description: error.hint,
		});
	}
}

function trackstarDate(milliseconds: number): string {
	return toTrackstarDate(new Date(milliseconds), 'Poll time', 'UTC') as string;
}

function storedState(staticData: IDataObject, event: OrderEvent): PollState | undefined {
	const state = staticData.state as PollState | undefined;
	const cursor = state?.event === event ? readCursor(state.cursor) : undefined;
	return cursor ? { ...(state as PollState), cursor } : undefined;
}

function toItems(orders: IDataObject[], simplify: boolean): INodeExecutionData[][] | null {
	if (orders.length === 0) return null;
	return [orders.map((order) => ({ json: simplify ? simplifyOrder(order) : order }))];
}

/** A manual test run: the newest matching orders, so fields can be mapped; the cursor stays put. */
async function recentOrders(context: IPollFunctions, settings: PollSettings) {
	const query = { ...settings.query };
	if (settings.statuses.length > 0) query['status[in]'] = settings.statuses.join(',');
	for (const hours of RECENT_WINDOWS_HOURS) {
		query[`${settings.field}[gte]`] = trackstarDate(Date.now() - hours * 3600 * 1000);
		const orders = await trackstarApiRequestAllItems.call(context, '/wms/orders', query, undefined);
		if (orders.length === 0) continue;
		const newest = unseenOrders(orders, { since: '', seenAtSince: {} }, settings.field, anyVersion).reverse();
		return toItems(newest.slice(0, RECENT_ORDER_COUNT), settings.simplify);
	}
	return null;
}

/**
 * One poll: every order at or after the cursor, minus those already seen at its instant. The
 * cursor (and the status memory) move only after every page was read, so a failed poll leaves
 * them as they were and the next poll reads the same window again.
 */
export async function pollOrders(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const settings = readSettings(this);
	if (this.getMode() === 'manual') return await recentOrders(this, settings);

	const staticData = this.getWorkflowStaticData('node');
	const stored = storedState(staticData, settings.event);
	const firstPollStart = Date.now() - (settings.backfillHours > 0 ? settings.backfillHours * 3600 * 1000 : FIRST_POLL_LOOKBACK_MS);
	const cursor = stored?.cursor ?? { since: trackstarDate(firstPollStart), seenAtSince: {} };
	// The first poll without a backfill only learns what already exists; it emits nothing.
	const emits = stored !== undefined || settings.backfillHours > 0;

	const query = { ...settings.query, [`${settings.field}[gte]`]: cursor.since };
	const orders = await trackstarApiRequestAllItems.call(this, '/wms/orders', query, undefined, 0, { windowField: WINDOW_FIELD });

	const fresh = unseenOrders(orders, cursor, settings.field, settings.version);
	let emitted = fresh;
	const state: PollState = { event: settings.event, cursor: advanceCursor(cursor, orders, settings.field, settings.version) };
	if (settings.event === 'statusChanged') {
		const observations = fresh.map((order) => ({ id: String(order.id), status: String(order.status) }));
		const { memory, enteredIds } = observeStatuses(stored?.statusMemory ?? {}, observations, settings.statuses);
		state.statusMemory = memory;
		emitted = fresh.filter((order) => enteredIds.has(String(order.id)));
	}
	staticData.state = state as unknown as IDataObject;
	return emits ? toItems(emitted, settings.simplify) : null;
}
