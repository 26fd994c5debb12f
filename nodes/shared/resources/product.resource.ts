import type { INodeProperties } from 'n8n-workflow';

import { orderWriteField } from '../fields/orderWriteFields';
import { locatorField } from '../fields/locators';
import { createOperation } from '../operations/create';
import { getOperation } from '../operations/get';
import { getAllOperation } from '../operations/getAll';
import { getWritableFieldsOperation } from '../operations/getWritableFields';
import { setTagsOperation } from '../operations/setTags';
import { updateOperation } from '../operations/update';
import { RECORD_DATE_FILTERS, WAREHOUSE_CUSTOMER_FILTER } from '../wire/listFilters';
import { INTEGRATION_FIELDS_LABEL } from '../wire/orderBody';
import { simplifyProduct } from '../wire/simplifyProduct';
import { buildProductBody, buildProductCreateBody, PRODUCT_BASE_FIELDS } from '../wire/productBody';
import { SKU_FILTER, SKU_LOOKUP } from './inventoryItem.resource';
import type { RecordModel, TrackstarResource, WriteModel } from './resource';

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

const sku: INodeProperties = {
	displayName: 'SKU',
	name: 'sku',
	type: 'string',
	default: '',
	placeholder: 'e.g. TSHIRT-BLK-M',
	description: "The product's stock keeping unit",
};
const name: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Black T-Shirt, M',
	description: "The product's name",
};
const measurementNumber = (displayName: string, fieldName: string): INodeProperties => ({
	displayName,
	name: fieldName,
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
});

/** Every field of Trackstar's product write body, shared by Create and Update; sorted by name. */
export const productWriteFields: INodeProperties[] = [
	{
		displayName: 'GTIN',
		name: 'gtin',
		type: 'string',
		default: '',
		placeholder: 'e.g. 0123456789012',
		description:
			'The Global Trade Item Number: UPC, EAN or ISBN. Some WMSs require it (Get Writable Fields tells).',
	},
	{
		displayName: INTEGRATION_FIELDS_LABEL,
		name: 'integrationFields',
		type: 'json',
		default: '{}',
		description:
			'Fields that only your WMS knows, as a JSON object merged into the body, e.g. {"country_of_origin": "US"}. Get Writable Fields lists them.',
	},
	{
		displayName: 'Measurements',
		name: 'measurements',
		type: 'fixedCollection',
		placeholder: 'Add Measurements',
		default: {},
		description:
			'Size and weight, all six together. Some WMSs require them (Get Writable Fields tells).',
		options: [
			{
				displayName: 'Values',
				name: 'values',
				values: [
					measurementNumber('Length', 'length'),
					measurementNumber('Width', 'width'),
					measurementNumber('Height', 'height'),
					{
						displayName: 'Size Unit',
						name: 'unit',
						type: 'options',
						options: [
							{ name: 'Centimeters', value: 'cm' },
							{ name: 'Inches', value: 'in' },
						],
						default: 'in',
					},
					measurementNumber('Weight', 'weight'),
					{
						displayName: 'Weight Unit',
						name: 'weightUnit',
						type: 'options',
						options: [
							{ name: 'Kilograms', value: 'kg' },
							{ name: 'Ounces', value: 'oz' },
							{ name: 'Pounds', value: 'lb' },
						],
						default: 'lb',
					},
				],
			},
		],
	},
	name,
	sku,
	{
		...orderWriteField('trackstarTags'),
		description:
			'Tags Trackstar keeps on the product (trackstar_tags), never sent to the WMS: plain strings, or key-value pairs',
	},
];

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
