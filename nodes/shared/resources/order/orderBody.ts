import type { IDataObject } from 'n8n-workflow';

import { toTrackstarDate } from '../../wire/dates';
import { InvalidValueError } from '../../wire/invalidValue';
import { withIntegrationFields } from '../../wire/integrationFields';
import type { LineItemRow } from './orderLineItems';
import { linesFromEither } from '../../wire/lineItems';
import { ORDER_LINE_ITEMS } from './orderLineItems';
import { ORDER_STATUSES } from './orderFilters';
import {
	LEGACY_ORDER_FIELDS,
	toChannelObject,
	toLegacyFields,
	toShippingMethodFields,
} from '../../wire/pickedReferences';
import { toTags, type TagRow } from '../../wire/tags';
import { locatorValue, toNumber, toText } from '../../wire/values';
import { addressOwnFields, toAddress } from './orderAddress';

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
	{
		key: 'carrierId',
		field: 'carrier_id',
		label: 'Carrier ID',
		kind: 'text',
		integrationSpecific: true,
	},
];

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

/** Line items come as the panel's rows or as JSON; one order cannot take both. */
function toLineItemsOfEither(fields: IDataObject): IDataObject[] | undefined {
	const rows = (fields.lineItems as IDataObject | undefined)?.lineItem as LineItemRow[];
	return linesFromEither(
		ORDER_LINE_ITEMS,
		{ rows: rows as Array<Record<string, unknown>>, json: fields.lineItemsJson },
		'Line Items',
	);
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
		ship_to_address: toAddress(fields.shipToAddress, 'Ship To Address'),
		bill_to_address: toAddress(fields.billToAddress, 'Bill To Address'),
		line_items: toLineItemsOfEither(fields),
		tags: toTags((fields.tags as IDataObject | undefined)?.tag as TagRow[], 'WMS Tags'),
		trackstar_tags: toTags(
			(fields.trackstarTags as IDataObject | undefined)?.tag as TagRow[],
			'Trackstar Tags',
		),
	};
	for (const [field, value] of Object.entries(structured))
		if (value !== undefined) body[field] = value;

	return withIntegrationFields(body, fields.integrationFields);
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

/** The body fields the order's own fields set, with their labels: what the WMS Fields leave out. */
export const ORDER_OWN_FIELDS: Readonly<Record<string, string>> = {
	...Object.fromEntries(ORDER_SCALAR_FIELDS.map(({ field, label }) => [field, label])),
	channel_object: 'Channel',
	shipping_method_id: 'Shipping Method',
	shipping_method_name: 'Shipping Method',
	...Object.fromEntries(LEGACY_ORDER_FIELDS.map(({ field, label }) => [field, label])),
	ship_to_address: 'Ship To Address',
	...addressOwnFields('ship_to_address', 'Ship To Address'),
	bill_to_address: 'Bill To Address',
	...addressOwnFields('bill_to_address', 'Bill To Address'),
	line_items: 'Line Items',
	tags: 'WMS Tags',
	trackstar_tags: 'Trackstar Tags',
};
