import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { recordFingerprint } from '../shared/polling/fingerprint';
import { readMaxRecords } from '../shared/polling/maxRecords';
import { pollChanges } from '../shared/polling/pollChanges';
import { anyVersion, type RecordVersion } from '../shared/polling/recordCursor';
import { InvalidValueError } from '../shared/wire/invalidValue';
import { toValueList } from '../shared/wire/lists';
import { buildOrderListQuery } from '../shared/resources/order/orderFilters';
import { simplifyOrder } from '../shared/resources/order/simplifyOrder';
import { TRIGGER_FILTER_KEYS } from './ordersTriggerFields';

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
const CURSOR_VERSIONS: Record<OrderEvent, RecordVersion> = {
	newOrder: anyVersion,
	updatedOrder: recordFingerprint,
	statusChanged: recordFingerprint,
};

interface PollSettings {
	event: OrderEvent;
	field: string;
	version: RecordVersion;
	statuses: string[];
	query: IDataObject;
	backfillHours: number;
	maxRecords: number;
	simplify: boolean;
}

function readSettings(context: IPollFunctions): PollSettings {
	const event = context.getNodeParameter('event', 'newOrder') as OrderEvent;
	const filters = context.getNodeParameter('filters', {}) as IDataObject;
	const options = context.getNodeParameter('options', {}) as IDataObject;
	try {
		const statuses =
			event === 'statusChanged'
				? toValueList(context.getNodeParameter('statuses', []), 'Statuses')
				: [];
		if (event === 'statusChanged' && statuses.length === 0) {
			throw new InvalidValueError(
				'Statuses',
				'no status is chosen',
				'Choose the statuses that should trigger the workflow',
			);
		}
		const allowed = Object.fromEntries(
			Object.entries(filters).filter(([key]) => TRIGGER_FILTER_KEYS.includes(key)),
		);
		const backfillHours = Number(options.backfillHours ?? 0);
		if (!Number.isFinite(backfillHours) || backfillHours < 0) {
			throw new InvalidValueError(
				'Backfill Hours',
				`${String(options.backfillHours)} is not a number of 0 or more`,
			);
		}
		return {
			event,
			field: CURSOR_FIELDS[event],
			version: CURSOR_VERSIONS[event],
			statuses,
			query: buildOrderListQuery(allowed, context.getTimezone(), {
				ignoreEmpty: options.ignoreEmptyFilters === true,
			}),
			backfillHours,
			maxRecords: readMaxRecords(options),
			simplify: options.simplify === true,
		};
	} catch (error) {
		if (!(error instanceof InvalidValueError))
			throw new NodeOperationError(context.getNode(), error as Error);
		throw new NodeOperationError(context.getNode(), `Invalid ${error.field}: ${error.reason}`, {
			description: error.hint,
		});
	}
}

/** One poll of the orders (see pollChanges); the stored state is `{ event, cursor, statusMemory? }`. */
export async function pollOrders(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const settings = readSettings(this);
	return await pollChanges(this, {
		identity: { event: settings.event },
		source: { ...settings, path: '/wms/orders' },
		backfillHours: settings.backfillHours,
		statuses: settings.statuses,
		toJson: settings.simplify ? simplifyOrder : (order) => order,
	});
}
