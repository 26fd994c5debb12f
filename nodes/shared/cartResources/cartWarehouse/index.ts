import { locatorField } from '../../fields/locators';
import { getOperation } from '../../operations/get';
import { getAllOperation } from '../../operations/getAll';
import { setTagsOperation } from '../../operations/setTags';
import { RECORD_DATE_FILTERS } from '../../wire/listFilters';
import type { RecordModel, TrackstarResource } from '../../model';

/** The store's warehouses (`/cart/warehouses`): the locations it keeps stock in and ships from. */
export const CART_WAREHOUSE: RecordModel = {
	noun: 'warehouse',
	plural: 'warehouses',
	path: '/cart/warehouses',
	pathParameter: 'warehouse_id',
	idField: locatorField({
		displayName: 'Warehouse',
		name: 'warehouseId',
		searchListMethod: 'searchCartWarehouses',
		idPlaceholder: 'e.g. 71209345',
		description: 'The warehouse: search by name or code, or give its Trackstar ID',
	}),
	filters: {
		conditions: RECORD_DATE_FILTERS,
		ids: { label: 'Warehouse IDs', noun: 'warehouse', placeholder: 'e.g. 71209345, 71209346' },
	},
};

export const cartWarehouseResource: TrackstarResource = {
	value: 'warehouse',
	displayName: 'Warehouse',
	defaultOperation: 'getAll',
	operations: [
		getOperation(CART_WAREHOUSE, {
			description:
				'Get one of the store’s warehouses (name, code, address). Needs its Trackstar ID; search by name or code.',
			action: 'Get a warehouse',
		}),
		getAllOperation(CART_WAREHOUSE, {
			description: 'List the store’s warehouses, with their IDs, names, codes and addresses',
			action: 'Get many warehouses',
		}),
		setTagsOperation(
			CART_WAREHOUSE,
			{
				description:
					'Replace the tags Trackstar keeps on a store warehouse. Needs its Trackstar ID.',
				// Trackstar is a name: n8n's lint would lower-case it, and the picker shows the action as written.
				action: 'Set Trackstar tags on a warehouse',
			},
			{
				note: "Not in the OpenAPI document; Trackstar's docs: api-reference/cart-api/warehouses/add-tag.mdx",
			},
		),
	],
};
