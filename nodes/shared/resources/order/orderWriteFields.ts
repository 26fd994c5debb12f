import type { INodeProperties } from 'n8n-workflow';

import { integrationFieldsField } from '../../fields/integrationFieldsField';
import { LINE_ITEMS_JSON_LABEL } from '../../wire/lineItems';
import { locatorField } from '../../fields/locators';
import { tagRows, trackstarTagsField } from '../../fields/tagFields';
import { orderStatusOptions } from './orderStatusOptions';
import { linesInputField } from '../../fields/linesInput';
import { addressField } from './orderAddress';
import { wmsLineFieldsProperty } from '../../writeInfo/wmsLineFieldsProperty';

const money = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { numberPrecision: 2 },
	default: 0,
	description,
});

/**
 * Every field of Trackstar's order write body (base update schema plus the newer docs'
 * shipping_method_name, tags and required_ship_date), as options of a collection: one field per
 * concept (Channel and Shipping Method each a picker whose mode chooses the Trackstar field), the
 * fields Trackstar deprecated apart under Legacy Fields.
 * Shared by every operation that writes an order: Update offers them all, Create takes its
 * required ones up front and the rest below. Sorted by name, as n8n lists them.
 */
export const orderWriteFields: INodeProperties[] = [
	addressField(
		'Bill To Address',
		'billToAddress',
		"Who pays for the order, where it differs from the ship-to (sent as bill_to_address). Not in Trackstar's base schema: Extensiv, Infoplus, ShipStation and 2 more WMSs take it; Get Writable Fields says whether yours does.",
	),
	{
		displayName: 'Carrier ID',
		name: 'carrierId',
		type: 'string',
		default: '',
		placeholder: 'e.g. UPS',
		description:
			"The WMS's ID of the carrier to ship with (sent as carrier_id). Not in Trackstar's base schema: ShipHero, Extensiv, Logiwa IO and 7 more WMSs take it; Get Writable Fields says whether yours does.",
	},
	locatorField({
		displayName: 'Channel',
		name: 'channel',
		searchListMethod: 'searchChannels',
		idPlaceholder: 'e.g. shopify',
		namePlaceholder: 'e.g. Shopify',
		description:
			'The sales channel the order was placed on: picked from the list or given by ID (sent as channel_object.channel_id), or given by name (sent as channel_object.channel_name)',
	}),
	integrationFieldsField({
		system: 'WMS',
		example: '{"gift_message": "Happy birthday"}',
		listedByGetWritableFields: true,
	}),
	{
		displayName: 'Invoice Currency Code',
		name: 'invoiceCurrencyCode',
		type: 'string',
		default: '',
		placeholder: 'e.g. USD',
		description: 'ISO 4217 currency of the order; Trackstar assumes USD when none is set',
	},
	{
		displayName: 'Legacy Fields (Deprecated)',
		name: 'legacyFields',
		type: 'collection',
		placeholder: 'Add Legacy Field',
		default: {},
		description:
			"Fields Trackstar's API marks deprecated, for a WMS that still reads them (Get Writable Fields tells). Use Channel and Shipping Method above otherwise.",
		options: [
			{
				displayName: 'Channel (Deprecated)',
				name: 'channel',
				type: 'string',
				default: '',
				description:
					'Sent as channel, which Trackstar deprecated in favour of channel_object (the Channel field)',
			},
			{
				displayName: 'Shipping Method (Deprecated)',
				name: 'shippingMethod',
				type: 'string',
				default: '',
				description:
					'Sent as shipping_method, which Trackstar deprecated in favour of shipping_method_id (the Shipping Method field) and service_level',
			},
		],
	},
	{
		displayName: 'Line Items (Rows)',
		name: 'lineItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line Item',
		default: {},
		description: "The order's products. Replaces the order's line items with these.",
		options: [
			{
				displayName: 'Line Item',
				name: 'lineItem',
				values: [
					{
						displayName: 'Discount Amount',
						name: 'discountAmount',
						type: 'string',
						default: '',
						placeholder: 'e.g. 1.50',
						description: 'Discount per unit. Leave empty to not send it.',
					},
					{
						displayName: 'Product ID',
						name: 'productId',
						type: 'string',
						default: '',
						description: 'Trackstar product ID; set this or the SKU',
					},
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'number',
						default: 1,
					},
					{
						displayName: 'SKU',
						name: 'sku',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Unit Price',
						name: 'unitPrice',
						type: 'string',
						default: '',
						placeholder: 'e.g. 10.99',
						description: 'Price per unit in the invoice currency. Leave empty to not send it.',
					},
					wmsLineFieldsProperty,
				],
			},
		],
	},
	{
		displayName: LINE_ITEMS_JSON_LABEL,
		name: 'lineItemsJson',
		type: 'json',
		default: '[]',
		description:
			'The order\'s products as a JSON list in Trackstar\'s field names, for when their number varies: map a list from the input with an expression, or write [{"sku": "TEE-BLK-M", "quantity": 2, "unit_price": 19.5}]. Fields your WMS adds (ShipHero\'s warehouse_id, say) pass through. Replaces the order\'s line items with these.',
	},
	{
		displayName: 'Order Number',
		name: 'orderNumber',
		type: 'string',
		default: '',
		description: 'The user-friendly order number',
	},
	{
		displayName: 'Reference ID',
		name: 'referenceId',
		type: 'string',
		default: '',
		description: "An external unique ID for the order, such as the Shopify order's ID",
	},
	{
		displayName: 'Required Ship Date',
		name: 'requiredShipDate',
		type: 'dateTime',
		default: '',
		description: "The date the order must ship by, read in the workflow's timezone and sent in UTC",
	},
	{
		displayName: 'Service Level',
		name: 'serviceLevel',
		type: 'string',
		default: '',
		placeholder: 'e.g. Standard',
		description: 'The kind of shipping the customer asked for',
	},
	addressField(
		'Ship To Address',
		'shipToAddress',
		'Where the order ships. Only the lines filled in are sent.',
	),
	locatorField({
		displayName: 'Shipping Method',
		name: 'shippingMethod',
		searchListMethod: 'searchShippingMethods',
		idPlaceholder: 'e.g. fedex_ground',
		namePlaceholder: 'e.g. FedEx Ground',
		description:
			'How the warehouse ships the order: picked from the list or given by ID (sent as shipping_method_id), or given by name, for WMSs that match methods by name (sent as shipping_method_name)',
	}),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: orderStatusOptions,
		default: 'open',
	},
	{
		displayName: 'WMS Tags',
		name: 'tags',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add WMS Tag',
		default: {},
		description:
			"The order's tags in the WMS itself (sent as tags; only some WMSs take them, Get Writable Order Fields tells), unlike Trackstar Tags, which stay in Trackstar: plain strings, or key-value pairs",
		options: tagRows('WMS tag'),
	},
	money('Total Discount', 'totalDiscount', 'The total amount discounted from the order'),
	money('Total Price', 'totalPrice', 'The total price the customer paid'),
	money('Total Shipping', 'totalShipping', 'The shipping cost charged to the customer'),
	money('Total Tax', 'totalTax', 'The total tax on the order'),
	trackstarTagsField,
	{
		displayName: 'Trading Partner',
		name: 'tradingPartner',
		type: 'string',
		default: '',
		placeholder: 'e.g. Target',
		description: 'For retail or EDI orders, the partner who placed the order',
	},
	locatorField({
		displayName: 'Warehouse',
		name: 'warehouseId',
		searchListMethod: 'searchWarehouses',
		idPlaceholder: 'e.g. 65a1f3c2e4b0a17d9c3e5f10',
		description:
			"The warehouse to ship the order from (sent as warehouse_id). Not in Trackstar's base schema: ShipBob, Extensiv, Logiwa and about 20 other WMSs take it, and many require it to create an order; Get Writable Fields says whether yours does.",
	}),
	locatorField({
		displayName: 'Warehouse Customer',
		name: 'warehouseCustomerId',
		searchListMethod: 'searchWarehouseCustomers',
		idPlaceholder: 'e.g. 65a1f3c2e4b0a17d9c3e5f01',
		description:
			'The merchant (tenant) in the WMS that owns the order (sent as warehouse_customer_id)',
	}),
];

/** Create asks for these up front: the fields Trackstar's create schema requires. */
const CREATE_REQUIRED = ['orderNumber', 'shipToAddress'];
/** Create's line items, also required, come as rows or as JSON, as Line Items Input says. */
const CREATE_LINE_ITEMS = { fields: 'lineItems', json: 'lineItemsJson' } as const;
/**
 * Fields an order can be updated with but not created with: not in Trackstar's create schema
 * (a WMS that takes them on create lists them in Get Writable Fields; they go in the JSON).
 */
const UPDATE_ONLY = ['status', 'tags', 'requiredShipDate'];

/** One write field's definition, for an operation that takes it on its own. */
export function orderWriteField(name: string): INodeProperties {
	const field = orderWriteFields.find((candidate) => candidate.name === name);
	if (!field) throw new Error(`No order write field ${name}`);
	return field;
}

export type LineItemsInput = keyof typeof CREATE_LINE_ITEMS;

const lineItemsInputField = linesInputField({
	displayName: 'Line Items Input',
	name: 'lineItemsInput',
	rows: 'One row per product',
});

/** Create's up-front fields: the same definitions as Update's, marked required, and the line items' input. */
export const orderCreateRequiredFields: INodeProperties[] = [
	...CREATE_REQUIRED.map((name) => ({ ...orderWriteField(name), required: true })),
	lineItemsInputField,
	...Object.entries(CREATE_LINE_ITEMS).map(([input, name]) => ({
		...orderWriteField(name),
		required: true,
		displayOptions: { show: { lineItemsInput: [input] } },
	})),
];

/** The parameters Create reads up front, its line items from the chosen input. */
export function createRequiredParameters(lineItemsInput: LineItemsInput): string[] {
	return [...CREATE_REQUIRED, CREATE_LINE_ITEMS[lineItemsInput] ?? CREATE_LINE_ITEMS.fields];
}

/** Create's Additional Fields: every other write field that a new order can have. */
export const orderCreateOptionalFields: INodeProperties[] = orderWriteFields.filter(
	(field) =>
		!CREATE_REQUIRED.includes(field.name) &&
		!Object.values<string>(CREATE_LINE_ITEMS).includes(field.name) &&
		!UPDATE_ONLY.includes(field.name),
);
