/**
 * The sandbox's order store: the seeded orders in list order (created_date, then id) with an
 * index by id. Writes replace an order in place; they never change created_date or id, so the
 * list order holds. Created orders are added at their place.
 */
import type { SeedOptions } from './seed';
import { compareOrders, seedOrders } from './seed';
import type { Order } from './types';

export class OrderStore {
	private orders: Order[] = [];
	private readonly positions = new Map<string, number>();

	constructor(private readonly seedOptions: SeedOptions) {
		this.reset();
	}

	/** Re-seeds: the same options always give the same orders. */
	reset(): void {
		this.orders = seedOrders(this.seedOptions);
		this.positions.clear();
		this.orders.forEach((order, position) => this.positions.set(order.id, position));
	}

	/** Every order in list order. The records are the store's own: do not mutate them. */
	all(): readonly Order[] {
		return this.orders;
	}

	get(id: string): Order | undefined {
		const position = this.positions.get(id);
		return position === undefined ? undefined : this.orders[position];
	}

	/** Stores a new version of an existing order (same id). */
	replace(order: Order): void {
		const position = this.positions.get(order.id);
		if (position === undefined) throw new Error(`No order ${order.id} to replace`);
		this.orders[position] = order;
	}

	/** Adds a new order at its place in list order. */
	add(order: Order): void {
		if (this.positions.has(order.id)) throw new Error(`Order ${order.id} already exists`);
		this.orders.push(order);
		this.orders.sort(compareOrders);
		this.positions.clear();
		this.orders.forEach((entry, position) => this.positions.set(entry.id, position));
	}

	get size(): number {
		return this.orders.length;
	}
}
