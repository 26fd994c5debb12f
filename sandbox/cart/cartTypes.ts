/**
 * The Cart API's records, as Trackstar's OpenAPI document writes them (CartOrderSchema,
 * CartProductSchema, CartWarehouseSchema), plus `trackstar_tags`, which the newer Trackstar Tags
 * guide says every tagged record answers (how-to-guides/trackstar-tags.mdx).
 */
import type { ShipToAddress, TrackstarTag } from '../types';

export const CART_ORDER_STATUSES = [
	'open',
	'confirmed',
	'processing',
	'partially_fulfilled',
	'fulfilled',
	'exception',
	'cancelled',
	'backordered',
	'other',
] as const;
export type CartOrderStatus = (typeof CART_ORDER_STATUSES)[number];

export interface CartAddress {
	address1: string | null;
	address2: string | null;
	address3: string | null;
	city: string | null;
	state: string | null;
	postal_code: string | null;
	country: string | null;
}

export interface CartWarehouse {
	id: string;
	created_date: string;
	updated_date: string;
	name: string;
	code: string | null;
	address: CartAddress;
	trackstar_tags: TrackstarTag[];
}

export interface CartProduct {
	id: string;
	created_date: string;
	updated_date: string;
	name: string;
	sku: string | null;
	/** A variant's parent; a parent product's own ID. */
	parent_product_id: string;
	is_kit: boolean;
	active: boolean;
	price: number | null;
	unit_cost: number | null;
	inventory: number | null;
	inventory_by_warehouse_id: Record<string, number>;
	tags: string[];
	external_system_url: string | null;
	additional_fields: Record<string, unknown>;
	trackstar_tags: TrackstarTag[];
}

export interface CartOrderLineItem {
	line_item_id: string;
	product_id: string;
	product_sku: string | null;
	parent_product_id: string | null;
	parent_product_sku: string | null;
	quantity: number;
	unit_price: number | null;
	discount: number | null;
	tax: number | null;
}

export interface CartOrderShipment {
	shipment_id: string;
	raw_status: string | null;
	status: 'open' | 'shipped' | 'delivered' | 'cancelled' | 'exception' | 'on_hold' | 'other' | null;
	warehouse_id: string | null;
	shipping_method_id: string | null;
	shipping_method_name: string | null;
	carrier_id: string | null;
	carrier_name: string | null;
	tracking_number: string | null;
	tracking_url: string | null;
	line_items: Array<{
		shipment_line_item_id: string;
		product_id: string;
		product_sku: string | null;
		parent_product_id: string | null;
		parent_product_sku: string | null;
		quantity: number;
	}>;
	shipping_groups: string[];
	created_date: string | null;
	updated_date: string | null;
}

export interface CartOrder {
	id: string;
	order_number: string;
	created_date: string;
	updated_date: string;
	status: CartOrderStatus;
	raw_status: string | null;
	requested_shipping_method: string | null;
	shipping_method_id: string | null;
	shipping_method_name: string | null;
	carrier_id: string | null;
	carrier_name: string | null;
	invoice_currency_code: string;
	total_price: number | null;
	total_tax: number | null;
	total_discount: number | null;
	total_shipping: number | null;
	ship_to_address: ShipToAddress;
	bill_to_address: Omit<ShipToAddress, 'company' | 'phone_number' | 'email_address'>;
	earliest_ship_date: string | null;
	latest_ship_date: string | null;
	line_items: CartOrderLineItem[];
	shipping_groups: never[];
	shipments: CartOrderShipment[];
	external_system_url: string | null;
	additional_fields: Record<string, unknown>;
	trackstar_tags: TrackstarTag[];
}
