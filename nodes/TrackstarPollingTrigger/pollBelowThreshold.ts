import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { readChanges, RECENT_RECORD_COUNT, startingCursor } from '../shared/polling/changeReader';
import { recordFingerprint } from '../shared/polling/fingerprint';
import { readMaxRecords } from '../shared/polling/maxRecords';
import { toItems } from '../shared/polling/pollChanges';
import { compareByTime, readCursor, type RecordCursor } from '../shared/polling/recordCursor';
import { trackstarApiRequestAllItems, WINDOW_FIELD } from '../shared/transport/paginate';
import { InvalidValueError } from '../shared/wire/invalidValue';
import { locatorValue } from '../shared/wire/values';

import { type CommonSettings, withFieldErrors } from './readSettings';
import {
	isLow,
	observeStock,
	type StockWatch,
	type WatchedQuantity,
	watchKey,
} from './stockThreshold';

/** What the trigger keeps between polls: the cursor, and the items now at or below the threshold (IDs only). */
interface ThresholdState extends IDataObject {
	resource: string;
	event: 'belowThreshold';
	watch: string;
	cursor: RecordCursor;
	lowIds: string[];
}

function readWatch(context: IPollFunctions): StockWatch {
	const threshold = context.getNodeParameter('threshold', 10) as unknown;
	if (typeof threshold !== 'number' || !Number.isFinite(threshold)) {
		throw new InvalidValueError('Threshold', `${String(threshold)} is not a number`);
	}
	const quantity = context.getNodeParameter('quantity', 'fulfillable') as WatchedQuantity;
	if (quantity !== 'fulfillable' && quantity !== 'onhand') {
		throw new InvalidValueError('Quantity', `"${String(quantity)}" is not fulfillable or onhand`);
	}
	const warehouse = locatorValue(
		context.getNodeParameter('warehouseId', '', { extractValue: true }),
	);
	if (warehouse !== undefined && warehouse !== null && typeof warehouse !== 'string') {
		throw new InvalidValueError('Warehouse', 'is not a warehouse ID');
	}
	const warehouseId =
		typeof warehouse === 'string' && warehouse.trim() !== '' ? warehouse.trim() : undefined;
	return { threshold, quantity, warehouseId };
}

function storedState(staticData: IDataObject, watch: string): ThresholdState | undefined {
	const state = staticData.state as ThresholdState | undefined;
	if (state?.event !== 'belowThreshold' || state.watch !== watch || !Array.isArray(state.lowIds))
		return undefined;
	const cursor = readCursor(state.cursor);
	return cursor ? { ...state, cursor } : undefined;
}

/**
 * Inventory Below Threshold. The first poll after activation (or after the watch changed) reads
 * every item to learn which are low already, and emits nothing; each later poll reads the items
 * changed since the cursor (bounded like every poll) and emits those that crossed down. The
 * changed items are compared with the stored low IDs, not with the last poll's read, so an
 * item read twice (the first poll's overlap, a boundary second) cannot cross twice.
 */
export async function pollBelowThreshold(
	this: IPollFunctions,
	settings: CommonSettings,
): Promise<INodeExecutionData[][] | null> {
	const { resource, query } = settings;
	const { watch, maxRecords } = withFieldErrors(this, () => ({
		watch: readWatch(this),
		maxRecords: readMaxRecords(settings.options),
	}));
	const field = resource.dates.updated;

	if (this.getMode() === 'manual') {
		// "Fetch Test Event": the items low now, most recently changed first.
		const items = await trackstarApiRequestAllItems.call(
			this,
			resource.list.path,
			query,
			undefined,
			0,
			{ windowField: WINDOW_FIELD },
		);
		const low = items
			.filter((item) => isLow(item, watch))
			.sort(compareByTime(field))
			.reverse();
		return toItems(low.slice(0, RECENT_RECORD_COUNT), settings.toJson);
	}

	const staticData = this.getWorkflowStaticData('node');
	const key = watchKey(watch);
	const stored = storedState(staticData, key);
	const identity = { resource: resource.value, event: 'belowThreshold' as const, watch: key };

	if (stored === undefined) {
		const cursor = startingCursor(0);
		const items = await trackstarApiRequestAllItems.call(
			this,
			resource.list.path,
			query,
			undefined,
			0,
			{ windowField: WINDOW_FIELD },
		);
		const lowIds = items
			.filter((item) => isLow(item, watch))
			.map((item) => String(item.id))
			.sort();
		staticData.state = { ...identity, cursor, lowIds } satisfies ThresholdState;
		return null;
	}

	const batch = await readChanges(
		this,
		{ path: resource.list.path, query, field, version: recordFingerprint, maxRecords },
		stored.cursor,
	);
	const { lowIds, crossed } = observeStock(stored.lowIds, batch.records, watch);
	staticData.state = { ...identity, cursor: batch.cursor, lowIds } satisfies ThresholdState;
	return toItems(crossed, settings.toJson);
}
