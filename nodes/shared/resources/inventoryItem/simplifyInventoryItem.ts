import type { IDataObject } from 'n8n-workflow';

/** Trackstar's stock quantities, in its words: fulfillable is what can ship now (the available stock). */
export const STOCK_FIELDS = [
	'onhand',
	'fulfillable',
	'committed',
	'sellable',
	'awaiting',
	'unfulfillable',
] as const;

function quantities(source: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const field of STOCK_FIELDS) result[field] = source[field] ?? null;
	return result;
}

/**
 * One inventory item as a flat row: its totals at the top level (so a low-stock check is one
 * condition on `fulfillable`), and its stock per warehouse as a list of rows with the same
 * quantities, which a Split Out node turns into one item per SKU and warehouse.
 */
export function simplifyInventoryItem(item: IDataObject): IDataObject {
	const byWarehouse =
		(item.inventory_by_warehouse_id as Record<string, IDataObject> | undefined) ?? {};
	return {
		id: item.id,
		sku: item.sku,
		name: item.name,
		active: item.active,
		warehouse_customer_id: item.warehouse_customer_id,
		updated_date: item.updated_date,
		...quantities(item),
		warehouses: Object.entries(byWarehouse).map(([warehouseId, stock]) => ({
			warehouse_id: warehouseId,
			...quantities(stock ?? {}),
		})),
	};
}
