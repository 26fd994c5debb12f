import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { matchesSearch, readPickerPages } from './searchPages';

/** Sales channels of the connection's orders (GET /wms/orders/channels) by name or ID. */
export async function searchChannels(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await readPickerPages.call(
		this,
		{
			path: '/wms/orders/channels',
			keep: (channel: IDataObject) => matchesSearch(filter, channel.name, channel.id),
			toItem: (channel: IDataObject) => ({
				name: String(channel.name ?? channel.id),
				value: String(channel.id),
			}),
		},
		paginationToken,
	);
	return { results: page.results, paginationToken: page.nextToken };
}
