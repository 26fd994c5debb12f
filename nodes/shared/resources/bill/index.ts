import { locatorField } from '../../fields/locators';
import { getOperation } from '../../operations/get';
import { getAllOperation } from '../../operations/getAll';
import { RECORD_DATE_FILTERS, WAREHOUSE_CUSTOMER_FILTER } from '../../wire/listFilters';
import type { RecordModel, TrackstarResource } from '../../model';

/** Trackstar's bills (`/wms/billing`): what the warehouse charged a warehouse customer, charge by charge. */
export const BILL: RecordModel = {
	noun: 'bill',
	plural: 'bills',
	path: '/wms/billing',
	pathParameter: 'bill_id',
	idField: locatorField({
		displayName: 'Bill',
		name: 'billId',
		searchListMethod: 'searchBills',
		idPlaceholder: 'e.g. 65a1f3c2e4b0a17d9c3e9d01',
		description:
			'The bill: search by charge type, or give its Trackstar ID (the id of a bill from Get Many)',
	}),
	filters: {
		conditions: [...RECORD_DATE_FILTERS, WAREHOUSE_CUSTOMER_FILTER],
		ids: { label: 'Bill IDs', noun: 'bill', placeholder: 'e.g. 65a1f3c2e4b0a17d9c3e9d01' },
	},
};

export const billResource: TrackstarResource = {
	value: 'bill',
	displayName: 'Bill',
	defaultOperation: 'getAll',
	operations: [
		getOperation(BILL, {
			description:
				'Get one bill (charge type, amount, currency, the order or object charged for). Needs its Trackstar ID.',
			action: 'Get a bill',
		}),
		getAllOperation(BILL, {
			description:
				"List the warehouse's bills (charge type, amount, currency), filtered by warehouse customer or date",
			action: 'Get many bills',
		}),
	],
};
