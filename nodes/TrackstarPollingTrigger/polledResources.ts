import type { INodeProperties } from 'n8n-workflow';

import {
	INBOUND_SHIPMENT,
	INBOUND_SHIPMENT_STATUS_VALUES,
} from '../shared/resources/inboundShipment';
import type { ListModel } from '../shared/model';
import { INVENTORY_ITEM } from '../shared/resources/inventoryItem';
import { PRODUCT } from '../shared/resources/product';
import { RETURN, RETURN_STATUS_VALUES } from '../shared/resources/return';

/** What can start a workflow: a record new to Trackstar, any change, a status entered, stock falling low. */
export type PolledEvent = 'new' | 'updated' | 'statusChanged' | 'belowThreshold';

/**
 * One list the Polling Trigger watches, described once: the fields, the query and the cursor are
 * built from it, so a resource is one entry here.
 */
export interface PolledResource {
	/** The Resource parameter's value. */
	value: string;
	displayName: string;
	/** The list: its path, noun, filters (the date and ID filters are the cursor's) and Simplify. */
	list: ListModel & { path: string };
	/**
	 * The dates the cursor runs on. These lists carry only the WMS's dates as Trackstar synced
	 * them (no trackstar_* dates, unlike orders): see the README on late-synced records.
	 */
	dates: { created: string; updated: string };
	/** Which fields tell two versions apart at the cursor's second; undefined: the whole record. */
	fingerprintFields?: string[];
	events: PolledEvent[];
	/** For "status changed": Trackstar's statuses of this record. */
	statuses?: INodeProperties['options'];
}

const WMS_DATES = { created: 'created_date', updated: 'updated_date' };

export const POLLED_RESOURCES: PolledResource[] = [
	{
		value: 'inboundShipment',
		displayName: 'Inbound Shipment',
		list: INBOUND_SHIPMENT,
		dates: WMS_DATES,
		// The whole record, as for orders: the status memory decides what "entered a status" means.
		events: ['statusChanged', 'new', 'updated'],
		statuses: INBOUND_SHIPMENT_STATUS_VALUES,
	},
	{
		value: 'inventoryItem',
		displayName: 'Inventory Item',
		list: INVENTORY_ITEM,
		dates: WMS_DATES,
		events: ['belowThreshold', 'new', 'updated'],
	},
	{
		value: 'product',
		displayName: 'Product',
		list: PRODUCT,
		dates: WMS_DATES,
		events: ['new', 'updated'],
	},
	{
		value: 'return',
		displayName: 'Return',
		list: RETURN,
		dates: WMS_DATES,
		events: ['statusChanged', 'new', 'updated'],
		statuses: RETURN_STATUS_VALUES,
	},
];

export function polledResource(value: string): PolledResource {
	const resource = POLLED_RESOURCES.find((candidate) => candidate.value === value);
	if (resource === undefined) throw new Error(`Unknown resource "${value}"`);
	return resource;
}
