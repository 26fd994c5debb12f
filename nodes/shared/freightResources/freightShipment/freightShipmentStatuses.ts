/**
 * A freight shipment's statuses, in Trackstar's order (FreightShipmentSchema's enum), with the
 * names the picker and Simplify show (Trackstar documents no status filter for the list).
 */
export const FREIGHT_SHIPMENT_STATUS_NAMES = {
	pre_transit: 'Pre-Transit',
	in_transit: 'In Transit',
	arrival_port: 'At Arrival Port',
	en_route_to_destination: 'En Route to Destination',
	final_destination: 'At Final Destination',
} as const;

export type FreightShipmentStatus = keyof typeof FREIGHT_SHIPMENT_STATUS_NAMES;

export const FREIGHT_SHIPMENT_STATUSES = Object.keys(
	FREIGHT_SHIPMENT_STATUS_NAMES,
) as FreightShipmentStatus[];

/** The readable name of a status; an unknown one as Trackstar sent it. */
export function freightStatusName(status: unknown): string {
	const known = FREIGHT_SHIPMENT_STATUS_NAMES as Record<string, string>;
	return typeof status === 'string' ? (known[status] ?? status) : 'unknown status';
}
