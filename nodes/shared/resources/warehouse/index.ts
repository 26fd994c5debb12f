import { locatorField } from '../../fields/locators';
import { getOperation } from '../../operations/get';
import { getAllOperation } from '../../operations/getAll';
import { setTagsOperation } from '../../operations/setTags';
import { RECORD_DATE_FILTERS } from '../../wire/listFilters';
import type { RecordModel, TrackstarResource } from '../../model';
import { getAllLocationsOperation, getLocationOperation } from './warehouse.locations.operation';

/** Trackstar's warehouses (`/wms/warehouses`): the buildings stock sits in and orders ship from. */
export const WAREHOUSE: RecordModel = {
	noun: 'warehouse',
	plural: 'warehouses',
	path: '/wms/warehouses',
	pathParameter: 'warehouse_id',
	idField: locatorField({
		displayName: 'Warehouse',
		name: 'warehouseId',
		searchListMethod: 'searchWarehouses',
		idPlaceholder: 'e.g. wh_reno_01',
		description: 'The warehouse: search by name or code, or give its Trackstar ID',
	}),
	filters: {
		conditions: RECORD_DATE_FILTERS,
		ids: { label: 'Warehouse IDs', noun: 'warehouse', placeholder: 'e.g. wh_reno_01, wh_abe_02' },
	},
};

export const warehouseResource: TrackstarResource = {
	value: 'warehouse',
	displayName: 'Warehouse',
	defaultOperation: 'getAll',
	operations: [
		getOperation(WAREHOUSE, {
			description:
				'Get one warehouse (name, code, address). Needs its Trackstar ID; search by name or code.',
			action: 'Get a warehouse',
		}),
		getAllOperation(WAREHOUSE, {
			description:
				'List the warehouses of the connected WMS, with their IDs, names, codes and addresses',
			action: 'Get many warehouses',
		}),
		getAllLocationsOperation(WAREHOUSE),
		getLocationOperation(WAREHOUSE),
		setTagsOperation(WAREHOUSE, {
			description: 'Replace the tags Trackstar keeps on a warehouse. Needs its Trackstar ID.',
			// Trackstar is a name: n8n's lint would lower-case it, and the picker shows the action as written.
			action: 'Set Trackstar tags on a warehouse',
		}),
	],
};
