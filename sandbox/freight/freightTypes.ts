/**
 * The Freight API's record, as Trackstar's OpenAPI document writes it (FreightShipmentSchema):
 * nothing more, since that schema allows no other field, and Trackstar documents no Trackstar
 * Tags on freight records (how-to-guides/trackstar-tags.mdx names WMS, cart and carrier).
 */
export const FREIGHT_SHIPMENT_STATUSES = [
	'pre_transit',
	'in_transit',
	'arrival_port',
	'en_route_to_destination',
	'final_destination',
] as const;
export type FreightShipmentStatus = (typeof FREIGHT_SHIPMENT_STATUSES)[number];

export interface FreightShipment {
	id: string;
	eta_date: string | null;
	created_date: string;
	updated_date: string;
	cost: number | null;
	shipment_date: string | null;
	arrival_date: string | null;
	raw_status: string | null;
	status: FreightShipmentStatus;
	shipment_method: string;
	external_system_url: string | null;
	additional_fields: Record<string, unknown>;
}
