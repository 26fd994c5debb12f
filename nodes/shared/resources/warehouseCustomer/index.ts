import { locatorField } from '../../fields/locators';
import { getOperation } from '../../operations/get';
import { getAllOperation } from '../../operations/getAll';
import { RECORD_DATE_FILTERS } from '../../wire/listFilters';
import type { RecordModel, TrackstarResource } from '../../model';

/** Trackstar's warehouse customers (`/wms/warehouse-customers`): the merchants a 3PL stores stock for. */
export const WAREHOUSE_CUSTOMER: RecordModel = {
	noun: 'warehouse customer',
	plural: 'warehouse customers',
	path: '/wms/warehouse-customers',
	pathParameter: 'warehouse_customer_id',
	idField: locatorField({
		displayName: 'Warehouse Customer',
		name: 'warehouseCustomerId',
		searchListMethod: 'searchWarehouseCustomers',
		idPlaceholder: 'e.g. 65a1f3c2e4b0a17d9c3e5f01',
		description: 'The warehouse customer (merchant): search by name, or give its Trackstar ID',
	}),
	filters: {
		conditions: RECORD_DATE_FILTERS,
		ids: {
			label: 'Warehouse Customer IDs',
			noun: 'warehouse customer',
			placeholder: 'e.g. 65a1f3c2e4b0a17d9c3e5f01, 65a1f3c2e4b0a17d9c3e5f02',
		},
	},
};

export const warehouseCustomerResource: TrackstarResource = {
	value: 'warehouseCustomer',
	displayName: 'Warehouse Customer',
	defaultOperation: 'getAll',
	operations: [
		getOperation(WAREHOUSE_CUSTOMER, {
			description: 'Get one warehouse customer (merchant) by its Trackstar ID; search by name',
			action: 'Get a warehouse customer',
		}),
		getAllOperation(WAREHOUSE_CUSTOMER, {
			description:
				'List the warehouse customers (merchants) of the connected WMS, with their IDs, names and emails',
			action: 'Get many warehouse customers',
		}),
	],
};
