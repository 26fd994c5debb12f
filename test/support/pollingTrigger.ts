import type { IDataObject } from 'n8n-workflow';

import { TrackstarApi } from '../../credentials/TrackstarApi.credentials';
import { TrackstarPollingTrigger } from '../../nodes/TrackstarPollingTrigger/TrackstarPollingTrigger.node';
import type {
	CartOrder,
	CartProduct,
	InboundShipment,
	InventoryItem,
	Product,
	Return,
	Sandbox,
} from '../../sandbox';
import { activatePoller, runManualPoll } from '../harness/poll';
import { NODE_NAME } from '../harness/runNode';
import { trackstarCredentials } from './trackstar';

type Stock = Partial<
	Pick<InventoryItem, 'onhand' | 'fulfillable' | 'committed' | 'unfulfillable' | 'awaiting'>
>;
const STOCK_FIELDS = [
	'awaiting',
	'onhand',
	'committed',
	'unfulfillable',
	'fulfillable',
	'unsellable',
	'sellable',
] as const;

/**
 * An inventory item's stock changed in one warehouse and synced at `when`: the warehouse's figures
 * as given (sellable follows fulfillable), the item's totals summed over its warehouses again.
 */
export function changeStock(
	sandbox: Sandbox,
	id: string,
	when: string,
	warehouseId: string,
	stock: Stock,
): InventoryItem {
	const item = sandbox.inventoryItem(id) as InventoryItem;
	const before = item.inventory_by_warehouse_id[warehouseId];
	if (before === undefined) throw new Error(`${id} has no stock in ${warehouseId}`);
	const inWarehouse = { ...before, ...stock, sellable: stock.fulfillable ?? before.sellable };
	const byWarehouse = { ...item.inventory_by_warehouse_id, [warehouseId]: inWarehouse };
	const totals = Object.fromEntries(
		STOCK_FIELDS.map((field) => [
			field,
			Object.values(byWarehouse).reduce((sum, entry) => sum + entry[field], 0),
		]),
	);
	const changed: InventoryItem = {
		...item,
		...totals,
		inventory_by_warehouse_id: byWarehouse,
		updated_date: when,
	};
	sandbox.upsertInventoryItem(changed);
	return changed;
}

/** An item's first warehouse, for changes that need one. */
export const firstWarehouse = (item: InventoryItem) =>
	Object.keys(item.inventory_by_warehouse_id)[0];

/** An inventory item whose every figure is `fulfillable` (one warehouse), changed at `when`. */
export function setTotalStock(
	sandbox: Sandbox,
	id: string,
	when: string,
	fulfillable: number,
): InventoryItem {
	const item = sandbox.inventoryItem(id) as InventoryItem;
	const warehouses = Object.keys(item.inventory_by_warehouse_id);
	for (const warehouse of warehouses.slice(1))
		changeStock(sandbox, id, when, warehouse, {
			onhand: 0,
			fulfillable: 0,
			committed: 0,
			unfulfillable: 0,
		});
	return changeStock(sandbox, id, when, warehouses[0], {
		onhand: fulfillable,
		fulfillable,
		committed: 0,
		unfulfillable: 0,
	});
}

const itemTemplates = new WeakMap<Sandbox, InventoryItem>();
const productTemplates = new WeakMap<Sandbox, Product>();

/** A new inventory item, a copy of the catalog's first with its own ID and SKU, created at `when`. */
export function addInventoryItem(
	sandbox: Sandbox,
	id: string,
	when: string,
	changes: Partial<InventoryItem> = {},
): InventoryItem {
	if (!itemTemplates.has(sandbox)) itemTemplates.set(sandbox, sandbox.inventoryItems()[0]);
	const item: InventoryItem = {
		...(itemTemplates.get(sandbox) as InventoryItem),
		id,
		sku: `SKU-${id}`,
		created_date: when,
		updated_date: when,
		...changes,
	};
	sandbox.upsertInventoryItem(item);
	return item;
}

/** A new product, a copy of the catalog's first with its own ID and SKU, created at `when`. */
export function addProduct(
	sandbox: Sandbox,
	id: string,
	when: string,
	changes: Partial<Product> = {},
): Product {
	if (!productTemplates.has(sandbox)) productTemplates.set(sandbox, sandbox.products()[0]);
	const product: Product = {
		...(productTemplates.get(sandbox) as Product),
		id,
		sku: `SKU-${id}`,
		created_date: when,
		updated_date: when,
		...changes,
	};
	sandbox.upsertProduct(product);
	return product;
}

/** An existing product changed in the WMS and synced at `when`. */
export function changeProduct(
	sandbox: Sandbox,
	id: string,
	when: string,
	changes: Partial<Product>,
): Product {
	const product = { ...(sandbox.product(id) as Product), ...changes, updated_date: when };
	sandbox.upsertProduct(product);
	return product;
}

/** An inbound shipment changed in the WMS (its status, say) and synced at `when`. */
export function changeInboundShipment(
	sandbox: Sandbox,
	id: string,
	when: string,
	changes: Partial<InboundShipment>,
): InboundShipment {
	const shipment = sandbox
		.inboundShipments()
		.find((candidate) => candidate.id === id) as InboundShipment;
	const changed = { ...shipment, ...changes, updated_date: when };
	sandbox.upsertInboundShipment(changed);
	return changed;
}

/** A return changed in the WMS at `when` (its updated_date), as Trackstar's next sync shows it. */
export function changeReturn(
	sandbox: Sandbox,
	id: string,
	when: string,
	changes: Partial<Return>,
): Return {
	const record = sandbox.returns().find((candidate) => candidate.id === id) as Return;
	const changed = { ...record, ...changes, updated_date: when };
	sandbox.upsertReturn(changed);
	return changed;
}

const cartOrderTemplates = new WeakMap<Sandbox, CartOrder>();
const cartProductTemplates = new WeakMap<Sandbox, CartProduct>();

/** A new store order, a copy of the store's first with its own ID and number, created at `when`. */
export function addCartOrder(
	sandbox: Sandbox,
	id: string,
	when: string,
	changes: Partial<CartOrder> = {},
): CartOrder {
	if (!cartOrderTemplates.has(sandbox)) cartOrderTemplates.set(sandbox, sandbox.cartOrders()[0]);
	const order: CartOrder = {
		...(cartOrderTemplates.get(sandbox) as CartOrder),
		id,
		order_number: `#${id}`,
		status: 'open',
		created_date: when,
		updated_date: when,
		...changes,
	};
	sandbox.upsertCartOrder(order);
	return order;
}

/** A store order changed in the store and synced at `when` (its updated_date). */
export function changeCartOrder(
	sandbox: Sandbox,
	id: string,
	when: string,
	changes: Partial<CartOrder>,
): CartOrder {
	const order = sandbox.cartOrders().find((candidate) => candidate.id === id) as CartOrder;
	const changed = { ...order, ...changes, updated_date: when };
	sandbox.upsertCartOrder(changed);
	return changed;
}

/** A new store product, a copy of the store's first with its own ID and SKU, created at `when`. */
export function addCartProduct(
	sandbox: Sandbox,
	id: string,
	when: string,
	changes: Partial<CartProduct> = {},
): CartProduct {
	if (!cartProductTemplates.has(sandbox))
		cartProductTemplates.set(sandbox, sandbox.cartProducts()[0]);
	const product: CartProduct = {
		...(cartProductTemplates.get(sandbox) as CartProduct),
		id,
		parent_product_id: id,
		sku: `SKU-${id}`,
		created_date: when,
		updated_date: when,
		...changes,
	};
	sandbox.upsertCartProduct(product);
	return product;
}

/** A store product changed in the store and synced at `when`. */
export function changeCartProduct(
	sandbox: Sandbox,
	id: string,
	when: string,
	changes: Partial<CartProduct>,
): CartProduct {
	const product = sandbox.cartProducts().find((candidate) => candidate.id === id) as CartProduct;
	const changed = { ...product, ...changes, updated_date: when };
	sandbox.upsertCartProduct(changed);
	return changed;
}

const options = (sandbox: Sandbox, parameters: IDataObject, accessToken = sandbox.accessToken) => ({
	node: new TrackstarPollingTrigger(),
	credentialTypes: [new TrackstarApi()],
	credentials: { trackstarApi: trackstarCredentials(sandbox, { accessToken }) },
	parameters: parameters as never,
});

/** An activated Polling Trigger; `nodeStaticData` is what it had saved before (a restart), if anything. */
export function pollingPoller(
	sandbox: Sandbox,
	parameters: IDataObject,
	nodeStaticData?: IDataObject,
) {
	return activatePoller(
		options(sandbox, parameters),
		nodeStaticData ? { [`node:${NODE_NAME}`]: nodeStaticData } : {},
	);
}

/** An activated Polling Trigger whose credential holds another connection's access token. */
export function pollingPollerWithToken(
	sandbox: Sandbox,
	parameters: IDataObject,
	accessToken: string,
) {
	return activatePoller(options(sandbox, parameters, accessToken), {});
}

/** "Fetch Test Event" of the Polling Trigger. */
export async function manualPollingPoll(sandbox: Sandbox, parameters: IDataObject) {
	return await runManualPoll(options(sandbox, parameters));
}
