import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { matchesSearch, readPickerPages } from './searchPages';

/** Warehouse customers (the WMS's merchants) by name or ID; Trackstar's list has no name filter. */
export async function searchWarehouseCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await readPickerPages.call(
		this,
		{
			path: '/wms/warehouse-customers',
			keep: (customer: IDataObject) => matchesSearch(filter, customer.name, customer.id),
			toItem: (customer: IDataObject) => ({
				name: String(customer.name ?? customer.id),
				value: String(customer.id),
			}),
		},
		paginationToken,
	);
	return { results: page.results, paginationToken: page.nextToken };
}
