import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { matchesSearch, readPickerPages } from './searchPages';

type ListSearch = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

/**
 * A picker over one of Trackstar's reference lists, which cannot be filtered by name: the
 * search runs over `searchable` fields of the records read.
 */
function referenceListSearch(
	path: string,
	searchable: string[],
	toItem: (record: IDataObject) => INodeListSearchItems,
): ListSearch {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		const page = await readPickerPages.call(
			this,
			{ path, keep: (record) => matchesSearch(filter, ...searchable.map((field) => record[field])), toItem },
			paginationToken,
		);
		return { results: page.results, paginationToken: page.nextToken };
	};
}

const byName = (record: IDataObject): INodeListSearchItems => ({
	name: String(record.name ?? record.id),
	value: String(record.id),
});

/** Sales channels of the connection's orders, by name or ID. */
export const searchChannels = referenceListSearch('/wms/orders/channels', ['name', 'id'], byName);

/** Warehouse customers (the WMS's merchants), by name or ID. */
export const searchWarehouseCustomers = referenceListSearch('/wms/warehouse-customers', ['name', 'id'], byName);

/** Shipping methods by name, carrier or ID, shown as "FedEx Ground (FedEx)". */
export const searchShippingMethods = referenceListSearch(
	'/wms/shipping-methods',
	['name', 'carrier_name', 'id'],
	(method) => {
		const { name, value } = byName(method);
		const carrier = typeof method.carrier_name === 'string' ? method.carrier_name : undefined;
		return { name: carrier && !name.includes(carrier) ? `${name} (${carrier})` : name, value };
	},
);
