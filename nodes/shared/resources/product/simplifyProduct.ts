import type { IDataObject } from 'n8n-workflow';

/** The compact product that "Simplify" returns: what identifies it, and the inventory items it ships as. */
export function simplifyProduct(product: IDataObject): IDataObject {
	const inventoryItems = (product.inventory_items as IDataObject[] | undefined) ?? [];
	return {
		id: product.id,
		sku: product.sku,
		name: product.name,
		gtin: product.gtin,
		active: product.active,
		is_kit: product.is_kit,
		unit_price: product.unit_price,
		warehouse_customer_id: product.warehouse_customer_id,
		updated_date: product.updated_date,
		inventory_item_ids: inventoryItems.map((item) => item.inventory_item_id),
		external_system_url: product.external_system_url,
	};
}
