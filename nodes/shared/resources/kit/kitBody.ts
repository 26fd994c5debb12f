import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from '../../wire/invalidValue';
import { linesFromEither, requireSku, type LineListShape, wholeNumber } from '../../wire/lineItems';
import { toText } from '../../wire/values';
import { buildProductBody } from '../product/productBody';

/** A kit's components (ProductKitComponents: sku and unit_quantity, both required). */
export const KIT_COMPONENTS: LineListShape = {
	rowLabel: 'Component',
	jsonLabel: 'Components (JSON)',
	jsonExample: '[{ "sku": "TEE-BLK-M", "unit_quantity": 2 }]',
	fields: [
		{ key: 'sku', field: 'sku', label: 'SKU', convert: toText },
		{
			key: 'unitQuantity',
			field: 'unit_quantity',
			label: 'unit quantity',
			convert: wholeNumber(1),
		},
	],
	check: requireSku,
	requiredInJson: [
		{
			field: 'unit_quantity',
			label: 'unit_quantity',
			hint: 'Add "unit_quantity": a whole number of units',
		},
	],
};

/** Fields of Trackstar's own kit write schema (CreateKitSchema / UpdateKitSchema, base). */
export const KIT_BASE_FIELDS: readonly string[] = [
	'sku',
	'name',
	'gtin',
	'measurements',
	'inventory_items',
	'trackstar_tags',
];

/** Maps the node's kit fields to Trackstar's write body: a product's fields and its components. */
export function buildKitBody(given: IDataObject): IDataObject {
	const body = buildProductBody(given);
	const components = linesFromEither(
		KIT_COMPONENTS,
		{
			rows: (given.components as { component?: Array<Record<string, unknown>> } | undefined)
				?.component,
			json: given.componentsJson,
		},
		'Components',
	);
	if (components) {
		if ('inventory_items' in body) {
			throw new InvalidValueError(
				'Integration-Specific Fields (JSON)',
				'"inventory_items" is also set by Components',
				'Set it in one place only',
			);
		}
		body.inventory_items = components;
	}
	return body;
}

/** What Trackstar's create schema requires of a kit (its base and "WMS Sandbox" variants). */
const KIT_CREATE_REQUIRED = [
	{ field: 'sku', label: 'SKU' },
	{ field: 'name', label: 'Name' },
	{ field: 'gtin', label: 'GTIN' },
	{ field: 'measurements', label: 'Measurements' },
	{ field: 'inventory_items', label: 'Components' },
];

export function buildKitCreateBody(given: IDataObject): IDataObject {
	const body = buildKitBody(given);
	for (const { field, label } of KIT_CREATE_REQUIRED) {
		if (body[field] === undefined) {
			throw new InvalidValueError(
				label,
				'is empty, and Trackstar needs it to create a kit',
				`Fill in ${label}`,
			);
		}
	}
	return body;
}
