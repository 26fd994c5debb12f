import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { matchesSearch, readPickerPages, readSearchToken, type PickerPage } from './searchPages';

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

/** The statuses a shipment can still be received in: Receive's picker lists these first. */
const RECEIVABLE = 'open,in-transit,receiving';

/**
 * Inbound shipments by purchase order number (Trackstar filters `purchase_order_number[contains]`),
 * the most recent first; a search that matches no PO number is tried as a shipment's ID. For
 * Receive, the shipments still to receive come first (open, in transit, receiving), then the
 * rest; the pagination token remembers which pass it is in.
 */
export async function searchInboundShipments(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = (filter ?? '').trim();
	const search: IDataObject = text === '' ? {} : { 'purchase_order_number[contains]': text };
	const read = async (query: IDataObject, page?: string) =>
		await readPickerPages.call(
			this,
			{ path: INBOUND_SHIPMENTS_PATH, query, toItem: shipmentItem, newestFirst: true },
			page,
		);

	let page: PickerPage;
	if (this.getCurrentNodeParameter('operation') === 'receive') {
		// Which pass a Receive search is in (the receivable shipments, then the rest), and where.
		const pass = readSearchToken<{ rest: boolean; page: string }>(paginationToken);
		const rest = async (token?: string) => {
			const found = await read({ ...search, 'status[nin]': RECEIVABLE }, token);
			return {
				...found,
				nextToken: found.nextToken && JSON.stringify({ rest: true, page: found.nextToken }),
			};
		};
		if (pass.rest) {
			page = await rest(pass.page);
		} else {
			const receivable = await read({ ...search, 'status[in]': RECEIVABLE }, pass.page);
			// The receivable ones are all shown: go straight on to the rest, so no call ends empty-handed.
			const next = receivable.nextToken ? undefined : await rest();
			page = {
				results: [...receivable.results, ...(next?.results ?? [])],
				nextToken: receivable.nextToken
					? JSON.stringify({ page: receivable.nextToken })
					: next?.nextToken,
			};
		}
	} else {
		page = await read(search, paginationToken);
	}
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
