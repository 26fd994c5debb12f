/**
 * Shapes of Trackstar's returns, bills and labor activities as the sandbox serves them:
 * ReturnSchema, BillSchema and LaborActivitySchema of Trackstar's OpenAPI document.
 */
import type { PackageMeasurements, TrackstarTag } from '../types';

export const RETURN_STATUSES = [
	'open',
	'in-transit',
	'receiving',
	'received',
	'cancelled',
	'other',
] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export interface ReturnLineItem {
	inventory_item_id: string;
	sku: string | null;
	expected_quantity: number;
	received_quantity: number;
	restocked_quantity: number | null;
	return_reason: string | null;
	quantity: number;
	warehouse_id: string | null;
	returned_date: string | null;
}

export interface ReturnShipment {
	tracking_number: string | null;
	shipped_date: string | null;
	arrived_date: string | null;
	warehouse_id: string | null;
	carrier: string | null;
	carrier_id: string | null;
	carrier_name: string | null;
	scac: string | null;
	shipping_cost: number | null;
	measurements: PackageMeasurements;
	line_items: Array<{
		inventory_item_id: string;
		sku: string | null;
		quantity: number;
		receiving_details: Array<{
			quantity: number;
			condition: string | null;
			disposition: string | null;
		}>;
	}>;
}

export interface Return {
	id: string;
	warehouse_customer_id: string | null;
	created_date: string;
	updated_date: string;
	status: ReturnStatus;
	raw_status: string | null;
	order_id: string | null;
	notes: string[];
	line_items: ReturnLineItem[];
	shipments: ReturnShipment[];
	external_system_url: string | null;
	trackstar_tags: TrackstarTag[] | null;
	additional_fields: Record<string, unknown>;
}

export interface Bill {
	id: string;
	warehouse_customer_id: string | null;
	created_date: string;
	updated_date: string;
	object_id: string | null;
	object_type: string | null;
	charge_type: string;
	amount: number;
	currency_code: string;
	additional_fields: Record<string, unknown>;
}

export const LABOR_ACTIVITY_TYPES = ['pick', 'pack', 'put_away', 'transfer', 'receive'] as const;
export const LABOR_OBJECT_TYPES = ['order', 'inbound_shipment', 'return', 'inventory'] as const;

export interface LaborActivity {
	id: string;
	created_date: string;
	updated_date: string;
	user_id: string;
	user_first_name: string | null;
	user_last_name: string | null;
	warehouse_id: string;
	activity_type: (typeof LABOR_ACTIVITY_TYPES)[number];
	activity_start_time: string;
	activity_end_time: string | null;
	associated_object_type: (typeof LABOR_OBJECT_TYPES)[number] | null;
	associated_object_id: string | null;
	quantity: number | null;
	additional_fields: Record<string, unknown>;
}
