import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { matchesSearch, readPickerPages } from './searchPages';

type ListSearch = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

/**
 * A picker over one of Trackstar's lists that cannot be filtered by what is searched: the search
 * runs over `searchable` fields of the records read, the most recent first where asked.
 */
export function referenceListSearch(
	path: string,
	searchable: string[],
	toItem: (record: IDataObject) => INodeListSearchItems,
	{ newestFirst = false }: { newestFirst?: boolean } = {},
): ListSearch {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		const page = await readPickerPages.call(
			this,
			{
				path,
				keep: (record) => matchesSearch(filter, ...searchable.map((field) => record[field])),
				toItem,
				newestFirst,
			},
			paginationToken,
		);
		return { results: page.results, paginationToken: page.nextToken };
	};
}

const byName = (record: IDataObject): INodeListSearchItems => ({
	name: String(record.name ?? record.id),
	value: String(record.id),
});

/** Shown as "name (detail)", unless the name already says it. */
export const byNameWith =
	(detailField: string) =>
	(record: IDataObject): INodeListSearchItems => {
		const { name, value } = byName(record);
		const detail = record[detailField];
		return {
			name:
				typeof detail === 'string' && detail !== '' && !name.includes(detail)
					? `${name} (${detail})`
					: name,
			value,
		};
	};

/** Sales channels of the connection's orders, by name or ID. */
export const searchChannels = referenceListSearch('/wms/orders/channels', ['name', 'id'], byName);

/** Warehouse customers (the WMS's merchants), by name or ID. */
export const searchWarehouseCustomers = referenceListSearch(
	'/wms/warehouse-customers',
	['name', 'id'],
	byName,
);

/** Shipping methods by name, carrier or ID, shown as "LTL Freight (XPO Logistics)". */
export const searchShippingMethods = referenceListSearch(
	'/wms/shipping-methods',
	['name', 'carrier_name', 'id'],
	byNameWith('carrier_name'),
);

/** Warehouses (the buildings orders ship from) by name, code or ID, shown as "Reno, NV (RNO1)". */
export const searchWarehouses = referenceListSearch(
	'/wms/warehouses',
	['name', 'code', 'id'],
	byNameWith('code'),
);
