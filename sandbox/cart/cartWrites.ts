/**
 * The Cart API's writes, as the "Cart Sandbox" integration of Trackstar's OpenAPI document takes
 * them: POST /cart/orders/{order_id}/shipments (tracking_number, tracking_url, carrier_name and
 * requested_shipping_method, all required) and PUT /cart/products/{product_id}/adjust-inventory
 * (adjustment_type and quantity; warehouse_id as the base schema takes it). Fields outside the
 * schema come back in `unused_fields`, as the WMS writes' do.
 */
import type { Reply, SandboxRequest } from '../http';
import { jsonReply } from '../http';
import type { CatalogContext } from '../resources/common';
import {
	addError,
	emptyValueErrors,
	integrationReply,
	isPlainObject,
	newErrors,
	notFoundReply,
	now,
	validationReply,
} from '../resources/common';
import type { CartStore } from './cartRoutes';
import type { CartOrder, CartProduct } from './cartTypes';

const SHIPMENT_FIELDS = [
	'tracking_number',
	'tracking_url',
	'carrier_name',
	'requested_shipping_method',
];
const ADJUST_FIELDS = ['adjustment_type', 'quantity', 'warehouse_id'];
const MISSING = 'Missing data for required field.';

const unused = (body: Record<string, unknown>, known: string[]) =>
	Object.keys(body).filter((field) => !known.includes(field));

export function createCartShipment(
	context: CatalogContext,
	cart: CartStore,
	request: SandboxRequest,
): Reply {
	const id = request.params.order_id;
	const body = request.body;
	if (!isPlainObject(body)) return validationReply('json', { _schema: ['Invalid input type.'] });
	const errors = newErrors();
	emptyValueErrors(body, errors);
	for (const field of SHIPMENT_FIELDS) {
		if (body[field] === undefined) addError(errors, field, MISSING);
		else if (typeof body[field] !== 'string') addError(errors, field, 'Not a valid string.');
	}
	if (Object.keys(errors).length > 0) return validationReply('json', errors);
	const order = cart.orders.get(id);
	if (!order) return notFoundReply('Order', id);
	if (order.status === 'cancelled') {
		return integrationReply(
			'order_id',
			`Order ${order.order_number} is cancelled: it cannot ship.`,
		);
	}
	const date = now(context);
	const text = (field: string) => body[field] as string;
	const next: CartOrder = {
		...structuredClone(order),
		status: 'fulfilled',
		updated_date: date,
		carrier_name: text('carrier_name'),
		shipments: [
			...order.shipments,
			{
				shipment_id: `shp_${id}_${order.shipments.length + 1}`,
				raw_status: 'success',
				status: 'shipped',
				warehouse_id: null,
				shipping_method_id: null,
				shipping_method_name: text('requested_shipping_method'),
				carrier_id: null,
				carrier_name: text('carrier_name'),
				tracking_number: text('tracking_number'),
				tracking_url: text('tracking_url'),
				line_items: order.line_items.map((item) => ({
					shipment_line_item_id: `${item.line_item_id}-s${order.shipments.length + 1}`,
					product_id: item.product_id,
					product_sku: item.product_sku,
					parent_product_id: item.parent_product_id,
					parent_product_sku: item.parent_product_sku,
					quantity: item.quantity,
				})),
				shipping_groups: [],
				created_date: date,
				updated_date: date,
			},
		],
	};
	cart.orders.replace(next);
	return jsonReply({ data: next, id, unused_fields: unused(body, SHIPMENT_FIELDS) });
}

export function adjustCartInventory(
	context: CatalogContext,
	cart: CartStore,
	request: SandboxRequest,
): Reply {
	const id = request.params.product_id;
	const body = request.body;
	if (!isPlainObject(body)) return validationReply('json', { _schema: ['Invalid input type.'] });
	const errors = newErrors();
	emptyValueErrors(body, errors);
	if (body.adjustment_type === undefined) addError(errors, 'adjustment_type', MISSING);
	else if (!['increase', 'decrease'].includes(body.adjustment_type as string))
		addError(errors, 'adjustment_type', 'Must be one of: increase, decrease.');
	const quantity = body.quantity;
	if (quantity === undefined) addError(errors, 'quantity', MISSING);
	else if (!Number.isInteger(quantity) || (quantity as number) < 1)
		addError(errors, 'quantity', 'Must be a whole number of 1 or more.');
	if (body.warehouse_id !== undefined && typeof body.warehouse_id !== 'string')
		addError(errors, 'warehouse_id', 'Not a valid string.');
	if (Object.keys(errors).length > 0) return validationReply('json', errors);
	const product = cart.products.get(id);
	if (!product) return notFoundReply('Product', id);
	if (product.inventory === null) {
		return integrationReply(
			'product_id',
			`${product.name} is a parent product: its stock is its variants'. Adjust a variant.`,
		);
	}
	// Without a warehouse, the store's stock is its first warehouse's, as single-stock stores keep it.
	const warehouseId = (body.warehouse_id as string | undefined) ?? cart.warehouses.all()[0].id;
	if (!cart.warehouses.get(warehouseId)) {
		return validationReply('json', { warehouse_id: ['No warehouse with this ID.'] });
	}
	const held = product.inventory_by_warehouse_id[warehouseId] ?? 0;
	const change = body.adjustment_type === 'decrease' ? -(quantity as number) : (quantity as number);
	if (held + change < 0) {
		return integrationReply(
			'quantity',
			`Cannot decrease ${product.sku ?? product.id} by ${String(quantity)} in warehouse ${warehouseId}: it holds ${held}.`,
		);
	}
	const next: CartProduct = {
		...structuredClone(product),
		updated_date: now(context),
		inventory: product.inventory + change,
		inventory_by_warehouse_id: {
			...product.inventory_by_warehouse_id,
			[warehouseId]: held + change,
		},
	};
	cart.products.replace(next);
	return jsonReply({ data: next, id, unused_fields: unused(body, ADJUST_FIELDS) });
}
