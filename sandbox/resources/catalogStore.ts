/**
 * The sandbox's catalog store: products, inventory items, the ledger, warehouses and their
 * locations, each in list order (created_date, then id) with an index by id. Records are never
 * mutated in place: a write stores a new version (same id and created_date), so a record handed
 * out earlier stays as it was.
 */
import type { WarehouseRecord } from '../reference';
import type { CatalogOptions } from '../seedCatalog';
import { compareRecords, seedCatalog } from '../seedCatalog';
import type { Order } from '../types';
import type { InventoryItem, LedgerEntry, Product, WarehouseLocation } from './catalogTypes';
import type { InboundShipment, InboundSupplier } from './inboundShipmentTypes';
import { seedInboundShipments, seedSuppliers } from './seedInboundShipments';
import { seedReturns } from '../seedReturns';
import type { Bill, LaborActivity, Return } from './returnTypes';

interface Listed {
	id: string;
	created_date: string;
}

/** Records in list order with an index by id. */
export class RecordList<T extends Listed> {
	private records: T[] = [];
	private readonly positions = new Map<string, number>();

	constructor(records: T[] = []) {
		this.load(records);
	}

	load(records: T[]): void {
		this.records = records;
		this.positions.clear();
		records.forEach((record, position) => this.positions.set(record.id, position));
	}

	all(): readonly T[] {
		return this.records;
	}

	get(id: string): T | undefined {
		const position = this.positions.get(id);
		return position === undefined ? undefined : this.records[position];
	}

	/** Stores a new version of a record (same id and created_date). */
	replace(record: T): void {
		const position = this.positions.get(record.id);
		if (position === undefined) throw new Error(`No record ${record.id} to replace`);
		this.records[position] = record;
	}

	/** Adds a record at its place in list order. */
	add(record: T): void {
		if (this.positions.has(record.id)) throw new Error(`Record ${record.id} already exists`);
		let position = this.records.length;
		while (position > 0 && compareRecords(this.records[position - 1], record) > 0) position--;
		this.records.splice(position, 0, record);
		for (let index = position; index < this.records.length; index++) {
			this.positions.set(this.records[index].id, index);
		}
	}

	/** Test-only: replaces the record with this id (same created_date), or adds it. */
	upsert(record: T): void {
		if (this.positions.has(record.id)) this.replace(record);
		else this.add(record);
	}

	get size(): number {
		return this.records.length;
	}
}

export interface CatalogStoreOptions extends Omit<CatalogOptions, 'orders'> {
	/** The warehouses as the reference lists serve them (their trackstar_tags can be set). */
	warehouses: readonly WarehouseRecord[];
}

export class CatalogStore {
	readonly products = new RecordList<Product>();
	readonly inventory = new RecordList<InventoryItem>();
	readonly ledger = new RecordList<LedgerEntry>();
	readonly locations = new RecordList<WarehouseLocation>();
	readonly warehouses = new RecordList<WarehouseRecord>();
	readonly inboundShipments = new RecordList<InboundShipment>();
	readonly suppliers = new RecordList<InboundSupplier>();

	constructor(
		private readonly options: CatalogStoreOptions,
		private readonly orders: () => readonly Order[],
	) {
		this.reset();
	}

	/** Re-seeds from the current orders (call after the order store's reset). */
	reset(): void {
		const catalog = seedCatalog({ ...this.options, orders: this.orders() });
		this.products.load(catalog.products);
		this.inventory.load(catalog.inventory);
		this.ledger.load(catalog.ledger);
		this.locations.load(catalog.locations);
		this.warehouses.load(structuredClone(this.options.warehouses as WarehouseRecord[]));
		const suppliers = seedSuppliers(catalog.products, this.options.now).sort(compareRecords);
		this.suppliers.load(suppliers);
		this.inboundShipments.load(
			seedInboundShipments({
				now: this.options.now,
				suppliers,
				inventory: catalog.inventory,
				warehouseIds: this.options.warehouses.map((warehouse) => warehouse.id),
			}).sort(compareRecords),
		);
		this.resetReturns(catalog.inventory);
	}

	/** The owner of a ledger entry's item (ledger entries do not carry it). */
	ownerOf(entry: LedgerEntry): string | null {
		return this.inventory.get(entry.inventory_item_id)?.warehouse_customer_id ?? null;
	}

	productBySku(sku: string): Product | undefined {
		return this.products.all().find((product) => product.sku === sku);
	}

	// Returns, bills and labor activities (seedReturns.ts), seeded after the orders and inventory.
	readonly returns = new RecordList<Return>();
	readonly bills = new RecordList<Bill>();
	readonly laborActivities = new RecordList<LaborActivity>();

	private resetReturns(inventory: readonly InventoryItem[]): void {
		const seeded = seedReturns({ ...this.options, orders: this.orders(), inventory });
		this.returns.load(seeded.returns);
		this.bills.load(seeded.bills);
		this.laborActivities.load(seeded.laborActivities);
	}

	/** A seeded or created order, as the order routes hold it now. */
	order(id: string): Order | undefined {
		return this.orders().find((order) => order.id === id);
	}
}
