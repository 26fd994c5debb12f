import type { IDataObject } from 'n8n-workflow';

/** The compact cart product that "Simplify" returns: what identifies it, its price and stock. */
export function simplifyCartProduct(product: IDataObject): IDataObject {
	return {
		id: product.id,
		sku: product.sku,
		name: product.name,
		parent_product_id: product.parent_product_id,
		active: product.active,
		is_kit: product.is_kit,
		price: product.price,
		inventory: product.inventory,
		updated_date: product.updated_date,
		external_system_url: product.external_system_url,
	};
}
