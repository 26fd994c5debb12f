import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from './invalidValue';
import { jsonListOfObjects } from './jsonList';
import { toNumber, toText } from './values';

export interface LineItemRow {
	productId?: string;
	sku?: string;
	quantity?: number | string;
	unitPrice?: number | string;
	discountAmount?: number | string;
}

type Convert = (value: unknown, label: string) => string | number | undefined;

/** Trackstar's own line item fields; a WMS may take more (ShipHero's warehouse_id, say). */
const LINE_ITEM_FIELDS: Array<{
	key: keyof LineItemRow;
	field: string;
	label: string;
	convert: Convert;
}> = [
	{ key: 'productId', field: 'product_id', label: 'product ID', convert: toText },
	{ key: 'sku', field: 'sku', label: 'SKU', convert: toText },
	{
		key: 'quantity',
		field: 'quantity',
		label: 'quantity',
		convert: (value, label) => toNumber(value, label, { integer: true, min: 0 }),
	},
	{
		key: 'unitPrice',
		field: 'unit_price',
		label: 'unit price',
		convert: (value, label) => toNumber(value, label),
	},
	{
		key: 'discountAmount',
		field: 'discount_amount',
		label: 'discount amount',
		convert: (value, label) => toNumber(value, label),
	},
];

export const LINE_ITEMS_JSON_LABEL = 'Line Items (JSON)';
const LINE_ITEMS_JSON_EXAMPLE = '[{ "sku": "TEE-BLK-M", "quantity": 2 }]';

function requireProduct(lineItem: IDataObject, label: string) {
	if (lineItem.product_id === undefined && lineItem.sku === undefined) {
		throw new InvalidValueError(
			label,
			'has neither a SKU nor a product ID',
			'Set at least one so the WMS knows the product',
		);
	}
}

/** The Line Items rows of the panel as Trackstar's line_items: a row with nothing set is skipped, a row with no product refused. */
export function toLineItems(rows: LineItemRow[] | undefined): IDataObject[] | undefined {
	const lineItems: IDataObject[] = [];
	(rows ?? []).forEach((row, index) => {
		const label = `Line Item ${index + 1}`;
		const lineItem: IDataObject = {};
		for (const { key, field, label: fieldLabel, convert } of LINE_ITEM_FIELDS) {
			const value = convert(row[key], `${label} ${fieldLabel}`);
			if (value !== undefined) lineItem[field] = value;
		}
		if (Object.keys(lineItem).length === 0) return;
		requireProduct(lineItem, label);
		lineItems.push(lineItem);
	});
	return lineItems.length > 0 ? lineItems : undefined;
}

/**
 * Line items given as JSON (typed, or mapped from a storefront order by an expression), in
 * Trackstar's field names. Trackstar's own fields are checked as the rows are; a WMS's other
 * fields pass through unless empty. An empty list is no line items.
 */
export function lineItemsFromJson(value: unknown): IDataObject[] | undefined {
	const entries = jsonListOfObjects(
		value,
		LINE_ITEMS_JSON_LABEL,
		LINE_ITEMS_JSON_EXAMPLE,
		'line items',
	);
	return entries?.map(({ entry: lineItem, label }) => {
		for (const { field, label: fieldLabel, convert } of LINE_ITEM_FIELDS) {
			const value = convert(lineItem[field], `${label} ${fieldLabel}`);
			if (value === undefined) delete lineItem[field];
			else lineItem[field] = value;
		}
		requireProduct(lineItem, label);
		if (lineItem.quantity === undefined) {
			throw new InvalidValueError(
				label,
				'has no quantity',
				'Add "quantity": a whole number of units',
			);
		}
		return lineItem;
	});
}
