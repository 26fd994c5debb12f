import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { matchesSearch, readPickerPages } from './searchPages';

/** Shipping methods by name, carrier or ID, shown as "FedEx Ground (FedEx)". */
export async function searchShippingMethods(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await readPickerPages.call(
		this,
		{
			path: '/wms/shipping-methods',
			keep: (method: IDataObject) => matchesSearch(filter, method.name, method.carrier_name, method.id),
			toItem: (method: IDataObject) => {
				const name = String(method.name ?? method.id);
				const carrier = typeof method.carrier_name === 'string' ? method.carrier_name : undefined;
				return {
					name: carrier && !name.includes(carrier) ? `${name} (${carrier})` : name,
					value: String(method.id),
				};
			},
		},
		paginationToken,
	);
	return { results: page.results, paginationToken: page.nextToken };
}
