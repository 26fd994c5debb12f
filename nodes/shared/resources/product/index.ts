import { locatorField } from '../../fields/locators';
import { createOperation } from '../../operations/create';
import { getOperation } from '../../operations/get';
import { getAllOperation } from '../../operations/getAll';
import { getWritableFieldsOperation } from '../../operations/getWritableFields';
import { setTagsOperation } from '../../operations/setTags';
import { updateOperation } from '../../operations/update';
import { RECORD_DATE_FILTERS, WAREHOUSE_CUSTOMER_FILTER } from '../../wire/listFilters';
import { productWriteFields, sku, name } from './productWriteFields';
import { simplifyProduct } from './simplifyProduct';
import {
	buildProductBody,
	buildProductCreateBody,
	PRODUCT_BASE_FIELDS,
	PRODUCT_OWN_FIELDS,
} from './productBody';
import { SKU_FILTER, SKU_LOOKUP } from '../inventoryItem';
import type { RecordModel, TrackstarResource, WriteModel } from '../../model';

/** Trackstar's products (`/wms/products`): the catalog, each product made of one or more inventory items. */
export const PRODUCT: RecordModel = {
	noun: 'product',
	plural: 'products',
	path: '/wms/products',
	pathParameter: 'product_id',
	idField: locatorField({
		displayName: 'Product',
		name: 'productId',
		searchListMethod: 'searchProducts',
		idPlaceholder: 'e.g. prod_5c2a9e',
		lookups: [SKU_LOOKUP],
		description:
			'The product: search by SKU or name, give its Trackstar ID (the id of a product from Get Many), or type its exact SKU',
	}),
	lookups: [SKU_LOOKUP],
	filters: {
		conditions: [...RECORD_DATE_FILTERS, WAREHOUSE_CUSTOMER_FILTER, SKU_FILTER],
		ids: { label: 'Product IDs', noun: 'product', placeholder: 'e.g. prod_5c2a9e, prod_77b1d0' },
	},
	simplify: {
		record: simplifyProduct,
		keeps:
			'ID, SKU, name, GTIN, active, kit, unit price, warehouse customer, inventory item IDs, link',
	},
};

const PRODUCT_WRITE: WriteModel = {
	createRequired: [
		{ ...sku, required: true },
		{ ...name, required: true },
	],
	createOptional: productWriteFields.filter((field) => !['sku', 'name'].includes(field.name)),
	requiredParameters: () => ['sku', 'name'],
	buildCreateBody: buildProductCreateBody,
	updateFields: productWriteFields,
	buildUpdateBody: buildProductBody,
	createIdentifiedBy: { parameter: 'sku', field: 'sku' },
	baseFields: PRODUCT_BASE_FIELDS,
	ownFields: PRODUCT_OWN_FIELDS,
};

export const productResource: TrackstarResource = {
	value: 'product',
	displayName: 'Product',
	defaultOperation: 'getAll',
	operations: [
		getOperation(PRODUCT, {
			description:
				'Get one product (SKU, name, GTIN, its inventory items). Needs its Trackstar ID; search by SKU or name.',
			action: 'Get a product',
		}),
		getAllOperation(PRODUCT, {
			description: 'List products, filtered by SKU, warehouse customer or date',
			action: 'Get many products',
		}),
		createOperation(PRODUCT, PRODUCT_WRITE, {
			description:
				'Create a product in the WMS. Needs a SKU and a name; GTIN and measurements where the WMS requires them (Get Writable Fields tells).',
			action: 'Create a product',
		}),
		updateOperation(PRODUCT, PRODUCT_WRITE, {
			description:
				"Change a product's SKU, name, GTIN or measurements in the WMS. Needs its Trackstar ID.",
			action: 'Update a product',
		}),
		getWritableFieldsOperation(PRODUCT, PRODUCT_WRITE, {
			description:
				'List the fields the connected WMS requires, accepts and adds for creating or updating products',
			action: 'Get writable product fields',
		}),
		setTagsOperation(PRODUCT, {
			description: 'Replace the tags Trackstar keeps on a product. Needs its Trackstar ID.',
			// Trackstar is a name: n8n's lint would lower-case it, and the picker shows the action as written.
			action: 'Set Trackstar tags on a product',
		}),
	],
};
