import type { INodeProperties } from 'n8n-workflow';

import { locatorField } from './locators';

/** The order an operation acts on: searched by order number or reference ID, or given by ID. */
export const orderIdField: INodeProperties = {
	...locatorField({
		displayName: 'Order',
		name: 'orderId',
		searchListMethod: 'searchOrders',
		idPlaceholder: 'e.g. 6541f3e1a2b4c5d6e7f80912',
		description:
			'The order: search by order number or reference ID, or give its Trackstar ID (the ID field of an order from Get Many)',
	}),
	required: true,
};
