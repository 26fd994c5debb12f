/**
 * Shapes of Trackstar's WMS catalog records as the sandbox serves them: InventorySchema,
 * InventoryLedgerSchema, ProductSchema and WarehouseLocationSchema of Trackstar's OpenAPI
 * document. Dates are `YYYY-MM-DDTHH:MM:SSZ`.
 */
import type { PackageMeasurements, TrackstarTag } from '../types';

/** Stock of one item in one warehouse. onhand = committed + unfulfillable + fulfillable. */
export interface InventoryInWarehouse {
	awaiting: number;
	onhand: number;
	committed: number;
	unfulfillable: number;
	fulfillable: number;
	/** Deprecated by Trackstar; always 0 here. */
	unsellable: number;
	/** Available in sales channels: the fulfillable quantity. */
	sellable: number;
}

export interface InventoryLot {
	lot_id: string;
	onhand: number;
	expiration_date: string | null;
	warehouse_id: string | null;
}

/** Trackstar's one measurements shape: products, inventory items, locations and packages. */
export type Measurements = PackageMeasurements;

export interface InventoryLocation {
	location_id: string;
	quantity: number;
	warehouse_id: string;
}

export interface InventoryItem extends InventoryInWarehouse {
	id: string;
	warehouse_customer_id: string | null;
	created_date: string;
	updated_date: string;
	name: string;
	sku: string | null;
	unit_cost: number | null;
	active: boolean;
	substitute_skus: string[];
	inventory_by_warehouse_id: Record<string, InventoryInWarehouse>;
	lots: InventoryLot[];
	measurements: Measurements;
	locations: InventoryLocation[];
	external_system_url: string | null;
	trackstar_tags: TrackstarTag[] | null;
	additional_fields: Record<string, unknown>;
}

export interface ProductInventoryItem {
	inventory_item_id: string;
	sku: string | null;
	unit_quantity: number;
}

export interface ProductSupplier {
	supplier_id: string;
	supplier_name: string | null;
}

export interface ProductSupplierProduct extends ProductSupplier {
	external_id: string | null;
	unit_cost: string | null;
}

export interface Product {
	id: string;
	warehouse_customer_id: string | null;
	created_date: string;
	updated_date: string;
	name: string;
	sku: string | null;
	gtin: string | null;
	unit_price: number | null;
	inventory_items: ProductInventoryItem[];
	is_kit: boolean;
	active: boolean;
	supplier: string | null;
	supplier_object: ProductSupplier | null;
	country_of_origin: string | null;
	harmonized_code: string | null;
	supplier_products: ProductSupplierProduct[];
	external_system_url: string | null;
	trackstar_tags: TrackstarTag[] | null;
	additional_fields: Record<string, unknown>;
}

export const LEDGER_EVENT_TYPES = [
	'adjustment',
	'return_receipt',
	'inbound_receipt',
	'order_shipment',
	'supplier_return',
	'movement',
	'other',
] as const;
export type LedgerEventType = (typeof LEDGER_EVENT_TYPES)[number];

export interface LedgerEntry {
	id: string;
	created_date: string;
	updated_date: string;
	entry_date: string;
	inventory_item_id: string;
	sku: string;
	/** Signed: positive adds stock, negative removes it. */
	quantity: number;
	raw_event_type: string | null;
	event_type: LedgerEventType;
	reason: string | null;
	object_id: string | null;
	object_type: 'order' | 'inbound_shipment' | 'return' | null;
	warehouse_id: string | null;
	location_id: string | null;
	additional_fields: Record<string, unknown>;
}

export interface WarehouseLocation {
	id: string;
	created_date: string;
	updated_date: string;
	name: string | null;
	warehouse_id: string;
	/** bin, pallet, receiving or quarantine. */
	type: string | null;
	measurements: Measurements;
	additional_fields: Record<string, unknown>;
}
