/**
 * The live warehouse: an opt-in activity that, on every tick, moves a few orders the way a working
 * warehouse does, so a sandbox left running keeps fresh changes for "updated in the last hour"
 * queries and the Orders Trigger. Off by default: unit tests see a still store.
 *
 * One tick, in this order (a step with no candidate is skipped; no order moves twice in a tick):
 * 1. a new order arrives (open, created now), for a brand short of open orders if there is one;
 * 2. an order ships: packed (else picked) becomes fulfilled, with a shipment, packages and
 *    tracking numbers of its carrier;
 * 3. one order moves on at each stage: picked -> packed, processing -> picked,
 *    confirmed -> processing, open -> confirmed;
 * 4. on even ticks an order gets stuck (open, confirmed or processing -> exception, then
 *    backordered the next time); on odd ticks the order stuck longest is resolved
 *    (exception -> confirmed, backordered -> processing).
 * Every stage gains and loses about one order a tick, so a sandbox left running for hours keeps
 * the seed's mix; with the default 2 minutes, about 15 orders an hour get stuck.
 * A brand keeps at least MIN_OPEN_PER_CUSTOMER open orders (a brand short of them gets the next
 * arrivals), so "open orders of a customer" never runs dry. Each moved order gets updated_date =
 * trackstar_updated_date = the sandbox's clock. Moves are drawn from a PRNG of their own: the same seed and ticks give the same moves.
 */
import { printError } from '@n8n-nodes-trackstar/node-runtime/terminal';
import { clearInterval, setInterval } from '@n8n-nodes-trackstar/node-runtime/timers';

import type { BuildContext, ShippedLine } from './seed';
import {
	Prng,
	RAW_STATUSES,
	SHIPPING_METHODS,
	WAREHOUSES,
	WAREHOUSE_CUSTOMERS,
	arrivingOrder,
	buildShipment,
	continueContext,
} from './seed';
import type { OrderStore } from './store';
import type { Order, OrderStatus } from './types';
import { toTrackstarDate } from './types';

export interface ActivityOptions {
	/** Milliseconds between two ticks; default 120000 (2 minutes). 0: no timer, only `tick()`. */
	everyMs?: number;
}

export const DEFAULT_ACTIVITY_EVERY_MS = 120_000;

/** Open orders a brand always keeps (the examples list one brand's open orders). */
export const MIN_OPEN_PER_CUSTOMER = 3;

export interface ActivityMove {
	order_id: string;
	order_number: string;
	/** null for an order that just arrived. */
	from: OrderStatus | null;
	to: OrderStatus;
	/** The clock's time of the tick, in Trackstar's format. */
	at: string;
}

export interface WarehouseActivity {
	/** Runs one tick now and answers what moved (the timer calls this too). */
	tick(): ActivityMove[];
	/** Every move since start or the last reset, oldest first. */
	readonly moves: readonly ActivityMove[];
	/** Whether a timer runs ticks (`everyMs` > 0 and not stopped). */
	readonly running: boolean;
	/** Back to tick 0 and its first draw (the store is re-seeded apart). */
	reset(): void;
	/** Clears the timer; `tick()` still works. */
	stop(): void;
}

const STUCK_FROM: ReadonlySet<OrderStatus> = new Set(['open', 'confirmed', 'processing']);
const STUCK: ReadonlySet<OrderStatus> = new Set(['exception', 'backordered']);
/** Stage by stage, the latest first, so an order moved in a tick has left the stages after it. */
const PIPELINE: ReadonlyArray<readonly [OrderStatus, OrderStatus]> = [
	['picked', 'packed'],
	['processing', 'picked'],
	['confirmed', 'processing'],
	['open', 'confirmed'],
];
const RESOLVED: Partial<Record<OrderStatus, OrderStatus>> = {
	exception: 'confirmed',
	backordered: 'processing',
};

const PRODUCTS = new Map(
	WAREHOUSE_CUSTOMERS.flatMap((customer) => customer.products).map((product) => [
		product.product_id,
		product,
	]),
);
const METHODS = new Map(SHIPPING_METHODS.map((method) => [method.id, method]));
const WAREHOUSES_BY_ID = new Map(WAREHOUSES.map((warehouse) => [warehouse.id, warehouse]));

export function warehouseActivity(
	store: OrderStore,
	clock: () => Date,
	options: { seed: number; everyMs: number },
): WarehouseActivity {
	let rng = new Prng(options.seed ^ 0x11fe);
	let ticks = 0;
	const moves: ActivityMove[] = [];
	/** Orders moved in the current tick. */
	const moved = new Set<string>();

	/** Orders of `statuses` not moved yet this tick; an open one only when its brand keeps enough. */
	const candidates = (statuses: ReadonlySet<OrderStatus>): Order[] => {
		const open = new Map<string | null, number>();
		for (const order of store.all()) {
			if (order.status === 'open')
				open.set(order.warehouse_customer_id, (open.get(order.warehouse_customer_id) ?? 0) + 1);
		}
		return store
			.all()
			.filter(
				(order) =>
					statuses.has(order.status) &&
					!moved.has(order.id) &&
					(order.status !== 'open' ||
						(open.get(order.warehouse_customer_id) ?? 0) > MIN_OPEN_PER_CUSTOMER),
			);
	};
	const pick = (orders: Order[]) =>
		orders.length === 0 ? undefined : orders[rng.int(0, orders.length - 1)];

	const record = (order: Order, from: OrderStatus | null, at: string): ActivityMove => {
		const entry = {
			order_id: order.id,
			order_number: order.order_number,
			from,
			to: order.status,
			at,
		};
		moved.add(order.id);
		moves.push(entry);
		return entry;
	};

	const move = (order: Order, to: OrderStatus, at: string, change?: (next: Order) => void) => {
		const next = structuredClone(order);
		next.status = to;
		next.raw_status = rng.pick(RAW_STATUSES[to]);
		next.updated_date = at;
		next.trackstar_updated_date = at;
		if (to === 'picked' || to === 'packed' || to === 'fulfilled')
			for (const item of next.line_items) item.is_picked = true;
		change?.(next);
		store.replace(next);
		return record(next, order.status, at);
	};

	const arrive = (context: BuildContext, at: string): ActivityMove => {
		const open = WAREHOUSE_CUSTOMERS.map(
			(customer) =>
				store
					.all()
					.filter((order) => order.status === 'open' && order.warehouse_customer_id === customer.id)
					.length,
		);
		const short = open.findIndex((count) => count < MIN_OPEN_PER_CUSTOMER);
		const order = arrivingOrder(context, short === -1 ? undefined : short);
		store.add(order);
		return record(order, null, at);
	};

	/** Lines the seed's catalogue knows, or undefined when the order cannot be packed here. */
	const shippable = (order: Order): ShippedLine[] | undefined => {
		const lines: ShippedLine[] = [];
		for (const item of order.line_items) {
			const product = PRODUCTS.get(item.product_id);
			if (!product) return undefined;
			lines.push({ product, quantity: item.quantity });
		}
		const known =
			lines.length > 0 &&
			METHODS.has(order.shipping_method_id ?? '') &&
			WAREHOUSES_BY_ID.has(order.warehouse_id ?? '');
		return known ? lines : undefined;
	};

	const ship = (context: BuildContext, at: string): ActivityMove | undefined => {
		for (const from of ['packed', 'picked'] as const) {
			const order = pick(candidates(new Set([from])).filter((entry) => shippable(entry)));
			if (!order) continue;
			const shipment = buildShipment(context, {
				lines: shippable(order) as ShippedLine[],
				consumer: order.type === 'd2c' || order.type === 'dropship',
				method: METHODS.get(order.shipping_method_id as string)!,
				warehouse: WAREHOUSES_BY_ID.get(order.warehouse_id as string)!,
				shipTo: order.ship_to_address,
				createdS: Math.floor(Date.parse(order.created_date) / 1000),
				shippedS: context.nowS,
			});
			return move(order, 'fulfilled', at, (next) => {
				next.shipments = [...next.shipments, shipment];
			});
		}
		return undefined;
	};

	const advance = (from: OrderStatus, to: OrderStatus, at: string) => {
		const order = pick(candidates(new Set([from])));
		return order && move(order, to, at);
	};

	const getStuck = (at: string) => {
		const order = pick(candidates(STUCK_FROM));
		return order && move(order, ticks % 4 === 0 ? 'exception' : 'backordered', at);
	};

	const resolve = (at: string) => {
		let oldest: Order | undefined;
		for (const order of candidates(STUCK))
			if (!oldest || order.updated_date < oldest.updated_date) oldest = order;
		return oldest && move(oldest, RESOLVED[oldest.status] as OrderStatus, at);
	};

	const tick = (): ActivityMove[] => {
		const now = clock();
		const at = toTrackstarDate(now);
		const context = continueContext(store.all(), rng, Math.floor(now.getTime() / 1000));
		moved.clear();
		const before = moves.length;
		arrive(context, at);
		ship(context, at);
		for (const [from, to] of PIPELINE) advance(from, to, at);
		if (ticks % 2 === 0) getStuck(at);
		else resolve(at);
		ticks++;
		return moves.slice(before);
	};

	let timer: NodeJS.Timeout | undefined;
	if (options.everyMs > 0) {
		timer = setInterval(() => {
			try {
				tick();
			} catch (error) {
				printError('Sandbox activity tick failed:', error);
			}
		}, options.everyMs);
		timer.unref();
	}

	return {
		tick,
		moves,
		get running() {
			return timer !== undefined;
		},
		reset: () => {
			rng = new Prng(options.seed ^ 0x11fe);
			ticks = 0;
			moves.length = 0;
		},
		stop: () => {
			if (timer) clearInterval(timer);
			timer = undefined;
		},
	};
}
