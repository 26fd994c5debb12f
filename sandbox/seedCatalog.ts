/**
 * Deterministic catalog of the sandbox's WMS: products, inventory items, warehouse locations and
 * the inventory ledger, built so that they hang together with the seeded orders. The same orders,
 * `seed`, `now` and `inventoryCount` always give the same catalog; no Math.random.
 *
 * Invariants the tests and demos can rely on:
 * - every SKU of the seed's brands (the SKUs the seeded orders sell) is one product and one
 *   inventory item, with the ids the orders use (`product_id`, `inventory_item_id`); two kits
 *   are products made of other items, with no inventory item of their own;
 * - per warehouse: onhand = committed + unfulfillable + fulfillable, sellable = fulfillable,
 *   unsellable = 0; committed is what the seeded orders still have to ship from that warehouse;
 *   an item's totals are the sums over its warehouses;
 * - per warehouse, the item's locations hold its onhand (unfulfillable stock sits in the
 *   quarantine location), and a lot-tracked item's lots hold it too;
 * - LOW_STOCK_SKUS are active and have at most LOW_STOCK_THRESHOLD fulfillable in total (one 0);
 *   every other catalog item has more;
 * - the ledger covers the LEDGER_DAYS before now: per item and warehouse its quantities add up
 *   to onhand (an opening balance, receipts, cycle counts, returns, moves to quarantine and the
 *   seeded orders' shipments from that warehouse); an item's updated_date is its last entry's;
 * - every date lies before `now`; lists are sorted by created_date, then id.
 * `inventoryCount` above the catalog's size adds generated items (and a product each) with stock
 * but no ledger entries, for benchmarks: 50,000 seed in well under a second.
 */
import type { SeedProduct, Warehouse } from './seed';
import { Prng, WAREHOUSE_CUSTOMERS, WAREHOUSES } from './seed';
import type {
	InventoryInWarehouse,
	InventoryItem,
	InventoryLocation,
	InventoryLot,
	LedgerEntry,
	Measurements,
	Product,
	WarehouseLocation,
} from './resources/catalogTypes';
import type { Order } from './types';
import { toTrackstarDate } from './types';

// Bound once: global lookups such as `Math.floor` are slow inside jest's vm contexts.
const { floor, imul, round, min, max, ceil } = Math;

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

/** "Available" in the words: an item is low on stock at or below this many fulfillable units. */
export const LOW_STOCK_THRESHOLD = 10;
/** The seeded ledger covers this many days before now. */
export const LEDGER_DAYS = 60;
/** Catalog SKUs seeded low on stock, with their total fulfillable quantity. */
export const LOW_STOCK_SKUS: Readonly<Record<string, number>> = {
	'NWO-SCK-HKR-M': 4,
	'JSA-MST-DAY-50': 0,
	'STC-WB-COL-12OZ': 7,
	'BPS-TRT-SLM-6OZ': 10,
	'BPS-LTR-CLMP-20': 2,
};
/** Catalog SKUs seeded inactive (discontinued, still stocked). */
export const INACTIVE_SKUS: readonly string[] = ['NWO-GLV-WND-M'];

/** A stable 24-hex id derived from a name: the same function as the order seed's ids. */
export function catalogId(name: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < name.length; i++) {
		hash ^= name.charCodeAt(i);
		hash = imul(hash, 0x01000193) >>> 0;
	}
	return new Prng(hash).hex(24);
}

interface Kit {
	customer: number;
	sku: string;
	name: string;
	price: number;
	components: ReadonlyArray<readonly [string, number]>;
}

/** Bundles sold as one product and picked from their components' stock. */
export const KITS: readonly Kit[] = [
	{
		customer: 0,
		sku: 'NWO-KIT-TRAIL',
		name: 'Trail Starter Kit',
		price: 79,
		components: [
			['NWO-BNE-MRN-OS', 1],
			['NWO-SCK-HKR-M', 2],
			['NWO-GLV-WND-M', 1],
		],
	},
	{
		customer: 2,
		sku: 'STC-KIT-BREW',
		name: 'Pour-Over Brew Kit',
		price: 79,
		components: [
			['STC-PO-DRP-SET', 1],
			['STC-WB-ETH-12OZ', 1],
			['STC-MUG-ENM-12', 2],
		],
	},
];

const SUPPLIERS = [
	{
		supplier_id: 'sup_cascade_textile',
		supplier_name: 'Cascade Textile Mills',
		country: 'VN',
		hs: '6201.40',
	},
	{
		supplier_id: 'sup_verde_botanicals',
		supplier_name: 'Verde Botanicals Lab',
		country: 'US',
		hs: '3304.99',
	},
	{
		supplier_id: 'sup_andes_green',
		supplier_name: 'Andes Green Coffee Importers',
		country: 'US',
		hs: '0901.21',
	},
	{
		supplier_id: 'sup_happy_tails',
		supplier_name: 'Happy Tails Manufacturing',
		country: 'CN',
		hs: '4201.00',
	},
] as const;

const SUBSTITUTES: Readonly<Record<string, string[]>> = {
	'STC-WB-ETH-12OZ': ['STC-WB-COL-12OZ'],
	'STC-WB-COL-12OZ': ['STC-WB-ETH-12OZ'],
};

/** Order statuses whose unshipped quantities are committed stock. */
const COMMITTING = new Set([
	'open',
	'confirmed',
	'processing',
	'picked',
	'packed',
	'partially_fulfilled',
]);

// ---------------------------------------------------------------------------------------------
// Locations

const BIN_MEASUREMENTS: Measurements = {
	length: 48,
	width: 24,
	height: 18,
	unit: 'in',
	weight: 150,
	weight_unit: 'lb',
};
const PALLET_MEASUREMENTS: Measurements = {
	length: 48,
	width: 40,
	height: 60,
	unit: 'in',
	weight: 2500,
	weight_unit: 'lb',
};
const DOCK_MEASUREMENTS: Measurements = {
	length: 240,
	width: 120,
	height: null,
	unit: 'in',
	weight: null,
	weight_unit: null,
};

interface WarehousePlan {
	warehouse: Warehouse;
	bins: WarehouseLocation[];
	pallets: WarehouseLocation[];
	receiving: WarehouseLocation;
	quarantine: WarehouseLocation;
}

function warehousePlans(nowS: number): WarehousePlan[] {
	return WAREHOUSES.map((warehouse, warehouseIndex) => {
		let index = 0;
		const location = (name: string, type: string, zone: string, measurements: Measurements) => {
			const createdS = nowS - 365 * DAY + warehouseIndex * HOUR + index * MINUTE;
			const record: WarehouseLocation = {
				id: catalogId(`location:${warehouse.code}:${name}`),
				created_date: toTrackstarDate(createdS * 1000),
				updated_date: toTrackstarDate((nowS - (3 + (index % 20)) * DAY) * 1000),
				name,
				warehouse_id: warehouse.id,
				type,
				measurements: { ...measurements },
				additional_fields: { zone, barcode: `${warehouse.code}-${name}` },
			};
			index++;
			return record;
		};
		const bins: WarehouseLocation[] = [];
		for (let bay = 1; bay <= 3; bay++) {
			for (let level = 1; level <= 4; level++) {
				bins.push(location(`A-0${bay}-0${level}`, 'bin', 'Pick', BIN_MEASUREMENTS));
			}
		}
		const pallets = [1, 2, 3, 4].map((n) =>
			location(`R-0${n}`, 'pallet', 'Reserve', PALLET_MEASUREMENTS),
		);
		const receiving = location('RCV-01', 'receiving', 'Dock', DOCK_MEASUREMENTS);
		const quarantine = location('QA-01', 'quarantine', 'Hold', BIN_MEASUREMENTS);
		return { warehouse, bins, pallets, receiving, quarantine };
	});
}

// ---------------------------------------------------------------------------------------------
// What the orders say: committed stock and recent shipments, per item and warehouse

interface Shipped {
	orderId: string;
	quantity: number;
	date: string;
}

interface OrderFacts {
	committed: Map<string, number>;
	shipped: Map<string, Shipped[]>;
}

const stockKey = (inventoryItemId: string, warehouseId: string) =>
	`${inventoryItemId}|${warehouseId}`;

function orderFacts(orders: readonly Order[], windowStart: string): OrderFacts {
	const itemByProduct = new Map<string, string>();
	const itemBySku = new Map<string, string>();
	for (const customer of WAREHOUSE_CUSTOMERS) {
		for (const product of customer.products) {
			itemByProduct.set(product.product_id, product.inventory_item_id);
			itemBySku.set(product.sku, product.inventory_item_id);
		}
	}
	const committed = new Map<string, number>();
	const shipped = new Map<string, Shipped[]>();
	for (const order of orders) {
		const shippedBySku = new Map<string, number>();
		for (const shipment of order.shipments) {
			for (const line of shipment.line_items) {
				const itemId =
					line.sku === null
						? line.inventory_item_id
						: (itemBySku.get(line.sku) ?? line.inventory_item_id);
				shippedBySku.set(itemId, (shippedBySku.get(itemId) ?? 0) + line.quantity);
				if (shipment.status !== 'shipped' || shipment.shipped_date === null) continue;
				if (shipment.shipped_date <= windowStart) continue;
				const key = stockKey(itemId, shipment.warehouse_id);
				let list = shipped.get(key);
				if (!list) shipped.set(key, (list = []));
				list.push({ orderId: order.id, quantity: line.quantity, date: shipment.shipped_date });
			}
		}
		if (!COMMITTING.has(order.status) || order.warehouse_id === null) continue;
		for (const line of order.line_items) {
			const itemId =
				itemByProduct.get(line.product_id) ??
				(line.sku === null ? undefined : itemBySku.get(line.sku));
			if (itemId === undefined) continue;
			const rest = line.quantity - (shippedBySku.get(itemId) ?? 0);
			if (rest <= 0) continue;
			const key = stockKey(itemId, order.warehouse_id);
			committed.set(key, (committed.get(key) ?? 0) + rest);
		}
	}
	return { committed, shipped };
}

// ---------------------------------------------------------------------------------------------
// Generation

export interface CatalogOptions {
	/** Reference time: every date lies before it. */
	now: Date;
	/** PRNG seed; default 42. */
	seed?: number;
	/** Inventory items in all: the catalog's, then generated ones up to this count; default the catalog's. */
	inventoryCount?: number;
	/** The seeded orders: their open lines are committed stock, their shipments ledger entries. */
	orders?: readonly Order[];
}

export interface Catalog {
	products: Product[];
	inventory: InventoryItem[];
	ledger: LedgerEntry[];
	locations: WarehouseLocation[];
}

/** Number of inventory items the catalog itself has (every SKU of the seed's brands). */
export const CATALOG_ITEM_COUNT = WAREHOUSE_CUSTOMERS.reduce(
	(sum, customer) => sum + customer.products.length,
	0,
);

interface Context {
	rng: Prng;
	nowS: number;
	windowStartS: number;
	plans: WarehousePlan[];
	facts: OrderFacts;
	ledger: LedgerEntry[];
}

export function seedCatalog(options: CatalogOptions): Catalog {
	const nowS = floor(options.now.getTime() / 1000);
	const windowStartS = nowS - LEDGER_DAYS * DAY;
	const context: Context = {
		rng: new Prng((options.seed ?? 42) + 7919),
		nowS,
		windowStartS,
		plans: warehousePlans(nowS),
		facts: orderFacts(options.orders ?? [], toTrackstarDate(windowStartS * 1000)),
		ledger: [],
	};
	const products: Product[] = [];
	const inventory: InventoryItem[] = [];
	const itemBySku = new Map<string, InventoryItem>();

	let index = 0;
	WAREHOUSE_CUSTOMERS.forEach((customer, customerIndex) => {
		for (const seedProduct of customer.products) {
			const item = catalogItem(context, seedProduct, customer.id, index++);
			inventory.push(item);
			itemBySku.set(seedProduct.sku, item);
			products.push(catalogProduct(context, seedProduct, item, customerIndex));
		}
	});
	for (const kit of KITS) products.push(kitProduct(context, kit, itemBySku));

	const extra = max(0, floor(options.inventoryCount ?? 0) - inventory.length);
	for (let n = 0; n < extra; n++) {
		const item = generatedItem(context, n);
		inventory.push(item);
		products.push(generatedProduct(context, item));
	}

	return {
		products: products.sort(compareRecords),
		inventory: inventory.sort(compareRecords),
		ledger: context.ledger.sort(compareRecords),
		locations: context.plans
			.flatMap((plan) => [...plan.bins, ...plan.pallets, plan.receiving, plan.quarantine])
			.sort(compareRecords),
	};
}

/** List order of every catalog list: created_date ascending, then id. */
export function compareRecords(
	a: { created_date: string; id: string },
	b: { created_date: string; id: string },
): number {
	if (a.created_date !== b.created_date) return a.created_date < b.created_date ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function date(seconds: number): string {
	return toTrackstarDate(seconds * 1000);
}

function itemMeasurements(weightLb: number): Measurements {
	return {
		length: 4 + ceil(weightLb * 6),
		width: 3 + ceil(weightLb * 4),
		height: 1 + ceil(weightLb * 2),
		unit: 'in',
		weight: weightLb,
		weight_unit: 'lb',
	};
}

function stockIn(
	committed: number,
	unfulfillable: number,
	fulfillable: number,
	awaiting: number,
): InventoryInWarehouse {
	return {
		awaiting,
		onhand: committed + unfulfillable + fulfillable,
		committed,
		unfulfillable,
		fulfillable,
		unsellable: 0,
		sellable: fulfillable,
	};
}

/** An item's totals: the sums over its warehouses. */
export function totalsOf(byWarehouse: Record<string, InventoryInWarehouse>): InventoryInWarehouse {
	const total = stockIn(0, 0, 0, 0);
	for (const stock of Object.values(byWarehouse)) {
		total.awaiting += stock.awaiting;
		total.onhand += stock.onhand;
		total.committed += stock.committed;
		total.unfulfillable += stock.unfulfillable;
		total.fulfillable += stock.fulfillable;
		total.unsellable += stock.unsellable;
		total.sellable += stock.sellable;
	}
	return total;
}

function catalogItem(
	context: Context,
	product: SeedProduct,
	customerId: string,
	index: number,
): InventoryItem {
	const { rng, nowS, plans, facts } = context;
	const id = product.inventory_item_id;
	const low = LOW_STOCK_SKUS[product.sku];
	const createdS = nowS - rng.int(200, 400) * DAY - rng.int(0, DAY - 1);
	const byWarehouse: Record<string, InventoryInWarehouse> = {};
	const locations: InventoryLocation[] = [];
	const lots: InventoryLot[] = [];
	let lastEntry = '';
	let lowLeft = low ?? 0;

	plans.forEach((plan, planIndex) => {
		const warehouseId = plan.warehouse.id;
		const committed = facts.committed.get(stockKey(id, warehouseId)) ?? 0;
		const stocked = planIndex < 2 || committed > 0 || rng.chance(0.6);
		if (!stocked) return;
		let fulfillable: number;
		if (low !== undefined) {
			fulfillable = lowLeft;
			lowLeft = 0;
		} else fulfillable = rng.int(30, 360);
		const unfulfillable = rng.chance(0.2) ? rng.int(1, 4) : 0;
		const awaiting =
			low !== undefined && planIndex === 0 ? 48 : rng.chance(0.25) ? 12 * rng.int(1, 10) : 0;
		const stock = stockIn(committed, unfulfillable, fulfillable, awaiting);
		byWarehouse[warehouseId] = stock;

		// Where it sits: a pick bin, overflow on a reserve pallet, damaged units in quarantine.
		const bin = plan.bins[index % plan.bins.length];
		const pallet = plan.pallets[index % plan.pallets.length];
		const sellable = stock.onhand - unfulfillable;
		const inBin = sellable > 60 ? round(sellable * 0.4) : sellable;
		locations.push({ location_id: bin.id, quantity: inBin, warehouse_id: warehouseId });
		if (sellable > inBin)
			locations.push({
				location_id: pallet.id,
				quantity: sellable - inBin,
				warehouse_id: warehouseId,
			});
		if (unfulfillable > 0) {
			locations.push({
				location_id: plan.quarantine.id,
				quantity: unfulfillable,
				warehouse_id: warehouseId,
			});
		}
		if (product.lotTracked && stock.onhand > 0) {
			const split = stock.onhand >= 24 && rng.chance(0.5) ? floor(stock.onhand / 3) : 0;
			const expires = (days: number) => date((floor(nowS / DAY) + days) * DAY);
			if (split > 0) lots.push(lot(rng, split, expires(rng.int(60, 180)), warehouseId));
			lots.push(lot(rng, stock.onhand - split, expires(rng.int(200, 540)), warehouseId));
		}
		const last = ledgerFor(context, id, product.sku, plan, stock, bin, pallet);
		if (last > lastEntry) lastEntry = last;
	});

	const totals = totalsOf(byWarehouse);
	const created = date(createdS);
	return {
		id,
		warehouse_customer_id: customerId,
		created_date: created,
		updated_date: lastEntry > created ? lastEntry : created,
		name: product.name,
		sku: product.sku,
		unit_cost: round(product.priceCents * 0.38) / 100,
		active: !INACTIVE_SKUS.includes(product.sku),
		...totals,
		substitute_skus: SUBSTITUTES[product.sku]?.slice() ?? [],
		inventory_by_warehouse_id: byWarehouse,
		lots,
		measurements: itemMeasurements(product.weightLb),
		locations,
		external_system_url: `https://wms.sandbox.example.com/inventory/${id}`,
		trackstar_tags: index % 9 === 4 ? ['cycle-count-due'] : [],
		additional_fields: { lot_tracked: product.lotTracked },
	};
}

function lot(rng: Prng, onhand: number, expiration: string, warehouseId: string): InventoryLot {
	return {
		lot_id: `LOT-${rng.digits(5)}${rng.upper(1, 'ABCDEF')}`,
		onhand,
		expiration_date: expiration,
		warehouse_id: warehouseId,
	};
}

/**
 * The ledger of one item in one warehouse over the ledger window; its quantities add up to the
 * warehouse's onhand. Answers the latest entry's created_date ('' when none).
 */
function ledgerFor(
	context: Context,
	itemId: string,
	sku: string,
	plan: WarehousePlan,
	stock: InventoryInWarehouse,
	bin: WarehouseLocation,
	pallet: WarehouseLocation,
): string {
	const { rng, nowS, windowStartS, facts } = context;
	const warehouseId = plan.warehouse.id;
	const entries: LedgerEntry[] = [];
	const someTime = () => windowStartS + rng.int(DAY, nowS - windowStartS - 10 * MINUTE);
	const add = (
		entryS: number,
		quantity: number,
		event: LedgerEntry['event_type'],
		raw: string,
		reason: string | null,
		location: WarehouseLocation,
		object: Pick<LedgerEntry, 'object_id' | 'object_type'> = { object_id: null, object_type: null },
	) => {
		const createdS = min(nowS, entryS + rng.int(30, 10 * MINUTE));
		entries.push({
			id: rng.hex(24),
			created_date: date(createdS),
			updated_date: date(createdS),
			entry_date: date(entryS),
			inventory_item_id: itemId,
			sku,
			quantity,
			raw_event_type: raw,
			event_type: event,
			reason,
			...object,
			warehouse_id: warehouseId,
			location_id: location.id,
			additional_fields: {},
		});
	};

	for (const shipment of facts.shipped.get(stockKey(itemId, warehouseId)) ?? []) {
		const entryS = floor(Date.parse(shipment.date) / 1000);
		add(entryS, -shipment.quantity, 'order_shipment', 'Shipment', null, bin, {
			object_id: shipment.orderId,
			object_type: 'order',
		});
	}
	const counts = rng.int(0, 2);
	for (let n = 0; n < counts; n++) {
		const size = rng.int(1, 3);
		const quantity = stock.onhand >= 20 && rng.chance(0.5) ? size : -size;
		add(someTime(), quantity, 'adjustment', 'Cycle Count', 'Cycle count', bin);
	}
	if (stock.onhand >= 20 && rng.chance(0.25)) {
		add(someTime(), 1, 'return_receipt', 'Return Received', 'Customer return', bin, {
			object_id: rng.hex(24),
			object_type: 'return',
		});
	}
	if (stock.unfulfillable > 0) {
		const movedS = someTime();
		add(
			movedS,
			-stock.unfulfillable,
			'movement',
			'Bin Transfer',
			'Damaged: moved to quarantine',
			bin,
		);
		add(
			movedS,
			stock.unfulfillable,
			'movement',
			'Bin Transfer',
			'Damaged: moved to quarantine',
			plan.quarantine,
		);
	}
	let moved = 0;
	for (const entry of entries) moved += entry.quantity;
	// Positive: below 20 on hand nothing but shipments and counts came in; above, at most 7 did.
	let opening = stock.onhand - moved;
	if (opening >= 24 && rng.chance(0.4)) {
		const received = 12 * rng.int(1, floor(opening / 24));
		add(someTime(), received, 'inbound_receipt', 'Receipt', null, pallet, {
			object_id: rng.hex(24),
			object_type: 'inbound_shipment',
		});
		opening -= received;
	}
	if (opening !== 0)
		add(windowStartS, opening, 'other', 'Opening Balance', 'Balance when the ledger starts', bin);

	let latest = '';
	for (const entry of entries) {
		context.ledger.push(entry);
		if (entry.created_date > latest) latest = entry.created_date;
	}
	return latest;
}

function catalogProduct(
	context: Context,
	seedProduct: SeedProduct,
	item: InventoryItem,
	customerIndex: number,
): Product {
	const { rng, nowS } = context;
	const supplier = SUPPLIERS[customerIndex];
	const createdS = floor(Date.parse(item.created_date) / 1000);
	return {
		id: seedProduct.product_id,
		warehouse_customer_id: item.warehouse_customer_id,
		created_date: item.created_date,
		updated_date: date(max(createdS, nowS - rng.int(1, 120) * DAY)),
		name: seedProduct.name,
		sku: seedProduct.sku,
		gtin: rng.digits(12),
		unit_price: seedProduct.priceCents / 100,
		inventory_items: [{ inventory_item_id: item.id, sku: item.sku, unit_quantity: 1 }],
		is_kit: false,
		active: item.active,
		supplier: supplier.supplier_name,
		supplier_object: { supplier_id: supplier.supplier_id, supplier_name: supplier.supplier_name },
		country_of_origin: supplier.country,
		harmonized_code: supplier.hs,
		supplier_products: [
			{
				supplier_id: supplier.supplier_id,
				supplier_name: supplier.supplier_name,
				external_id: `V-${seedProduct.sku}`,
				unit_cost: (item.unit_cost ?? 0).toFixed(2),
			},
		],
		external_system_url: `https://wms.sandbox.example.com/products/${seedProduct.product_id}`,
		trackstar_tags: [],
		additional_fields: {},
	};
}

function kitProduct(context: Context, kit: Kit, itemBySku: Map<string, InventoryItem>): Product {
	const { rng, nowS } = context;
	const customer = WAREHOUSE_CUSTOMERS[kit.customer];
	const id = catalogId(`product:${kit.sku}`);
	const createdS = nowS - rng.int(100, 180) * DAY;
	return {
		id,
		warehouse_customer_id: customer.id,
		created_date: date(createdS),
		updated_date: date(createdS + rng.int(1, 60) * DAY),
		name: kit.name,
		sku: kit.sku,
		gtin: rng.digits(12),
		unit_price: kit.price,
		inventory_items: kit.components.map(([sku, quantity]) => ({
			inventory_item_id: (itemBySku.get(sku) as InventoryItem).id,
			sku,
			unit_quantity: quantity,
		})),
		is_kit: true,
		active: true,
		supplier: null,
		supplier_object: null,
		country_of_origin: null,
		harmonized_code: null,
		supplier_products: [],
		external_system_url: `https://wms.sandbox.example.com/products/${id}`,
		trackstar_tags: ['bundle'],
		additional_fields: {},
	};
}

const GENERATED_MEASUREMENTS: Measurements = {
	length: 8,
	width: 6,
	height: 4,
	unit: 'in',
	weight: 1,
	weight_unit: 'lb',
};

/** A made-up item for long lists: stock in Reno and Allentown, one bin each, no ledger. */
function generatedItem(context: Context, n: number): InventoryItem {
	const { rng, nowS, plans } = context;
	const customer = WAREHOUSE_CUSTOMERS[n % WAREHOUSE_CUSTOMERS.length];
	const id = rng.hex(24);
	const createdS = nowS - rng.int(DAY, 700 * DAY);
	const byWarehouse: Record<string, InventoryInWarehouse> = {};
	const locations: InventoryLocation[] = [];
	for (let w = 0; w < 2; w++) {
		const plan = plans[w];
		const stock = stockIn(rng.int(0, 12), 0, rng.int(0, 500), 0);
		byWarehouse[plan.warehouse.id] = stock;
		locations.push({
			location_id: plan.bins[n % plan.bins.length].id,
			quantity: stock.onhand,
			warehouse_id: plan.warehouse.id,
		});
	}
	return {
		id,
		warehouse_customer_id: customer.id,
		created_date: date(createdS),
		updated_date: date(createdS + rng.int(0, nowS - createdS)),
		name: `Sandbox Item ${n + 1}`,
		sku: `${customer.orderPrefix}-GEN-${String(n + 1).padStart(6, '0')}`,
		unit_cost: rng.int(100, 5000) / 100,
		active: n % 50 !== 49,
		...totalsOf(byWarehouse),
		substitute_skus: [],
		inventory_by_warehouse_id: byWarehouse,
		lots: [],
		measurements: { ...GENERATED_MEASUREMENTS },
		locations,
		external_system_url: null,
		trackstar_tags: [],
		additional_fields: {},
	};
}

function generatedProduct(context: Context, item: InventoryItem): Product {
	const id = context.rng.hex(24);
	return {
		id,
		warehouse_customer_id: item.warehouse_customer_id,
		created_date: item.created_date,
		updated_date: item.updated_date,
		name: item.name,
		sku: item.sku,
		gtin: null,
		unit_price: round((item.unit_cost ?? 0) * 250) / 100,
		inventory_items: [{ inventory_item_id: item.id, sku: item.sku, unit_quantity: 1 }],
		is_kit: false,
		active: item.active,
		supplier: null,
		supplier_object: null,
		country_of_origin: null,
		harmonized_code: null,
		supplier_products: [],
		external_system_url: null,
		trackstar_tags: [],
		additional_fields: {},
	};
}
