import type { INodeProperties } from 'n8n-workflow';

import { integrationFieldsField } from '../../fields/integrationFieldsField';
import { locatorField } from '../../fields/locators';
import { trackstarTagsField } from '../../fields/tagFields';
import { linesInputField } from '../../fields/linesInput';
import { wmsLineFieldsProperty } from '../../writeInfo/wmsLineFieldsProperty';

/** The Line Items rows and their JSON alternative, for a list of SKUs and quantities. */
export function skuLineFields(options: {
	quantityName: string;
	quantityDisplayName: string;
	quantityDescription: string;
	rowsDescription: string;
	jsonDescription: string;
}): INodeProperties[] {
	return [
		{
			displayName: 'Line Items (Rows)',
			name: 'lineItems',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Line Item',
			default: {},
			description: options.rowsDescription,
			options: [
				{
					displayName: 'Line Item',
					name: 'lineItem',
					values: [
						{
							displayName: 'SKU',
							name: 'sku',
							type: 'string',
							default: '',
							placeholder: 'e.g. TEE-BLK-M',
						},
						{
							displayName: options.quantityDisplayName,
							name: options.quantityName,
							type: 'number',
							typeOptions: { minValue: 1, numberPrecision: 0 },
							default: 1,
							description: options.quantityDescription,
						},
						wmsLineFieldsProperty,
					],
				},
			],
		},
		{
			displayName: 'Line Items (JSON)',
			name: 'lineItemsJson',
			type: 'json',
			default: '[]',
			description: options.jsonDescription,
		},
	];
}

/** How the lines are given: rows in the panel, or a JSON list whose length follows the input. */
export const lineItemsInputField = linesInputField({
	displayName: 'Line Items Input',
	name: 'lineItemsInput',
	rows: 'One row per SKU',
});

export const LINE_ITEMS_BY_INPUT = { fields: 'lineItems', json: 'lineItemsJson' } as const;
export type LineItemsInput = keyof typeof LINE_ITEMS_BY_INPUT;

/** The lines, required, shown as Line Items Input says. */
export function linesByInput(lines: INodeProperties[]): INodeProperties[] {
	return [
		lineItemsInputField,
		...Object.entries(LINE_ITEMS_BY_INPUT).map(([input, name]) => ({
			...lines.find((field) => field.name === name)!,
			required: true,
			displayOptions: { show: { lineItemsInput: [input] } },
		})),
	];
}

export const supplierField = locatorField({
	displayName: 'Supplier',
	name: 'supplier',
	searchListMethod: 'searchSuppliers',
	idPlaceholder: 'e.g. sup_cascade_textile',
	namePlaceholder: 'e.g. Cascade Textile Mills',
	description:
		'The vendor or factory sending the shipment: picked from the list or given by ID (sent as supplier_object.supplier_id), or given by name (sent as supplier_object.supplier_name)',
});

const inboundLines = skuLineFields({
	quantityName: 'expectedQuantity',
	quantityDisplayName: 'Expected Quantity',
	quantityDescription: 'Units of the SKU the warehouse should receive',
	rowsDescription:
		"The SKUs and quantities the warehouse should receive. On Update, replaces the shipment's lines.",
	jsonDescription:
		'The lines as a JSON list in Trackstar\'s field names, for when their number varies: map a list from the input with an expression, or write [{"sku": "TEE-BLK-M", "expected_quantity": 24}]. Fields your WMS adds (unit_cost, say) pass through.',
});

/** Every field of Trackstar's inbound shipment write body, shared by Create and Update; sorted by name. */
export const inboundShipmentWriteFields: INodeProperties[] = [
	{
		displayName: 'Expected Arrival Date',
		name: 'expectedArrivalDate',
		type: 'dateTime',
		default: '',
		description:
			"When the shipment should reach the warehouse, read in the workflow's timezone and sent in UTC",
	},
	integrationFieldsField({
		system: 'WMS',
		example: '{"container_number": "MSCU1234567"}',
		listedByGetWritableFields: true,
	}),
	...inboundLines,
	{
		displayName: 'Purchase Order Number',
		name: 'purchaseOrderNumber',
		type: 'string',
		default: '',
		placeholder: 'e.g. PO-2024-0042',
		description: 'The number of the purchase order the shipment fulfils',
	},
	supplierField,
	{
		displayName: 'Tracking Number',
		name: 'trackingNumber',
		type: 'string',
		default: '',
		description: "The carrier's tracking number of the shipment",
	},
	{
		...trackstarTagsField,
		description:
			'Tags Trackstar keeps on the inbound shipment (trackstar_tags): plain strings, or key-value pairs',
	},
	locatorField({
		displayName: 'Warehouse',
		name: 'warehouseId',
		searchListMethod: 'searchWarehouses',
		idPlaceholder: 'e.g. 65a1f3c2e4b0a17d9c3e5f10',
		description: 'The warehouse receiving the shipment (sent as warehouse_id)',
	}),
];

const CREATE_REQUIRED = ['purchaseOrderNumber', 'warehouseId', 'expectedArrivalDate'];

const writeField = (name: string) =>
	inboundShipmentWriteFields.find((field) => field.name === name)!;

/** Create's up-front fields: the ones most WMSs require, and the lines. */
export const inboundShipmentCreateRequired: INodeProperties[] = [
	...CREATE_REQUIRED.map((name) => ({ ...writeField(name), required: true })),
	...linesByInput(inboundLines),
];

export const inboundShipmentCreateOptional: INodeProperties[] = inboundShipmentWriteFields.filter(
	(field) =>
		!CREATE_REQUIRED.includes(field.name) &&
		!Object.values<string>(LINE_ITEMS_BY_INPUT).includes(field.name),
);

/** The parameters Create reads up front, its lines from the chosen input. */
export function inboundCreateParameters(lineItemsInput: LineItemsInput): string[] {
	return [...CREATE_REQUIRED, LINE_ITEMS_BY_INPUT[lineItemsInput] ?? LINE_ITEMS_BY_INPUT.fields];
}
