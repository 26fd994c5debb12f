/**
 * The seeded suppliers and inbound shipments. Suppliers are the ones the seeded products name
 * (one per brand); each brand has a shipment in every status but `other`, whose lines are the
 * brand's own seeded inventory items, so receiving one raises stock that GET /wms/inventory shows.
 */
import { createHash } from 'node:crypto';

import { toTrackstarDate } from '../types';
import type {
	InboundShipment,
	InboundShipmentStatus,
	InboundSupplier,
} from './inboundShipmentTypes';
import type { InventoryItem, Product } from './catalogTypes';

const DAY_MS = 86_400_000;

export function inboundId(seed: string): string {
	return createHash('sha256').update(`inbound:${seed}`).digest('hex').slice(0, 24);
}

/** One supplier per brand: the supplier_object its seeded products carry. */
export function seedSuppliers(products: readonly Product[], now: Date): InboundSupplier[] {
	const seen = new Map<string, InboundSupplier>();
	for (const product of products) {
		const supplier = product.supplier_object;
		if (!supplier || seen.has(supplier.supplier_id)) continue;
		const createdMs = now.getTime() - (500 - seen.size) * DAY_MS;
		seen.set(supplier.supplier_id, {
			id: supplier.supplier_id,
			name: supplier.supplier_name,
			warehouse_customer_id: product.warehouse_customer_id,
			created_date: toTrackstarDate(createdMs),
			updated_date: toTrackstarDate(createdMs + 30 * DAY_MS),
			additional_fields: { payment_terms: 'Net 30' },
		});
	}
	return [...seen.values()];
}

/** The statuses each brand has a shipment in, oldest first; `receiving` is half received. */
const SEEDED_STATUSES: readonly InboundShipmentStatus[] = [
	'received',
	'cancelled',
	'receiving',
	'in-transit',
	'open',
];

export const SEEDED_PO_PREFIX = 'PO-';

interface SeedInput {
	now: Date;
	suppliers: readonly InboundSupplier[];
	inventory: readonly InventoryItem[];
	warehouseIds: readonly string[];
}

export function seedInboundShipments(input: SeedInput): InboundShipment[] {
	const shipments: InboundShipment[] = [];
	input.suppliers.forEach((supplier, brand) => {
		const items = input.inventory
			.filter((item) => item.warehouse_customer_id === supplier.warehouse_customer_id && item.sku)
			.slice(0, 4);
		if (items.length === 0) return;
		SEEDED_STATUSES.forEach((status, index) => {
			const number = `${SEEDED_PO_PREFIX}${2400 + brand * 10 + index}`;
			const id = inboundId(number);
			const createdMs = input.now.getTime() - (40 - index * 8) * DAY_MS - brand * 3_600_000;
			const arrivalMs = createdMs + 14 * DAY_MS;
			const warehouseId = input.warehouseIds[(brand + index) % input.warehouseIds.length];
			const lines = items.slice(0, 2 + (index % 3)).map((item, line) => {
				const expected = 12 * (line + 1 + index);
				const received =
					status === 'received' ? expected : status === 'receiving' ? expected / 2 : 0;
				return {
					inventory_item_id: item.id,
					sku: item.sku,
					expected_quantity: expected,
					received_quantity: received,
					unit_cost: item.unit_cost,
					external_id: `${supplier.id.toUpperCase()}-${item.sku}`,
				};
			});
			const receivedLines = lines.filter((line) => line.received_quantity > 0);
			shipments.push({
				id,
				warehouse_customer_id: supplier.warehouse_customer_id,
				created_date: toTrackstarDate(createdMs),
				updated_date: toTrackstarDate(createdMs + (status === 'open' ? 0 : 2 * DAY_MS)),
				purchase_order_number: number,
				status,
				raw_status: status.toUpperCase().replace('-', '_'),
				supplier: supplier.name,
				supplier_object: { supplier_id: supplier.id, supplier_name: supplier.name },
				expected_arrival_date: toTrackstarDate(arrivalMs),
				warehouse_id: warehouseId,
				line_items: lines,
				receipts:
					receivedLines.length === 0
						? []
						: [
								{
									id: inboundId(`receipt:${number}:1`),
									arrived_date: toTrackstarDate(arrivalMs),
									line_items: receivedLines.map((line) => ({
										inventory_item_id: line.inventory_item_id,
										sku: line.sku,
										quantity: line.received_quantity,
									})),
								},
							],
				ship_from_address: emptyAddress(),
				tracking_numbers: status === 'open' ? [] : [`1Z${id.slice(0, 16).toUpperCase()}`],
				notes: [],
				external_system_url: `https://wms.sandbox.example.com/inbound/${id}`,
				trackstar_tags: [],
				additional_fields: {},
			});
		});
	});
	return shipments;
}

export function emptyAddress() {
	return {
		address1: null,
		address2: null,
		address3: null,
		city: null,
		state: null,
		postal_code: null,
		country: null,
	};
}
