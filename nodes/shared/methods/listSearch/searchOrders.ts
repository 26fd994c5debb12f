import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { matchesSearch, readPickerPages, readSearchToken } from './searchPages';

type SearchField = 'order_number' | 'reference_id';

/** Where a search continues: which field is searched, and Trackstar's page token in it. */
interface OrderSearchToken {
	field?: SearchField;
	page?: string;
}

function orderItem(order: IDataObject) {
	const number = String(order.order_number ?? order.id);
	const reference =
		order.reference_id && order.reference_id !== order.order_number
			? ` · ref ${String(order.reference_id)}`
			: '';
	return {
		name: `${number}${reference} · ${String(order.status ?? 'unknown status')}`,
		value: String(order.id),
		url: typeof order.external_system_url === 'string' ? order.external_system_url : undefined,
	};
}

/**
 * Orders by order number or reference ID. Trackstar ANDs filters, so a search reads the orders
 * whose number contains the text, then those whose reference ID does, leaving out the ones the
 * first pass already showed; the pagination token remembers which pass it is in.
 */
export async function searchOrders(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = (filter ?? '').trim();
	if (text === '') {
		const page = await readPickerPages.call(
			this,
			{ path: '/wms/orders', toItem: orderItem, newestFirst: true },
			paginationToken,
		);
		return { results: page.results, paginationToken: page.nextToken };
	}

	const searchPass = async (field: SearchField, pageToken?: string) =>
		await readPickerPages.call(
			this,
			{
				path: '/wms/orders',
				query: { [`${field}[contains-insensitive]`]: text },
				keep:
					field === 'reference_id'
						? (order) => !matchesSearch(text, order.order_number)
						: undefined,
				toItem: orderItem,
				newestFirst: true,
			},
			pageToken,
		);

	const continueAt = (field: SearchField, page?: string) => page && JSON.stringify({ field, page });

	const token = readSearchToken<OrderSearchToken>(paginationToken);
	if (token.field === 'reference_id') {
		const byReference = await searchPass('reference_id', token.page);
		return {
			results: byReference.results,
			paginationToken: continueAt('reference_id', byReference.nextToken),
		};
	}
	const byNumber = await searchPass('order_number', token.page);
	if (byNumber.nextToken) {
		return {
			results: byNumber.results,
			paginationToken: continueAt('order_number', byNumber.nextToken),
		};
	}
	// The number pass is over: go straight on to reference IDs, so no call ends empty-handed too early.
	const byReference = await searchPass('reference_id');
	return {
		results: [...byNumber.results, ...byReference.results],
		paginationToken: continueAt('reference_id', byReference.nextToken),
	};
}
