/**
 * Seeds returns, bills and labor activities from the seeded orders and catalog, deterministically
 * for a seed and a reference time:
 * - Returns of fulfilled orders, their lines the orders' SKUs. Eight were received in the two days
 *   before `now`, six hours apart, so any time zone's "yesterday" holds some; of those, some are
 *   restocked, some set aside, some not decided yet. Others are open, in transit, being received,
 *   cancelled, or received weeks ago.
 * - Bills per warehouse customer: storage and receiving each month for the last three months, a
 *   fulfillment charge per shipped order and a processing charge per received return.
 * - Labor activities: a pick and a pack per shipped order, a receive and a put-away per return
 *   that arrived.
 */
import type { InventoryItem } from './resources/catalogTypes';
import type {
	Bill,
	LaborActivity,
	Return,
	ReturnLineItem,
	ReturnStatus,
} from './resources/returnTypes';
import { catalogId } from './seedCatalog';
import { Prng, WAREHOUSE_CUSTOMERS } from './seed';
import type { Order } from './types';
import { toTrackstarDate } from './types';

const HOUR = 3600;
const DAY = 24 * HOUR;

export interface ReturnsSeed {
	returns: Return[];
	bills: Bill[];
	laborActivities: LaborActivity[];
}

export interface ReturnsSeedOptions {
	now: Date;
	seed?: number;
	orders: readonly Order[];
	inventory: readonly InventoryItem[];
}

/** The warehouse workers whose activities Trackstar reports. */
export const WORKERS = [
	['Dana', 'Lee'],
	['Marcus', 'Okafor'],
	['Priya', 'Natarajan'],
	['Tom', 'Becker'],
	['Lucía', 'Ramos'],
].map(([first, last]) => ({ id: catalogId(`user:${first} ${last}`), first, last }));

export const RETURN_REASONS = [
	'Too small',
	'Too large',
	'Damaged in transit',
	'Not as described',
	'Changed mind',
];
const RAW_STATUS: Record<ReturnStatus, string> = {
	open: 'Pending',
	'in-transit': 'In Transit',
	receiving: 'Receiving',
	received: 'Complete',
	cancelled: 'Cancelled',
	other: 'On Hold',
};

/** Status and arrival (seconds before now; undefined: not arrived) of the n-th return. */
function plan(n: number): { status: ReturnStatus; arrivedAgoS?: number } {
	if (n < 8) return { status: 'received', arrivedAgoS: (3 + 6 * n) * HOUR };
	if (n < 11) return { status: 'receiving', arrivedAgoS: (2 + n - 8) * HOUR };
	if (n < 14) return { status: 'in-transit' };
	if (n < 17) return { status: 'open' };
	if (n < 19) return { status: 'cancelled' };
	return { status: 'received', arrivedAgoS: (10 + 4 * (n - 19)) * DAY };
}

export const SEEDED_RETURN_COUNT = 22;

const date = (seconds: number) => toTrackstarDate(seconds * 1000);
const money = (amount: number) => Math.round(amount * 100) / 100;

function seedReturn(
	order: Order,
	n: number,
	nowS: number,
	rng: Prng,
	itemBySku: Map<string, InventoryItem>,
): Return {
	const { status, arrivedAgoS } = plan(n);
	const arrivedS = arrivedAgoS === undefined ? undefined : nowS - arrivedAgoS;
	const createdS = (arrivedS ?? nowS - rng.int(2, 30) * HOUR) - rng.int(3, 6) * DAY;
	const shippedS = status === 'open' || status === 'cancelled' ? undefined : createdS + DAY;
	const updatedS =
		arrivedS ?? (status === 'cancelled' ? createdS + 6 * HOUR : (shippedS ?? createdS));
	const warehouseId = order.shipments[0]?.warehouse_id ?? order.warehouse_id;
	const id = catalogId(`return:${order.id}`);
	const lines: ReturnLineItem[] = order.line_items.map((line, index) => {
		// A customer sends back a few units, not a wholesale line's whole quantity.
		const expected = rng.int(1, Math.min(line.quantity, 3));
		const received =
			status === 'received' ? expected : status === 'receiving' && index === 0 ? expected : 0;
		// Received yesterday: every third not decided yet (null), the others restocked or set aside.
		const restocked =
			status !== 'received'
				? received > 0
					? 0
					: null
				: n % 3 === 1
					? null
					: n % 3 === 0
						? received
						: 0;
		return {
			inventory_item_id: itemBySku.get(line.sku ?? '')?.id ?? line.product_id,
			sku: line.sku,
			expected_quantity: expected,
			received_quantity: received,
			restocked_quantity: restocked,
			return_reason: rng.pick(RETURN_REASONS),
			quantity: expected,
			warehouse_id: warehouseId,
			returned_date: received > 0 && arrivedS !== undefined ? date(arrivedS) : null,
		};
	});
	return {
		id,
		warehouse_customer_id: order.warehouse_customer_id,
		created_date: date(createdS),
		updated_date: date(updatedS),
		status,
		raw_status: RAW_STATUS[status],
		order_id: order.id,
		notes: n % 4 === 0 ? [`RMA for ${order.order_number}`] : [],
		line_items: lines,
		shipments:
			shippedS === undefined
				? []
				: [
						{
							tracking_number: `1Z${rng.upper(16)}`,
							shipped_date: date(shippedS),
							arrived_date: arrivedS === undefined ? null : date(arrivedS),
							warehouse_id: warehouseId,
							carrier: 'UPS',
							carrier_id: 'ups',
							carrier_name: 'UPS',
							scac: 'UPSN',
							shipping_cost: money(6 + rng.next() * 6),
							measurements: {
								length: 12,
								width: 9,
								height: 4,
								unit: 'in',
								weight: 1.5,
								weight_unit: 'lb',
							},
							line_items: lines.map((line) => ({
								inventory_item_id: line.inventory_item_id,
								sku: line.sku,
								quantity: line.expected_quantity,
								receiving_details:
									line.received_quantity > 0
										? [
												{
													quantity: line.received_quantity,
													condition: line.restocked_quantity === 0 ? 'damaged' : 'good',
													disposition: line.restocked_quantity === 0 ? 'quarantine' : 'restock',
												},
											]
										: [],
							})),
						},
					],
		external_system_url: `https://wms.sandbox.example.com/returns/${id}`,
		trackstar_tags: [],
		additional_fields: { rma_number: `RMA-${order.order_number}` },
	};
}

function monthStartS(nowS: number, monthsBack: number): number {
	const now = new Date(nowS * 1000);
	return Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1) / 1000;
}

function bill(
	customerId: string,
	atS: number,
	charge: string,
	amount: number,
	object?: { type: string; id: string },
): Bill {
	const id = catalogId(`bill:${customerId}:${charge}:${atS}:${object?.id ?? ''}`);
	return {
		id,
		warehouse_customer_id: customerId,
		created_date: date(atS),
		updated_date: date(atS),
		object_id: object?.id ?? null,
		object_type: object?.type ?? null,
		charge_type: charge,
		amount: money(amount),
		currency_code: 'USD',
		additional_fields: {},
	};
}

function activity(
	type: LaborActivity['activity_type'],
	startS: number,
	minutes: number,
	warehouseId: string,
	object: { type: NonNullable<LaborActivity['associated_object_type']>; id: string },
	quantity: number,
	rng: Prng,
): LaborActivity {
	const worker = rng.pick(WORKERS);
	const endS = startS + minutes * 60;
	return {
		id: catalogId(`labor:${type}:${object.id}:${startS}`),
		created_date: date(startS),
		updated_date: date(endS),
		user_id: worker.id,
		user_first_name: worker.first,
		user_last_name: worker.last,
		warehouse_id: warehouseId,
		activity_type: type,
		activity_start_time: date(startS),
		activity_end_time: date(endS),
		associated_object_type: object.type,
		associated_object_id: object.id,
		quantity,
		additional_fields: {},
	};
}

const byDateThenId = (a: { created_date: string; id: string }, b: typeof a) =>
	a.created_date === b.created_date
		? a.id < b.id
			? -1
			: 1
		: a.created_date < b.created_date
			? -1
			: 1;

export function seedReturns(options: ReturnsSeedOptions): ReturnsSeed {
	const nowS = Math.floor(options.now.getTime() / 1000);
	const rng = new Prng((options.seed ?? 42) + 104729);
	const itemBySku = new Map(options.inventory.map((item) => [item.sku ?? '', item]));
	const shipped = options.orders.filter(
		(order) =>
			order.status === 'fulfilled' && order.shipments.some((shipment) => shipment.shipped_date),
	);
	const step = Math.max(1, Math.floor(shipped.length / SEEDED_RETURN_COUNT));
	const returned = shipped.filter((_, index) => index % step === 0).slice(0, SEEDED_RETURN_COUNT);
	const returns = returned.map((order, n) => seedReturn(order, n, nowS, rng, itemBySku));

	const bills: Bill[] = [];
	for (const customer of WAREHOUSE_CUSTOMERS) {
		for (let back = 0; back < 3; back++) {
			const startS = monthStartS(nowS, back);
			if (startS + HOUR > nowS) continue;
			bills.push(bill(customer.id, startS + HOUR, 'storage', 300 + rng.next() * 600));
			bills.push(bill(customer.id, startS + 2 * HOUR, 'receiving', 80 + rng.next() * 200));
		}
	}
	for (const order of shipped) {
		if (!order.warehouse_customer_id) continue;
		const units = order.line_items.reduce((sum, line) => sum + line.quantity, 0);
		const atS = Date.parse(order.shipments[0].shipped_date!) / 1000;
		bills.push(
			bill(order.warehouse_customer_id, atS, 'fulfillment', 2.5 + 0.5 * units, {
				type: 'order',
				id: order.id,
			}),
		);
	}
	for (const entry of returns) {
		if (entry.status !== 'received' || !entry.warehouse_customer_id) continue;
		bills.push(
			bill(
				entry.warehouse_customer_id,
				Date.parse(entry.updated_date) / 1000,
				'return_processing',
				3.5,
				{
					type: 'return',
					id: entry.id,
				},
			),
		);
	}

	const laborActivities: LaborActivity[] = [];
	for (const order of shipped) {
		const shipment = order.shipments[0];
		const shippedS = Date.parse(shipment.shipped_date!) / 1000;
		const units = order.line_items.reduce((sum, line) => sum + line.quantity, 0);
		const object = { type: 'order' as const, id: order.id };
		laborActivities.push(
			activity(
				'pick',
				shippedS - 3 * HOUR,
				rng.int(4, 15),
				shipment.warehouse_id,
				object,
				units,
				rng,
			),
			activity(
				'pack',
				shippedS - 2 * HOUR,
				rng.int(3, 8),
				shipment.warehouse_id,
				object,
				units,
				rng,
			),
		);
	}
	for (const entry of returns) {
		const arrived = entry.shipments[0]?.arrived_date;
		if (!arrived || !entry.line_items[0]?.warehouse_id) continue;
		const arrivedS = Date.parse(arrived) / 1000;
		const units = entry.line_items.reduce((sum, line) => sum + line.received_quantity, 0);
		const object = { type: 'return' as const, id: entry.id };
		const warehouseId = entry.line_items[0].warehouse_id;
		laborActivities.push(
			activity('receive', arrivedS + 1800, rng.int(5, 20), warehouseId, object, units, rng),
		);
		if (entry.status === 'received' && arrivedS + 2 * HOUR < nowS) {
			laborActivities.push(
				activity('put_away', arrivedS + 2 * HOUR, rng.int(5, 12), warehouseId, object, units, rng),
			);
		}
	}
	return {
		returns: returns.sort(byDateThenId),
		bills: bills.filter((entry) => entry.created_date <= date(nowS)).sort(byDateThenId),
		laborActivities: laborActivities
			.filter((entry) => entry.created_date <= date(nowS))
			.sort(byDateThenId),
	};
}
