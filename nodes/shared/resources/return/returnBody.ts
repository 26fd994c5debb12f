import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from '../../wire/invalidValue';
import {
	LINE_ITEMS_JSON_LABEL,
	linesFromEither,
	requireSku,
	type LineListShape,
	wholeNumber,
} from '../../wire/lineItems';
import { withIntegrationFields } from '../../wire/integrationFields';
import { toTags, type TagRow } from '../../wire/tags';
import { locatorValue, toText } from '../../wire/values';

/** A return's line items (WmsReturnWriteLineItem: sku and quantity, both required). */
export const RETURN_LINE_ITEMS: LineListShape = {
	rowLabel: 'Line Item',
	jsonLabel: LINE_ITEMS_JSON_LABEL,
	jsonExample: '[{ "sku": "TEE-BLK-M", "quantity": 1 }]',
	fields: [
		{ key: 'sku', field: 'sku', label: 'SKU', convert: toText },
		{ key: 'quantity', field: 'quantity', label: 'quantity', convert: wholeNumber(1) },
	],
	check: requireSku,
	requiredInJson: [
		{ field: 'quantity', label: 'quantity', hint: 'Add "quantity": a whole number of units' },
	],
};

/** Fields of Trackstar's own return write schema (CreateReturnSchema / UpdateReturnSchema, base). */
export const RETURN_BASE_FIELDS: readonly string[] = [
	'order_id',
	'warehouse_id',
	'line_items',
	'trackstar_tags',
];

/** Maps the node's return fields (Create's and Update's) to Trackstar's write body; empty fields are omitted. */
export function buildReturnBody(given: IDataObject): IDataObject {
	const body: IDataObject = {};
	const orderId = toText(locatorValue(given.orderId), 'Order');
	if (orderId !== undefined) body.order_id = orderId;
	const warehouseId = toText(locatorValue(given.warehouseId), 'Warehouse');
	if (warehouseId !== undefined) body.warehouse_id = warehouseId;
	const lineItems = linesFromEither(
		RETURN_LINE_ITEMS,
		{
			rows: (given.lineItems as { lineItem?: Array<Record<string, unknown>> } | undefined)
				?.lineItem,
			json: given.lineItemsJson,
		},
		'Line Items',
	);
	if (lineItems) body.line_items = lineItems;
	const tags = toTags(
		(given.trackstarTags as { tag?: TagRow[] } | undefined)?.tag,
		'Trackstar Tags',
	);
	if (tags) body.trackstar_tags = tags;
	return withIntegrationFields(body, given.integrationFields);
}

/** Create's body: a return without line items tells the warehouse nothing to expect. */
export function buildReturnCreateBody(given: IDataObject): IDataObject {
	const body = buildReturnBody(given);
	if (body.line_items === undefined) {
		throw new InvalidValueError(
			'Line Items',
			'is empty',
			'Add one line per SKU coming back, with its quantity',
		);
	}
	return body;
}

/** The body fields the return's own fields set, with their labels: what the WMS Fields leave out. */
export const RETURN_OWN_FIELDS: Readonly<Record<string, string>> = {
	order_id: 'Order',
	warehouse_id: 'Warehouse',
	line_items: 'Line Items',
	trackstar_tags: 'Trackstar Tags',
};
