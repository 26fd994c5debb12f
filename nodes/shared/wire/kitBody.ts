import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from './invalidValue';
import { KIT_COMPONENTS, linesFromEither } from './lineItems';
import { buildProductBody } from './productBody';

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
