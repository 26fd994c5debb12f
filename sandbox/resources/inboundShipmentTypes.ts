/**
 * Inbound shipments (ASNs) and their suppliers as the sandbox serves them: InboundShipmentSchema
 * and InboundShipmentSupplierSchema of Trackstar's OpenAPI document.
 */
import type { TrackstarTag } from '../types';

export const INBOUND_SHIPMENT_STATUSES = [
	'open',
	'in-transit',
	'receiving',
	'received',
	'cancelled',
	'other',
] as const;
export type InboundShipmentStatus = (typeof INBOUND_SHIPMENT_STATUSES)[number];

export interface InboundShipmentLineItem {
	inventory_item_id: string;
	sku: string | null;
	expected_quantity: number;
	received_quantity: number;
	unit_cost: number | null;
	external_id: string | null;
}

export interface InboundReceiptLineItem {
	inventory_item_id: string;
	sku: string | null;
	quantity: number;
}

export interface InboundReceipt {
	id: string;
	arrived_date: string;
	line_items: InboundReceiptLineItem[];
}

export interface InboundAddress {
	address1: string | null;
	address2: string | null;
	address3: string | null;
	city: string | null;
	state: string | null;
	postal_code: string | null;
	country: string | null;
}

export interface InboundShipment {
	id: string;
	warehouse_customer_id: string | null;
	created_date: string;
	updated_date: string;
	purchase_order_number: string | null;
	status: InboundShipmentStatus;
	raw_status: string | null;
	supplier: string | null;
	supplier_object: { supplier_id: string; supplier_name: string | null } | null;
	expected_arrival_date: string | null;
	warehouse_id: string | null;
	line_items: InboundShipmentLineItem[];
	receipts: InboundReceipt[];
	ship_from_address: InboundAddress | null;
	tracking_numbers: string[];
	notes: string[];
	external_system_url: string | null;
	trackstar_tags: TrackstarTag[] | null;
	additional_fields: Record<string, unknown>;
}

export interface InboundSupplier {
	id: string;
	name: string | null;
	warehouse_customer_id: string | null;
	created_date: string;
	updated_date: string;
	additional_fields: Record<string, unknown>;
}
