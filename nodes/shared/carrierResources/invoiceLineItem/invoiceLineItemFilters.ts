import { RECORD_DATE_FILTERS, type ListFilters } from '../../wire/listFilters';

/**
 * GET /carrier/invoice-line-items's filters. Trackstar has no OpenAPI copy of the Carrier API;
 * its pages document `transaction_date[gte]` and `[lte]` (use-cases/carrier-invoice-data.mdx), to
 * which the node adds the strict comparisons of the same grammar, and nothing else: the dates
 * and IDs every Trackstar list takes complete them (api-reference/carrier-api/invoice-line-items/).
 */
export const INVOICE_LINE_ITEM_LIST_FILTERS: ListFilters = {
	conditions: [
		...RECORD_DATE_FILTERS,
		{
			key: 'transactionDate',
			field: 'transaction_date',
			label: 'Transaction Date',
			kind: 'date',
			operators: ['gt', 'gte', 'lt', 'lte'],
		},
	],
	ids: {
		label: 'Invoice Line Item IDs',
		noun: 'invoice line item',
		placeholder: 'e.g. 6a0f3c9e2b7d41c58e9f1a2b, 6a0f3c9e2b7d41c58e9f1a2c',
	},
};
