import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { matchesSearch, readPickerPages } from './searchPages';

/** "1Z8CZ3C80496442033 · Fuel Surcharges · 12.61 (ULN-0563196946)": the charge, its amount and invoice. */
const invoiceLineItemItem = (lineItem: IDataObject): INodeListSearchItems => {
	const charge = [lineItem.tracking_number, lineItem.charge_description, lineItem.net_cost]
		.filter((part) => part !== undefined && part !== null && part !== '')
		.map(String);
	const invoice = typeof lineItem.invoice_id === 'string' ? ` (${lineItem.invoice_id})` : '';
	return {
		name: `${charge.length > 0 ? charge.join(' · ') : String(lineItem.id)}${invoice}`,
		value: String(lineItem.id),
	};
};

/**
 * The carrier's invoice line items, newest first, found by tracking number, invoice, charge or
 * ID. Trackstar documents no text filter on the list, so the search runs over the records read.
 */
export async function searchInvoiceLineItems(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await readPickerPages.call(
		this,
		{
			path: '/carrier/invoice-line-items',
			keep: (lineItem) =>
				matchesSearch(
					filter,
					lineItem.tracking_number,
					lineItem.invoice_id,
					lineItem.charge_description,
					lineItem.id,
				),
			toItem: invoiceLineItemItem,
			newestFirst: true,
		},
		paginationToken,
	);
	return { results: page.results, paginationToken: page.nextToken };
}
