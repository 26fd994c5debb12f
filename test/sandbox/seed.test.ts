import {
	CHANNELS,
	ORDER_STATUSES,
	ORDER_TYPES,
	TRACKSTAR_DATE_PATTERN,
	WAREHOUSE_CUSTOMERS,
	seedOrders,
	toTrackstarDate,
} from '../../sandbox';
import type { Order } from '../../sandbox';
import { NOW } from './helpers';

const orders = seedOrders({ count: 240, seed: 42, now: NOW });
const cents = (value: number | null) => Math.round((value ?? 0) * 100);
const nowText = toTrackstarDate(NOW);
const ninetyDaysAgo = toTrackstarDate(NOW.getTime() - 90 * 86400_000);

function dates(order: Order): string[] {
	const list = [
		order.created_date,
		order.updated_date,
		order.trackstar_created_date,
		order.trackstar_updated_date,
	];
	if (order.required_ship_date) list.push(order.required_ship_date);
	for (const shipment of order.shipments)
		if (shipment.shipped_date) list.push(shipment.shipped_date);
	return list;
}

describe('sandbox seed', () => {
	it('is deterministic: the same seed and now give the same orders, another seed others', () => {
		expect(seedOrders({ count: 240, seed: 42, now: NOW })).toEqual(orders);
		expect(seedOrders({ count: 240, seed: 7, now: NOW })[0].id).not.toBe(orders[0].id);
	});

	it('represents every status and every type', () => {
		expect(new Set(orders.map((order) => order.status))).toEqual(new Set(ORDER_STATUSES));
		expect(new Set(orders.map((order) => order.type))).toEqual(new Set(ORDER_TYPES));
	});

	it('uses 4 warehouse customers and the 6 channels, with unique 24-hex ids', () => {
		expect(WAREHOUSE_CUSTOMERS).toHaveLength(4);
		expect(new Set(orders.map((order) => order.warehouse_customer_id))).toEqual(
			new Set(WAREHOUSE_CUSTOMERS.map((customer) => customer.id)),
		);
		const channels = new Set(orders.map((order) => order.channel).filter(Boolean));
		expect(channels).toEqual(new Set(CHANNELS.map((channel) => channel.channel_id)));
		expect(new Set(orders.map((order) => order.id)).size).toBe(orders.length);
		for (const order of orders) expect(order.id).toMatch(/^[0-9a-f]{24}$/);
	});

	it('lists orders by created_date then id', () => {
		const sorted = [...orders].sort((a, b) =>
			a.created_date === b.created_date
				? a.id.localeCompare(b.id)
				: a.created_date.localeCompare(b.created_date),
		);
		expect(orders.map((order) => order.id)).toEqual(sorted.map((order) => order.id));
	});

	it("writes every date in Trackstar's format within the 90 days before now, in a sane order", () => {
		for (const order of orders) {
			for (const date of dates(order)) expect(date).toMatch(TRACKSTAR_DATE_PATTERN);
			expect(order.created_date >= ninetyDaysAgo).toBe(true);
			expect(order.created_date <= order.updated_date).toBe(true);
			expect(order.updated_date <= nowText).toBe(true);
			expect(order.trackstar_created_date >= order.created_date).toBe(true);
			expect(order.trackstar_updated_date >= order.updated_date).toBe(true);
			expect(order.trackstar_updated_date <= nowText).toBe(true);
		}
	});

	it('has several orders updated in the last hour and a required_ship_date on most', () => {
		const hourAgo = toTrackstarDate(NOW.getTime() - 3600_000);
		expect(orders.filter((order) => order.updated_date >= hourAgo).length).toBeGreaterThanOrEqual(
			5,
		);
		const withShipDate = orders.filter((order) => order.required_ship_date !== null).length;
		expect(withShipDate / orders.length).toBeGreaterThan(0.7);
	});

	it('keeps totals consistent with the line items', () => {
		for (const order of orders) {
			let lines = 0;
			let discount = 0;
			for (const item of order.line_items) {
				lines += cents(item.unit_price) * item.quantity - cents(item.discount_amount);
				discount += cents(item.discount_amount);
			}
			expect(cents(order.total_discount)).toBe(discount);
			expect(cents(order.total_price)).toBe(
				lines + cents(order.total_tax) + cents(order.total_shipping),
			);
		}
	});

	it('ships fulfilled and partially fulfilled orders with tracked packages, and no others', () => {
		for (const order of orders) {
			const shipped = order.status === 'fulfilled' || order.status === 'partially_fulfilled';
			expect(order.shipments.length > 0).toBe(shipped);
			for (const shipment of order.shipments) {
				expect(shipment.packages.length).toBeGreaterThan(0);
				for (const parcel of shipment.packages) expect(parcel.tracking_number).toBeTruthy();
			}
		}
	});

	it('gives b2b orders a trading partner, transfers no channel, and addresses in US/CA/GB', () => {
		for (const order of orders) {
			if (order.type === 'b2b') expect(order.trading_partner).toBeTruthy();
			if (order.type === 'transfer') expect(order.channel).toBeNull();
			expect(['US', 'CA', 'GB']).toContain(order.ship_to_address.country);
		}
	});

	it('seeds a benchmark-sized store of 50,000 orders with unique IDs', () => {
		const many = seedOrders({ count: 50_000, now: NOW });
		expect(many).toHaveLength(50_000);
		expect(new Set(many.map((order) => order.id)).size).toBe(50_000);
	});
});
