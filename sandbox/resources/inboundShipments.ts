/**
 * GET and POST /wms/inbound-shipments, GET and PUT /wms/inbound-shipments/{inbound_shipment_id},
 * PUT …/receive, PUT …/trackstar-tags, GET /wms/inbound-shipments/suppliers and
 * GET /wms/inbound-shipments/meta?method=POST|PUT.
 *
 * Writes take the fields of the OpenAPI "Base Schema" (purchase_order_number, warehouse_id,
 * expected_arrival_date, line_items [{sku, expected_quantity}], supplier or supplier_object,
 * tracking_number, trackstar_tags); on create the first four are required, as the "WMS Sandbox"
 * variant and most WMSs require them; anything else comes back in `unused_fields`. A line's SKU
 * must be an inventory item's. The meta endpoint is in Trackstar's docs
 * (inbound-shipments/connection-meta.mdx) but not in the October 2025 document: it answers as
 * the products' and orders' meta do.
 *
 * Receive takes the base receipt body (line_items [{sku, quantity}], warehouse_location_id,
 * warehouse_id optional: the warehouse's receiving dock when absent). As a WMS would, it refuses
 * with a 422 naming the field: a cancelled or fully received shipment, a SKU not on the
 * shipment, and more than a line still expects (Trackstar's docs define received_quantity as
 * part of expected_quantity and say nothing of over-receipt, so it is not simulated). It raises
 * onhand, fulfillable and sellable of the items in the shipment's warehouse and location, writes
 * an `inbound_receipt` ledger entry per line, adds a receipt, and moves the status to
 * `receiving`, or `received` when every line is complete.
 */
import type { Reply, SandboxRequest } from '../http';
import { jsonReply } from '../http';
import type { MetaSchema, WriteMethod } from '../meta';
import { totalsOf } from '../seedCatalog';
import type { TrackstarTag } from '../types';
import { isTrackstarDate } from '../types';
import type { BodyErrors } from '../writes';
import { validateTagsBody } from '../writes';
import type { CatalogContext, CatalogResource, WritableSource } from './common';
import {
	addError,
	emptyValueErrors,
	integrationReply,
	isPlainObject,
	newErrors,
	notFoundReply,
	now,
	validationReply,
} from './common';
import type {
	InboundShipment,
	InboundShipmentLineItem,
	InboundSupplier,
} from './inboundShipmentTypes';
import { INBOUND_SHIPMENT_STATUSES } from './inboundShipmentTypes';
import type { ResourceFields } from './query';
import { DATE_OPERATORS, TEXT_OPERATORS, dateFields } from './query';
import { emptyAddress, inboundId } from './seedInboundShipments';

/** Filters of GET /wms/inbound-shipments (Trackstar's OpenAPI document). */
export const INBOUND_SHIPMENT_FILTER_FIELDS: ResourceFields<InboundShipment> = {
	...dateFields<InboundShipment>(),
	status: { kind: 'enum', operators: TEXT_OPERATORS, values: INBOUND_SHIPMENT_STATUSES },
	warehouse_customer_id: { kind: 'text', operators: TEXT_OPERATORS },
	warehouse_id: { kind: 'text', operators: ['eq', 'contains', 'not_contains'] },
	expected_arrival_date: {
		kind: 'date',
		operators: DATE_OPERATORS.filter((operator) => operator !== 'in' && operator !== 'nin'),
	},
	purchase_order_number: { kind: 'text', operators: TEXT_OPERATORS },
};

/** Filters of GET /wms/inbound-shipments/suppliers. */
export const SUPPLIER_FILTER_FIELDS: ResourceFields<InboundSupplier> = {
	...dateFields<InboundSupplier>(),
	warehouse_customer_id: { kind: 'text', operators: TEXT_OPERATORS },
};

export const INBOUND_SHIPMENT_RESOURCE: CatalogResource<
	InboundShipment,
	WritableSource<InboundShipment>
> = {
	what: 'Inbound shipment',
	idParam: 'inbound_shipment_id',
	fields: INBOUND_SHIPMENT_FILTER_FIELDS,
	records: (context) => context.catalog.inboundShipments,
};

export const SUPPLIER_RESOURCE: CatalogResource<InboundSupplier> = {
	what: 'Supplier',
	idParam: 'supplier_id',
	fields: SUPPLIER_FILTER_FIELDS,
	records: (context) => context.catalog.suppliers,
};

// ---------------------------------------------------------------------------------------------
// Meta

const text = (title: string, description: string) => ({ title, type: 'string', description });

const BASE_PROPERTIES = {
	purchase_order_number: text('purchase_order_number', 'The purchase order number.'),
	warehouse_id: text('warehouse_id', 'The warehouse receiving the shipment.'),
	expected_arrival_date: {
		...text('expected_arrival_date', 'When the shipment should reach the warehouse.'),
		format: 'date-time',
	},
	supplier: text('supplier', 'Deprecated in favor of supplier_object.'),
	supplier_object: {
		title: 'supplier_object',
		type: 'object',
		description: 'The supplier: supplier_id or supplier_name.',
	},
	tracking_number: text('tracking_number', 'Tracking number of the shipment.'),
	line_items: {
		title: 'line_items',
		type: 'array',
		description: 'The SKUs and quantities expected.',
		items: { $ref: '#/definitions/InboundLineItem' },
	},
	trackstar_tags: {
		title: 'trackstar_tags',
		type: 'array',
		description: 'Custom tags: strings or one-pair objects.',
		items: {},
	},
};

const LINE_DEFINITION = {
	type: 'object' as const,
	properties: {
		sku: text('sku', ''),
		expected_quantity: { title: 'expected_quantity', type: 'integer', description: '' },
	},
	required: ['sku', 'expected_quantity'],
};

const CREATE_REQUIRED = [
	'purchase_order_number',
	'warehouse_id',
	'expected_arrival_date',
	'line_items',
];

export function inboundShipmentMetaSchema(method: WriteMethod): MetaSchema {
	const name = method === 'POST' ? 'CreateInboundShipment' : 'UpdateInboundShipment';
	return {
		$schema: 'http://json-schema.org/draft-07/schema#',
		definitions: {
			[name]: {
				type: 'object',
				properties: structuredClone(BASE_PROPERTIES),
				required: method === 'POST' ? [...CREATE_REQUIRED] : [],
			},
			InboundLineItem: structuredClone(LINE_DEFINITION),
		},
		$ref: `#/definitions/${name}`,
	} as MetaSchema;
}

export function inboundShipmentMeta(request: SandboxRequest): Reply {
	const method = request.query.method;
	if (method !== 'POST' && method !== 'PUT') {
		const message =
			method === undefined ? 'Missing data for required field.' : 'Must be one of: POST, PUT.';
		return validationReply('query', { method: [message] });
	}
	return jsonReply(inboundShipmentMetaSchema(method));
}

// ---------------------------------------------------------------------------------------------
// Create and Update

const WRITE_FIELDS = Object.keys(BASE_PROPERTIES);

type Check = { ok: true; body: Record<string, unknown> } | { ok: false; errors: BodyErrors };

function checkLineItems(
	value: unknown,
	field: string,
	quantityField: string,
	errors: BodyErrors,
): void {
	if (!Array.isArray(value)) return addError(errors, field, 'Not a valid list.');
	if (value.length === 0) return addError(errors, field, 'Shorter than minimum length 1.');
	value.forEach((line, index) => {
		const path = `${field}.${index}`;
		if (!isPlainObject(line)) return addError(errors, path, 'Not a valid object.');
		if (typeof line.sku !== 'string') {
			addError(
				errors,
				`${path}.sku`,
				line.sku === undefined ? 'Missing data for required field.' : 'Not a valid string.',
			);
		}
		const quantity = line[quantityField];
		if (quantity === undefined)
			addError(errors, `${path}.${quantityField}`, 'Missing data for required field.');
		else if (typeof quantity !== 'number' || !Number.isInteger(quantity))
			addError(errors, `${path}.${quantityField}`, 'Not a valid integer.');
		else if (quantity < 1)
			addError(errors, `${path}.${quantityField}`, 'Must be greater than or equal to 1.');
	});
}

function validateWriteBody(body: unknown, method: WriteMethod): Check {
	const errors = newErrors();
	if (!isPlainObject(body)) {
		addError(errors, '_schema', 'The request body must be a JSON object.');
		return { ok: false, errors };
	}
	emptyValueErrors(body, errors);
	for (const [field, value] of Object.entries(body)) {
		if (errors[field] !== undefined || !WRITE_FIELDS.includes(field)) continue;
		if (field === 'line_items') checkLineItems(value, field, 'expected_quantity', errors);
		else if (field === 'trackstar_tags') {
			const tags = validateTagsBody({ trackstar_tags: value });
			if (!tags.ok) Object.assign(errors, tags.errors);
		} else if (field === 'supplier_object') {
			const keys = isPlainObject(value) ? Object.keys(value) : [];
			const [key] = keys;
			if (
				keys.length !== 1 ||
				!['supplier_id', 'supplier_name'].includes(key) ||
				typeof (value as Record<string, unknown>)[key] !== 'string'
			) {
				addError(errors, field, 'Must be {"supplier_id": "..."} or {"supplier_name": "..."}.');
			}
		} else if (typeof value !== 'string') addError(errors, field, 'Not a valid string.');
		else if (field === 'expected_arrival_date' && !isTrackstarDate(value))
			addError(errors, field, 'Not a valid datetime (YYYY-MM-DDTHH:MM:SSZ).');
	}
	if (body.supplier !== undefined && body.supplier_object !== undefined)
		addError(errors, 'supplier', 'Give supplier_object or supplier, not both.');
	if (method === 'POST') {
		for (const field of CREATE_REQUIRED)
			if (body[field] === undefined) addError(errors, field, 'Missing data for required field.');
	}
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, body };
}

const unusedFieldsOf = (body: Record<string, unknown>, accepted: readonly string[]) =>
	Object.keys(body).filter((field) => !accepted.includes(field));

/** The body's lines as the shipment's, or the WMS's refusal naming the SKU it does not know. */
function resolveLines(
	context: CatalogContext,
	given: Array<{ sku: string; expected_quantity: number }>,
): InboundShipmentLineItem[] | Reply {
	const lines: InboundShipmentLineItem[] = [];
	for (const [index, line] of given.entries()) {
		const item = context.catalog.inventory.all().find((candidate) => candidate.sku === line.sku);
		if (!item) {
			return integrationReply(`line_items.${index}.sku`, `No inventory item has SKU ${line.sku}.`);
		}
		const same = lines.find((existing) => existing.inventory_item_id === item.id);
		if (same) same.expected_quantity += line.expected_quantity;
		else
			lines.push({
				inventory_item_id: item.id,
				sku: item.sku,
				expected_quantity: line.expected_quantity,
				received_quantity: 0,
				unit_cost: item.unit_cost,
				external_id: null,
			});
	}
	return lines;
}

/** supplier_object and the deprecated supplier as the record carries them; a supplier ID must exist. */
function resolveSupplier(
	context: CatalogContext,
	body: Record<string, unknown>,
): Pick<InboundShipment, 'supplier' | 'supplier_object'> | Reply | undefined {
	const given = body.supplier_object as Record<string, string> | undefined;
	const name = (given?.supplier_name ?? body.supplier) as string | undefined;
	if (given?.supplier_id !== undefined) {
		const supplier = context.catalog.suppliers.get(given.supplier_id);
		if (!supplier)
			return integrationReply('supplier_object', `No supplier with ID ${given.supplier_id}.`);
		return {
			supplier: supplier.name,
			supplier_object: { supplier_id: supplier.id, supplier_name: supplier.name },
		};
	}
	if (name === undefined) return undefined;
	const known = context.catalog.suppliers.all().find((supplier) => supplier.name === name);
	return {
		supplier: name,
		supplier_object: known ? { supplier_id: known.id, supplier_name: known.name } : null,
	};
}

function checkWarehouse(context: CatalogContext, warehouseId: unknown): Reply | undefined {
	if (typeof warehouseId === 'string' && !context.catalog.warehouses.get(warehouseId))
		return validationReply('json', { warehouse_id: ['No warehouse with this ID.'] });
	return undefined;
}

const isReply = (value: unknown): value is Reply =>
	isPlainObject(value) && typeof value.status === 'number';

export function createInboundShipment(context: CatalogContext, request: SandboxRequest): Reply {
	const checked = validateWriteBody(request.body, 'POST');
	if (!checked.ok) return validationReply('json', checked.errors);
	const body = checked.body;
	const refused = checkWarehouse(context, body.warehouse_id);
	if (refused) return refused;
	const lines = resolveLines(context, body.line_items as never);
	if (isReply(lines)) return lines;
	const supplier = resolveSupplier(context, body);
	if (isReply(supplier)) return supplier;
	const { catalog } = context;
	const time = now(context);
	const id = inboundId(`${catalog.inboundShipments.size}:${time}:${JSON.stringify(body)}`);
	const owner = catalog.inventory.get(lines[0].inventory_item_id)?.warehouse_customer_id ?? null;
	const shipment: InboundShipment = {
		id,
		warehouse_customer_id: owner,
		created_date: time,
		updated_date: time,
		purchase_order_number: body.purchase_order_number as string,
		status: 'open',
		raw_status: 'OPEN',
		supplier: supplier?.supplier ?? null,
		supplier_object: supplier?.supplier_object ?? null,
		expected_arrival_date: body.expected_arrival_date as string,
		warehouse_id: body.warehouse_id as string,
		line_items: lines,
		receipts: [],
		ship_from_address: emptyAddress(),
		tracking_numbers: body.tracking_number === undefined ? [] : [body.tracking_number as string],
		notes: [],
		external_system_url: `https://wms.sandbox.example.com/inbound/${id}`,
		trackstar_tags: structuredClone((body.trackstar_tags as TrackstarTag[] | undefined) ?? []),
		additional_fields: {},
	};
	catalog.inboundShipments.add(shipment);
	return jsonReply({ data: shipment, id, unused_fields: unusedFieldsOf(body, WRITE_FIELDS) });
}

export function updateInboundShipment(context: CatalogContext, request: SandboxRequest): Reply {
	const id = request.params.inbound_shipment_id;
	const checked = validateWriteBody(request.body, 'PUT');
	if (!checked.ok) return validationReply('json', checked.errors);
	const { catalog } = context;
	const shipment = catalog.inboundShipments.get(id);
	if (!shipment) return notFoundReply('Inbound shipment', id);
	const body = checked.body;
	if (shipment.status === 'cancelled' || shipment.status === 'received') {
		return integrationReply(
			'status',
			`Inbound shipment ${id} is ${shipment.status}: it can no longer be changed.`,
		);
	}
	const refused = checkWarehouse(context, body.warehouse_id);
	if (refused) return refused;
	const next = structuredClone(shipment);
	if (body.line_items !== undefined) {
		if (shipment.receipts.length > 0) {
			return integrationReply(
				'line_items',
				`Inbound shipment ${id} has receipts: its lines can no longer be replaced.`,
			);
		}
		const lines = resolveLines(context, body.line_items as never);
		if (isReply(lines)) return lines;
		next.line_items = lines;
	}
	const supplier = resolveSupplier(context, body);
	if (isReply(supplier)) return supplier;
	if (supplier) Object.assign(next, supplier);
	for (const field of ['purchase_order_number', 'warehouse_id', 'expected_arrival_date'] as const)
		if (body[field] !== undefined) next[field] = body[field] as string;
	if (body.tracking_number !== undefined) next.tracking_numbers = [body.tracking_number as string];
	if (body.trackstar_tags !== undefined)
		next.trackstar_tags = structuredClone(body.trackstar_tags as TrackstarTag[]);
	next.updated_date = now(context);
	catalog.inboundShipments.replace(next);
	return jsonReply({ data: next, id, unused_fields: unusedFieldsOf(body, WRITE_FIELDS) });
}

// ---------------------------------------------------------------------------------------------
// Receive

const RECEIVE_FIELDS = ['line_items', 'warehouse_location_id', 'warehouse_id'];

function validateReceiveBody(body: unknown): Check {
	const errors = newErrors();
	if (!isPlainObject(body)) {
		addError(errors, '_schema', 'The request body must be a JSON object.');
		return { ok: false, errors };
	}
	emptyValueErrors(body, errors);
	if (body.line_items === undefined)
		addError(errors, 'line_items', 'Missing data for required field.');
	else if (errors.line_items === undefined)
		checkLineItems(body.line_items, 'line_items', 'quantity', errors);
	for (const field of ['warehouse_location_id', 'warehouse_id']) {
		if (body[field] !== undefined && errors[field] === undefined && typeof body[field] !== 'string')
			addError(errors, field, 'Not a valid string.');
	}
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, body };
}

export function receiveInboundShipment(context: CatalogContext, request: SandboxRequest): Reply {
	const id = request.params.inbound_shipment_id;
	const checked = validateReceiveBody(request.body);
	if (!checked.ok) return validationReply('json', checked.errors);
	const { catalog } = context;
	const shipment = catalog.inboundShipments.get(id);
	if (!shipment) return notFoundReply('Inbound shipment', id);
	const body = checked.body;
	if (shipment.status === 'cancelled' || shipment.status === 'received') {
		return integrationReply(
			'line_items',
			`Inbound shipment ${id} is ${shipment.status}: nothing more can be received on it.`,
		);
	}
	const warehouseId = (body.warehouse_id as string | undefined) ?? shipment.warehouse_id;
	if (warehouseId !== shipment.warehouse_id) {
		return integrationReply(
			'warehouse_id',
			`Inbound shipment ${id} arrives at warehouse ${String(shipment.warehouse_id)}, not ${warehouseId}.`,
		);
	}
	const givenLocation = body.warehouse_location_id as string | undefined;
	const location =
		givenLocation ??
		catalog.locations
			.all()
			.find((entry) => entry.warehouse_id === warehouseId && entry.type === 'receiving')?.id;
	if (location === undefined || catalog.locations.get(location)?.warehouse_id !== warehouseId) {
		return validationReply('json', {
			warehouse_location_id: [`No location with this ID in warehouse ${String(warehouseId)}.`],
		});
	}

	// Quantities per SKU: a SKU given twice is received once, summed.
	const wanted = new Map<string, number>();
	for (const line of body.line_items as Array<{ sku: string; quantity: number }>)
		wanted.set(line.sku, (wanted.get(line.sku) ?? 0) + line.quantity);
	const next = structuredClone(shipment);
	for (const [sku, quantity] of wanted) {
		const line = next.line_items.find((candidate) => candidate.sku === sku);
		if (!line) {
			return integrationReply('line_items', `SKU ${sku} is not on inbound shipment ${id}.`);
		}
		const left = line.expected_quantity - line.received_quantity;
		if (quantity > left) {
			return integrationReply(
				'line_items',
				`Cannot receive ${quantity} of SKU ${sku} on inbound shipment ${id}: ${line.received_quantity} of ${line.expected_quantity} expected are received, ${left} still to come.`,
			);
		}
		line.received_quantity += quantity;
	}

	const time = now(context);
	const receiptId = inboundId(`receipt:${id}:${next.receipts.length + 1}:${time}`);
	next.receipts.push({
		id: receiptId,
		arrived_date: time,
		line_items: [...wanted].map(([sku, quantity]) => ({
			inventory_item_id: next.line_items.find((line) => line.sku === sku)!.inventory_item_id,
			sku,
			quantity,
		})),
	});
	const complete = next.line_items.every(
		(line) => line.received_quantity >= line.expected_quantity,
	);
	next.status = complete ? 'received' : 'receiving';
	next.raw_status = next.status.toUpperCase();
	next.updated_date = time;
	for (const received of next.receipts[next.receipts.length - 1].line_items)
		stockIn(context, received.inventory_item_id, received.quantity, warehouseId!, location, {
			shipmentId: id,
			time,
		});
	catalog.inboundShipments.replace(next);
	return jsonReply({
		data: next,
		id,
		unused_fields: unusedFieldsOf(body, RECEIVE_FIELDS),
	});
}

/** Received units on hand and fulfillable in the warehouse and location, with their ledger entry. */
function stockIn(
	context: CatalogContext,
	itemId: string,
	quantity: number,
	warehouseId: string,
	locationId: string,
	source: { shipmentId: string; time: string },
): void {
	const { catalog } = context;
	const item = catalog.inventory.get(itemId);
	if (!item) return;
	const next = structuredClone(item);
	const stock = (next.inventory_by_warehouse_id[warehouseId] ??= {
		awaiting: 0,
		onhand: 0,
		committed: 0,
		unfulfillable: 0,
		fulfillable: 0,
		unsellable: 0,
		sellable: 0,
	});
	stock.onhand += quantity;
	stock.fulfillable += quantity;
	stock.sellable = stock.fulfillable;
	const entry = next.locations.find(
		(candidate) => candidate.location_id === locationId && candidate.warehouse_id === warehouseId,
	);
	if (entry) entry.quantity += quantity;
	else next.locations.push({ location_id: locationId, quantity, warehouse_id: warehouseId });
	// A lot-tracked item's lots hold its onhand: the units join a lot of the receipt's own.
	if (next.lots.length > 0) {
		next.lots.push({
			lot_id: `LOT-RCV-${inboundId(`lot:${source.shipmentId}:${source.time}`).slice(0, 6).toUpperCase()}`,
			onhand: quantity,
			expiration_date: null,
			warehouse_id: warehouseId,
		});
	}
	Object.assign(next, totalsOf(next.inventory_by_warehouse_id), { updated_date: source.time });
	catalog.inventory.replace(next);
	catalog.ledger.add({
		id: inboundId(`ledger:${catalog.ledger.size}:${itemId}:${source.time}`),
		created_date: source.time,
		updated_date: source.time,
		entry_date: source.time,
		inventory_item_id: itemId,
		sku: item.sku ?? '',
		quantity,
		raw_event_type: 'Receipt',
		event_type: 'inbound_receipt',
		reason: 'Received through the Trackstar API',
		object_id: source.shipmentId,
		object_type: 'inbound_shipment',
		warehouse_id: warehouseId,
		location_id: locationId,
		additional_fields: {},
	});
}
