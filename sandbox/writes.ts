/**
 * PUT /wms/orders/{order_id} and PUT /wms/orders/{order_id}/cancel: body validation (Trackstar's
 * base update schema plus the newer docs' `tags`, `shipping_method_name`, `required_ship_date`),
 * the write rule "never send null, "", "null" or "none"", and how the simulated WMS applies a
 * write to the stored order. Pure functions; no I/O.
 */
import type { OrderChannelRecord, ShippingMethodRecord } from './reference';
import { referenceLists } from './reference';
import { RAW_STATUSES, WAREHOUSE_CUSTOMERS } from './seed';
import type { Order, OrderLineItem, OrderStatus, ShipToAddress, TrackstarTag } from './types';
import { ORDER_STATUSES, isTrackstarDate } from './types';

/** `detail.json` of a 422: field path (dotted, list indexes as numbers) to messages. */
export type BodyErrors = Record<string, string[]>;

const STRING_FIELDS = [
	'warehouse_customer_id',
	'reference_id',
	'order_number',
	'channel',
	'trading_partner',
	'shipping_method_id',
	'shipping_method',
	'shipping_method_name',
	'service_level',
	'invoice_currency_code',
] as const;
const NUMBER_FIELDS = ['total_price', 'total_tax', 'total_discount', 'total_shipping'] as const;

/** Fields of the update body the sandbox knows: the base schema's plus the newer docs' ones. */
export const UPDATE_FIELDS: readonly string[] = [
	...STRING_FIELDS,
	...NUMBER_FIELDS,
	'trackstar_tags',
	'tags',
	'channel_object',
	'ship_to_address',
	'line_items',
	'status',
	'required_ship_date',
];
const KNOWN_FIELDS = new Set(UPDATE_FIELDS);

export const ADDRESS_FIELDS = [
	'full_name',
	'company',
	'address1',
	'address2',
	'address3',
	'city',
	'state',
	'postal_code',
	'country',
] as const;
export const LINE_ITEM_FIELDS = [
	'product_id',
	'sku',
	'quantity',
	'unit_price',
	'discount_amount',
] as const;

/** The fields an address and a line item may carry: the sandbox's own, or an integration's too. */
export interface NestedFields {
	address: readonly string[];
	lineItem: readonly string[];
}

/** The address fields an order has: an integration's others (Ongoing's customer_number) are taken, not kept. */
const ORDER_ADDRESS_FIELDS: ReadonlySet<string> = new Set([
	...ADDRESS_FIELDS,
	'phone_number',
	'email_address',
]);

export const SANDBOX_NESTED_FIELDS: NestedFields = {
	address: ADDRESS_FIELDS,
	lineItem: LINE_ITEM_FIELDS,
};

export const EMPTY_VALUE_MESSAGE =
	'Field may not be null, "", "null" or "none": omit the field to leave it unchanged.';

function addError(errors: BodyErrors, path: string, message: string) {
	(errors[path] ??= []).push(message);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmptyValue(value: unknown): boolean {
	if (value === null || value === '') return true;
	if (typeof value !== 'string') return false;
	const lower = value.toLowerCase();
	return lower === 'null' || lower === 'none';
}

/** Trackstar's write rule, at any depth: null, "", "null" and "none" are refused. */
export function findEmptyValues(value: unknown, path: string, errors: BodyErrors): void {
	if (isEmptyValue(value)) {
		addError(errors, path, EMPTY_VALUE_MESSAGE);
		return;
	}
	if (Array.isArray(value)) {
		value.forEach((entry, index) => findEmptyValues(entry, `${path}.${index}`, errors));
	} else if (isPlainObject(value)) {
		for (const [key, entry] of Object.entries(value))
			findEmptyValues(entry, `${path}.${key}`, errors);
	}
}

function checkString(value: unknown, path: string, errors: BodyErrors): boolean {
	if (typeof value === 'string') return true;
	addError(errors, path, 'Not a valid string.');
	return false;
}

function checkNumber(value: unknown, path: string, errors: BodyErrors): boolean {
	if (typeof value === 'number' && Number.isFinite(value)) return true;
	addError(errors, path, 'Not a valid number.');
	return false;
}

function checkTags(value: unknown, path: string, errors: BodyErrors) {
	if (!Array.isArray(value)) {
		addError(errors, path, 'Not a valid list.');
		return;
	}
	value.forEach((tag, index) => {
		const ok =
			typeof tag === 'string' ||
			(isPlainObject(tag) &&
				Object.keys(tag).length === 1 &&
				typeof Object.values(tag)[0] === 'string');
		if (!ok) {
			addError(
				errors,
				`${path}.${index}`,
				'A tag is a string or an object with one key-value pair.',
			);
		}
	});
}

function checkLineItems(
	value: unknown,
	path: string,
	errors: BodyErrors,
	fields: readonly string[],
) {
	if (!Array.isArray(value)) {
		addError(errors, path, 'Not a valid list.');
		return;
	}
	if (value.length === 0) addError(errors, path, 'Give at least one line item.');
	value.forEach((item, index) => {
		const itemPath = `${path}.${index}`;
		if (!isPlainObject(item)) {
			addError(errors, itemPath, 'Not a valid object.');
			return;
		}
		for (const [key, entry] of Object.entries(item)) {
			const entryPath = `${itemPath}.${key}`;
			if (!fields.includes(key)) addError(errors, entryPath, 'Unknown field.');
			else if (key === 'product_id' || key === 'sku') checkString(entry, entryPath, errors);
			else if (key === 'quantity') {
				if (typeof entry !== 'number' || !Number.isInteger(entry)) {
					addError(errors, entryPath, 'Not a valid integer.');
				} else if (entry < 1) addError(errors, entryPath, 'Must be greater than or equal to 1.');
			} else if ((LINE_ITEM_FIELDS as readonly string[]).includes(key))
				checkNumber(entry, entryPath, errors);
		}
		if (item.quantity === undefined)
			addError(errors, `${itemPath}.quantity`, 'Missing data for required field.');
		if (item.sku === undefined && item.product_id === undefined) {
			addError(errors, itemPath, 'Give sku or product_id to identify the product.');
		}
	});
}

function checkAddress(value: unknown, path: string, errors: BodyErrors, fields: readonly string[]) {
	if (!isPlainObject(value)) {
		addError(errors, path, 'Not a valid object.');
		return;
	}
	for (const [key, entry] of Object.entries(value)) {
		if (!fields.includes(key)) addError(errors, `${path}.${key}`, 'Unknown field.');
		else checkString(entry, `${path}.${key}`, errors);
	}
}

function checkChannelObject(value: unknown, path: string, errors: BodyErrors) {
	if (!isPlainObject(value)) {
		addError(errors, path, 'Not a valid object.');
		return;
	}
	const keys = Object.keys(value);
	if (keys.length !== 1 || (keys[0] !== 'channel_id' && keys[0] !== 'channel_name')) {
		addError(errors, path, 'Give exactly one of {"channel_id": ...} or {"channel_name": ...}.');
		return;
	}
	checkString(value[keys[0]], `${path}.${keys[0]}`, errors);
}

export type BodyCheck =
	| { ok: true; body: Record<string, unknown> }
	| { ok: false; errors: BodyErrors };

/**
 * Validates an update body (already parsed JSON, or undefined / raw text when it was not JSON).
 * An address or line item field outside `nested` is refused.
 */
export function validateUpdateBody(
	body: unknown,
	nested: NestedFields = SANDBOX_NESTED_FIELDS,
): BodyCheck {
	const errors: BodyErrors = Object.create(null) as BodyErrors; // names come from clients
	if (!isPlainObject(body)) {
		addError(errors, '_schema', 'The request body must be a JSON object.');
		return { ok: false, errors };
	}
	for (const [field, value] of Object.entries(body)) {
		if (isEmptyValue(value)) {
			addError(errors, field, EMPTY_VALUE_MESSAGE);
			continue;
		}
		const before = Object.keys(errors).length;
		findEmptyValues(value, field, errors);
		if (Object.keys(errors).length > before || !KNOWN_FIELDS.has(field)) continue;

		if ((STRING_FIELDS as readonly string[]).includes(field)) checkString(value, field, errors);
		else if ((NUMBER_FIELDS as readonly string[]).includes(field))
			checkNumber(value, field, errors);
		else if (field === 'status') {
			if (!(ORDER_STATUSES as readonly unknown[]).includes(value)) {
				addError(errors, field, `Must be one of: ${ORDER_STATUSES.join(', ')}.`);
			}
		} else if (field === 'required_ship_date') {
			if (typeof value !== 'string' || !isTrackstarDate(value)) {
				addError(errors, field, 'Not a valid datetime. Use the format YYYY-MM-DDTHH:MM:SSZ.');
			}
		} else if (field === 'tags' || field === 'trackstar_tags') checkTags(value, field, errors);
		else if (field === 'line_items') checkLineItems(value, field, errors, nested.lineItem);
		else if (field === 'ship_to_address') checkAddress(value, field, errors, nested.address);
		else if (field === 'channel_object') checkChannelObject(value, field, errors);
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, body };
}

/** A one-line summary of body errors for the `error` field of a 422. */
export function describeErrors(errors: Record<string, string[]>, what: string): string {
	const entries = Object.entries(errors);
	const [path, messages] = entries[0];
	const more = entries.length > 1 ? ` (and ${entries.length - 1} more)` : '';
	return `Invalid ${what}: ${path === '_schema' ? '' : `${path}: `}${messages[0]}${more}`;
}

// ---------------------------------------------------------------------------------------------
// Applying writes

const ALL_PRODUCTS = WAREHOUSE_CUSTOMERS.flatMap((customer) => customer.products);

function tagToString(tag: TrackstarTag): string {
	if (typeof tag === 'string') return tag;
	const [[key, value]] = Object.entries(tag);
	return `${key}:${value}`;
}

function toLineItem(item: Record<string, unknown>, order: Order): OrderLineItem {
	const sku = item.sku as string | undefined;
	const productId = item.product_id as string | undefined;
	const existing = order.line_items.find(
		(line) =>
			(sku !== undefined && line.sku === sku) ||
			(productId !== undefined && line.product_id === productId),
	);
	const known = ALL_PRODUCTS.find(
		(entry) =>
			(sku !== undefined && entry.sku === sku) ||
			(productId !== undefined && entry.product_id === productId),
	);
	return {
		product_id: productId ?? existing?.product_id ?? known?.product_id ?? `sku:${sku}`,
		sku: sku ?? existing?.sku ?? known?.sku ?? null,
		quantity: item.quantity as number,
		unit_price:
			(item.unit_price as number | undefined) ??
			existing?.unit_price ??
			(known ? known.priceCents / 100 : null),
		is_picked: false,
		discount_amount: (item.discount_amount as number | undefined) ?? 0,
	};
}

export interface UpdateOutcome {
	order: Order;
	/** Body fields the simulated WMS did not use, in body order. */
	unusedFields: string[];
}

/**
 * The reference lists a write resolves channels and shipping methods against: the ones the
 * sandbox serves (GET /wms/orders/channels, /wms/shipping-methods), so an order names only what
 * those lists say.
 */
export interface WriteCatalog {
	channels: ReadonlyArray<Pick<OrderChannelRecord, 'id' | 'name'>>;
	shippingMethods: ReadonlyArray<
		Pick<
			ShippingMethodRecord,
			'id' | 'name' | 'carrier_id' | 'carrier_name' | 'scac' | 'additional_fields'
		>
	>;
}

/** The seed's channels and nine shipping methods. */
export const SEED_CATALOG: WriteCatalog = referenceLists(new Date(0));

function slugId(name: string): string {
	return name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
}

/**
 * Sets channel, channel_object.channel_id and channel_object.channel_name together, from a
 * channel ID or name (`channel_object` wins over the deprecated `channel`, an ID): a listed channel gives both; an unknown ID has no name, an unknown name
 * gets an ID made from it.
 */
function applyChannel(
	order: Order,
	given: { channel_id?: string; channel_name?: string },
	catalog: WriteCatalog,
): void {
	let id: string;
	let name: string | null;
	if (given.channel_id !== undefined) {
		id = given.channel_id;
		name = catalog.channels.find((entry) => entry.id === id)?.name ?? null;
	} else {
		const wanted = (given.channel_name as string).toLowerCase();
		const known = catalog.channels.find((entry) => entry.name?.toLowerCase() === wanted);
		id = known?.id ?? slugId(given.channel_name as string);
		name = known?.name ?? (given.channel_name as string);
	}
	order.channel = id;
	order.channel_object = { channel_id: id, channel_name: name };
}

/**
 * Sets every field Trackstar derives from the shipping method at once: shipping_method_id,
 * shipping_method (the same ID, as the seed writes it), shipping_method_name, carrier_id,
 * carrier_name, scac, and service_level (unless the body gives one). shipping_method_id wins
 * over the deprecated shipping_method (an ID too), which wins over shipping_method_name, as
 * Trackstar documents. A listed method fills them
 * all; an unknown one keeps what was given and clears the carrier rather than leave another
 * method's.
 */
function applyShippingMethod(
	order: Order,
	used: ReadonlyMap<string, unknown>,
	catalog: WriteCatalog,
): void {
	const id = (used.get('shipping_method_id') ?? used.get('shipping_method')) as string | undefined;
	const name = used.get('shipping_method_name') as string | undefined;
	if (id !== undefined || name !== undefined) {
		const method =
			id !== undefined
				? catalog.shippingMethods.find((entry) => entry.id === id)
				: catalog.shippingMethods.find(
						(entry) => entry.name.toLowerCase() === (name as string).toLowerCase(),
					);
		if (method) {
			order.shipping_method_id = method.id;
			order.shipping_method = method.id;
			order.shipping_method_name = method.name;
			order.carrier_id = method.carrier_id;
			order.carrier_name = method.carrier_name;
			order.scac = method.scac;
			const level = (method.additional_fields as { service_level?: unknown } | null)?.service_level;
			if (typeof level === 'string') order.service_level = level;
		} else {
			order.shipping_method_id = id ?? null;
			order.shipping_method = id ?? null;
			order.shipping_method_name = name ?? null;
			order.carrier_id = null;
			order.carrier_name = null;
			order.scac = null;
		}
	}
	if (used.has('service_level')) order.service_level = used.get('service_level') as string;
}

/** A field only this WMS knows: `warehouse_id` is the order's own, the rest land in additional_fields. */
function applyIntegrationField(order: Order, field: string, value: unknown): void {
	if (field === 'warehouse_id') order.warehouse_id = String(value);
	else order.additional_fields = { ...order.additional_fields, [field]: value };
}

/**
 * Applies a validated body to a copy of the order, as the simulated WMS does. Unknown fields and
 * `ignoredFields` are not applied and come back in `unusedFields`. `now` becomes updated_date and
 * trackstar_updated_date.
 */
export function applyOrderUpdate(
	order: Order,
	body: Record<string, unknown>,
	ignoredFields: ReadonlySet<string>,
	now: string,
	integrationFields: readonly string[] = [],
	catalog: WriteCatalog = SEED_CATALOG,
): UpdateOutcome {
	const next: Order = structuredClone(order);
	const unusedFields: string[] = [];
	const used = new Map<string, unknown>();
	for (const [field, value] of Object.entries(body)) {
		if (ignoredFields.has(field)) unusedFields.push(field);
		else if (integrationFields.includes(field)) applyIntegrationField(next, field, value);
		else if (!KNOWN_FIELDS.has(field)) unusedFields.push(field);
		else used.set(field, value);
	}

	for (const [field, value] of used) {
		switch (field) {
			case 'warehouse_customer_id':
			case 'reference_id':
			case 'order_number':
			case 'trading_partner':
			case 'invoice_currency_code':
				next[field] = value as string;
				break;
			case 'total_price':
			case 'total_tax':
			case 'total_discount':
			case 'total_shipping':
				next[field] = value as number;
				break;
			case 'status': {
				const status = value as OrderStatus;
				next.status = status;
				next.raw_status = RAW_STATUSES[status][0];
				break;
			}
			case 'required_ship_date':
				next.required_ship_date = value as string;
				break;
			case 'tags':
				next.tags = (value as TrackstarTag[]).map(tagToString);
				break;
			case 'trackstar_tags':
				next.trackstar_tags = structuredClone(value as TrackstarTag[]);
				break;
			case 'line_items':
				next.line_items = (value as Array<Record<string, unknown>>).map((item) =>
					toLineItem(item, order),
				);
				break;
			case 'ship_to_address': {
				const given = Object.entries(value as Partial<ShipToAddress>).filter(([key]) =>
					ORDER_ADDRESS_FIELDS.has(key),
				);
				next.ship_to_address = { ...next.ship_to_address, ...Object.fromEntries(given) };
				break;
			}
		}
	}
	const channel =
		used.get('channel_object') ??
		(used.has('channel') ? { channel_id: used.get('channel') } : undefined);
	if (channel !== undefined) applyChannel(next, channel as { channel_id?: string }, catalog);
	applyShippingMethod(next, used, catalog);
	next.updated_date = now;
	next.trackstar_updated_date = now;
	return { order: next, unusedFields };
}

const NOT_UPDATABLE: ReadonlySet<OrderStatus> = new Set(['cancelled', 'fulfilled']);
const NOT_CANCELLABLE: ReadonlySet<OrderStatus> = new Set([
	'cancelled',
	'fulfilled',
	'partially_fulfilled',
]);

/** Why the WMS refuses to update this order, or undefined when it accepts. */
export function updateRefusal(order: Order): string | undefined {
	if (!NOT_UPDATABLE.has(order.status)) return undefined;
	return `Order ${order.id} is ${order.status} and can no longer be updated`;
}

/** Why the WMS refuses to cancel this order, or undefined when it accepts. */
export function cancelRefusal(order: Order): string | undefined {
	if (!NOT_CANCELLABLE.has(order.status)) return undefined;
	if (order.status === 'cancelled') return `Order ${order.id} is already cancelled`;
	const status = order.status;
	return `Order ${order.id} is ${status} and can no longer be cancelled: it has already shipped`;
}

export function applyCancel(order: Order, now: string): Order {
	return {
		...structuredClone(order),
		status: 'cancelled',
		raw_status: RAW_STATUSES.cancelled[0],
		updated_date: now,
		trackstar_updated_date: now,
	};
}

// ---------------------------------------------------------------------------------------------
// Create and Trackstar tags

const EMPTY_ADDRESS: ShipToAddress = {
	full_name: null,
	company: null,
	address1: null,
	address2: null,
	address3: null,
	city: null,
	state: null,
	postal_code: null,
	country: null,
	phone_number: null,
	email_address: null,
};

/** The record a new order starts from, before the create body is applied. */
function blankOrder(id: string, now: string): Order {
	return {
		id,
		warehouse_customer_id: null,
		warehouse_id: null,
		created_date: now,
		updated_date: now,
		reference_id: id,
		order_number: id,
		status: 'open',
		raw_status: RAW_STATUSES.open[0],
		channel: null,
		channel_object: null,
		type: 'd2c',
		trading_partner: null,
		shipping_method: null,
		service_level: null,
		shipping_method_id: null,
		shipping_method_name: null,
		carrier_id: null,
		carrier_name: null,
		scac: null,
		is_third_party_freight: null,
		third_party_freight_account_number: null,
		first_party_freight_account_number: null,
		invoice_currency_code: 'USD',
		total_price: null,
		total_tax: null,
		total_discount: null,
		total_shipping: null,
		ship_to_address: { ...EMPTY_ADDRESS },
		line_items: [],
		tags: [],
		required_ship_date: null,
		saturday_delivery: null,
		signature_required: null,
		international_duty_paid_by: null,
		shipments: [],
		external_system_url: null,
		trackstar_tags: null,
		additional_fields: {},
		trackstar_created_date: now,
		trackstar_updated_date: now,
	};
}

/**
 * A new order from a validated create body: the fields of the WMS's create schema (`accepted`)
 * are applied, its own extra fields kept, anything else reported unused. order_number falls back
 * to reference_id and reference_id to the id, as Trackstar documents.
 */
export function createOrderFrom(
	body: Record<string, unknown>,
	id: string,
	now: string,
	accepted: ReadonlySet<string>,
	integrationFields: readonly string[],
	catalog: WriteCatalog = SEED_CATALOG,
): UpdateOutcome {
	const applicable: Record<string, unknown> = {};
	const unusedFields: string[] = [];
	for (const [field, value] of Object.entries(body)) {
		if (accepted.has(field)) applicable[field] = value;
		else unusedFields.push(field);
	}
	const outcome = applyOrderUpdate(
		blankOrder(id, now),
		applicable,
		new Set(),
		now,
		integrationFields,
		catalog,
	);
	const order = outcome.order;
	if (applicable.reference_id !== undefined && applicable.order_number === undefined) {
		order.order_number = order.reference_id;
	}
	return { order, unusedFields: [...unusedFields, ...outcome.unusedFields] };
}

/** Validates PUT /wms/orders/{order_id}/trackstar-tags: `trackstar_tags` is a list of tags. */
export function validateTagsBody(body: unknown): BodyCheck {
	const errors: BodyErrors = Object.create(null) as BodyErrors;
	if (!isPlainObject(body)) {
		addError(errors, '_schema', 'The request body must be a JSON object.');
		return { ok: false, errors };
	}
	if (body.trackstar_tags === undefined) {
		addError(errors, 'trackstar_tags', 'Missing data for required field.');
	} else {
		findEmptyValues(body.trackstar_tags, 'trackstar_tags', errors);
		if (Object.keys(errors).length === 0) checkTags(body.trackstar_tags, 'trackstar_tags', errors);
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, body };
}

export function applyTrackstarTags(order: Order, tags: TrackstarTag[], now: string): Order {
	return {
		...structuredClone(order),
		trackstar_tags: structuredClone(tags),
		trackstar_updated_date: now,
	};
}
