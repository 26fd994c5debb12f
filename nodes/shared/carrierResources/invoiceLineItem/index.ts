import { locatorField } from '../../fields/locators';
import { getOperation } from '../../operations/get';
import { getAllOperation } from '../../operations/getAll';
import { setTagsOperation } from '../../operations/setTags';
import type { RecordModel, TrackstarResource } from '../../model';
import { INVOICE_LINE_ITEM_LIST_FILTERS } from './invoiceLineItemFilters';
import { simplifyInvoiceLineItem } from './simplifyInvoiceLineItem';

/**
 * A carrier invoice's charges (`/carrier/invoice-line-items`): one line item per charge (a
 * shipment's base rate, fuel surcharge and tax are three), parsed from the carrier's own invoice.
 */
export const INVOICE_LINE_ITEM: RecordModel = {
	noun: 'invoice line item',
	plural: 'invoice line items',
	path: '/carrier/invoice-line-items',
	pathParameter: 'invoice_line_item_id',
	idField: locatorField({
		displayName: 'Invoice Line Item',
		name: 'invoiceLineItemId',
		searchListMethod: 'searchInvoiceLineItems',
		idPlaceholder: 'e.g. 6a0f3c9e2b7d41c58e9f1a2b',
		description:
			'The invoice line item: search by tracking number, invoice or charge, or give its Trackstar ID',
	}),
	filters: INVOICE_LINE_ITEM_LIST_FILTERS,
	simplify: {
		record: simplifyInvoiceLineItem,
		keeps:
			'ID, transaction date, account, invoice, tracking number, charge, gross and net cost; not the carrier’s raw columns',
	},
};

/** The Carrier API has no OpenAPI copy: where Trackstar's pages document each endpoint. */
const PAGES = {
	get: "Not in the OpenAPI document; Trackstar's docs: api-reference/carrier-api/invoice-line-items/get.mdx",
	getItem:
		"Not in the OpenAPI document; Trackstar's docs: api-reference/carrier-api/invoice-line-items/get-item.mdx",
	addTag:
		"Not in the OpenAPI document; Trackstar's docs: api-reference/carrier-api/invoice-line-items/add-tag.mdx",
};

export const invoiceLineItemResource: TrackstarResource = {
	value: 'invoiceLineItem',
	displayName: 'Invoice Line Item',
	defaultOperation: 'getAll',
	operations: [
		getOperation(
			INVOICE_LINE_ITEM,
			{
				description:
					'Get one charge of a carrier invoice (tracking number, invoice, charge, gross and net cost). Needs its Trackstar ID.',
				action: 'Get an invoice line item',
			},
			{ note: PAGES.getItem },
		),
		getAllOperation(INVOICE_LINE_ITEM, {
			description:
				'List the charges on the carrier’s invoices, one per charge, filtered by transaction date, created or updated date, or IDs; sum net_cost by tracking_number for a shipment’s cost',
			action: 'Get many invoice line items',
			endpoint: { method: 'GET', path: INVOICE_LINE_ITEM.path, note: PAGES.get },
		}),
		setTagsOperation(
			INVOICE_LINE_ITEM,
			{
				description:
					'Replace the tags Trackstar keeps on an invoice line item (e.g. disputed, reconciled). Needs its Trackstar ID.',
				// Trackstar is a name: n8n's lint would lower-case it, and the picker shows the action as written.
				action: 'Set Trackstar tags on an invoice line item',
			},
			{ note: PAGES.addTag },
		),
	],
};
