import type { INodeProperties } from 'n8n-workflow';

/** Which way and by how much stock moves: the fields of a WMS and a store inventory adjustment. */
export const stockChangeFields: INodeProperties[] = [
	{
		displayName: 'Adjustment Type',
		name: 'adjustmentType',
		type: 'options',
		options: [
			{ name: 'Increase', value: 'increase', description: 'Add the quantity to the stock' },
			{ name: 'Decrease', value: 'decrease', description: 'Remove the quantity from the stock' },
		],
		default: 'increase',
		required: true,
		description: 'Whether the stock goes up or down (sent as adjustment_type)',
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		default: 1,
		required: true,
		description: 'How many units to add or remove: a whole number of 1 or more',
	},
];
