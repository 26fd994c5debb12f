import { locatorField } from '../../fields/locators';
import { getOperation } from '../../operations/get';
import { getAllOperation } from '../../operations/getAll';
import { setTagsOperation } from '../../operations/setTags';
import { RECORD_DATE_FILTERS } from '../../wire/listFilters';
import type { RecordModel, TrackstarResource } from '../../model';
import { CART_WAREHOUSE } from '../cartWarehouse';
import { adjustCartInventoryOperation } from './cartProduct.adjustInventory.operation';
import { simplifyCartProduct } from './simplifyCartProduct';

/** The store's products (`/cart/products`): its catalog, variants with their price and stock. */
export const CART_PRODUCT: RecordModel = {
	noun: 'product',
	plural: 'products',
	path: '/cart/products',
	pathParameter: 'product_id',
	idField: locatorField({
		displayName: 'Product',
		name: 'productId',
		searchListMethod: 'searchCartProducts',
		idPlaceholder: 'e.g. 40812217729',
		description:
			'The product: search by SKU or name, or give its Trackstar ID (the ID of a product from Get Many, or a line item’s product_id)',
	}),
	filters: {
		conditions: RECORD_DATE_FILTERS,
		ids: { label: 'Product IDs', noun: 'product', placeholder: 'e.g. 40812217729, 40812217730' },
	},
	simplify: {
		record: simplifyCartProduct,
		keeps: 'ID, SKU, name, parent product, active, kit, price, inventory, link',
	},
};

export const cartProductResource: TrackstarResource = {
	value: 'product',
	displayName: 'Product',
	defaultOperation: 'getAll',
	operations: [
		getOperation(CART_PRODUCT, {
			description:
				'Get one store product (SKU, name, price, inventory by warehouse). Needs its Trackstar ID; search by SKU or name.',
			action: 'Get a product',
		}),
		getAllOperation(CART_PRODUCT, {
			description: 'List the store’s products, filtered by date or ID',
			action: 'Get many products',
		}),
		adjustCartInventoryOperation(CART_PRODUCT, CART_WAREHOUSE),
		setTagsOperation(
			CART_PRODUCT,
			{
				description: 'Replace the tags Trackstar keeps on a store product. Needs its Trackstar ID.',
				// Trackstar is a name: n8n's lint would lower-case it, and the picker shows the action as written.
				action: 'Set Trackstar tags on a product',
			},
			{
				note: "Not in the OpenAPI document; Trackstar's docs: api-reference/cart-api/products/add-tag.mdx",
			},
		),
	],
};
