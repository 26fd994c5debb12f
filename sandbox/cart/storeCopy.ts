/**
 * The store's copy of one WMS order, as if the sandbox's WMS and store were one merchant's and the
 * order came from the store: the order of the return the WMS received last, so a received return
 * can be refunded in the store (examples/refund-cart-order-on-return.json). Same order number and
 * SKUs; its lines name store products of those SKUs, added beside the seeded ones.
 */
import type { Return } from '../resources/returnTypes';
import type { Order } from '../types';
import type { CartOrder, CartProduct } from './cartTypes';
import { CART_ORDER_COUNT, CART_WAREHOUSES } from './seedCart';

/** Its ID follows the seeded orders' (5829104726 onwards). */
export const STORE_COPY_ORDER_ID = String(5829104726 + CART_ORDER_COUNT);
const FIRST_PRODUCT_ID = 40812300000;

const money = (amount: number) => Math.round(amount * 100) / 100;

/** The WMS order of the newest received return, if it has one. */
export function lastReturnedOrder(
	returns: readonly Return[],
	order: (id: string) => Order | undefined,
): Order | undefined {
	const received = returns
		.filter((record) => record.status === 'received' && record.order_id !== null)
		.sort((a, b) => (a.updated_date < b.updated_date ? 1 : -1));
	return received.length > 0 ? order(received[0].order_id!) : undefined;
}

export interface StoreCopy {
	order: CartOrder;
	products: CartProduct[];
}

/** The store's order and products for `order`; `productName` names a SKU as the WMS catalog does. */
export function storeCopyOf(
	order: Order,
	productName: (sku: string) => string | undefined,
): StoreCopy {
	const id = STORE_COPY_ORDER_ID;
	const lines = order.line_items.filter((line) => line.sku !== null);
	const products = lines.map((line, index): CartProduct => {
		const productId = String(FIRST_PRODUCT_ID + index);
		const sku = line.sku!;
		const price = line.unit_price ?? 0;
		return {
			id: productId,
			created_date: order.created_date,
			updated_date: order.created_date,
			name: productName(sku) ?? sku,
			sku,
			parent_product_id: productId,
			is_kit: false,
			active: true,
			price,
			unit_cost: money(price * 0.4),
			inventory: 0,
			inventory_by_warehouse_id: Object.fromEntries(CART_WAREHOUSES.map(({ id }) => [id, 0])),
			tags: ['sandbox'],
			external_system_url: `https://sandbox-store.example/products/${productId}`,
			additional_fields: {},
			trackstar_tags: [],
		};
	});
	const lineItems = lines.map((line, index) => {
		const price = line.unit_price ?? 0;
		// The WMS's discount is the line's; the store's is per unit.
		const discount = money((line.discount_amount ?? 0) / line.quantity);
		return {
			line_item_id: `${id}${index + 1}`,
			product_id: products[index].id,
			product_sku: line.sku,
			parent_product_id: products[index].id,
			parent_product_sku: line.sku,
			quantity: line.quantity,
			unit_price: price,
			discount,
			tax: money((price - discount) * 0.08),
		};
	});
	const sum = (amount: (line: (typeof lineItems)[number]) => number) =>
		money(lineItems.reduce((total, line) => total + line.quantity * amount(line), 0));
	const shipped = order.shipments[0]?.shipped_date ?? order.updated_date;
	const warehouse = CART_WAREHOUSES[0];
	const tracking = `1Z999AA1${id.slice(-10)}`;
	const address = order.ship_to_address;
	const totalShipping = order.total_shipping ?? 0;
	return {
		products,
		order: {
			id,
			order_number: order.order_number,
			created_date: order.created_date,
			updated_date: shipped,
			status: 'fulfilled',
			raw_status: 'fulfilled',
			requested_shipping_method: 'Standard',
			shipping_method_id: 'ground',
			shipping_method_name: 'Ground',
			carrier_id: 'ups',
			carrier_name: 'UPS',
			invoice_currency_code: order.invoice_currency_code,
			total_price: money(sum((line) => line.unit_price - line.discount + line.tax) + totalShipping),
			total_tax: sum((line) => line.tax),
			total_discount: sum((line) => line.discount),
			total_shipping: totalShipping,
			ship_to_address: address,
			bill_to_address: {
				full_name: address.full_name,
				address1: address.address1,
				address2: address.address2,
				address3: address.address3,
				city: address.city,
				state: address.state,
				postal_code: address.postal_code,
				country: address.country,
			},
			earliest_ship_date: null,
			latest_ship_date: null,
			line_items: lineItems,
			shipping_groups: [],
			shipments: [
				{
					shipment_id: `shp_${id}`,
					raw_status: 'success',
					status: 'shipped',
					warehouse_id: warehouse.id,
					shipping_method_id: 'ground',
					shipping_method_name: 'Ground',
					carrier_id: 'ups',
					carrier_name: 'UPS',
					tracking_number: tracking,
					tracking_url: `https://www.ups.com/track?tracknum=${tracking}`,
					line_items: lineItems.map((line) => ({
						shipment_line_item_id: `${line.line_item_id}-s`,
						product_id: line.product_id,
						product_sku: line.product_sku,
						parent_product_id: line.parent_product_id,
						parent_product_sku: line.parent_product_sku,
						quantity: line.quantity,
					})),
					shipping_groups: [],
					created_date: shipped,
					updated_date: shipped,
				},
			],
			external_system_url: `https://sandbox-store.example/orders/${id}`,
			additional_fields: {},
			trackstar_tags: [],
		},
	};
}
