import type { IDataObject } from 'n8n-workflow';

import { toTrackstarDate } from '../../wire/dates';
import { InvalidValueError } from '../../wire/invalidValue';
import type { LineListShape } from '../../wire/lineItems';
import { linesFromEither, wholeNumber } from '../../wire/lineItems';
import { withIntegrationFields } from '../../wire/integrationFields';
import { toTags, type TagRow } from '../../wire/tags';
import { pickedReference } from '../../wire/pickedReferences';
import { locatorValue, toText } from '../../wire/values';

const requireSku = (line: IDataObject, label: string) => {
	if (line.sku === undefined)
		throw new InvalidValueError(label, 'has no SKU', 'Set the SKU so the WMS knows the item');
};

/** An inbound shipment's lines: SKU and expected quantity (Trackstar's create and update schemas). */
export const INBOUND_LINE_ITEMS: LineListShape = {
	rowLabel: 'Line Item',
	jsonLabel: 'Line Items (JSON)',
	jsonExample: '[{ "sku": "TEE-BLK-M", "expected_quantity": 24 }]',
	fields: [
		{ key: 'sku', field: 'sku', label: 'SKU', convert: toText },
		{
			key: 'expectedQuantity',
			field: 'expected_quantity',
			label: 'expected quantity',
			convert: wholeNumber(1),
		},
	],
	check: requireSku,
	requiredInJson: [
		{
			field: 'expected_quantity',
			label: 'expected quantity',
			hint: 'Add "expected_quantity": a whole number of units of 1 or more',
		},
	],
};

/** A receipt's lines: SKU and the quantity received now (Trackstar's receive schema). */
export const RECEIPT_LINE_ITEMS: LineListShape = {
	rowLabel: 'Line Item',
	jsonLabel: 'Line Items (JSON)',
	jsonExample: '[{ "sku": "TEE-BLK-M", "quantity": 12 }]',
	fields: [
		{ key: 'sku', field: 'sku', label: 'SKU', convert: toText },
		{ key: 'quantity', field: 'quantity', label: 'quantity', convert: wholeNumber(1) },
	],
	check: requireSku,
	requiredInJson: [
		{
			field: 'quantity',
			label: 'quantity',
			hint: 'Add "quantity": the whole number of units received, 1 or more',
		},
	],
};

/** Supplier: picked or given by ID as supplier_object.supplier_id, or by name as supplier_name. */
export function toSupplierObject(given: unknown): IDataObject | undefined {
	const supplier = pickedReference(given, 'Supplier');
	if (supplier === undefined) return undefined;
	return supplier.by === 'id' ? { supplier_id: supplier.value } : { supplier_name: supplier.value };
}

const lines = (shape: LineListShape, fields: IDataObject) =>
	linesFromEither(
		shape,
		{
			rows: (fields.lineItems as IDataObject | undefined)?.lineItem as Array<
				Record<string, unknown>
			>,
			json: fields.lineItemsJson,
		},
		'Line Items',
	);

/** The node's inbound shipment fields (Create's and Update's) as Trackstar's write body; empty fields omitted. */
export function buildInboundShipmentBody(given: IDataObject, timeZone: string): IDataObject {
	const body: IDataObject = {};
	const texts: Array<[string, string, string]> = [
		['purchaseOrderNumber', 'purchase_order_number', 'Purchase Order Number'],
		['warehouseId', 'warehouse_id', 'Warehouse'],
		['trackingNumber', 'tracking_number', 'Tracking Number'],
	];
	for (const [key, field, label] of texts) {
		const value = toText(locatorValue(given[key]), label);
		if (value !== undefined) body[field] = value;
	}
	const structured: IDataObject = {
		expected_arrival_date: toTrackstarDate(
			given.expectedArrivalDate,
			'Expected Arrival Date',
			timeZone,
		),
		supplier_object: toSupplierObject(given.supplier),
		line_items: lines(INBOUND_LINE_ITEMS, given),
		trackstar_tags: toTags(
			(given.trackstarTags as IDataObject | undefined)?.tag as TagRow[],
			'Trackstar Tags',
		),
	};
	for (const [field, value] of Object.entries(structured))
		if (value !== undefined) body[field] = value;
	return withIntegrationFields(body, given.integrationFields);
}

/** What Create needs: the fields most WMSs require (Trackstar's base create schema and its sandbox's). */
export const INBOUND_CREATE_REQUIRED: ReadonlyArray<{ field: string; label: string }> = [
	{ field: 'purchase_order_number', label: 'Purchase Order Number' },
	{ field: 'warehouse_id', label: 'Warehouse' },
	{ field: 'expected_arrival_date', label: 'Expected Arrival Date' },
	{ field: 'line_items', label: 'Line Items' },
];

/** The create body, refused before any request when a required field is empty. */
export function buildInboundShipmentCreateBody(fields: IDataObject, timeZone: string): IDataObject {
	const body = buildInboundShipmentBody(fields, timeZone);
	for (const { field, label } of INBOUND_CREATE_REQUIRED) {
		if (body[field] === undefined) {
			throw new InvalidValueError(
				label,
				'is empty, and Trackstar needs it to create an inbound shipment',
				`Fill in ${label}`,
			);
		}
	}
	return body;
}

/** Fields of Trackstar's own inbound shipment write schema; a WMS's others are integration-specific. */
export const INBOUND_SHIPMENT_BASE_FIELDS: readonly string[] = [
	'purchase_order_number',
	'warehouse_id',
	'expected_arrival_date',
	'supplier',
	'supplier_object',
	'tracking_number',
	'line_items',
	'trackstar_tags',
];

/** The body of PUT /wms/inbound-shipments/{id}/receive: the lines received now, and where. */
export function buildReceiveBody(fields: IDataObject): IDataObject {
	const lineItems = lines(RECEIPT_LINE_ITEMS, fields);
	if (lineItems === undefined) {
		throw new InvalidValueError(
			'Line Items',
			'is empty: nothing to receive',
			'Add a line per SKU received, with its quantity',
		);
	}
	const body: IDataObject = { line_items: lineItems };
	const warehouseId = toText(locatorValue(fields.warehouseId), 'Warehouse');
	if (warehouseId !== undefined) body.warehouse_id = warehouseId;
	const locationId = toText(fields.warehouseLocationId, 'Warehouse Location ID');
	if (locationId !== undefined) body.warehouse_location_id = locationId;
	return withIntegrationFields(body, fields.integrationFields);
}

/** The body fields the inbound shipment's own fields set, with their labels: what the WMS Fields leave out. */
export const INBOUND_SHIPMENT_OWN_FIELDS: Readonly<Record<string, string>> = {
	purchase_order_number: 'Purchase Order Number',
	warehouse_id: 'Warehouse',
	tracking_number: 'Tracking Number',
	expected_arrival_date: 'Expected Arrival Date',
	supplier_object: 'Supplier',
	line_items: 'Line Items',
	trackstar_tags: 'Trackstar Tags',
};
