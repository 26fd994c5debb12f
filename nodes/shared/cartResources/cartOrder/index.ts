import type { RecordLookup } from '../../fields/recordLookup';
import { locatorField } from '../../fields/locators';
import { getOperation } from '../../operations/get';
import { getAllOperation } from '../../operations/getAll';
import { setTagsOperation } from '../../operations/setTags';
import type { RecordModel, TrackstarResource } from '../../model';
import { createCartShipmentOperation } from './cartOrder.createShipment.operation';
import { CART_ORDER_LIST_FILTERS } from './cartOrderFilters';
import { simplifyCartOrder } from './simplifyCartOrder';

/** A cart order is also found by its order number (`order_number[eq]`). */
const CART_ORDER_NUMBER_LOOKUP: RecordLookup = {
	mode: 'orderNumber',
	displayName: 'By Number',
	label: 'order number',
	field: 'order_number',
	placeholder: 'e.g. #1001',
};

/** The store's orders (`/cart/orders`): what customers bought, with its line items and shipments. */
export const CART_ORDER: RecordModel = {
	noun: 'order',
	plural: 'orders',
	path: '/cart/orders',
	pathParameter: 'order_id',
	idField: locatorField({
		displayName: 'Order',
		name: 'orderId',
		searchListMethod: 'searchCartOrders',
		idPlaceholder: 'e.g. 5829104726',
		lookups: [CART_ORDER_NUMBER_LOOKUP],
		description:
			'The order: search by order number, give its Trackstar ID (the ID of an order from Get Many), or type its order number',
	}),
	lookups: [CART_ORDER_NUMBER_LOOKUP],
	filters: CART_ORDER_LIST_FILTERS,
	simplify: {
		record: simplifyCartOrder,
		keeps: 'ID, number, status, dates, customer, totals, line item count, tracking numbers, link',
		keepsInList:
			'ID, number, status, dates, customer, totals, line item count, tracking numbers, link',
	},
};

export const cartOrderResource: TrackstarResource = {
	value: 'order',
	displayName: 'Order',
	defaultOperation: 'getAll',
	operations: [
		getOperation(CART_ORDER, {
			description:
				'Get one store order (status, customer, totals, line items, shipments). Needs its Trackstar ID or order number.',
			action: 'Get an order',
		}),
		getAllOperation(CART_ORDER, {
			description: 'List store orders, filtered by status, order number or date',
			action: 'Get many orders',
		}),
		createCartShipmentOperation(CART_ORDER),
		setTagsOperation(
			CART_ORDER,
			{
				description: 'Replace the tags Trackstar keeps on a store order. Needs its Trackstar ID.',
				// Trackstar is a name: n8n's lint would lower-case it, and the picker shows the action as written.
				action: 'Set Trackstar tags on an order',
			},
			{
				note: "Not in the OpenAPI document; Trackstar's docs: api-reference/cart-api/orders/add-tag.mdx",
			},
		),
	],
};
