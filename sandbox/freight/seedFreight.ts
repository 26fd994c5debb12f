/**
 * The freight connection's shipments: the ocean, air and truck legs a forwarder moves for the WMS's
 * purchase orders. Each inbound shipment of the WMS seed that is not cancelled has its freight
 * shipment, carrying its PO number and warehouse, due the day before the warehouse expects it;
 * older delivered legs (POs long received) make the list longer than a page. Dated back from `now`.
 */
import { createHash } from 'node:crypto';

import type { InboundShipment } from '../resources/inboundShipmentTypes';
import { compareRecords } from '../seedCatalog';
import { toTrackstarDate } from '../types';
import type { FreightShipment, FreightShipmentStatus } from './freightTypes';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Delivered legs older than the WMS's purchase orders. */
export const HISTORICAL_FREIGHT_SHIPMENTS = 24;

/** The forwarder's own words for each status, as `raw_status` shows them. */
const RAW_STATUSES: Record<FreightShipmentStatus, string> = {
	pre_transit: 'Booked',
	in_transit: 'Departed origin port',
	arrival_port: 'Arrived at destination port',
	en_route_to_destination: 'Out for delivery',
	final_destination: 'Delivered',
};

const LANES = [
	{ method: 'ocean', origin: 'CNSHA', destination: 'USLGB', cost: 2850 },
	{ method: 'air', origin: 'CNPVG', destination: 'USLAX', cost: 5420.5 },
	{ method: 'ocean', origin: 'VNSGN', destination: 'USOAK', cost: 3190 },
	{ method: 'truck', origin: 'MXMTY', destination: 'USLRD', cost: 1275.25 },
] as const;

/** Where an in-transit purchase order's leg is, by brand: every status of the enum is seeded. */
const UNDER_WAY: readonly FreightShipmentStatus[] = [
	'in_transit',
	'arrival_port',
	'en_route_to_destination',
];

const freightId = (seed: string) =>
	createHash('sha256').update(`freight:${seed}`).digest('hex').slice(0, 24);

interface Leg {
	key: string;
	index: number;
	status: FreightShipmentStatus;
	createdMs: number;
	dueMs: number;
	purchaseOrders: string[];
	warehouseId: string | null;
}

function shipment(leg: Leg, nowMs: number): FreightShipment {
	const lane = LANES[leg.index % LANES.length];
	const id = freightId(leg.key);
	const departedMs = leg.createdMs + 3 * DAY;
	const arrived = leg.status === 'final_destination';
	// A leg not yet delivered is due no earlier than tomorrow, whatever the PO expected.
	const etaMs = arrived ? leg.dueMs : Math.max(leg.dueMs, nowMs + DAY);
	const arrivalMs = arrived ? Math.min(leg.dueMs + 5 * HOUR, nowMs - HOUR) : undefined;
	const updatedMs: Record<FreightShipmentStatus, number> = {
		pre_transit: leg.createdMs,
		in_transit: departedMs,
		arrival_port: nowMs - 6 * HOUR,
		en_route_to_destination: nowMs - 2 * HOUR,
		final_destination: arrivalMs ?? nowMs,
	};
	const container = `MSCU${(1_000_000 + (parseInt(id.slice(0, 8), 16) % 8_999_999 | 0)).toString()}`;
	return {
		id,
		eta_date: toTrackstarDate(etaMs),
		created_date: toTrackstarDate(leg.createdMs),
		updated_date: toTrackstarDate(Math.min(updatedMs[leg.status], nowMs)),
		cost: Math.round((lane.cost + (leg.index % 7) * 35.5) * 100) / 100,
		shipment_date: leg.status === 'pre_transit' ? null : toTrackstarDate(departedMs),
		arrival_date: arrivalMs === undefined ? null : toTrackstarDate(arrivalMs),
		raw_status: RAW_STATUSES[leg.status],
		status: leg.status,
		shipment_method: lane.method,
		external_system_url: `https://freight.sandbox.example.com/shipments/${id}`,
		additional_fields: {
			purchase_order_numbers: leg.purchaseOrders,
			destination_warehouse_id: leg.warehouseId,
			origin_port: lane.origin,
			destination_port: lane.destination,
			container_number: lane.method === 'ocean' ? container : null,
		},
	};
}

/** The legs of the WMS's purchase orders, by the inbound shipment's status. */
function purchaseOrderLegs(inbound: readonly InboundShipment[]): Leg[] {
	const brands = [...new Set(inbound.map((entry) => entry.warehouse_customer_id))];
	const legs: Leg[] = [];
	for (const entry of inbound) {
		const brand = brands.indexOf(entry.warehouse_customer_id);
		const status: FreightShipmentStatus | undefined = {
			open: 'pre_transit' as const,
			'in-transit': UNDER_WAY[brand % UNDER_WAY.length],
			receiving: 'final_destination' as const,
			received: 'final_destination' as const,
		}[entry.status as string];
		if (status === undefined) continue; // cancelled: never shipped
		legs.push({
			key: entry.purchase_order_number ?? entry.id,
			index: legs.length,
			status,
			createdMs: Date.parse(entry.created_date) + 2 * HOUR,
			dueMs: Date.parse(entry.expected_arrival_date ?? entry.created_date) - DAY,
			purchaseOrders: entry.purchase_order_number ? [entry.purchase_order_number] : [],
			warehouseId: entry.warehouse_id ?? null,
		});
	}
	return legs;
}

/** Delivered legs, one every nine days before the purchase orders', for POs long received. */
function historicalLegs(nowMs: number, first: number): Leg[] {
	return Array.from({ length: HISTORICAL_FREIGHT_SHIPMENTS }, (_, offset) => {
		const createdMs = nowMs - (70 + offset * 9) * DAY - offset * 3 * HOUR;
		return {
			key: `historical:${offset}`,
			index: first + offset,
			status: 'final_destination' as const,
			createdMs,
			dueMs: createdMs + 24 * DAY,
			purchaseOrders: [`PO-${1900 + offset}`],
			warehouseId: null,
		};
	});
}

export function seedFreight(now: Date, inbound: readonly InboundShipment[]): FreightShipment[] {
	const nowMs = now.getTime();
	const legs = purchaseOrderLegs(inbound);
	return [...legs, ...historicalLegs(nowMs, legs.length)]
		.map((leg) => shipment(leg, nowMs))
		.sort(compareRecords);
}
