import type { INodePropertyOptions } from 'n8n-workflow';

export const orderStatusOptions: INodePropertyOptions[] = [
	{ name: 'Backordered', value: 'backordered' },
	{ name: 'Cancelled', value: 'cancelled' },
	{ name: 'Confirmed', value: 'confirmed' },
	{ name: 'Exception', value: 'exception' },
	{ name: 'Fulfilled', value: 'fulfilled' },
	{ name: 'Open', value: 'open' },
	{ name: 'Other', value: 'other' },
	{ name: 'Packed', value: 'packed' },
	{ name: 'Partially Fulfilled', value: 'partially_fulfilled' },
	{ name: 'Picked', value: 'picked' },
	{ name: 'Processing', value: 'processing' },
];

export const orderTypeOptions: INodePropertyOptions[] = [
	{ name: 'B2B (Wholesale)', value: 'b2b' },
	{ name: 'D2C (Direct to Consumer)', value: 'd2c' },
	{ name: 'Dropship', value: 'dropship' },
	{ name: 'Transfer', value: 'transfer' },
];
