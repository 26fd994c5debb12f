import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from './invalidValue';
import { parseJsonParameter } from './jsonParameter';
import { refuseRejectedValues, toNumber, toText } from './values';

export interface LineItemRow {
	productId?: string;
	sku?: string;
	quantity?: number | string;
	unitPrice?: number | string;
	discountAmount?: number | string;
}

type Convert = (value: unknown, label: string) => string | number | undefined;

/** One field of a line item: the panel row's key, Trackstar's field, its label and conversion. */
export interface LineItemField {
	key: string;
	field: string;
	label: string;
	convert: Convert;
}

/**
 * What one kind of line item is (an order's, a return's, a kit's components): its fields, what
 * the panel calls a row and the JSON, which fields name the product and which holds the quantity.
 */
export interface LineItemSpec {
	fields: LineItemField[];
	/** A row in errors: "Line Item 2". */
	rowLabel: string;
	jsonLabel: string;
	jsonExample: string;
	/** Fields of which at least one names the product (sku, product_id). */
	productFields: string[];
	/** What a row naming no product lacks, e.g. "has neither a SKU nor a product ID". */
	missingProduct: string;
	/** The field a JSON entry must have. */
	quantityField: string;
	/** The JSON's entries in words: "line items". */
	plural: string;
}

const quantity = (field: string, label: string, min: number): LineItemField => ({
	key: field === 'quantity' ? 'quantity' : 'unitQuantity',
	field,
	label,
	convert: (value, fieldLabel) => toNumber(value, fieldLabel, { integer: true, min }),
});

/** Trackstar's own order line item fields; a WMS may take more (ShipHero's warehouse_id, say). */
const LINE_ITEM_FIELDS: LineItemField[] = [
	{ key: 'productId', field: 'product_id', label: 'product ID', convert: toText },
	{ key: 'sku', field: 'sku', label: 'SKU', convert: toText },
	quantity('quantity', 'quantity', 0),
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

/** An order's line items (Create Order, Update Order). */
export const ORDER_LINE_ITEMS: LineItemSpec = {
	fields: LINE_ITEM_FIELDS,
	rowLabel: 'Line Item',
	jsonLabel: LINE_ITEMS_JSON_LABEL,
	jsonExample: '[{ "sku": "TEE-BLK-M", "quantity": 2 }]',
	productFields: ['product_id', 'sku'],
	missingProduct: 'has neither a SKU nor a product ID',
	quantityField: 'quantity',
	plural: 'line items',
};

/** A return's line items (WmsReturnWriteLineItem: sku and quantity, both required). */
export const RETURN_LINE_ITEMS: LineItemSpec = {
	fields: [
		{ key: 'sku', field: 'sku', label: 'SKU', convert: toText },
		quantity('quantity', 'quantity', 1),
	],
	rowLabel: 'Line Item',
	jsonLabel: LINE_ITEMS_JSON_LABEL,
	jsonExample: '[{ "sku": "TEE-BLK-M", "quantity": 1 }]',
	productFields: ['sku'],
	missingProduct: 'has no SKU',
	quantityField: 'quantity',
	plural: 'line items',
};

/** A kit's components (ProductKitComponents: sku and unit_quantity, both required). */
export const KIT_COMPONENTS: LineItemSpec = {
	fields: [
		{ key: 'sku', field: 'sku', label: 'SKU', convert: toText },
		quantity('unit_quantity', 'unit quantity', 1),
	],
	rowLabel: 'Component',
	jsonLabel: 'Components (JSON)',
	jsonExample: '[{ "sku": "TEE-BLK-M", "unit_quantity": 2 }]',
	productFields: ['sku'],
	missingProduct: 'has no SKU',
	quantityField: 'unit_quantity',
	plural: 'components',
};

function requireProduct(lineItem: IDataObject, label: string, spec: LineItemSpec) {
	if (spec.productFields.every((field) => lineItem[field] === undefined)) {
		const which = spec.productFields.length > 1 ? 'at least one' : 'it';
		throw new InvalidValueError(
			label,
			spec.missingProduct,
			`Set ${which} so the WMS knows the product`,
		);
	}
}

/** The rows of the panel as Trackstar's line items: a row with nothing set is skipped, a row with no product refused. */
export function toLineItems(
	rows: ReadonlyArray<object> | undefined,
	spec: LineItemSpec = ORDER_LINE_ITEMS,
): IDataObject[] | undefined {
	const lineItems: IDataObject[] = [];
	(rows ?? []).forEach((row, index) => {
		const label = `${spec.rowLabel} ${index + 1}`;
		const lineItem: IDataObject = {};
		for (const { key, field, label: fieldLabel, convert } of spec.fields) {
			const value = convert((row as Record<string, unknown>)[key], `${label} ${fieldLabel}`);
			if (value !== undefined) lineItem[field] = value;
		}
		if (Object.keys(lineItem).length === 0) return;
		requireProduct(lineItem, label, spec);
		lineItems.push(lineItem);
	});
	return lineItems.length > 0 ? lineItems : undefined;
}

/**
 * Line items given as JSON (typed, or mapped from a storefront order by an expression), in
 * Trackstar's field names. Trackstar's own fields are checked as the rows are; a WMS's other
 * fields pass through unless empty. An empty list is no line items.
 */
export function lineItemsFromJson(
	value: unknown,
	spec: LineItemSpec = ORDER_LINE_ITEMS,
): IDataObject[] | undefined {
	const parsed = parseJsonParameter(value, spec.jsonLabel, spec.jsonExample);
	if (parsed === undefined || parsed === null) return undefined;
	if (!Array.isArray(parsed)) {
		throw new InvalidValueError(
			spec.jsonLabel,
			`must be a JSON list of ${spec.plural}`,
			`Write ${spec.jsonExample}`,
		);
	}
	const lineItems = parsed.map((entry: unknown, index) => {
		const label = `${spec.jsonLabel} item ${index + 1}`;
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
			throw new InvalidValueError(label, 'is not an object', `Write ${spec.jsonExample}`);
		}
		const given = entry as IDataObject;
		refuseRejectedValues(given, label, 'Leave the field out instead');
		const lineItem: IDataObject = { ...given };
		for (const { field, label: fieldLabel, convert } of spec.fields) {
			const converted = convert(given[field], `${label} ${fieldLabel}`);
			if (converted === undefined) delete lineItem[field];
			else lineItem[field] = converted;
		}
		requireProduct(lineItem, label, spec);
		if (lineItem[spec.quantityField] === undefined) {
			throw new InvalidValueError(
				label,
				`has no ${spec.quantityField}`,
				`Add "${spec.quantityField}": a whole number of units`,
			);
		}
		return lineItem;
	});
	return lineItems.length > 0 ? lineItems : undefined;
}

/** Line items come as the panel's rows or as JSON; one write cannot take both. */
export function lineItemsOfEither(
	rows: ReadonlyArray<object> | undefined,
	json: unknown,
	spec: LineItemSpec = ORDER_LINE_ITEMS,
	label = 'Line Items',
): IDataObject[] | undefined {
	const fromRows = toLineItems(rows, spec);
	const fromJson = lineItemsFromJson(json, spec);
	if (fromRows !== undefined && fromJson !== undefined) {
		throw new InvalidValueError(
			label,
			`both the rows and ${spec.jsonLabel} are set`,
			'Keep either',
		);
	}
	return fromRows ?? fromJson;
}
