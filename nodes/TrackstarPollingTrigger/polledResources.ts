import type { INodeProperties } from 'n8n-workflow';

import { CART_ORDER } from '../shared/cartResources/cartOrder';
import { CART_ORDER_STATUS_VALUES } from '../shared/cartResources/cartOrder/cartOrderFilters';
import { CART_PRODUCT } from '../shared/cartResources/cartProduct';
import {
	INBOUND_SHIPMENT,
	INBOUND_SHIPMENT_STATUS_VALUES,
} from '../shared/resources/inboundShipment';
import { INVOICE_LINE_ITEM } from '../shared/carrierResources/invoiceLineItem';
import { FREIGHT_SHIPMENT } from '../shared/freightResources/freightShipment';
import type { ListModel } from '../shared/model';
import { INVENTORY_ITEM } from '../shared/resources/inventoryItem';
import { PRODUCT } from '../shared/resources/product';
import { RETURN, RETURN_STATUS_VALUES } from '../shared/resources/return';

/** What can start a workflow: a record new to Trackstar, any change, a status entered, stock falling low. */
export type PolledEvent = 'new' | 'updated' | 'statusChanged' | 'belowThreshold';

/**
 * Trackstar's connection types. A credential's access token is one connection, of one type, and
 * reads that type's API only (a store's token cannot read /wms), so each list names the type it
 * needs: the Resource picker and the error of a refused poll say it.
 */
export type ConnectionType = 'wms' | 'cart' | 'freight' | 'carrier';

/** "a … connection", in the words of the Trackstar dashboard and the credential's hint. */
export const CONNECTION_NAMES: Record<ConnectionType, string> = {
	wms: 'WMS',
	cart: 'store (cart)',
	freight: 'freight',
	carrier: 'carrier',
};

/**
 * One list the Polling Trigger watches, described once: the fields, the query, the cursor and the
 * errors are built from it, so a resource is one entry here.
 */
export interface PolledResource {
	/** The Resource parameter's value; released values never change (saved workflows hold them). */
	value: string;
	/** Named by its type where the WMS has a record of the same name ("Cart Order"). */
	displayName: string;
	/** Whose access token can read the list. */
	connection: ConnectionType;
	/**
	 * The list: its path, noun (as the trigger's events name the record: "cart order"), filters
	 * (the date and ID filters are the cursor's) and Simplify.
	 */
	list: ListModel & { path: string };
	/**
	 * The dates the cursor runs on. These lists carry only the connected system's dates (the WMS's,
	 * the store's) as Trackstar synced them (no trackstar_* dates, unlike WMS orders): see the
	 * README on late-synced records.
	 */
	dates: { created: string; updated: string };
	/** Which fields tell two versions apart at the cursor's second; undefined: the whole record. */
	fingerprintFields?: string[];
	events: PolledEvent[];
	/** For "status changed": Trackstar's statuses of this record. */
	statuses?: INodeProperties['options'];
}

/** Every list polled so far takes and carries these (the WMS's, the store's dates). */
const RECORD_DATES = { created: 'created_date', updated: 'updated_date' };

export const POLLED_RESOURCES: PolledResource[] = [
	{
		value: 'inboundShipment',
		displayName: 'Inbound Shipment',
		connection: 'wms',
		list: INBOUND_SHIPMENT,
		dates: RECORD_DATES,
		// The whole record, as for orders: the status memory decides what "entered a status" means.
		events: ['statusChanged', 'new', 'updated'],
		statuses: INBOUND_SHIPMENT_STATUS_VALUES,
	},
	{
		value: 'inventoryItem',
		displayName: 'Inventory Item',
		connection: 'wms',
		list: INVENTORY_ITEM,
		dates: RECORD_DATES,
		events: ['belowThreshold', 'new', 'updated'],
	},
	{
		value: 'product',
		displayName: 'Product',
		connection: 'wms',
		list: PRODUCT,
		dates: RECORD_DATES,
		events: ['new', 'updated'],
	},
	{
		value: 'return',
		displayName: 'Return',
		connection: 'wms',
		list: RETURN,
		dates: RECORD_DATES,
		events: ['statusChanged', 'new', 'updated'],
		statuses: RETURN_STATUS_VALUES,
	},
	{
		value: 'cartOrder',
		displayName: 'Cart Order',
		connection: 'cart',
		list: { ...CART_ORDER, noun: 'cart order', plural: 'cart orders' },
		dates: RECORD_DATES,
		// The whole record, as for WMS orders: the status memory decides what "entered a status" means.
		events: ['new', 'updated', 'statusChanged'],
		statuses: CART_ORDER_STATUS_VALUES,
	},
	{
		value: 'cartProduct',
		displayName: 'Cart Product',
		connection: 'cart',
		list: { ...CART_PRODUCT, noun: 'cart product', plural: 'cart products' },
		dates: RECORD_DATES,
		events: ['new', 'updated'],
	},
	{
		// No Status Changed: the freight list takes no status filter to narrow the polls by.
		value: 'freightShipment',
		displayName: 'Freight Shipment',
		connection: 'freight',
		list: { ...FREIGHT_SHIPMENT, noun: 'freight shipment', plural: 'freight shipments' },
		dates: RECORD_DATES,
		events: ['new', 'updated'],
	},
	{
		// Trackstar's carrier pages name only transaction_date as a filter; the cursor runs on the
		// created and updated dates every other Trackstar list takes, as Get Many's windows do
		// (docs/nodes/trackstar-polling-trigger.md says so).
		value: 'carrierInvoiceLineItem',
		displayName: 'Carrier Invoice Line Item',
		connection: 'carrier',
		list: { ...INVOICE_LINE_ITEM, noun: 'invoice line item', plural: 'invoice line items' },
		dates: RECORD_DATES,
		events: ['new', 'updated'],
	},
];

/** "a WMS connection", "a store (cart) connection". */
export function connectionPhrase(resource: PolledResource): string {
	return `a ${CONNECTION_NAMES[resource.connection]} connection`;
}

export function polledResource(value: string): PolledResource {
	const resource = POLLED_RESOURCES.find((candidate) => candidate.value === value);
	if (resource === undefined) throw new Error(`Unknown resource "${value}"`);
	return resource;
}
