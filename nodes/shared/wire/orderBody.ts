import type { IDataObject } from 'n8n-workflow';

import { toTrackstarDate } from './dates';
import { InvalidValueError } from './invalidValue';
import { parseJsonParameter } from './jsonParameter';
import type { LineItemRow } from './lineItems';
import { linesFromEither, ORDER_LINE_ITEMS } from './lineItems';
import { ORDER_STATUSES } from './orderFilters';
import {
	LEGACY_ORDER_FIELDS,
	toChannelObject,
	toLegacyFields,
	toShippingMethodFields,
} from './pickedReferences';
import { isEmpty, locatorValue, refuseRejectedValues, toNumber, toText } from './values';

type Scalar = 'text' | 'money' | 'date' | 'status';

/**
 * Plain fields of the order write body: parameter name, Trackstar field, label, kind.
 * `integrationSpecific` marks a field that many WMSs add but Trackstar's own schema lacks.
 */
export const ORDER_SCALAR_FIELDS: Array<{
	key: string;
	field: string;
	label: string;
	kind: Scalar;
	integrationSpecific?: true;
}> = [
	{
		key: 'warehouseCustomerId',
		field: 'warehouse_customer_id',
		label: 'Warehouse Customer',
		kind: 'text',
	},
	{ key: 'referenceId', field: 'reference_id', label: 'Reference ID', kind: 'text' },
	{ key: 'orderNumber', field: 'order_number', label: 'Order Number', kind: 'text' },
	{ key: 'tradingPartner', field: 'trading_partner', label: 'Trading Partner', kind: 'text' },
	{ key: 'serviceLevel', field: 'service_level', label: 'Service Level', kind: 'text' },
	{
		key: 'invoiceCurrencyCode',
		field: 'invoice_currency_code',
		label: 'Invoice Currency Code',
		kind: 'text',
	},
	{ key: 'totalPrice', field: 'total_price', label: 'Total Price', kind: 'money' },
	{ key: 'totalTax', field: 'total_tax', label: 'Total Tax', kind: 'money' },
	{ key: 'totalDiscount', field: 'total_discount', label: 'Total Discount', kind: 'money' },
	{ key: 'totalShipping', field: 'total_shipping', label: 'Total Shipping', kind: 'money' },
	{ key: 'status', field: 'status', label: 'Status', kind: 'status' },
	{
		key: 'requiredShipDate',
		field: 'required_ship_date',
		label: 'Required Ship Date',
		kind: 'date',
	},
	{
		key: 'warehouseId',
		field: 'warehouse_id',
		label: 'Warehouse',
		kind: 'text',
		integrationSpecific: true,
	},
];

export const SHIP_TO_ADDRESS_FIELDS: Array<{ key: string; field: string; label: string }> = [
	{ key: 'fullName', field: 'full_name', label: 'Full Name' },
	{ key: 'company', field: 'company', label: 'Company' },
	{ key: 'address1', field: 'address1', label: 'Address Line 1' },
	{ key: 'address2', field: 'address2', label: 'Address Line 2' },
	{ key: 'city', field: 'city', label: 'City' },
	{ key: 'state', field: 'state', label: 'State or Province' },
	{ key: 'postalCode', field: 'postal_code', label: 'Postal Code' },
	{ key: 'country', field: 'country', label: 'Country' },
];

export interface TagRow {
	name?: string;
	value?: string;
}

function scalarValue(kind: Scalar, value: unknown, label: string, timeZone: string) {
	switch (kind) {
		case 'money':
			return toNumber(value, label);
		case 'date':
			return toTrackstarDate(value, label, timeZone);
		case 'status': {
			const status = toText(value, label);
			if (status !== undefined && !(ORDER_STATUSES as readonly string[]).includes(status)) {
				throw new InvalidValueError(
					label,
					`unknown status "${status}"`,
					`Trackstar knows: ${ORDER_STATUSES.join(', ')}`,
				);
			}
			return status;
		}
		default:
			return toText(value, label);
	}
}

/** Tags are plain strings, or single-pair objects when a value is given. */
export function toTags(
	rows: TagRow[] | undefined,
	label: string,
): Array<string | IDataObject> | undefined {
	const tags: Array<string | IDataObject> = [];
	for (const row of rows ?? []) {
		const name = toText(row.name, `${label} name`);
		if (name === undefined) {
			if (!isEmpty(row.value))
				throw new InvalidValueError(label, `the value "${row.value}" has no tag name`);
			continue;
		}
		const value = toText(row.value, `${label} "${name}" value`);
		tags.push(value === undefined ? name : { [name]: value });
	}
	return tags.length > 0 ? tags : undefined;
}

function toAddress(address: IDataObject | undefined): IDataObject | undefined {
	const result: IDataObject = {};
	for (const { key, field, label } of SHIP_TO_ADDRESS_FIELDS) {
		const value = toText(address?.[key], `Ship To Address ${label}`);
		if (value !== undefined) result[field] = value;
	}
	return Object.keys(result).length > 0 ? result : undefined;
}

/** Line items come as the panel's rows or as JSON; one order cannot take both. */
function toLineItemsOfEither(fields: IDataObject): IDataObject[] | undefined {
	const rows = (fields.lineItems as IDataObject | undefined)?.lineItem as LineItemRow[];
	return linesFromEither(
		ORDER_LINE_ITEMS,
		{ rows: rows as Array<Record<string, unknown>>, json: fields.lineItemsJson },
		'Line Items',
	);
}

export const INTEGRATION_FIELDS_LABEL = 'Integration-Specific Fields (JSON)';

/** Parses the JSON extras: an object of fields that a particular WMS adds to Trackstar's schema. */
export function parseIntegrationFields(value: unknown): IDataObject {
	if (isEmpty(value)) return {};
	const parsed = parseJsonParameter(
		value,
		INTEGRATION_FIELDS_LABEL,
		'{ "gift_message": "Happy birthday" }',
	);
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw new InvalidValueError(
			INTEGRATION_FIELDS_LABEL,
			'must be a JSON object of field names and values',
		);
	}
	refuseRejectedValues(parsed, INTEGRATION_FIELDS_LABEL, 'Remove the field to leave it unchanged');
	return parsed as IDataObject;
}

/**
 * Maps the node's order fields (Update's and Create's) to Trackstar's write body. Empty fields
 * are omitted, never sent as null or "". Fields picked from a list arrive as resource locators.
 */
export function buildOrderWriteBody(given: IDataObject, timeZone: string): IDataObject {
	const fields: IDataObject = {};
	for (const [key, value] of Object.entries(given))
		fields[key] = locatorValue(value) as IDataObject[string];
	const body: IDataObject = {};
	for (const { key, field, label, kind } of ORDER_SCALAR_FIELDS) {
		const value = scalarValue(kind, fields[key], label, timeZone);
		if (value !== undefined) body[field] = value;
	}
	// These pickers' modes say which Trackstar field the value goes to, so they are read whole.
	Object.assign(
		body,
		toShippingMethodFields(given.shippingMethod),
		toLegacyFields(given.legacyFields),
	);

	const structured: IDataObject = {
		channel_object: toChannelObject(given.channel),
		ship_to_address: toAddress(
			(fields.shipToAddress as IDataObject | undefined)?.address as IDataObject,
		),
		line_items: toLineItemsOfEither(fields),
		tags: toTags((fields.tags as IDataObject | undefined)?.tag as TagRow[], 'WMS Tags'),
		trackstar_tags: toTags(
			(fields.trackstarTags as IDataObject | undefined)?.tag as TagRow[],
			'Trackstar Tags',
		),
	};
	for (const [field, value] of Object.entries(structured))
		if (value !== undefined) body[field] = value;

	const extras = parseIntegrationFields(fields.integrationFields);
	for (const [field, value] of Object.entries(extras)) {
		if (field in body) {
			throw new InvalidValueError(
				INTEGRATION_FIELDS_LABEL,
				`"${field}" is also set by its own field`,
				'Set it in one place only',
			);
		}
		body[field] = value;
	}
	return body;
}

/** What Trackstar's create schema requires (its "WMS Sandbox" variant, and nearly every WMS's). */
export const ORDER_CREATE_REQUIRED: ReadonlyArray<{ field: string; label: string }> = [
	{ field: 'order_number', label: 'Order Number' },
	{ field: 'ship_to_address', label: 'Ship To Address' },
	{ field: 'line_items', label: 'Line Items' },
];

/** The create body: the write body, refused before any request when a required field is empty. */
export function buildOrderCreateBody(fields: IDataObject, timeZone: string): IDataObject {
	const body = buildOrderWriteBody(fields, timeZone);
	for (const { field, label } of ORDER_CREATE_REQUIRED) {
		if (body[field] === undefined) {
			throw new InvalidValueError(
				label,
				'is empty, and Trackstar needs it to create an order',
				`Fill in ${label}`,
			);
		}
	}
	return body;
}

/** Fields of Trackstar's own order write schema; a WMS's other fields are integration-specific. */
export const ORDER_BASE_FIELDS: readonly string[] = [
	...ORDER_SCALAR_FIELDS.filter(({ integrationSpecific }) => !integrationSpecific).map(
		({ field }) => field,
	),
	'channel_object',
	'shipping_method_id',
	'shipping_method_name',
	...LEGACY_ORDER_FIELDS.map(({ field }) => field),
	'ship_to_address',
	'line_items',
	'tags',
	'trackstar_tags',
];

/** PUT /wms/orders/{order_id}/trackstar-tags replaces the list, so an empty one is refused. */
export function buildTrackstarTagsBody(rows: TagRow[] | undefined, noun = 'order'): IDataObject {
	const tags = toTags(rows, 'Trackstar Tags');
	if (tags === undefined) {
		throw new InvalidValueError(
			'Trackstar Tags',
			'no tag has a name',
			`Add at least one tag: the ${noun}'s Trackstar tags are replaced by the ones given`,
		);
	}
	return { trackstar_tags: tags };
}
