import type { INodeProperties } from 'n8n-workflow';

/**
 * The order an operation acts on. A resource locator from the start, so a "From List" mode can
 * join "By ID" later without breaking saved workflows.
 */
export const orderIdField: INodeProperties = {
	displayName: 'Order',
	name: 'orderId',
	type: 'resourceLocator',
	default: { mode: 'id', value: '' },
	required: true,
	description: 'The order, by its Trackstar ID (the ID field of an order from Get Many)',
	modes: [
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 6541f3e1a2b4c5d6e7f80912',
		},
	],
};
