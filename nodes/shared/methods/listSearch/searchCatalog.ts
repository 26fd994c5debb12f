import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { pathSegment } from '../../transport/request';
import { locatorValue } from '../../wire/values';
import { matchesSearch, readPickerPages, readSearchToken } from './searchPages';

const skuItem = (record: IDataObject): INodeListSearchItems => ({
	name: record.sku
		? `${String(record.sku)} · ${String(record.name ?? '')}`
		: String(record.name ?? record.id),
	value: String(record.id),
	url: typeof record.external_system_url === 'string' ? record.external_system_url : undefined,
});

/**
 * Records by SKU or name. Trackstar filters SKUs (`sku[contains]`) but not names, so a search
 * reads the SKU matches first, then the whole list for names that match, leaving out what the
 * first pass showed; the pagination token remembers which pass it is in.
 */
function skuOrNameSearch(path: string) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const text = (filter ?? '').trim();
		if (text === '') {
			const page = await readPickerPages.call(
				this,
				{ path, toItem: skuItem, newestFirst: true },
				paginationToken,
			);
			return { results: page.results, paginationToken: page.nextToken };
		}
		const byName = async (page?: string) => {
			const found = await readPickerPages.call(
				this,
				{
					path,
					keep: (record) =>
						matchesSearch(text, record.name) && !String(record.sku ?? '').includes(text),
					toItem: skuItem,
					newestFirst: true,
				},
				page,
			);
			return {
				results: found.results,
				paginationToken: found.nextToken && JSON.stringify({ pass: 'name', page: found.nextToken }),
			};
		};
		const token = readSearchToken<{ pass: 'name'; page: string }>(paginationToken);
		if (token.pass === 'name') return await byName(token.page);

		const bySku = await readPickerPages.call(
			this,
			{ path, query: { 'sku[contains]': text }, toItem: skuItem, newestFirst: true },
			token.page,
		);
		if (bySku.nextToken) {
			return { results: bySku.results, paginationToken: JSON.stringify({ page: bySku.nextToken }) };
		}
		const names = await byName();
		return {
			results: [...bySku.results, ...names.results],
			paginationToken: names.paginationToken,
		};
	};
}

/** Inventory items by SKU or name, shown as "SKU · name". */
export const searchInventoryItems = skuOrNameSearch('/wms/inventory');

/** Products by SKU or name, shown as "SKU · name". */
export const searchProducts = skuOrNameSearch('/wms/products');

/** The locations of the warehouse chosen in the Warehouse field, by name, type or ID. */
export async function searchLocations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const warehouse = locatorValue(this.getCurrentNodeParameter('warehouseId'));
	if (typeof warehouse !== 'string' || warehouse.trim() === '' || warehouse.startsWith('=')) {
		return { results: [] };
	}
	const page = await readPickerPages.call(
		this,
		{
			path: `/wms/warehouses/${pathSegment(warehouse, 'Warehouse', this, 0, 'a Get Many warehouses step')}/locations`,
			keep: (record) => matchesSearch(filter, record.name, record.type, record.id),
			toItem: (record) => ({
				name: record.type
					? `${String(record.name ?? record.id)} (${String(record.type)})`
					: String(record.name ?? record.id),
				value: String(record.id),
			}),
		},
		paginationToken,
	);
	return { results: page.results, paginationToken: page.nextToken };
}
