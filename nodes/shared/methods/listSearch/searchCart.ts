import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { byNameWith, referenceListSearch } from './searchReferenceLists';
import { matchesSearch, readPickerPages } from './searchPages';

const cartOrderItem = (order: IDataObject): INodeListSearchItems => ({
	name: `${String(order.order_number ?? order.id)} · ${String(order.status ?? 'unknown status')}`,
	value: String(order.id),
	url: typeof order.external_system_url === 'string' ? order.external_system_url : undefined,
});

const cartProductItem = (product: IDataObject): INodeListSearchItems => ({
	name: product.sku
		? `${String(product.sku)} · ${String(product.name ?? '')}`
		: String(product.name ?? product.id),
	value: String(product.id),
	url: typeof product.external_system_url === 'string' ? product.external_system_url : undefined,
});

/** The store's orders by order number (`order_number[contains]`), newest first. */
export async function searchCartOrders(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = (filter ?? '').trim();
	const page = await readPickerPages.call(
		this,
		{
			path: '/cart/orders',
			query: text === '' ? undefined : { 'order_number[contains]': text },
			toItem: cartOrderItem,
			newestFirst: true,
		},
		paginationToken,
	);
	return { results: page.results, paginationToken: page.nextToken };
}

/**
 * The store's products by SKU or name, shown as "SKU · name", newest first. The cart list filters
 * neither, so the search runs over the records read.
 */
export async function searchCartProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await readPickerPages.call(
		this,
		{
			path: '/cart/products',
			keep: (product) => matchesSearch(filter, product.sku, product.name, product.id),
			toItem: cartProductItem,
			newestFirst: true,
		},
		paginationToken,
	);
	return { results: page.results, paginationToken: page.nextToken };
}

/** The store's warehouses by name, code or ID, shown as "Main Warehouse (MAIN)". */
export const searchCartWarehouses = referenceListSearch(
	'/cart/warehouses',
	['name', 'code', 'id'],
	byNameWith('code'),
);
