import { sleep } from 'n8n-workflow';

import type { Order, Sandbox } from '../../sandbox';
import { MIN_OPEN_PER_CUSTOMER, WAREHOUSE_CUSTOMERS, toTrackstarDate } from '../../sandbox';
import type { ListAnswer } from './helpers';
import { NOW, expectValidOrder, get, qs, startTestSandbox } from './helpers';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** What the "orders in exception or backordered, every 15 minutes" example asks at `now`. */
async function stuckInTheLastHour(sandbox: Sandbox, now: Date): Promise<Order[]> {
	const answer = await get<ListAnswer<Order>>(
		sandbox,
		`/wms/orders?${qs({
			'status[in]': 'exception,backordered',
			'updated_date[gte]': toTrackstarDate(now.getTime() - HOUR),
		})}`,
	);
	expect(answer.status).toBe(200);
	return answer.body.data;
}

describe('sandbox: the seed right after start', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());

	it('has exception and backordered orders updated in the last hour, one in the last 15 minutes', async () => {
		const stuck = await stuckInTheLastHour(sandbox, NOW);
		expect(new Set(stuck.map((order) => order.status))).toEqual(
			new Set(['exception', 'backordered']),
		);
		const quarterAgo = toTrackstarDate(NOW.getTime() - 15 * MINUTE);
		expect(stuck.some((order) => order.updated_date >= quarterAgo)).toBe(true);
		for (const order of stuck) {
			expect(order.updated_date >= order.created_date).toBe(true);
			expect(order.trackstar_updated_date >= order.updated_date).toBe(true);
			expect(order.trackstar_updated_date <= toTrackstarDate(NOW)).toBe(true);
		}
	});

	it('has an order shipped in the last hour, its shipment dated when it was updated', () => {
		const hourAgo = toTrackstarDate(NOW.getTime() - HOUR);
		const shipped = sandbox
			.orders()
			.filter((order) => order.status === 'fulfilled' && order.updated_date >= hourAgo);
		expect(shipped.length).toBeGreaterThanOrEqual(1);
		for (const order of shipped) {
			for (const shipment of order.shipments)
				expect(shipment.shipped_date! <= order.updated_date).toBe(true);
		}
	});

	it('stays still without the activity option: nothing moves, however long it runs', async () => {
		const before = sandbox.orders();
		await sleep(50);
		expect(sandbox.activity.running).toBe(false);
		expect(sandbox.activity.moves).toEqual([]);
		expect(sandbox.orders()).toEqual(before);
	});
});

describe('sandbox: the live warehouse', () => {
	let sandbox: Sandbox;
	let now: Date;
	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => now, activity: { everyMs: 0 } });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		sandbox.reset();
		now = new Date(NOW);
	});

	/** Moves the clock `minutes` on and runs one tick. */
	const tickAfter = (minutes: number) => {
		now = new Date(now.getTime() + minutes * MINUTE);
		return sandbox.activity.tick();
	};

	it('moves orders on every tick: one arrives, one ships, the pipeline moves, one gets stuck', () => {
		const before = new Map(sandbox.orders().map((order) => [order.id, order]));
		const moves = tickAfter(2);
		const at = toTrackstarDate(now);
		expect(moves.map((entry) => [entry.from, entry.to])).toEqual([
			[null, 'open'],
			['packed', 'fulfilled'],
			['picked', 'packed'],
			['processing', 'picked'],
			['confirmed', 'processing'],
			['open', 'confirmed'],
			[expect.stringMatching(/^(open|confirmed|processing)$/), 'exception'],
		]);
		expect(new Set(moves.map((entry) => entry.order_id)).size).toBe(moves.length);
		expect(sandbox.activity.moves).toEqual(moves);

		for (const entry of moves) {
			const order = sandbox.order(entry.order_id)!;
			expect(entry).toMatchObject({ to: order.status, order_number: order.order_number, at });
			expect(order).toMatchObject({ updated_date: at, trackstar_updated_date: at });
			expect(order.updated_date >= order.created_date).toBe(true);
			expect(order.raw_status).toBeTruthy();
			expectValidOrder(order);
			if (entry.from) expect(before.get(order.id)?.status).toBe(entry.from);
		}
		const arrived = sandbox.order(moves[0].order_id)!;
		expect(before.has(arrived.id)).toBe(false);
		expect(arrived).toMatchObject({ created_date: at, status: 'open', shipments: [] });
		expect(sandbox.orders().at(-1)?.id).toBe(arrived.id);
	});

	it('ships with a dated shipment, packages and tracking numbers of the order’s carrier', () => {
		const [, shipped] = tickAfter(2);
		const order = sandbox.order(shipped.order_id)!;
		const shipment = order.shipments.at(-1)!;
		expect(shipment).toMatchObject({
			status: 'shipped',
			shipped_date: toTrackstarDate(now),
			shipping_method: order.shipping_method_id,
			warehouse_id: order.warehouse_id,
		});
		expect(shipment.line_items.map((item) => item.sku)).toEqual(
			order.line_items.map((item) => item.sku),
		);
		for (const parcel of shipment.packages) {
			expect(parcel.tracking_number).toBeTruthy();
			expect(parcel.carrier_id).toBe(order.carrier_id);
		}
		expect(order.line_items.every((item) => item.is_picked)).toBe(true);
	});

	it('keeps the last-hour stuck query answering, hour after hour, with exception and backordered', async () => {
		for (let hour = 1; hour <= 4; hour++) {
			for (let tick = 0; tick < 30; tick++) tickAfter(2);
			const stuck = await stuckInTheLastHour(sandbox, now);
			expect(stuck.length).toBeGreaterThanOrEqual(10);
			expect(new Set(stuck.map((order) => order.status))).toEqual(
				new Set(['exception', 'backordered']),
			);
		}
		for (const order of sandbox.orders()) {
			expect(order.updated_date >= order.created_date).toBe(true);
			expect(order.trackstar_updated_date >= order.updated_date).toBe(true);
		}
		const moved = new Set(sandbox.activity.moves.map((entry) => entry.order_id));
		for (const id of moved) expectValidOrder(sandbox.order(id)!);
	});

	it('resolves the order stuck longest on odd ticks, and keeps the mix steady for hours', () => {
		const count = (status: string) =>
			sandbox.orders().filter((order) => order.status === status).length;
		const stuckAtStart = count('exception') + count('backordered');
		tickAfter(2);
		const oldest = sandbox
			.orders()
			.filter((order) => order.status === 'exception' || order.status === 'backordered')
			.sort((a, b) => a.updated_date.localeCompare(b.updated_date))[0];
		const resolved = tickAfter(2).at(-1)!;
		expect(resolved).toMatchObject({
			order_id: oldest.id,
			from: oldest.status,
			to: oldest.status === 'exception' ? 'confirmed' : 'processing',
		});
		for (let tick = 0; tick < 300; tick++) tickAfter(2);
		expect(Math.abs(count('exception') + count('backordered') - stuckAtStart)).toBeLessThanOrEqual(
			1,
		);
		expect(count('packed') + count('picked')).toBeGreaterThan(0);
	});

	it(`gives a brand short of ${MIN_OPEN_PER_CUSTOMER} open orders the next arrivals, then keeps it there`, () => {
		const reached = new Set<string>();
		for (let tick = 0; tick < 100; tick++) {
			tickAfter(2);
			const orders = sandbox.orders();
			for (const customer of WAREHOUSE_CUSTOMERS) {
				const open = orders.filter(
					(order) => order.status === 'open' && order.warehouse_customer_id === customer.id,
				).length;
				if (reached.has(customer.id)) expect(open).toBeGreaterThanOrEqual(MIN_OPEN_PER_CUSTOMER);
				else if (open >= MIN_OPEN_PER_CUSTOMER) reached.add(customer.id);
			}
			if (tick === 4 * MIN_OPEN_PER_CUSTOMER) expect(reached.size).toBe(WAREHOUSE_CUSTOMERS.length);
		}
	});

	it('moves the same orders for the same seed and ticks, and starts over on reset()', async () => {
		tickAfter(2);
		const first = tickAfter(2);
		const other = await startTestSandbox({ clock: () => now, activity: { everyMs: 0 } });
		try {
			now = new Date(NOW.getTime() + 2 * MINUTE);
			other.activity.tick();
			now = new Date(NOW.getTime() + 4 * MINUTE);
			expect(other.activity.tick()).toEqual(first);
		} finally {
			await other.close();
		}
		sandbox.reset();
		expect(sandbox.activity.moves).toEqual([]);
		now = new Date(NOW.getTime() + 2 * MINUTE);
		tickAfter(2);
		expect(sandbox.activity.tick()).toEqual(first);
	});
});

describe('sandbox: the live warehouse on its timer', () => {
	it('ticks every everyMs, and stops on close()', async () => {
		const sandbox = await startTestSandbox({ activity: { everyMs: 10 } });
		expect(sandbox.activity.running).toBe(true);
		const deadline = Date.now() + 5000;
		while (sandbox.activity.moves.length < 14 && Date.now() < deadline) {
			await sleep(10);
		}
		expect(sandbox.activity.moves.length).toBeGreaterThanOrEqual(14);
		await sandbox.close();
		expect(sandbox.activity.running).toBe(false);
		const after = sandbox.activity.moves.length;
		await sleep(50);
		expect(sandbox.activity.moves.length).toBe(after);
	});

	it('takes `activity: true` as a tick every 2 minutes', async () => {
		const sandbox = await startTestSandbox({ activity: true });
		try {
			expect(sandbox.activity.running).toBe(true);
			expect(sandbox.activity.moves).toEqual([]);
		} finally {
			await sandbox.close();
		}
	});
});
