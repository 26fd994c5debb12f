/**
 * Deterministic generator of realistic Trackstar orders (OrderSchema). The same `seed`, `count`
 * and `now` always give the same orders; no Math.random.
 *
 * Invariants the tests and demos can rely on:
 * - every status and every type occurs when count >= 11; dates are `YYYY-MM-DDTHH:MM:SSZ`;
 * - created_date <= updated_date <= now, all within the 90 days before now; at least
 *   min(count, 5) orders were updated in the last hour before now;
 * - trackstar_created_date >= created_date, trackstar_updated_date >= updated_date, both <= now;
 * - total_discount = sum(line discount_amount), and total_price = sum(unit_price * quantity -
 *   discount_amount) + total_tax + total_shipping (in cents);
 * - fulfilled and partially_fulfilled orders have shipments whose packages carry tracking numbers;
 *   b2b orders have a trading_partner; transfer orders have no channel.
 * The returned list is sorted by created_date, then id.
 *
 * For speed (50,000 orders seed in well under a second) records share immutable parts: a
 * shipment's ship_to_address is its order's, and channel_object / ship_from_address are the frozen
 * CHANNELS / WAREHOUSES entries. Serialize or structuredClone a record before mutating it.
 */
import type {
	Order,
	OrderLineItem,
	OrderShipment,
	OrderStatus,
	OrderType,
	ShipFromAddress,
	ShipToAddress,
	ShipmentPackage,
	TrackstarTag,
} from './types';
import { ORDER_STATUSES, ORDER_TYPES, toTrackstarDate } from './types';

// Bound once: global lookups such as `Math.floor` are slow inside jest's vm contexts.
const { floor, imul, round, min, max, ceil, pow } = Math;

/** Small, fast, seedable PRNG (mulberry32). */
export class Prng {
	private state: number;

	constructor(seed: number) {
		this.state = (floor(seed) ^ 0x9e3779b9) >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		let t = (this.state = (this.state + 0x6d2b79f5) | 0);
		t = imul(t ^ (t >>> 15), t | 1);
		t ^= t + imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max]; min when max < min. */
	int(min: number, max: number): number {
		if (max <= min) return min;
		return min + floor(this.next() * (max - min + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		return items[floor(this.next() * items.length)];
	}

	weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
		let total = 0;
		for (const [, weight] of entries) total += weight;
		let roll = this.next() * total;
		for (const [value, weight] of entries) {
			roll -= weight;
			if (roll < 0) return value;
		}
		return entries[entries.length - 1][0];
	}

	/** Lowercase hex. Strings are built in a shared buffer: concatenation leaves heap ropes. */
	hex(length: number): string {
		const bytes = ceil(length / 2);
		for (let i = 0; i < bytes; i++) SCRATCH[i] = floor(this.next() * 256);
		const out = SCRATCH.toString('hex', 0, bytes);
		return out.length === length ? out : out.slice(0, length);
	}

	/** `length` decimal digits, the first not 0. */
	digits(length: number): string {
		SCRATCH[0] = 49 + floor(this.next() * 9);
		for (let i = 1; i < length; i++) SCRATCH[i] = 48 + floor(this.next() * 10);
		return SCRATCH.toString('latin1', 0, length);
	}

	upper(length: number, alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'): string {
		for (let i = 0; i < length; i++) {
			SCRATCH[i] = alphabet.charCodeAt(floor(this.next() * alphabet.length));
		}
		return SCRATCH.toString('latin1', 0, length);
	}
}

const SCRATCH = Buffer.alloc(64);

/** Freezes reference data that seeded orders share (channel_object, ship_from_address). */
function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null) {
		for (const entry of Object.values(value)) deepFreeze(entry);
		Object.freeze(value);
	}
	return value;
}

/** A stable 24-hex id derived from a name, independent of the seed. */
function stableId(name: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < name.length; i++) {
		hash ^= name.charCodeAt(i);
		hash = imul(hash, 0x01000193) >>> 0;
	}
	return new Prng(hash).hex(24);
}

// ---------------------------------------------------------------------------------------------
// Reference data

export interface SeedProduct {
	product_id: string;
	inventory_item_id: string;
	sku: string;
	name: string;
	/** Retail price in cents. */
	priceCents: number;
	weightLb: number;
	lotTracked: boolean;
}

export interface WarehouseCustomer {
	id: string;
	name: string;
	/** Prefix of this brand's order numbers, e.g. `NWO-100042`. */
	orderPrefix: string;
	/** Retailers this brand sells to over EDI (b2b trading partners). */
	retailPartners: string[];
	products: SeedProduct[];
}

export interface SeedChannel {
	channel_id: string;
	channel_name: string;
}

export interface Warehouse {
	id: string;
	name: string;
	/** The WMS's short code for the building. */
	code: string;
	address: ShipFromAddress;
}

export interface ShippingMethod {
	id: string;
	name: string;
	carrier_id: string;
	carrier_name: string;
	scac: string;
	service_level: string;
}

function product(
	sku: string,
	name: string,
	price: number,
	weightLb: number,
	lotTracked = false,
): SeedProduct {
	return {
		product_id: stableId(`product:${sku}`),
		inventory_item_id: stableId(`inventory-item:${sku}`),
		sku,
		name,
		priceCents: round(price * 100),
		weightLb,
		lotTracked,
	};
}

export const WAREHOUSE_CUSTOMERS: readonly WarehouseCustomer[] = [
	{
		id: '65a1f3c2e4b0a17d9c3e5f01',
		name: 'Northwind Outfitters',
		orderPrefix: 'NWO',
		retailPartners: ['REI', 'Nordstrom', "Dick's Sporting Goods", 'Scheels'],
		products: [
			product('NWO-JKT-RAIN-M-NVY', 'Rain Shell Jacket - Navy / M', 129, 1.1),
			product('NWO-FLC-QZ-L-HTH', 'Quarter-Zip Fleece - Heather / L', 79, 0.9),
			product('NWO-BNE-MRN-OS', 'Merino Beanie', 32, 0.2),
			product('NWO-SCK-HKR-M', 'Hiker Socks 3-Pack - M', 24, 0.4),
			product('NWO-PNT-TRL-32', 'Trail Pants - 32', 89, 0.8),
			product('NWO-TEE-ORG-M-OLV', 'Organic Cotton Tee - Olive / M', 34, 0.4),
			product('NWO-PCK-DAY-22L', 'Daypack 22L', 98, 1.6),
			product('NWO-GLV-WND-M', 'Windproof Gloves - M', 38, 0.3),
		],
	},
	{
		id: '65a1f3c2e4b0a17d9c3e5f02',
		name: 'Juniper & Sage Apothecary',
		orderPrefix: 'JSA',
		retailPartners: ['Target', 'Ulta Beauty', 'Whole Foods Market'],
		products: [
			product('JSA-SRM-VITC-30', 'Vitamin C Serum 30 ml', 42, 0.3, true),
			product('JSA-CLN-GEL-150', 'Gentle Gel Cleanser 150 ml', 24, 0.5, true),
			product('JSA-MST-DAY-50', 'Daily Moisturizer 50 ml', 36, 0.4, true),
			product('JSA-BLM-LIP-ROSE', 'Rose Lip Balm', 9.5, 0.1, true),
			product('JSA-OIL-FACE-30', 'Botanical Face Oil 30 ml', 48, 0.3, true),
			product('JSA-MSK-CLAY-75', 'Kaolin Clay Mask 75 ml', 28, 0.5, true),
			product('JSA-SPF-MIN-50', 'Mineral Sunscreen SPF 30', 34, 0.4, true),
			product('JSA-GFT-SET-TRVL', 'Travel Essentials Gift Set', 58, 0.9),
		],
	},
	{
		id: '65a1f3c2e4b0a17d9c3e5f03',
		name: 'Summit Trail Coffee Co.',
		orderPrefix: 'STC',
		retailPartners: ['Whole Foods Market', 'Costco', 'Target'],
		products: [
			product('STC-WB-ETH-12OZ', 'Ethiopia Yirgacheffe Whole Bean 12 oz', 19.5, 0.8, true),
			product('STC-WB-COL-12OZ', 'Colombia Huila Whole Bean 12 oz', 17, 0.8, true),
			product('STC-GR-HSE-2LB', 'House Blend Ground 2 lb', 34, 2.1, true),
			product('STC-DCF-SWP-12OZ', 'Swiss Water Decaf 12 oz', 18.5, 0.8, true),
			product('STC-CB-CONC-32', 'Cold Brew Concentrate 32 oz', 16, 2.3, true),
			product('STC-MUG-ENM-12', 'Enamel Camp Mug 12 oz', 22, 0.6),
			product('STC-PO-DRP-SET', 'Pour-Over Dripper Set', 45, 1.4),
			product('STC-SUB-SMPL-4', 'Single-Origin Sampler 4-Pack', 39, 1.2, true),
		],
	},
	{
		id: '65a1f3c2e4b0a17d9c3e5f04',
		name: 'Brightside Pet Supply',
		orderPrefix: 'BPS',
		retailPartners: ['Petco', 'Chewy', 'Tractor Supply Co.'],
		products: [
			product('BPS-TRT-SLM-6OZ', 'Salmon Training Treats 6 oz', 12.99, 0.5, true),
			product('BPS-BED-ORTH-L', 'Orthopedic Dog Bed - Large', 89.99, 6.5),
			product('BPS-LSH-RFL-6FT', 'Reflective Leash 6 ft', 24.99, 0.5),
			product('BPS-TOY-ROPE-3', 'Rope Toy 3-Pack', 16.99, 0.7),
			product('BPS-SHP-OAT-16', 'Oatmeal Shampoo 16 oz', 14.99, 1.1, true),
			product('BPS-BWL-SS-2', 'Stainless Bowl Set', 19.99, 1.3),
			product('BPS-HRN-NP-M', 'No-Pull Harness - M', 34.99, 0.6),
			product('BPS-LTR-CLMP-20', 'Clumping Cat Litter 20 lb', 22.99, 20.5),
		],
	},
];

export const CHANNELS: readonly SeedChannel[] = deepFreeze([
	{ channel_id: 'shopify', channel_name: 'Shopify' },
	{ channel_id: 'amazon', channel_name: 'Amazon' },
	{ channel_id: 'walmart', channel_name: 'Walmart Marketplace' },
	{ channel_id: 'tiktok_shop', channel_name: 'TikTok Shop' },
	{ channel_id: 'faire', channel_name: 'Faire' },
	{ channel_id: 'edi', channel_name: 'EDI' },
]);

export const WAREHOUSES: readonly Warehouse[] = deepFreeze([
	{
		id: stableId('warehouse:reno'),
		name: 'Reno, NV',
		code: 'RNO1',
		address: {
			address1: '1200 Logistics Pkwy',
			address2: 'Dock 4',
			address3: null,
			city: 'Reno',
			state: 'NV',
			postal_code: '89502',
			country: 'US',
		},
	},
	{
		id: stableId('warehouse:allentown'),
		name: 'Allentown, PA',
		code: 'ABE1',
		address: {
			address1: '7355 Industrial Blvd',
			address2: null,
			address3: null,
			city: 'Allentown',
			state: 'PA',
			postal_code: '18106',
			country: 'US',
		},
	},
	{
		id: stableId('warehouse:mississauga'),
		name: 'Mississauga, ON',
		code: 'YYZ1',
		address: {
			address1: '6500 Airport Rd',
			address2: 'Unit 2',
			address3: null,
			city: 'Mississauga',
			state: 'ON',
			postal_code: 'L4V 1E8',
			country: 'CA',
		},
	},
]);

export const SHIPPING_METHODS: readonly ShippingMethod[] = [
	method('usps_ground_advantage', 'USPS Ground Advantage', 'usps', 'USPS', 'USPS', 'Standard'),
	method('usps_priority', 'USPS Priority Mail', 'usps', 'USPS', 'USPS', 'Expedited'),
	method('ups_ground', 'UPS Ground', 'ups', 'UPS', 'UPGN', 'Standard'),
	method('ups_next_day_air', 'UPS Next Day Air', 'ups', 'UPS', 'UPSN', 'Overnight'),
	method('fedex_ground', 'FedEx Ground', 'fedex', 'FedEx', 'FDEG', 'Standard'),
	method('fedex_2day', 'FedEx 2Day', 'fedex', 'FedEx', 'FDE', 'Two-Day'),
	method(
		'canada_post_expedited',
		'Canada Post Expedited Parcel',
		'canada_post',
		'Canada Post',
		'CNPT',
		'Standard',
	),
	method(
		'dhl_express_worldwide',
		'DHL Express Worldwide',
		'dhl_express',
		'DHL Express',
		'DHLC',
		'International',
	),
	method('ltl_freight', 'LTL Freight', 'xpo', 'XPO Logistics', 'CNWY', 'Freight'),
];

function method(
	id: string,
	name: string,
	carrierId: string,
	carrierName: string,
	scac: string,
	serviceLevel: string,
): ShippingMethod {
	return {
		id,
		name,
		carrier_id: carrierId,
		carrier_name: carrierName,
		scac,
		service_level: serviceLevel,
	};
}

const METHOD_BY_ID = new Map(SHIPPING_METHODS.map((entry) => [entry.id, entry]));

/** The WMS's own wording of each status, as `raw_status` shows it. */
export const RAW_STATUSES: Readonly<Record<OrderStatus, readonly string[]>> = {
	open: ['Awaiting Fulfillment', 'New'],
	confirmed: ['Allocated', 'Released'],
	processing: ['In Progress', 'Wave Released'],
	picked: ['Picked'],
	packed: ['Packed', 'Ready to Ship'],
	partially_fulfilled: ['Partially Shipped'],
	fulfilled: ['Shipped', 'Completed'],
	exception: [
		'On Hold - Address Verification',
		'Exception - Inventory Discrepancy',
		'On Hold - Fraud Review',
	],
	cancelled: ['Canceled'],
	backordered: ['Backordered'],
	other: ['Pending Review', 'Awaiting Payment'],
};

const FAIRE_RETAILERS = [
	'Maple & Moss Boutique',
	'Harbor Goods Co.',
	'The Paper Crane',
	'Wildflower General Store',
	'North Loop Mercantile',
];

const FIRST_NAMES = [
	'Olivia',
	'Liam',
	'Emma',
	'Noah',
	'Ava',
	'Mateo',
	'Sophia',
	'Elijah',
	'Isabella',
	'James',
	'Mia',
	'Lucas',
	'Amelia',
	'Ethan',
	'Harper',
	'Aiden',
	'Priya',
	'Arjun',
	'Mei',
	'Hiroshi',
	'Fatima',
	'Omar',
	'Chloé',
	'Siobhan',
	'Kwame',
	'Zoe',
	'Diego',
	'Ingrid',
	'Nia',
	'Tomás',
];
const LAST_NAMES = [
	'Smith',
	'Johnson',
	'Garcia',
	'Nguyen',
	'Patel',
	'Kim',
	'Martinez',
	'Brown',
	"O'Connor",
	'Williams',
	'Chen',
	'Rodriguez',
	'Müller',
	'Okafor',
	'Davies',
	'Tremblay',
	'Singh',
	'Hernandez',
	'Thompson',
	'Lee',
	'Walker',
	'Rossi',
	'Cohen',
	'Ahmed',
	'Novak',
	'Jensen',
	'Silva',
	'Murphy',
	'Clarke',
	'Fischer',
];
const STREETS = [
	'Maple Ave',
	'Oak St',
	'Cedar Ln',
	'Elm St',
	'Washington Blvd',
	'Park Pl',
	'Lakeview Dr',
	'Hillcrest Rd',
	'Main St',
	'Pine St',
	'Willow Way',
	'Sunset Blvd',
	'River Rd',
	'Chestnut St',
];
const INDUSTRIAL_STREETS = [
	'Distribution Way',
	'Commerce Dr',
	'Logistics Blvd',
	'Freight Ct',
	'Depot Rd',
];
const GB_STREETS = [
	'High Street',
	'Church Road',
	'Victoria Road',
	'Station Road',
	'Mill Lane',
	'Queens Road',
];

type Country = 'US' | 'CA' | 'GB';
interface Place {
	city: string;
	state: string;
	postal: string;
	taxRate: number;
	west?: boolean;
}
const PLACES: Record<Country, Place[]> = {
	US: [
		{ city: 'Portland', state: 'OR', postal: '97205', taxRate: 0, west: true },
		{ city: 'Austin', state: 'TX', postal: '78704', taxRate: 0.0825 },
		{ city: 'Brooklyn', state: 'NY', postal: '11215', taxRate: 0.08875 },
		{ city: 'Denver', state: 'CO', postal: '80205', taxRate: 0.0881, west: true },
		{ city: 'Chicago', state: 'IL', postal: '60614', taxRate: 0.1025 },
		{ city: 'Seattle', state: 'WA', postal: '98103', taxRate: 0.1035, west: true },
		{ city: 'Atlanta', state: 'GA', postal: '30307', taxRate: 0.089 },
		{ city: 'San Diego', state: 'CA', postal: '92104', taxRate: 0.0775, west: true },
		{ city: 'Minneapolis', state: 'MN', postal: '55408', taxRate: 0.08025 },
		{ city: 'Boston', state: 'MA', postal: '02116', taxRate: 0.0625 },
		{ city: 'Nashville', state: 'TN', postal: '37206', taxRate: 0.0925 },
		{ city: 'Phoenix', state: 'AZ', postal: '85004', taxRate: 0.086, west: true },
		{ city: 'Raleigh', state: 'NC', postal: '27601', taxRate: 0.0725 },
		{ city: 'Columbus', state: 'OH', postal: '43215', taxRate: 0.075 },
		{ city: 'Salt Lake City', state: 'UT', postal: '84101', taxRate: 0.0775, west: true },
		{ city: 'Miami', state: 'FL', postal: '33131', taxRate: 0.07 },
	],
	CA: [
		{ city: 'Toronto', state: 'ON', postal: 'M5V 2T6', taxRate: 0.13 },
		{ city: 'Vancouver', state: 'BC', postal: 'V6B 1A1', taxRate: 0.12 },
		{ city: 'Montréal', state: 'QC', postal: 'H2X 1Y4', taxRate: 0.14975 },
		{ city: 'Calgary', state: 'AB', postal: 'T2P 1J9', taxRate: 0.05 },
		{ city: 'Ottawa', state: 'ON', postal: 'K1P 5G4', taxRate: 0.13 },
		{ city: 'Halifax', state: 'NS', postal: 'B3J 1S9', taxRate: 0.15 },
	],
	GB: [
		{ city: 'London', state: 'Greater London', postal: 'N1 9GU', taxRate: 0.2 },
		{ city: 'Manchester', state: 'Greater Manchester', postal: 'M4 1HN', taxRate: 0.2 },
		{ city: 'Bristol', state: 'Bristol', postal: 'BS1 4DJ', taxRate: 0.2 },
		{ city: 'Edinburgh', state: 'City of Edinburgh', postal: 'EH1 1YZ', taxRate: 0.2 },
		{ city: 'Leeds', state: 'West Yorkshire', postal: 'LS1 4DY', taxRate: 0.2 },
		{ city: 'Brighton', state: 'East Sussex', postal: 'BN1 1AE', taxRate: 0.2 },
	],
};
const CURRENCY: Record<Country, string> = { US: 'USD', CA: 'CAD', GB: 'GBP' };

const D2C_TAGS = [
	'vip',
	'first-order',
	'gift',
	'subscription',
	'influencer',
	'priority',
	'repeat-customer',
	'gift-wrap',
	'promo:SPRING25',
	'source:instagram',
	'source:google',
];
const TRACKSTAR_TAG_SETS: ReadonlyArray<readonly TrackstarTag[]> = [
	['priority'],
	[{ team: 'ops' }],
	['n8n-demo', { source: 'sandbox' }],
	['needs-review'],
];

const BOXES: ReadonlyArray<readonly [number, number, number]> = [
	[10, 8, 4],
	[12, 10, 6],
	[14, 12, 8],
	[18, 14, 10],
	[24, 18, 18],
];

const TYPE_WEIGHTS: ReadonlyArray<readonly [OrderType, number]> = [
	['d2c', 62],
	['b2b', 14],
	['dropship', 14],
	['transfer', 10],
];
const CUSTOMER_WEIGHTS: ReadonlyArray<readonly [number, number]> = [
	[0, 35],
	[1, 25],
	[2, 25],
	[3, 15],
];

type StatusWeights = ReadonlyArray<readonly [OrderStatus, number]>;
const RECENT_STATUSES: StatusWeights = [
	['open', 30],
	['confirmed', 18],
	['processing', 14],
	['picked', 9],
	['packed', 8],
	['partially_fulfilled', 3],
	['fulfilled', 6],
	['exception', 4],
	['cancelled', 3],
	['backordered', 3],
	['other', 2],
];
const WEEK_STATUSES: StatusWeights = [
	['open', 6],
	['confirmed', 6],
	['processing', 8],
	['picked', 5],
	['packed', 6],
	['partially_fulfilled', 8],
	['fulfilled', 45],
	['exception', 5],
	['cancelled', 5],
	['backordered', 5],
	['other', 1],
];
const OLD_STATUSES: StatusWeights = [
	['open', 2],
	['confirmed', 1],
	['processing', 1],
	['picked', 0.5],
	['packed', 0.5],
	['partially_fulfilled', 3],
	['fulfilled', 78],
	['exception', 3],
	['cancelled', 7],
	['backordered', 3],
	['other', 1.5],
];

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

// ---------------------------------------------------------------------------------------------
// Generation

export interface SeedOptions {
	/** Number of orders; default 240. */
	count?: number;
	/** PRNG seed; default 42. */
	seed?: number;
	/** Reference time: every date lies in the 90 days before it. Default: current time. */
	now?: Date;
}

export function seedOrders(options: SeedOptions = {}): Order[] {
	const count = max(0, floor(options.count ?? 240));
	const rng = new Prng(options.seed ?? 42);
	const nowS = floor((options.now ?? new Date()).getTime() / 1000);

	// Creation times, skewed towards recent days (a growing business), sorted ascending.
	const created = new Array<number>(count);
	for (let i = 0; i < count; i++) {
		created[i] = nowS - max(MINUTE, floor(90 * DAY * pow(rng.next(), 1.5)));
	}
	created.sort((a, b) => a - b);

	const statuses = created.map((time) => {
		const age = nowS - time;
		const weights = age < 2 * DAY ? RECENT_STATUSES : age < 7 * DAY ? WEEK_STATUSES : OLD_STATUSES;
		return rng.weighted(weights);
	});
	const types = created.map(() => rng.weighted(TYPE_WEIGHTS));
	ensureCoverage(statuses, ORDER_STATUSES, rng);
	ensureCoverage(types, ORDER_TYPES, rng);

	const recentlyUpdated = new Set<number>();
	const recentCount = min(count, max(5, round(count * 0.03)));
	while (recentlyUpdated.size < recentCount) recentlyUpdated.add(rng.int(0, count - 1));

	const context: BuildContext = {
		rng,
		nowS,
		ids: new Set(),
		references: new Set(),
		sequences: WAREHOUSE_CUSTOMERS.map(() => 100000),
	};
	const orders = new Array<Order>(count);
	for (let i = 0; i < count; i++) {
		orders[i] = buildOrder(context, created[i], statuses[i], types[i], recentlyUpdated.has(i));
	}
	anchorRecentActivity(orders, nowS, new Prng((options.seed ?? 42) ^ 0x0ac71e));
	return orders.sort(compareOrders);
}

/** How many of the newest orders of each status are moved into the hour before now (see below). */
const ANCHORED_STATUSES: ReadonlyArray<readonly [OrderStatus, number]> = [
	['exception', 2],
	['backordered', 2],
	['fulfilled', 1],
];

/**
 * Makes the hour before `now` look like a working warehouse, whatever the seed drew: the newest
 * exception and backordered orders entered that status in it, and the newest fulfilled order
 * shipped in it, so "stuck orders updated in the last hour" finds some right after start. Only
 * dates move (a PRNG of its own), so every other order stays as the seed made it.
 */
function anchorRecentActivity(orders: Order[], nowS: number, rng: Prng): void {
	for (const [status, wanted] of ANCHORED_STATUSES) {
		let found = 0;
		for (let i = orders.length - 1; i >= 0 && found < wanted; i--) {
			const order = orders[i];
			if (order.status !== status) continue;
			// The first a few minutes ago, the next earlier in the hour: one stays in a 15-minute window.
			const agoS =
				found === 0 ? rng.int(2 * MINUTE, 12 * MINUTE) : rng.int(20 * MINUTE, 50 * MINUTE);
			found++;
			const createdS = parseTrackstarSeconds(order.created_date);
			const updatedS = max(createdS, nowS - agoS);
			const trackstarCreatedS = parseTrackstarSeconds(order.trackstar_created_date);
			const trackstarUpdatedS = max(
				trackstarCreatedS,
				min(nowS, updatedS + rng.int(30, 3 * MINUTE)),
			);
			order.updated_date = toTrackstarDate(updatedS * 1000);
			order.trackstar_updated_date = toTrackstarDate(trackstarUpdatedS * 1000);
			for (const shipment of order.shipments) shipment.shipped_date = order.updated_date;
		}
	}
}

function parseTrackstarSeconds(date: string): number {
	return floor(Date.parse(date) / 1000);
}

/**
 * Another list order a WMS API may have: when the records reached it (trackstar_created_date),
 * then id. An order synced late then comes after newer ones by created_date.
 */
export const compareOrdersBySync = byDateThenId('trackstar_created_date');

/** List order: created_date ascending, then id. */
export const compareOrders = byDateThenId('created_date');

function byDateThenId(field: 'created_date' | 'trackstar_created_date') {
	return (a: Order, b: Order): number => {
		if (a[field] !== b[field]) return a[field] < b[field] ? -1 : 1;
		return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
	};
}

/** Makes every value occur at least once (when there are enough slots), replacing duplicates. */
function ensureCoverage<T>(values: T[], all: readonly T[], rng: Prng): void {
	if (values.length < all.length) return;
	const counts = new Map<T, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	for (const wanted of all) {
		if (counts.has(wanted)) continue;
		let index = rng.int(0, values.length - 1);
		while ((counts.get(values[index]) ?? 0) < 2) index = (index + 1) % values.length;
		counts.set(values[index], (counts.get(values[index]) ?? 0) - 1);
		values[index] = wanted;
		counts.set(wanted, 1);
	}
}

/** The state order generation shares: the PRNG, the reference time and what must stay unique. */
export interface BuildContext {
	rng: Prng;
	nowS: number;
	ids: Set<string>;
	references: Set<string>;
	sequences: number[];
}

/**
 * A context that builds more orders beside `orders` (new arrivals in a live sandbox): their IDs
 * and reference IDs stay unique, and order numbers continue each brand's sequence.
 */
export function continueContext(orders: readonly Order[], rng: Prng, nowS: number): BuildContext {
	const sequences = WAREHOUSE_CUSTOMERS.map((customer) => {
		let highest = 100000;
		const prefix = `${customer.orderPrefix}-`;
		for (const order of orders) {
			if (!order.order_number.startsWith(prefix)) continue;
			const sequence = Number(order.order_number.slice(prefix.length));
			if (Number.isInteger(sequence) && sequence > highest) highest = sequence;
		}
		return highest;
	});
	return {
		rng,
		nowS,
		ids: new Set(orders.map((order) => order.id)),
		references: new Set(orders.map((order) => order.reference_id)),
		sequences,
	};
}

/**
 * A new order that just reached the warehouse: open, created at `context.nowS`, for the brand at
 * `customerIndex` of WAREHOUSE_CUSTOMERS (default: one drawn as the seed draws them).
 */
export function arrivingOrder(context: BuildContext, customerIndex?: number): Order {
	const type = context.rng.weighted(TYPE_WEIGHTS);
	return buildOrder(context, context.nowS, 'open', type, false, customerIndex);
}

function uniqueId(context: BuildContext): string {
	let id = context.rng.hex(24);
	while (context.ids.has(id)) id = context.rng.hex(24);
	context.ids.add(id);
	return id;
}

function referenceFor(context: BuildContext, channel: string | null, prefix: string): string {
	const { rng } = context;
	for (;;) {
		let reference: string;
		switch (channel) {
			case 'shopify':
				reference = rng.digits(13);
				break;
			case 'amazon':
				reference = `${rng.int(111, 114)}-${rng.digits(7)}-${rng.digits(7)}`;
				break;
			case 'walmart':
				reference = rng.digits(15);
				break;
			case 'tiktok_shop':
				reference = `57${rng.digits(16)}`;
				break;
			case 'faire':
				reference = `BO${rng.upper(8)}`;
				break;
			case 'edi':
				reference = `PO${rng.digits(8)}`;
				break;
			default:
				reference = `${prefix}-TRF-${rng.digits(6)}`;
		}
		if (!context.references.has(reference)) {
			context.references.add(reference);
			return reference;
		}
	}
}

function money(cents: number): number {
	return round(cents) / 100;
}

function slug(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');
}

function phoneFor(rng: Prng, country: Country): string {
	if (country === 'GB') return `+44 7700 900${rng.digits(3).slice(0, 3)}`;
	return `+1 ${rng.int(201, 989)}-555-01${String(rng.int(0, 99)).padStart(2, '0')}`;
}

function consumerAddress(rng: Prng, country: Country, place: Place): ShipToAddress {
	const first = rng.pick(FIRST_NAMES);
	const last = rng.pick(LAST_NAMES);
	const gb = country === 'GB';
	const suffix = rng.chance(0.4) ? String(rng.int(1, 99)) : '';
	let address2: string | null = null;
	if (rng.chance(0.22)) {
		address2 = gb
			? `Flat ${rng.int(1, 24)}`
			: rng.pick([
					`Apt ${rng.int(1, 28)}${rng.pick(['A', 'B', 'C', 'D'])}`,
					`Unit ${rng.int(2, 40)}`,
				]);
	}
	return {
		full_name: `${first} ${last}`,
		company: rng.chance(0.08)
			? rng.pick(['Acme Design Studio', 'Brightline Dental', 'Fernwood Labs'])
			: null,
		address1: gb
			? `${rng.int(1, 220)} ${rng.pick(GB_STREETS)}`
			: `${rng.int(12, 9800)} ${rng.pick(STREETS)}`,
		address2,
		address3: null,
		city: place.city,
		state: place.state,
		postal_code: place.postal,
		country,
		phone_number: phoneFor(rng, country),
		email_address: `${slug(first)}.${slug(last)}${suffix}@example.com`,
	};
}

function businessAddress(
	rng: Prng,
	country: Country,
	place: Place,
	partner: string,
	edi: boolean,
): ShipToAddress {
	return {
		full_name: rng.pick(['Receiving Dept', 'Inbound Receiving', 'Attn: Receiving']),
		company: edi ? `${partner} DC #${rng.int(1000, 9899)}` : partner,
		address1: `${rng.int(100, 9900)} ${rng.pick(edi ? INDUSTRIAL_STREETS : STREETS)}`,
		address2: edi ? `Dock ${rng.int(1, 30)}` : null,
		address3: null,
		city: place.city,
		state: place.state,
		postal_code: place.postal,
		country,
		phone_number: phoneFor(rng, country),
		email_address: `receiving@${slug(partner)}.example.com`,
	};
}

function warehouseAddress(warehouse: Warehouse): ShipToAddress {
	return {
		full_name: 'Inbound Receiving',
		company: `Sandbox 3PL - ${warehouse.name}`,
		...warehouse.address,
		phone_number: '+1 555-0100',
		email_address: `inbound.${slug(warehouse.name)}@example.com`,
	};
}

function trackingFor(rng: Prng, carrierId: string): { number: string; url: string } {
	switch (carrierId) {
		case 'ups': {
			const number = `1Z${rng.upper(6)}03${rng.digits(8)}`;
			return { number, url: `https://www.ups.com/track?tracknum=${number}` };
		}
		case 'fedex': {
			const number = rng.digits(12);
			return { number, url: `https://www.fedex.com/fedextrack/?trknbr=${number}` };
		}
		case 'usps': {
			const number = `9400${rng.digits(18)}`;
			return { number, url: `https://tools.usps.com/go/TrackConfirmAction?tLabels=${number}` };
		}
		case 'canada_post': {
			const number = rng.digits(16);
			return {
				number,
				url: `https://www.canadapost-postescanada.ca/track-reperage/en#/details/${number}`,
			};
		}
		case 'dhl_express': {
			const number = rng.digits(10);
			return {
				number,
				url: `https://www.dhl.com/us-en/home/tracking/tracking-express.html?tracking-id=${number}`,
			};
		}
		default: {
			const number = rng.digits(9);
			return { number, url: `https://app.ltl.xpo.com/appjs/tracking/details/${number}` };
		}
	}
}

function chooseMethod(
	rng: Prng,
	type: OrderType,
	country: Country,
	channel: string | null,
): ShippingMethod {
	let id: string;
	if (type === 'transfer') id = 'ltl_freight';
	else if (type === 'b2b') {
		id =
			channel === 'edi'
				? rng.weighted([
						['ltl_freight', 60],
						['ups_ground', 40],
					])
				: rng.pick(['ups_ground', 'fedex_ground']);
	} else if (country === 'CA') id = 'canada_post_expedited';
	else if (country === 'GB') id = 'dhl_express_worldwide';
	else {
		id = rng.weighted([
			['usps_ground_advantage', 35],
			['ups_ground', 25],
			['fedex_ground', 20],
			['usps_priority', 10],
			['fedex_2day', 7],
			['ups_next_day_air', 3],
		]);
	}
	return METHOD_BY_ID.get(id) as ShippingMethod;
}

/** What a shipment carries: products and the quantity of each that left the building. */
export interface ShippedLine {
	product: SeedProduct;
	quantity: number;
}

/**
 * One shipment of `lines`, packed (pallets for LTL freight, boxes otherwise) with tracking numbers
 * of the method's carrier, lot numbers for lot-tracked products, shipped at `shippedS`.
 */
export function buildShipment(
	context: BuildContext,
	shipment: {
		lines: readonly ShippedLine[];
		/** d2c and dropship orders ship in one or two boxes; others in one to three packages. */
		consumer: boolean;
		method: ShippingMethod;
		warehouse: Warehouse;
		shipTo: ShipToAddress;
		createdS: number;
		shippedS: number;
	},
): OrderShipment {
	const { rng } = context;
	const { lines: shipped, method: shippingMethod, createdS } = shipment;
	const packageCount = min(
		shipped.length,
		shipment.consumer ? (shipped.length > 2 ? 2 : 1) : rng.int(1, 3),
	);
	const packages: ShipmentPackage[] = [];
	for (let p = 0; p < packageCount; p++) {
		const contents = shipped.filter((_, index) => index % packageCount === p);
		const tracking = trackingFor(rng, shippingMethod.carrier_id);
		const pallet = shippingMethod.id === 'ltl_freight';
		const box = pallet ? ([48, 40, 48] as const) : rng.pick(BOXES);
		let weight = pallet ? 45 : 0.4;
		for (const entry of contents) weight += entry.product.weightLb * entry.quantity;
		packages.push({
			package_id: context.rng.hex(24),
			package_name: `${pallet ? 'Pallet' : 'Box'} ${box[0]}x${box[1]}x${box[2]}`,
			tracking_number: tracking.number,
			tracking_url: tracking.url,
			shipping_method: shippingMethod.id,
			carrier: shippingMethod.carrier_name,
			shipping_method_id: shippingMethod.id,
			shipping_method_name: shippingMethod.name,
			carrier_id: shippingMethod.carrier_id,
			carrier_name: shippingMethod.carrier_name,
			scac: shippingMethod.scac,
			shipping_cost: money(pallet ? rng.int(16000, 39000) : rng.int(650, 3200)),
			measurements: {
				length: box[0],
				width: box[1],
				height: box[2],
				unit: 'in',
				weight: round(weight * 100) / 100,
				weight_unit: 'lb',
			},
			line_items: contents.map((entry) => ({
				inventory_item_id: entry.product.inventory_item_id,
				sku: entry.product.sku,
				quantity: entry.quantity,
				lot_id: entry.product.lotTracked ? `LOT-${rng.digits(5)}${rng.upper(1, 'ABCDEF')}` : null,
				expiration_date: entry.product.lotTracked
					? toTrackstarDate((floor(createdS / DAY) + rng.int(180, 540)) * DAY * 1000)
					: null,
				parent_product_id: null,
			})),
		});
	}
	return {
		shipment_id: context.rng.hex(24),
		warehouse_id: shipment.warehouse.id,
		raw_status: 'Shipped',
		status: 'shipped',
		shipped_date: toTrackstarDate(shipment.shippedS * 1000),
		shipping_method: shippingMethod.id,
		line_items: shipped.map((entry) => ({
			inventory_item_id: entry.product.inventory_item_id,
			sku: entry.product.sku,
			quantity: entry.quantity,
			parent_product_id: null,
		})),
		ship_to_address: shipment.shipTo,
		ship_from_address: shipment.warehouse.address,
		packages,
	};
}

/** One order created at `createdS` (epoch seconds) in `status`, as of `context.nowS`. */
export function buildOrder(
	context: BuildContext,
	createdS: number,
	status: OrderStatus,
	type: OrderType,
	recentlyUpdated: boolean,
	customerIndex: number = context.rng.weighted(CUSTOMER_WEIGHTS),
): Order {
	const { rng, nowS } = context;
	const customer = WAREHOUSE_CUSTOMERS[customerIndex];
	const id = uniqueId(context);

	let channel: string | null;
	if (type === 'd2c') {
		channel = rng.weighted([
			['shopify', 50],
			['amazon', 20],
			['walmart', 12],
			['tiktok_shop', 18],
		]);
	} else if (type === 'dropship') {
		channel = rng.weighted([
			['shopify', 50],
			['amazon', 25],
			['walmart', 25],
		]);
	} else if (type === 'b2b') {
		channel = rng.weighted([
			['faire', 45],
			['edi', 55],
		]);
	} else channel = null;
	const channelObject = CHANNELS.find((entry) => entry.channel_id === channel) ?? null;

	// Destination and origin.
	let country: Country;
	let tradingPartner: string | null = null;
	let shipTo: ShipToAddress;
	let place: Place;
	let warehouse: Warehouse;
	if (type === 'transfer') {
		warehouse = rng.pick(WAREHOUSES);
		const destination = rng.pick(WAREHOUSES.filter((entry) => entry !== warehouse));
		shipTo = warehouseAddress(destination);
		country = destination.address.country as Country;
		place = PLACES[country][0];
	} else {
		country =
			type === 'b2b'
				? rng.weighted([
						['US', 88],
						['CA', 12],
					])
				: rng.weighted([
						['US', 80],
						['CA', 12],
						['GB', 8],
					]);
		place = rng.pick(PLACES[country]);
		if (type === 'b2b') {
			tradingPartner =
				channel === 'edi' ? rng.pick(customer.retailPartners) : rng.pick(FAIRE_RETAILERS);
			shipTo = businessAddress(rng, country, place, tradingPartner, channel === 'edi');
		} else shipTo = consumerAddress(rng, country, place);
		warehouse = country === 'CA' ? WAREHOUSES[2] : place.west ? WAREHOUSES[0] : WAREHOUSES[1];
	}
	const shippingMethod = chooseMethod(rng, type, country, channel);

	// Line items.
	const itemCount =
		type === 'd2c' || type === 'dropship'
			? rng.weighted([
					[1, 50],
					[2, 28],
					[3, 14],
					[4, 8],
				])
			: rng.int(2, type === 'b2b' ? 6 : 5);
	const pool = customer.products.slice();
	const lines: Array<{
		product: (typeof pool)[number];
		quantity: number;
		unitCents: number;
		discountCents: number;
	}> = [];
	for (let n = 0; n < itemCount && pool.length > 0; n++) {
		const chosen = pool.splice(rng.int(0, pool.length - 1), 1)[0];
		let quantity: number;
		let unitCents: number;
		if (type === 'b2b') {
			quantity = 6 * rng.int(1, 8);
			unitCents = round(chosen.priceCents * 0.5);
		} else if (type === 'transfer') {
			quantity = 12 * rng.int(2, 20);
			unitCents = round(chosen.priceCents * 0.35);
		} else {
			quantity = rng.weighted([
				[1, 75],
				[2, 18],
				[3, 7],
			]);
			unitCents = chosen.priceCents;
		}
		let discountCents = 0;
		if ((type === 'd2c' && rng.chance(0.2)) || (channel === 'faire' && rng.chance(0.3))) {
			discountCents = round((unitCents * quantity * rng.pick([10, 15, 20])) / 100);
		}
		lines.push({ product: chosen, quantity, unitCents, discountCents });
	}
	if (status === 'partially_fulfilled' && lines.length === 1 && lines[0].quantity === 1) {
		lines[0].quantity = 2;
		lines[0].discountCents *= 2;
	}

	// Totals, in cents.
	let merchandise = 0;
	let discount = 0;
	for (const line of lines) {
		merchandise += line.unitCents * line.quantity;
		discount += line.discountCents;
	}
	const consumer = type === 'd2c' || type === 'dropship';
	const tax = consumer ? round((merchandise - discount) * place.taxRate) : 0;
	const thirdPartyFreight =
		channel === 'edi' && shippingMethod.id === 'ltl_freight' && rng.chance(0.7);
	let shipping = 0;
	if (consumer) {
		if (country === 'GB') shipping = 1999;
		else if (country === 'CA') shipping = merchandise - discount >= 10000 ? 0 : 999;
		else if (shippingMethod.service_level === 'Overnight') shipping = 2995;
		else if (shippingMethod.service_level === 'Two-Day') shipping = 1495;
		else if (shippingMethod.service_level === 'Expedited') shipping = 995;
		else shipping = merchandise - discount >= 7500 ? 0 : rng.pick([599, 795]);
	} else if (type === 'b2b' && !thirdPartyFreight) {
		shipping = shippingMethod.id === 'ltl_freight' ? rng.int(18500, 42000) : rng.int(1850, 6400);
	}
	const totalCents = merchandise - discount + tax + shipping;

	// Dates (epoch seconds).
	const age = nowS - createdS;
	let shippedS: number | null = null;
	if (status === 'fulfilled' || status === 'partially_fulfilled') {
		shippedS = createdS + rng.int(min(age, 2 * HOUR), min(age, 3 * DAY));
	}
	let updatedS: number;
	if (shippedS !== null) {
		updatedS = shippedS + rng.int(0, min(nowS - shippedS, status === 'fulfilled' ? 2 * DAY : DAY));
	} else if (status === 'open') updatedS = createdS + rng.int(0, min(age, 30 * MINUTE));
	else if (status === 'cancelled')
		updatedS = createdS + rng.int(min(age, 5 * MINUTE), min(age, 2 * DAY));
	else updatedS = createdS + rng.int(min(age, MINUTE), min(age, 3 * DAY));
	if (recentlyUpdated) {
		updatedS = max(createdS, nowS - rng.int(MINUTE, HOUR - MINUTE));
		if (shippedS !== null) shippedS = min(shippedS, updatedS);
	}
	const trackstarCreatedS = min(nowS, createdS + rng.int(30, HOUR));
	const trackstarUpdatedS = max(trackstarCreatedS, min(nowS, updatedS + rng.int(30, HOUR)));
	let requiredShipDate: string | null = null;
	if (type !== 'd2c' || rng.chance(0.85)) {
		const days =
			type === 'b2b' ? rng.int(5, 14) : type === 'transfer' ? rng.int(3, 10) : rng.int(1, 3);
		const day = floor((createdS + days * DAY) / DAY) * DAY;
		requiredShipDate = toTrackstarDate((day + 17 * HOUR) * 1000);
	}

	// Which line items are picked / shipped.
	const shippedLines =
		status === 'fulfilled'
			? lines.length
			: status === 'partially_fulfilled'
				? ceil(lines.length / 2)
				: 0;
	const pickedAll = status === 'picked' || status === 'packed' || status === 'fulfilled';
	const lineItems: OrderLineItem[] = lines.map((line, index) => ({
		product_id: line.product.product_id,
		sku: line.product.sku,
		quantity: line.quantity,
		unit_price: money(line.unitCents),
		is_picked: pickedAll || index < shippedLines || (status === 'processing' && rng.chance(0.4)),
		discount_amount: money(line.discountCents),
	}));

	const shipments: OrderShipment[] = [];
	if (shippedS !== null) {
		const shipped = lines.slice(0, shippedLines).map((line) => ({
			product: line.product,
			quantity:
				status === 'partially_fulfilled' && lines.length === 1
					? floor(line.quantity / 2)
					: line.quantity,
		}));
		shipments.push(
			buildShipment(context, {
				lines: shipped,
				consumer: type === 'd2c' || type === 'dropship',
				method: shippingMethod,
				warehouse,
				shipTo,
				createdS,
				shippedS,
			}),
		);
	}

	// Tags.
	let tags: string[];
	if (type === 'b2b')
		tags = ['wholesale', `retailer:${tradingPartner}`, ...(rng.chance(0.5) ? ['net-30'] : [])];
	else if (type === 'transfer') tags = ['replenishment'];
	else {
		tags = type === 'dropship' ? ['dropship'] : [];
		const extra = rng.weighted([
			[0, 45],
			[1, 40],
			[2, 15],
		]);
		for (let n = 0; n < extra; n++) {
			const tag = rng.pick(D2C_TAGS);
			if (!tags.includes(tag)) tags.push(tag);
		}
	}
	const trackstarTags: TrackstarTag[] = rng.chance(0.15)
		? rng.pick(TRACKSTAR_TAG_SETS).map((tag) => (typeof tag === 'string' ? tag : { ...tag }))
		: [];

	const sequence = ++context.sequences[customerIndex];
	return {
		id,
		warehouse_customer_id: customer.id,
		warehouse_id: warehouse.id,
		created_date: toTrackstarDate(createdS * 1000),
		updated_date: toTrackstarDate(updatedS * 1000),
		reference_id: referenceFor(context, channel, customer.orderPrefix),
		order_number: `${customer.orderPrefix}-${sequence}`,
		status,
		raw_status: rng.pick(RAW_STATUSES[status]),
		channel,
		channel_object: channelObject ? channelObject : null,
		type,
		trading_partner: tradingPartner,
		shipping_method: shippingMethod.id,
		service_level: shippingMethod.service_level,
		shipping_method_id: shippingMethod.id,
		shipping_method_name: shippingMethod.name,
		carrier_id: shippingMethod.carrier_id,
		carrier_name: shippingMethod.carrier_name,
		scac: shippingMethod.scac,
		is_third_party_freight: thirdPartyFreight,
		third_party_freight_account_number: thirdPartyFreight ? rng.digits(9) : null,
		first_party_freight_account_number: null,
		invoice_currency_code: CURRENCY[country],
		total_price: money(totalCents),
		total_tax: money(tax),
		total_discount: money(discount),
		total_shipping: money(shipping),
		ship_to_address: shipTo,
		line_items: lineItems,
		tags,
		required_ship_date: requiredShipDate,
		saturday_delivery: shippingMethod.id === 'ups_next_day_air' && rng.chance(0.3),
		signature_required: totalCents >= 40000 && consumer,
		international_duty_paid_by:
			country === 'GB'
				? rng.weighted([
						['sender', 70],
						['recipient', 30],
					])
				: null,
		shipments,
		external_system_url: `https://wms.sandbox.example.com/orders/${id}`,
		trackstar_tags: trackstarTags,
		additional_fields: {},
		trackstar_created_date: toTrackstarDate(trackstarCreatedS * 1000),
		trackstar_updated_date: toTrackstarDate(trackstarUpdatedS * 1000),
	};
}
