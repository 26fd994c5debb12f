import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { matchesSearch, readPickerPages } from './searchPages';

const INBOUND_SHIPMENTS_PATH = '/wms/inbound-shipments';

const shipmentItem = (record: IDataObject): INodeListSearchItems => {
	const arrival =
		typeof record.expected_arrival_date === 'string'
			? ` · arrives ${record.expected_arrival_date.slice(0, 10)}`
			: '';
	return {
		name: `${String(record.purchase_order_number ?? record.id)} · ${String(record.status ?? '')}${arrival}`,
		value: String(record.id),
		url: typeof record.external_system_url === 'string' ? record.external_system_url : undefined,
	};
};

/**
 * Inbound shipments by purchase order number (Trackstar filters `purchase_order_number[contains]`);
 * a search that matches no PO number is tried as a shipment's ID.
 */
export async function searchInboundShipments(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = (filter ?? '').trim();
	const query: IDataObject = text === '' ? {} : { 'purchase_order_number[contains]': text };
	const page = await readPickerPages.call(
		this,
		{ path: INBOUND_SHIPMENTS_PATH, query, toItem: shipmentItem },
		paginationToken,
	);
	if (text !== '' && !paginationToken && page.results.length === 0) {
		const byId = await readPickerPages.call(this, {
			path: INBOUND_SHIPMENTS_PATH,
			query: { ids: text },
			toItem: shipmentItem,
		});
		return { results: byId.results };
	}
	return { results: page.results, paginationToken: page.nextToken };
}

/** The connection's suppliers (GET /wms/inbound-shipments/suppliers), by name or ID. */
export async function searchSuppliers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await readPickerPages.call(
		this,
		{
			path: `${INBOUND_SHIPMENTS_PATH}/suppliers`,
			keep: (record) => matchesSearch(filter, record.name, record.id),
			toItem: (record) => ({ name: String(record.name ?? record.id), value: String(record.id) }),
		},
		paginationToken,
	);
	return { results: page.results, paginationToken: page.nextToken };
}
