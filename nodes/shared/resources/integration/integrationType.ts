import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** Trackstar's connection types, as its integration endpoints name them. */
export const INTEGRATION_TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Cart', value: 'cart', description: 'Storefronts and marketplaces (Shopify...)' },
	{ name: 'Carrier', value: 'carrier', description: 'Parcel carriers and their invoices' },
	{ name: 'Freight', value: 'freight', description: 'Freight carriers and their shipments' },
	{
		name: 'WMS',
		value: 'wms',
		description: 'Warehouse management systems (ShipHero, Extensiv...)',
	},
];

export const integrationTypeField: INodeProperties = {
	displayName: 'Integration Type',
	name: 'integrationType',
	type: 'options',
	options: INTEGRATION_TYPE_OPTIONS,
	default: 'wms',
};
