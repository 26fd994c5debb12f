import type { INodeProperties } from 'n8n-workflow';

import { integrationFieldsField } from '../../fields/integrationFieldsField';
import { LINE_ITEMS_JSON_LABEL } from '../../wire/lineItems';
import { locatorField } from '../../fields/locators';
import { trackstarTagsField } from '../../fields/tagFields';
import { linesInputField } from '../../fields/linesInput';
import { wmsLineFieldsProperty } from '../../writeInfo/wmsLineFieldsProperty';

/** Line items of a write given as rows or as JSON, as Line Items Input says. */
export const RETURN_LINE_ITEMS_INPUT = { fields: 'lineItems', json: 'lineItemsJson' } as const;
export type ReturnLineItemsInput = keyof typeof RETURN_LINE_ITEMS_INPUT;

/**
 * Every field of Trackstar's return write body (order_id, warehouse_id, line_items,
 * trackstar_tags), shared by Create and Update; sorted by name, as n8n lists them.
 */
export const returnWriteFields: INodeProperties[] = [
	integrationFieldsField({
		system: 'WMS',
		example: '{"return_reason": "damaged"}',
		listedByGetWritableFields: true,
	}),
	{
		displayName: 'Line Items (Rows)',
		name: 'lineItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line Item',
		default: {},
		description: 'What comes back: one row per SKU with its quantity',
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
						description: 'The SKU coming back, as the order shipped it',
					},
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 1,
						description: 'Units of this SKU expected back',
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
			'What comes back as a JSON list in Trackstar\'s field names, for when the number of lines varies: map a list from the input with an expression, or write [{"sku": "TEE-BLK-M", "quantity": 1}]',
	},
	locatorField({
		displayName: 'Order',
		name: 'orderId',
		searchListMethod: 'searchOrders',
		idPlaceholder: 'e.g. 65a1f3c2e4b0a17d9c3e6a01',
		description:
			'The order being returned: search by order number, or give its Trackstar ID (sent as order_id)',
	}),
	{
		...trackstarTagsField,
		description:
			'Tags Trackstar keeps on the return (trackstar_tags): plain strings, or key-value pairs',
	},
	locatorField({
		displayName: 'Warehouse',
		name: 'warehouseId',
		searchListMethod: 'searchWarehouses',
		idPlaceholder: 'e.g. 65a1f3c2e4b0a17d9c3e5f10',
		description: 'The warehouse that receives the return (sent as warehouse_id)',
	}),
];

const field = (name: string): INodeProperties => {
	const found = returnWriteFields.find((candidate) => candidate.name === name);
	if (!found) throw new Error(`No return write field ${name}`);
	return found;
};

/** Create's up-front fields: the order, and the line items as rows or JSON. */
export const returnCreateRequiredFields: INodeProperties[] = [
	field('orderId'),
	linesInputField({
		displayName: 'Line Items Input',
		name: 'lineItemsInput',
		rows: 'One row per SKU',
	}),
	...Object.entries(RETURN_LINE_ITEMS_INPUT).map(([input, name]) => ({
		...field(name),
		required: true,
		displayOptions: { show: { lineItemsInput: [input] } },
	})),
];

export const returnCreateOptionalFields: INodeProperties[] = returnWriteFields.filter(
	({ name }) => !['orderId', ...Object.values<string>(RETURN_LINE_ITEMS_INPUT)].includes(name),
);

/** The parameters Create reads up front, its line items from the chosen input. */
export function returnCreateParameters(input: ReturnLineItemsInput): string[] {
	return ['orderId', RETURN_LINE_ITEMS_INPUT[input] ?? RETURN_LINE_ITEMS_INPUT.fields];
}
