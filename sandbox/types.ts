/**
 * Shapes of Trackstar's WMS order records as the sandbox serves them: `OrderSchema` of Trackstar's
 * OpenAPI document plus `trackstar_created_date` / `trackstar_updated_date` of the newer docs.
 * Dates are always `YYYY-MM-DDTHH:MM:SSZ` (UTC, no fraction).
 */

export const ORDER_STATUSES = [
	'open',
	'confirmed',
	'processing',
	'picked',
	'packed',
	'partially_fulfilled',
	'fulfilled',
	'exception',
	'cancelled',
	'backordered',
	'other',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_TYPES = ['d2c', 'b2b', 'dropship', 'transfer'] as const;
export type OrderType = (typeof ORDER_TYPES)[number];

/** Trackstar's date format, and the only one its filters and write bodies accept. */
export const TRACKSTAR_DATE_PATTERN = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

export interface ShipToAddress {
	full_name: string | null;
	company: string | null;
	address1: string | null;
	address2: string | null;
	address3: string | null;
	city: string | null;
	state: string | null;
	postal_code: string | null;
	country: string | null;
	phone_number: string | null;
	email_address: string | null;
}

export interface ShipFromAddress {
	address1: string | null;
	address2: string | null;
	address3: string | null;
	city: string | null;
	state: string | null;
	postal_code: string | null;
	country: string | null;
}

export interface OrderLineItem {
	product_id: string;
	sku: string | null;
	quantity: number;
	unit_price: number | null;
	is_picked: boolean;
	discount_amount: number | null;
}

export interface ShipmentLineItem {
	inventory_item_id: string;
	sku: string | null;
	quantity: number;
	parent_product_id: string | null;
}

export interface PackageLineItem extends ShipmentLineItem {
	lot_id: string | null;
	expiration_date: string | null;
}

export interface PackageMeasurements {
	length: number | null;
	width: number | null;
	height: number | null;
	unit: 'cm' | 'in' | null;
	weight: number | null;
	weight_unit: 'kg' | 'oz' | 'lb' | null;
}

export interface ShipmentPackage {
	package_id: string;
	package_name: string | null;
	tracking_number: string | null;
	tracking_url: string | null;
	shipping_method: string | null;
	carrier: string | null;
	shipping_method_id: string | null;
	shipping_method_name: string | null;
	carrier_id: string | null;
	carrier_name: string | null;
	scac: string | null;
	shipping_cost: number | null;
	measurements: PackageMeasurements;
	line_items: PackageLineItem[];
}

export interface OrderShipment {
	shipment_id: string;
	warehouse_id: string;
	raw_status: string | null;
	status: 'open' | 'shipped' | 'cancelled' | 'other';
	shipped_date: string | null;
	shipping_method: string | null;
	line_items: ShipmentLineItem[];
	ship_to_address: ShipToAddress;
	ship_from_address: ShipFromAddress;
	packages: ShipmentPackage[];
}

export interface OrderChannel {
	channel_id: string;
	channel_name: string | null;
}

/** A custom tag: a string, or an object with one key-value pair. */
export type TrackstarTag = string | Record<string, string>;

export interface Order {
	id: string;
	warehouse_customer_id: string | null;
	warehouse_id: string | null;
	created_date: string;
	updated_date: string;
	reference_id: string;
	order_number: string;
	status: OrderStatus;
	raw_status: string | null;
	channel: string | null;
	channel_object: OrderChannel | null;
	type: OrderType | null;
	trading_partner: string | null;
	shipping_method: string | null;
	service_level: string | null;
	shipping_method_id: string | null;
	shipping_method_name: string | null;
	carrier_id: string | null;
	carrier_name: string | null;
	scac: string | null;
	is_third_party_freight: boolean | null;
	third_party_freight_account_number: string | null;
	first_party_freight_account_number: string | null;
	invoice_currency_code: string;
	total_price: number | null;
	total_tax: number | null;
	total_discount: number | null;
	total_shipping: number | null;
	ship_to_address: ShipToAddress;
	line_items: OrderLineItem[];
	tags: string[];
	required_ship_date: string | null;
	saturday_delivery: boolean | null;
	signature_required: boolean | null;
	international_duty_paid_by: 'sender' | 'recipient' | 'third_party' | null;
	shipments: OrderShipment[];
	external_system_url: string | null;
	trackstar_tags: TrackstarTag[] | null;
	additional_fields: Record<string, unknown>;
	trackstar_created_date: string;
	trackstar_updated_date: string;
}

// Bound once: global lookups such as `Math.floor` are slow inside jest's vm contexts.
const { floor } = Math;

/** Formats a time as Trackstar does: `YYYY-MM-DDTHH:MM:SSZ` (fraction of a second dropped). */
export function toTrackstarDate(time: Date | number): string {
	const ms = typeof time === 'number' ? time : time.getTime();
	return formatEpochSeconds(floor(ms / 1000));
}

/** Fast `YYYY-MM-DDTHH:MM:SSZ` of epoch seconds (years 1000-9999), civil-from-days arithmetic. */
export function formatEpochSeconds(seconds: number): string {
	const days = floor(seconds / 86400);
	let rest = seconds - days * 86400;
	const hours = floor(rest / 3600);
	rest -= hours * 3600;
	const minutes = floor(rest / 60);
	const secs = rest - minutes * 60;
	const z = days + 719468;
	const era = floor(z / 146097);
	const dayOfEra = z - era * 146097;
	const yearOfEra = floor(
		(dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36524) - floor(dayOfEra / 146096)) / 365,
	);
	const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
	const mp = floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
	// Written into one buffer: concatenating the parts would leave string ropes on the heap.
	const out = DATE_BUFFER;
	out[0] = 48 + floor(year / 1000);
	out[1] = 48 + (floor(year / 100) % 10);
	out[2] = 48 + (floor(year / 10) % 10);
	out[3] = 48 + (year % 10);
	writeTwoDigits(out, 5, month);
	writeTwoDigits(out, 8, day);
	writeTwoDigits(out, 11, hours);
	writeTwoDigits(out, 14, minutes);
	writeTwoDigits(out, 17, secs);
	return out.toString('latin1');
}

const DATE_BUFFER = Buffer.from('0000-00-00T00:00:00Z', 'latin1');

function writeTwoDigits(out: Buffer, offset: number, value: number) {
	out[offset] = 48 + floor(value / 10);
	out[offset + 1] = 48 + (value % 10);
}

/** True for a string in Trackstar's date format that names a real calendar time. */
export function isTrackstarDate(value: string): boolean {
	if (!TRACKSTAR_DATE_PATTERN.test(value)) return false;
	const time = Date.parse(value);
	return !Number.isNaN(time) && toTrackstarDate(time) === value;
}
