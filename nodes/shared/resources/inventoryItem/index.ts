import { locatorField } from '../../fields/locators';
import type { RecordLookup } from '../../fields/recordLookup';
import { getOperation } from '../../operations/get';
import { getAllOperation } from '../../operations/getAll';
import { setTagsOperation } from '../../operations/setTags';
import {
	RECORD_DATE_FILTERS,
	WAREHOUSE_CUSTOMER_FILTER,
	type ConditionFilter,
	type ListFilters,
} from '../../wire/listFilters';
import { simplifyInventoryItem } from './simplifyInventoryItem';
import { adjustInventoryOperation } from './inventoryItem.adjust.operation';
import { getInventoryLedgerOperation } from './inventoryItem.getLedger.operation';
import type { RecordModel, TrackstarResource } from '../../model';

/** GET /wms/inventory and /wms/products filter SKUs with these comparisons (no neq, no case-insensitive forms). */
export const SKU_FILTER: ConditionFilter = {
	key: 'sku',
	field: 'sku',
	label: 'SKU',
	kind: 'text',
	operators: ['eq', 'in', 'nin', 'contains', 'not_contains'],
};

export const INVENTORY_LIST_FILTERS: ListFilters = {
	conditions: [...RECORD_DATE_FILTERS, WAREHOUSE_CUSTOMER_FILTER, SKU_FILTER],
	booleans: [
		{
			key: 'active',
			field: 'active',
			label: 'Active',
			description: 'Whether to list only active inventory items (on) or only inactive ones (off)',
		},
	],
	ids: {
		label: 'Inventory Item IDs',
		noun: 'inventory item',
		placeholder: 'e.g. inv_8f2c1e, inv_93ab07',
	},
};

/** A product or an inventory item by its SKU (`sku[eq]`). */
export const SKU_LOOKUP: RecordLookup = {
	mode: 'sku',
	displayName: 'By SKU',
	label: 'SKU',
	field: 'sku',
	placeholder: 'e.g. TEE-BLK-M',
};

/** Trackstar's inventory items (`/wms/inventory`): stock of one SKU, in total and per warehouse. */
export const INVENTORY_ITEM: RecordModel = {
	noun: 'inventory item',
	plural: 'inventory items',
	path: '/wms/inventory',
	pathParameter: 'inventory_id',
	idField: locatorField({
		displayName: 'Inventory Item',
		name: 'inventoryItemId',
		searchListMethod: 'searchInventoryItems',
		idPlaceholder: 'e.g. inv_8f2c1e',
		lookups: [SKU_LOOKUP],
		description:
			'The inventory item: search by SKU or name, give its Trackstar ID (the id of an inventory item from Get Many), or type its exact SKU',
	}),
	lookups: [SKU_LOOKUP],
	filters: INVENTORY_LIST_FILTERS,
	simplify: {
		record: simplifyInventoryItem,
		keeps:
			'ID, SKU, name, active, stock totals (onhand, fulfillable, committed, sellable, awaiting, unfulfillable) and the same per warehouse',
	},
};

export const inventoryItemResource: TrackstarResource = {
	value: 'inventoryItem',
	displayName: 'Inventory Item',
	defaultOperation: 'getAll',
	operations: [
		getOperation(INVENTORY_ITEM, {
			description:
				'Get the stock of one inventory item (onhand, fulfillable, committed, in total and per warehouse). Needs its Trackstar ID; search by SKU or name.',
			action: 'Get an inventory item',
		}),
		getAllOperation(INVENTORY_ITEM, {
			description:
				'List inventory items with their stock, filtered by SKU, active, warehouse customer or date; fulfillable is the quantity available to ship',
			action: 'Get many inventory items',
		}),
		adjustInventoryOperation(INVENTORY_ITEM),
		getInventoryLedgerOperation,
		setTagsOperation(INVENTORY_ITEM, {
			description: 'Replace the tags Trackstar keeps on an inventory item. Needs its Trackstar ID.',
			// Trackstar is a name: n8n's lint would lower-case it, and the picker shows the action as written.
			action: 'Set Trackstar tags on an inventory item',
		}),
	],
};
