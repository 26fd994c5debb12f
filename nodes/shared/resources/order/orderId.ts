import type { INodeProperties } from 'n8n-workflow';

import { locatorField } from '../../fields/locators';
import type { RecordLookup } from '../../fields/recordLookup';

/** The numbers an order is found by besides its ID: `order_number[eq]` and `reference_id[eq]`. */
export const ORDER_LOOKUPS: RecordLookup[] = [
	{
		mode: 'orderNumber',
		displayName: 'By Number',
		label: 'order number',
		field: 'order_number',
		placeholder: 'e.g. NWO-100001',
	},
	{
		mode: 'referenceId',
		displayName: 'By Ref ID',
		label: 'reference ID',
		field: 'reference_id',
		placeholder: 'e.g. #1001',
	},
];

/** The order an operation acts on: searched, given by ID, or typed as its order number or reference ID. */
export const orderIdField: INodeProperties = {
	...locatorField({
		displayName: 'Order',
		name: 'orderId',
		searchListMethod: 'searchOrders',
		idPlaceholder: 'e.g. 6541f3e1a2b4c5d6e7f80912',
		lookups: ORDER_LOOKUPS,
		description:
			'The order: search by order number or reference ID, or give its Trackstar ID (the ID field of an order from Get Many)',
	}),
	required: true,
};
