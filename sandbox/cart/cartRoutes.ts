/**
 * The Cart API: GET /cart/orders, /cart/products, /cart/warehouses and each record by ID, PUT
 * …/trackstar-tags on each, the writes of cartWrites.ts, and POST /cart/passthrough (to the store's
 * own API, storeApi.ts), over the records of seedCart.ts and storeCopy.ts. Lists take
 * the OpenAPI document's filters and the pagination of every other list (resources/query.ts).
 */
import type { Handler, Reply, SandboxRequest } from '../http';
import { Router, errorReply, jsonReply } from '../http';
import { passthroughBodyErrors } from '../passthrough';
import { RecordList } from '../resources/catalogStore';
import { compareRecords } from '../seedCatalog';
import type { CatalogContext, CatalogResource, WritableSource } from '../resources/common';
import { getRecord, listRecords, setRecordTags } from '../resources/common';
import type { ResourceFields } from '../resources/query';
import type { TrackstarTag } from '../types';
import { TEXT_OPERATORS, dateFields } from '../resources/query';
import { describeErrors } from '../writes';
import type { CartOrder, CartProduct, CartWarehouse } from './cartTypes';
import { CART_ORDER_STATUSES } from './cartTypes';
import { adjustCartInventory, createCartShipment } from './cartWrites';
import { seedCart } from './seedCart';
import { storeApiAnswer, type StoreRefund } from './storeApi';
import type { StoreCopy } from './storeCopy';

/** The cart connection's records, and the refunds its store took, re-seeded by reset. */
export class CartStore {
	readonly orders = new RecordList<CartOrder>();
	readonly products = new RecordList<CartProduct>();
	readonly warehouses = new RecordList<CartWarehouse>();
	readonly refunds: StoreRefund[] = [];

	/** `storeCopy`: the store's copy of a WMS order (storeCopy.ts), read at each reset. */
	constructor(
		private readonly now: Date,
		private readonly storeCopy: () => StoreCopy | undefined = () => undefined,
	) {
		this.reset();
	}

	reset(): void {
		const seed = seedCart(this.now);
		const copy = this.storeCopy();
		this.orders.load(copy ? [...seed.orders, copy.order].sort(compareRecords) : seed.orders);
		this.products.load(
			copy ? [...seed.products, ...copy.products].sort(compareRecords) : seed.products,
		);
		this.warehouses.load(seed.warehouses);
		this.refunds.length = 0;
	}
}

export const CART_ORDER_FILTER_FIELDS: ResourceFields<CartOrder> = {
	...dateFields<CartOrder>(),
	status: { kind: 'enum', operators: TEXT_OPERATORS, values: CART_ORDER_STATUSES },
	// Cart orders carry no warehouse customer: Trackstar documents the filter; none matches here.
	warehouse_customer_id: { kind: 'text', operators: TEXT_OPERATORS, get: () => null },
	order_number: { kind: 'text', operators: ['eq', 'in', 'nin', 'contains', 'not_contains'] },
};

/** A cart list: Trackstar's name for its 404, its ID parameter, its filters and where its records live. */
function cartResource<T extends { id: string; created_date: string }>(
	what: string,
	idParam: string,
	fields: ResourceFields<T>,
	records: RecordList<T>,
): CatalogResource<T, WritableSource<T>> {
	return { what, idParam, fields, records: () => records };
}

/** GET `path`, GET `path/{id}` and PUT `path/{id}/trackstar-tags` of one cart list. */
function addCartRoutes<
	T extends { id: string; created_date: string; trackstar_tags: TrackstarTag[] },
>(
	router: Router,
	context: CatalogContext,
	path: string,
	resource: CatalogResource<T, WritableSource<T>>,
): Router {
	const item = `${path}/:${resource.idParam}`;
	return router
		.add('GET', path, (request) => listRecords(resource, context, request))
		.add('GET', item, (request) => getRecord(resource, context, request))
		.add('PUT', `${item}/trackstar-tags`, (request) => setRecordTags(resource, context, request));
}

/** POST /cart/passthrough: the sandbox's store as a vendor (storeApi.ts). */
function cartPassthrough(context: CatalogContext, cart: CartStore, request: SandboxRequest): Reply {
	const errors = passthroughBodyErrors(request.body);
	if (Object.keys(errors).length > 0) {
		return errorReply(422, describeErrors(errors, 'request body'), { detail: { json: errors } });
	}
	const state = {
		order: (id: string) => cart.orders.get(id),
		products: () => cart.products.all(),
		refunds: cart.refunds,
		now: context.clock,
	};
	return jsonReply(
		storeApiAnswer(state, request.body as { method: string; path: string; data?: unknown }),
	);
}

/** The cart routes in front of `fallback`; `context` is the catalog's, for its clock. */
export function createCartRouter(
	context: CatalogContext,
	cart: CartStore,
	fallback: Handler,
): Router {
	const router = new Router(fallback);
	addCartRoutes(
		router,
		context,
		'/cart/orders',
		cartResource('Order', 'order_id', CART_ORDER_FILTER_FIELDS, cart.orders),
	);
	addCartRoutes(
		router,
		context,
		'/cart/products',
		cartResource('Product', 'product_id', dateFields<CartProduct>(), cart.products),
	);
	addCartRoutes(
		router,
		context,
		'/cart/warehouses',
		cartResource('Warehouse', 'warehouse_id', dateFields<CartWarehouse>(), cart.warehouses),
	);
	return router
		.add('POST', '/cart/orders/:order_id/shipments', (request) =>
			createCartShipment(context, cart, request),
		)
		.add('PUT', '/cart/products/:product_id/adjust-inventory', (request) =>
			adjustCartInventory(context, cart, request),
		)
		.add('POST', '/cart/passthrough', (request) => cartPassthrough(context, cart, request));
}
