/**
 * The cart connection's deterministic records: three warehouses, four product lines (a parent and
 * its two variants each, stock by warehouse on the variants), and orders whose line items name
 * those variants and whose shipments leave from those warehouses. Dated back from `now`.
 */
import { compareRecords } from '../seedCatalog';
import { toTrackstarDate } from '../types';
import type {
	CartAddress,
	CartOrder,
	CartOrderStatus,
	CartProduct,
	CartWarehouse,
} from './cartTypes';
import { CART_ORDER_STATUSES } from './cartTypes';

export const CART_ORDER_COUNT = 36;

const HOUR = 3_600_000;

const address = (
	address1: string,
	city: string,
	state: string,
	postal_code: string,
): CartAddress => ({
	address1,
	address2: null,
	address3: null,
	city,
	state,
	postal_code,
	country: 'US',
});

/** The store's warehouses, by ID. */
export const CART_WAREHOUSES = [
	{
		id: '71209345',
		name: 'Main Warehouse',
		code: 'MAIN',
		...address('1 Dock Rd', 'Reno', 'NV', '89502'),
	},
	{
		id: '71209346',
		name: 'East Coast DC',
		code: 'EAST',
		...address('40 Commerce Way', 'Allentown', 'PA', '18106'),
	},
	{
		id: '71209347',
		name: 'Brooklyn Store',
		code: 'BKLYN',
		...address('210 Bedford Ave', 'Brooklyn', 'NY', '11249'),
	},
] as const;

/** The product lines: a parent and its variants (size or color), each variant with its price. */
const PRODUCT_LINES = [
	{ id: '40812210000', name: 'Trail Runner Sock', sku: 'SOCK', variants: ['S', 'L'], price: 14 },
	{
		id: '40812220000',
		name: 'Merino Beanie',
		sku: 'BEANIE',
		variants: ['GREY', 'NAVY'],
		price: 32,
	},
	{
		id: '40812230000',
		name: 'Canvas Tote',
		sku: 'TOTE',
		variants: ['NATURAL', 'BLACK'],
		price: 24,
	},
	{ id: '40812240000', name: 'Water Bottle', sku: 'BOTTLE', variants: ['500', '750'], price: 28 },
] as const;

const PEOPLE = [
	['Ada Lovelace', '12 Analytical St', 'London', 'KY', '40741'],
	['Grace Hopper', '9 Cobol Ct', 'Arlington', 'VA', '22201'],
	['Alan Turing', '4 Enigma Rd', 'Wilmslow', 'OR', '97001'],
	['Katherine Johnson', '7 Orbit Ave', 'Hampton', 'VA', '23666'],
] as const;

function seedWarehouses(now: Date): CartWarehouse[] {
	const created = toTrackstarDate(now.getTime() - 400 * 24 * HOUR);
	return CART_WAREHOUSES.map(({ id, name, code, ...rest }) => ({
		id,
		created_date: created,
		updated_date: created,
		name,
		code,
		address: rest,
		trackstar_tags: [],
	}));
}

function seedProducts(now: Date): CartProduct[] {
	const products: CartProduct[] = [];
	PRODUCT_LINES.forEach((line, lineIndex) => {
		const created = toTrackstarDate(now.getTime() - (300 - lineIndex * 10) * 24 * HOUR);
		const base = {
			created_date: created,
			updated_date: created,
			parent_product_id: line.id,
			is_kit: false,
			active: true,
			tags: ['sandbox'],
			additional_fields: {},
			trackstar_tags: [],
		};
		products.push({
			...base,
			id: line.id,
			name: line.name,
			sku: line.sku,
			// A parent's price and stock are its variants'.
			price: null,
			unit_cost: null,
			inventory: null,
			inventory_by_warehouse_id: {},
			external_system_url: `https://sandbox-store.example/products/${line.id}`,
		});
		line.variants.forEach((variant, variantIndex) => {
			const stock = [12 + lineIndex * 5 + variantIndex, 7 + variantIndex * 3, lineIndex];
			const byWarehouse = Object.fromEntries(
				CART_WAREHOUSES.map((warehouse, index) => [warehouse.id, stock[index]]),
			);
			products.push({
				...base,
				id: String(Number(line.id) + variantIndex + 1),
				name: `${line.name} - ${variant}`,
				sku: `${line.sku}-${variant}`,
				price: line.price,
				unit_cost: Math.round(line.price * 0.4 * 100) / 100,
				inventory: stock.reduce((sum, count) => sum + count, 0),
				inventory_by_warehouse_id: byWarehouse,
				external_system_url: `https://sandbox-store.example/products/${line.id}?variant=${variantIndex + 1}`,
			});
		});
	});
	return products.sort(compareRecords);
}

const SHIPPED: ReadonlySet<CartOrderStatus> = new Set(['fulfilled', 'partially_fulfilled']);

function seedOrders(now: Date, products: CartProduct[]): CartOrder[] {
	const variants = products.filter((product) => product.price !== null);
	const skuOf = (id: string) => products.find((product) => product.id === id)?.sku ?? null;
	return Array.from({ length: CART_ORDER_COUNT }, (_, index): CartOrder => {
		const id = String(5829104726 + index);
		const created = now.getTime() - (CART_ORDER_COUNT - index) * 9 * HOUR;
		const status = CART_ORDER_STATUSES[index % CART_ORDER_STATUSES.length];
		const [fullName, street, city, state, postalCode] = PEOPLE[index % PEOPLE.length];
		const picked = [variants[index % variants.length], variants[(index * 3 + 1) % variants.length]];
		const lineItems = [...new Set(picked)].map((variant, line) => ({
			line_item_id: `${id}-${line + 1}`,
			product_id: variant.id,
			product_sku: variant.sku,
			parent_product_id: variant.parent_product_id,
			parent_product_sku: skuOf(variant.parent_product_id),
			quantity: 1 + ((index + line) % 3),
			unit_price: variant.price,
			discount: 0,
			tax: Math.round((variant.price ?? 0) * 0.08 * 100) / 100,
		}));
		const subtotal = lineItems.reduce(
			(sum, item) => sum + item.quantity * ((item.unit_price ?? 0) + (item.tax ?? 0)),
			0,
		);
		const updated = toTrackstarDate(created + 2 * HOUR);
		const warehouse = CART_WAREHOUSES[index % CART_WAREHOUSES.length];
		const shipped = SHIPPED.has(status)
			? [
					{
						shipment_id: `shp_${id}`,
						raw_status: 'success',
						status: 'shipped' as const,
						warehouse_id: warehouse.id,
						shipping_method_id: 'ground',
						shipping_method_name: 'Ground',
						carrier_id: 'ups',
						carrier_name: 'UPS',
						tracking_number: `1Z999AA1${String(index).padStart(10, '0')}`,
						tracking_url: `https://www.ups.com/track?tracknum=1Z999AA1${String(index).padStart(10, '0')}`,
						line_items: lineItems
							.slice(0, status === 'fulfilled' ? lineItems.length : 1)
							.map((item) => ({
								shipment_line_item_id: `${item.line_item_id}-s`,
								product_id: item.product_id,
								product_sku: item.product_sku,
								parent_product_id: item.parent_product_id,
								parent_product_sku: item.parent_product_sku,
								quantity: item.quantity,
							})),
						shipping_groups: [],
						created_date: updated,
						updated_date: updated,
					},
				]
			: [];
		return {
			id,
			order_number: `#${1001 + index}`,
			created_date: toTrackstarDate(created),
			updated_date: updated,
			status,
			raw_status: status === 'other' ? 'on_hold_for_review' : status,
			requested_shipping_method: 'Standard',
			shipping_method_id: shipped.length > 0 ? 'ground' : null,
			shipping_method_name: shipped.length > 0 ? 'Ground' : null,
			carrier_id: shipped.length > 0 ? 'ups' : null,
			carrier_name: shipped.length > 0 ? 'UPS' : null,
			invoice_currency_code: 'USD',
			total_price: Math.round((subtotal + 5) * 100) / 100,
			total_tax:
				Math.round(
					lineItems.reduce((sum, item) => sum + item.quantity * (item.tax ?? 0), 0) * 100,
				) / 100,
			total_discount: 0,
			total_shipping: 5,
			ship_to_address: {
				full_name: fullName,
				company: null,
				address1: street,
				address2: null,
				address3: null,
				city,
				state,
				postal_code: postalCode,
				country: 'US',
				phone_number: null,
				email_address: `${fullName.split(' ')[0].toLowerCase()}@example.com`,
			},
			bill_to_address: {
				full_name: fullName,
				address1: street,
				address2: null,
				address3: null,
				city,
				state,
				postal_code: postalCode,
				country: 'US',
			},
			earliest_ship_date: null,
			latest_ship_date: null,
			line_items: lineItems,
			shipping_groups: [],
			shipments: shipped,
			external_system_url: `https://sandbox-store.example/orders/${id}`,
			additional_fields: {},
			trackstar_tags: [],
		};
	});
}

export interface CartSeed {
	warehouses: CartWarehouse[];
	products: CartProduct[];
	orders: CartOrder[];
}

export function seedCart(now: Date): CartSeed {
	const products = seedProducts(now);
	return { warehouses: seedWarehouses(now), products, orders: seedOrders(now, products) };
}
