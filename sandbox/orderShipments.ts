/**
 * Ship, Get Packs and Attach File of an order: `POST /wms/orders/{order_id}/shipments`,
 * `GET /wms/orders/{order_id}/packs`, `POST /wms/orders/{order_id}/file` (multipart).
 */
import { createHash } from 'node:crypto';

import type { Reply, SandboxRequest } from './http';
import { errorReply, jsonReply } from './http';
import type { MultipartBody } from './multipart';
import { isMultipartBody } from './multipart';
import type { RouteContext } from './routes';
import { WAREHOUSE_CUSTOMERS } from './seed';
import type { Order, OrderShipment, ShipmentPackage } from './types';
import { isTrackstarDate, toTrackstarDate } from './types';

const INVENTORY_BY_SKU = new Map(
	WAREHOUSE_CUSTOMERS.flatMap((customer) =>
		customer.products.map((product) => [product.sku, product.inventory_item_id] as const),
	),
);

/** Statuses an order can be shipped from: it is still to leave the warehouse. */
const SHIPPABLE = new Set([
	'open',
	'confirmed',
	'processing',
	'picked',
	'packed',
	'partially_fulfilled',
	'backordered',
	'exception',
	'other',
]);

const TEXT_FIELDS = [
	'tracking_number',
	'tracking_url',
	'carrier_id',
	'carrier',
	'shipping_method_id',
	'shipping_method',
	'warehouse_id',
];

function invalid(errors: Record<string, string[]>): Reply {
	const [path, messages] = Object.entries(errors)[0];
	return errorReply(422, `Invalid request body: ${path}: ${messages[0]}`, {
		detail: { json: errors },
	});
}

function hexId(seed: string): string {
	return createHash('sha256').update(seed).digest('hex').slice(0, 24);
}

/** Checks the body against Trackstar's base create-shipment schema (its fields' types), tracking number and shipped date required. */
function shipmentErrors(body: Record<string, unknown>): Record<string, string[]> {
	const errors: Record<string, string[]> = {};
	for (const field of TEXT_FIELDS) {
		if (body[field] !== undefined && (typeof body[field] !== 'string' || body[field] === ''))
			errors[field] = ['Not a valid string.'];
	}
	if (body.tracking_number === undefined)
		errors.tracking_number = ['Missing data for required field.'];
	if (body.shipped_date === undefined) errors.shipped_date = ['Missing data for required field.'];
	else if (typeof body.shipped_date !== 'string' || !isTrackstarDate(body.shipped_date))
		errors.shipped_date = ['Not a valid datetime.'];
	if (body.shipping_cost !== undefined && typeof body.shipping_cost !== 'number')
		errors.shipping_cost = ['Not a valid number.'];
	if (body.packages !== undefined) {
		if (!Array.isArray(body.packages)) errors.packages = ['Not a valid list.'];
		else
			body.packages.forEach((pack: unknown, index) => {
				const given = (pack ?? {}) as Record<string, unknown>;
				for (const field of ['package_id', 'tracking_number'])
					if (typeof given[field] !== 'string' || given[field] === '')
						errors[`packages.${index}.${field}`] = ['Missing data for required field.'];
			});
	}
	if (body.line_items !== undefined) {
		if (!Array.isArray(body.line_items)) errors.line_items = ['Not a valid list.'];
		else
			body.line_items.forEach((line: unknown, index) => {
				const given = (line ?? {}) as Record<string, unknown>;
				if (typeof given.sku !== 'string' && typeof given.product_id !== 'string')
					errors[`line_items.${index}.sku`] = ['Missing data for required field.'];
				if (!Number.isInteger(given.quantity) || (given.quantity as number) < 1)
					errors[`line_items.${index}.quantity`] = ['Must be greater than or equal to 1.'];
			});
	}
	return errors;
}

function shipmentOf(order: Order, body: Record<string, unknown>, now: string): OrderShipment {
	const lines = Array.isArray(body.line_items)
		? (body.line_items as Array<{ sku?: string; product_id?: string; quantity: number }>).map(
				(line) => {
					const sku =
						line.sku ??
						order.line_items.find((item) => item.product_id === line.product_id)?.sku ??
						null;
					return { sku, quantity: line.quantity, id: line.product_id };
				},
			)
		: order.line_items.map((line) => ({
				sku: line.sku,
				quantity: line.quantity,
				id: line.product_id,
			}));
	const shipmentLines = lines.map((line) => ({
		inventory_item_id: (line.sku && INVENTORY_BY_SKU.get(line.sku)) || line.id || line.sku || '',
		sku: line.sku,
		quantity: line.quantity,
		parent_product_id: null,
	}));
	const text = (field: string) =>
		typeof body[field] === 'string' ? (body[field] as string) : null;
	const given = Array.isArray(body.packages)
		? (body.packages as Array<{ package_id: string; tracking_number: string }>)
		: [
				{
					package_id: hexId(`package:${order.id}:${now}`),
					tracking_number: body.tracking_number as string,
				},
			];
	const packages: ShipmentPackage[] = given.map((pack, index) => ({
		package_id: pack.package_id,
		package_name: null,
		tracking_number: pack.tracking_number,
		tracking_url: text('tracking_url'),
		shipping_method: text('shipping_method_id') ?? order.shipping_method,
		carrier: text('carrier') ?? order.carrier_name,
		shipping_method_id: text('shipping_method_id') ?? order.shipping_method_id,
		shipping_method_name: text('shipping_method_id') ? null : order.shipping_method_name,
		carrier_id: text('carrier_id') ?? order.carrier_id,
		carrier_name: text('carrier_id') ? null : order.carrier_name,
		scac: text('carrier_id') ? null : order.scac,
		shipping_cost:
			index === 0 && typeof body.shipping_cost === 'number' ? body.shipping_cost : null,
		measurements: {
			length: null,
			width: null,
			height: null,
			unit: null,
			weight: null,
			weight_unit: null,
		},
		// The lines are spread over the packages as the seed does: line i in package i mod n.
		line_items: shipmentLines
			.filter((_, line) => line % given.length === index)
			.map((line) => ({ ...line, lot_id: null, expiration_date: null })),
	}));
	return {
		shipment_id: hexId(`shipment:${order.id}:${now}:${order.shipments.length}`),
		warehouse_id: text('warehouse_id') ?? order.warehouse_id ?? '',
		raw_status: 'Shipped',
		status: 'shipped',
		shipped_date: body.shipped_date as string,
		shipping_method: text('shipping_method_id') ?? order.shipping_method,
		line_items: shipmentLines,
		ship_to_address: order.ship_to_address,
		ship_from_address: {
			address1: null,
			address2: null,
			address3: null,
			city: null,
			state: null,
			postal_code: null,
			country: null,
		},
		packages,
	};
}

const KNOWN_FIELDS = new Set([
	...TEXT_FIELDS,
	'shipped_date',
	'shipping_cost',
	'packages',
	'line_items',
	'measurements',
]);

/** Ship: records the shipment on the order, which becomes fulfilled. */
export function shipOrder(context: RouteContext, request: SandboxRequest): Reply {
	const body = request.body;
	if (typeof body !== 'object' || body === null || Array.isArray(body))
		return invalid({ _schema: ['Invalid input type.'] });
	const given = body as Record<string, unknown>;
	const errors = shipmentErrors(given);
	if (Object.keys(errors).length > 0) return invalid(errors);
	const id = request.params.order_id;
	const order = context.store.get(id);
	if (!order) return errorReply(404, 'Order not found', { id });
	if (!SHIPPABLE.has(order.status))
		return errorReply(
			422,
			`Order ${order.order_number} is ${order.status} and cannot be shipped`,
			{},
			'integration',
		);
	const now = toTrackstarDate(context.clock());
	const shipped: Order = {
		...order,
		status: 'fulfilled',
		raw_status: 'Shipped',
		updated_date: now,
		trackstar_updated_date: now,
		shipments: [...order.shipments, shipmentOf(order, given, now)],
	};
	context.store.replace(shipped);
	const unusedFields = Object.keys(given).filter((field) => !KNOWN_FIELDS.has(field));
	return jsonReply({ data: shipped, id, unused_fields: unusedFields });
}

/** Get Packs: the packages of the order's shipments, in Trackstar's OrderPackSchema. */
export function orderPacks(context: RouteContext, request: SandboxRequest): Reply {
	const id = request.params.order_id;
	const order = context.store.get(id);
	if (!order) return errorReply(404, 'Order not found', { id });
	const packages = order.shipments.flatMap((shipment) => shipment.packages);
	return jsonReply({
		data: {
			packs: packages.map((pack) => ({
				pack_id: pack.package_id,
				measurements: pack.measurements,
				line_items: pack.line_items.map(({ inventory_item_id, sku, quantity }) => ({
					inventory_item_id,
					sku,
					quantity,
				})),
			})),
			carrier: order.carrier_name,
			carrier_id: order.carrier_id,
			carrier_name: order.carrier_name,
			scac: order.scac,
			shipping_method: order.shipping_method,
			shipping_method_id: order.shipping_method_id,
			shipping_method_name: order.shipping_method_name,
			ship_to_address: order.ship_to_address,
			order_line_items: order.line_items.map(({ product_id, sku, quantity }) => ({
				product_id,
				sku,
				quantity,
			})),
			additional_fields: {},
		},
	});
}

/** Attach File: a multipart body with a non-empty `file` part; the log keeps its name, type and size. */
export function attachOrderFile(context: RouteContext, request: SandboxRequest): Reply {
	if (!isMultipartBody(request.body)) {
		return errorReply(400, 'Expected a multipart/form-data body with a file part');
	}
	const body: MultipartBody = request.body;
	const file = body.files.find((part) => part.field === 'file');
	if (!file) return invalid({ file: ['Missing data for required field.'] });
	if (file.size === 0) return invalid({ file: ['The file is empty.'] });
	const id = request.params.order_id;
	if (!context.store.get(id)) return errorReply(404, 'Order not found', { id });
	const known = new Set(['file', 'file_name', 'file_url']);
	const unused = [...Object.keys(body.fields), ...body.files.map((part) => part.field)].filter(
		(field) => !known.has(field),
	);
	return jsonReply({ data: 'success', id, unused_fields: unused });
}
