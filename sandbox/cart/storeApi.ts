/**
 * What POST /cart/passthrough reaches: the sandbox's store, answering as Shopify's Admin REST API
 * does for the few paths the examples use. `GET /products.json` lists its products; an order's
 * payments are `GET /admin/api/<version>/orders/<id>/transactions.json` (one sale of the order's
 * total, and its refunds); `POST …/orders/<id>/refunds.json` refunds lines and money, checked as
 * Shopify checks them (lines of that order, no more units than bought, no more money than paid,
 * against the sale), and is kept so a test can see every refund the store took. Any other path is
 * the store's 404.
 */
import type { CartOrder, CartProduct } from './cartTypes';

export interface StoreTransaction {
	id: number;
	order_id: number;
	kind: 'sale' | 'refund';
	gateway: string;
	status: 'success';
	amount: string;
	currency: string;
	parent_id: number | null;
	created_at: string;
}

export interface StoreRefund {
	id: number;
	order_id: number;
	created_at: string;
	note: string | null;
	restock: boolean;
	refund_line_items: Array<{
		id: number;
		/** A number, as Shopify's; the seeded orders' IDs with a dash stay strings. */
		line_item_id: number | string;
		quantity: number;
		restock_type: string;
		subtotal: number;
		total_tax: number;
	}>;
	transactions: StoreTransaction[];
}

/** What the store's API reads and keeps: its orders and products, and the refunds it took. */
export interface StoreApiState {
	order(id: string): CartOrder | undefined;
	products(): readonly CartProduct[];
	refunds: StoreRefund[];
	now: () => Date;
}

interface VendorAnswer {
	status_code: number;
	headers: Record<string, string>;
	body: unknown;
}

const HEADERS = { 'content-type': 'application/json', 'x-vendor': 'cart-sandbox' };
const ORDER_PATH = /^\/admin\/api\/[\w-]+\/orders\/(\d+)\/(transactions|refunds)\.json$/;
const GATEWAY = 'shopify_payments';

const answer = (status: number, body: unknown): VendorAnswer => ({
	status_code: status,
	headers: HEADERS,
	body,
});
const refused = (field: string, message: string) => answer(422, { errors: { [field]: [message] } });
const cents = (amount: number) => Math.round(amount * 100);
const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The order's one payment: a sale of its total, its ID derived from the order's. */
function saleOf(order: CartOrder): StoreTransaction {
	return {
		id: Number(order.id) * 100,
		order_id: Number(order.id),
		kind: 'sale',
		gateway: GATEWAY,
		status: 'success',
		amount: (order.total_price ?? 0).toFixed(2),
		currency: order.invoice_currency_code,
		parent_id: null,
		created_at: order.created_date,
	};
}

function transactions(state: StoreApiState, order: CartOrder): VendorAnswer {
	const refunds = state.refunds
		.filter((refund) => refund.order_id === Number(order.id))
		.flatMap((refund) => refund.transactions);
	return answer(200, { transactions: [saleOf(order), ...refunds] });
}

/** Units of each line already refunded, and money already refunded, in cents. */
function refundedSoFar(state: StoreApiState, order: CartOrder) {
	const refunds = state.refunds.filter((refund) => refund.order_id === Number(order.id));
	const units = new Map<string, number>();
	for (const line of refunds.flatMap((refund) => refund.refund_line_items)) {
		const key = String(line.line_item_id);
		units.set(key, (units.get(key) ?? 0) + line.quantity);
	}
	const money = refunds
		.flatMap((refund) => refund.transactions)
		.reduce((sum, transaction) => sum + cents(Number(transaction.amount)), 0);
	return { units, money };
}

function refund(state: StoreApiState, order: CartOrder, body: unknown): VendorAnswer {
	const request = isObject(body) && isObject(body.refund) ? body.refund : undefined;
	if (request === undefined) {
		return answer(400, { errors: { refund: 'Required parameter missing or invalid' } });
	}
	const so = refundedSoFar(state, order);
	const lines = Array.isArray(request.refund_line_items) ? request.refund_line_items : [];
	const refundLines: StoreRefund['refund_line_items'] = [];
	for (const line of lines) {
		const given = isObject(line) ? line : {};
		const bought = order.line_items.find(
			(item) => item.line_item_id === String(given.line_item_id),
		);
		if (bought === undefined) {
			return refused(
				'refund_line_items',
				`Line item ${String(given.line_item_id)} is not on this order`,
			);
		}
		const quantity = Number(given.quantity);
		const left = bought.quantity - (so.units.get(bought.line_item_id) ?? 0);
		if (!Number.isInteger(quantity) || quantity < 1 || quantity > left) {
			return refused(
				'refund_line_items',
				`Quantity cannot refund more items than were purchased (${left} of line ${bought.line_item_id} left)`,
			);
		}
		refundLines.push({
			id: state.refunds.length * 100 + refundLines.length + 1,
			line_item_id: /^\d+$/.test(bought.line_item_id)
				? Number(bought.line_item_id)
				: bought.line_item_id,
			quantity,
			restock_type: String(given.restock_type ?? 'no_restock'),
			subtotal: (quantity * cents((bought.unit_price ?? 0) - (bought.discount ?? 0))) / 100,
			total_tax: (quantity * cents(bought.tax ?? 0)) / 100,
		});
	}
	const sale = saleOf(order);
	const createdAt = state
		.now()
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z');
	const moneyGiven = Array.isArray(request.transactions) ? request.transactions : [];
	const refundTransactions: StoreTransaction[] = [];
	let refunding = 0;
	for (const transaction of moneyGiven) {
		const given = isObject(transaction) ? transaction : {};
		if (given.kind !== 'refund' || Number(given.parent_id) !== sale.id) {
			return refused('transactions', `A refund's parent_id must be the order's sale ${sale.id}`);
		}
		const amount = cents(Number(given.amount));
		refunding += amount;
		if (!(amount > 0) || so.money + refunding > cents(Number(sale.amount))) {
			return refused('base', 'Amount cannot be greater than the refundable amount');
		}
		refundTransactions.push({
			...sale,
			id: sale.id + state.refunds.length + refundTransactions.length + 1,
			kind: 'refund',
			gateway: String(given.gateway ?? sale.gateway),
			amount: (amount / 100).toFixed(2),
			parent_id: sale.id,
			created_at: createdAt,
		});
	}
	if (refundLines.length === 0 && refundTransactions.length === 0) {
		return refused('base', 'A refund needs refund_line_items or transactions');
	}
	const stored: StoreRefund = {
		id: 900000001 + state.refunds.length,
		order_id: Number(order.id),
		created_at: createdAt,
		note: typeof request.note === 'string' ? request.note : null,
		restock: refundLines.some((line) => line.restock_type !== 'no_restock'),
		refund_line_items: refundLines,
		transactions: refundTransactions,
	};
	state.refunds.push(stored);
	return answer(201, { refund: stored });
}

/** The store's answer to a passthrough body already checked for method and path. */
export function storeApiAnswer(
	state: StoreApiState,
	request: { method: string; path: string; data?: unknown },
): VendorAnswer {
	if (request.method === 'GET' && request.path === '/products.json') {
		const products = state
			.products()
			.map((product) => ({ id: product.id, title: product.name, sku: product.sku }));
		return answer(200, { products });
	}
	const [, orderId, what] = ORDER_PATH.exec(request.path) ?? [];
	const order = orderId === undefined ? undefined : state.order(orderId);
	if (order !== undefined && what === 'transactions' && request.method === 'GET') {
		return transactions(state, order);
	}
	if (order !== undefined && what === 'refunds' && request.method === 'POST') {
		return refund(state, order, request.data);
	}
	return answer(404, { errors: 'Not Found' });
}
