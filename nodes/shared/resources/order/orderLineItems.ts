import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from '../../wire/invalidValue';
import {
	LINE_ITEMS_JSON_LABEL,
	linesFromJson,
	linesFromRows,
	type LineListShape,
	wholeNumber,
} from '../../wire/lineItems';
import { toNumber, toText } from '../../wire/values';

export interface LineItemRow {
	productId?: string;
	sku?: string;
	quantity?: number | string;
	unitPrice?: number | string;
	discountAmount?: number | string;
}

/** Trackstar's own order line item fields; a WMS may take more (ShipHero's warehouse_id, say). */
export const ORDER_LINE_ITEMS: LineListShape = {
	rowLabel: 'Line Item',
	jsonLabel: LINE_ITEMS_JSON_LABEL,
	jsonExample: '[{ "sku": "TEE-BLK-M", "quantity": 2 }]',
	fields: [
		{ key: 'productId', field: 'product_id', label: 'product ID', convert: toText },
		{ key: 'sku', field: 'sku', label: 'SKU', convert: toText },
		{ key: 'quantity', field: 'quantity', label: 'quantity', convert: wholeNumber(0) },
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
	],
	check: (line, label) => {
		if (line.product_id === undefined && line.sku === undefined) {
			throw new InvalidValueError(
				label,
				'has neither a SKU nor a product ID',
				'Set at least one so the WMS knows the product',
			);
		}
	},
	requiredInJson: [
		{ field: 'quantity', label: 'quantity', hint: 'Add "quantity": a whole number of units' },
	],
};

/** The Line Items rows of the panel as an order's line_items. */
export function toLineItems(rows: LineItemRow[] | undefined): IDataObject[] | undefined {
	return linesFromRows(ORDER_LINE_ITEMS, rows as Array<Record<string, unknown>>);
}

/** An order's line items given as JSON. */
export function lineItemsFromJson(value: unknown): IDataObject[] | undefined {
	return linesFromJson(ORDER_LINE_ITEMS, value);
}
