import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from '../../wire/invalidValue';
import { withIntegrationFields } from '../../wire/integrationFields';
import { toTags, type TagRow } from '../../wire/tags';
import { isEmpty, toNumber, toText } from '../../wire/values';

/** The node's product fields and Trackstar's names for them (CreateProductSchema's base schema). */
export const PRODUCT_TEXT_FIELDS = [
	{ key: 'sku', field: 'sku', label: 'SKU' },
	{ key: 'name', field: 'name', label: 'Name' },
	{ key: 'gtin', field: 'gtin', label: 'GTIN' },
] as const;

export const MEASUREMENT_FIELDS = [
	{ key: 'length', field: 'length', label: 'Length' },
	{ key: 'width', field: 'width', label: 'Width' },
	{ key: 'height', field: 'height', label: 'Height' },
	{ key: 'unit', field: 'unit', label: 'Size Unit', allowed: ['cm', 'in'] },
	{ key: 'weight', field: 'weight', label: 'Weight' },
	{ key: 'weightUnit', field: 'weight_unit', label: 'Weight Unit', allowed: ['kg', 'oz', 'lb'] },
] as const;

export const PRODUCT_BASE_FIELDS: readonly string[] = [
	'sku',
	'name',
	'gtin',
	'measurements',
	'trackstar_tags',
];

/** Trackstar's measurements take all six values or none. */
function toMeasurements(given: IDataObject | undefined): IDataObject | undefined {
	if (!given || Object.values(given).every(isEmpty)) return undefined;
	const result: IDataObject = {};
	const missing: string[] = [];
	for (const entry of MEASUREMENT_FIELDS) {
		const label = `Measurements ${entry.label}`;
		const value =
			'allowed' in entry
				? toText(given[entry.key], label)
				: toNumber(given[entry.key], label, { min: 0 });
		if (value === undefined) missing.push(entry.label);
		// The panel shows each number as 0 until it is set: a partly filled set must not write zeros.
		else if (value === 0) {
			throw new InvalidValueError(
				label,
				'is 0',
				'Give length, width, height and weight (each more than 0) with their units, or remove Measurements',
			);
		} else if (
			'allowed' in entry &&
			!(entry.allowed as readonly string[]).includes(value as string)
		) {
			throw new InvalidValueError(
				label,
				`"${String(value)}" is not one of ${entry.allowed.join(', ')}`,
			);
		} else result[entry.field] = value;
	}
	if (missing.length > 0) {
		throw new InvalidValueError(
			'Measurements',
			`${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing`,
			'Trackstar takes length, width, height, size unit, weight and weight unit together',
		);
	}
	return result;
}

/** Maps the node's product fields (Create's and Update's) to Trackstar's write body; empty fields are omitted. */
export function buildProductBody(given: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const { key, field, label } of PRODUCT_TEXT_FIELDS) {
		const value = toText(given[key], label);
		if (value !== undefined) body[field] = value;
	}
	const measurements = toMeasurements(
		(given.measurements as { values?: IDataObject } | undefined)?.values,
	);
	if (measurements) body.measurements = measurements;
	const tags = toTags(
		(given.trackstarTags as { tag?: TagRow[] } | undefined)?.tag,
		'Trackstar Tags',
	);
	if (tags) body.trackstar_tags = tags;
	return withIntegrationFields(body, given.integrationFields);
}

/** Create's body: SKU and Name, which every WMS requires, must be there. */
export function buildProductCreateBody(given: IDataObject): IDataObject {
	const body = buildProductBody(given);
	for (const { field, label } of PRODUCT_TEXT_FIELDS.slice(0, 2)) {
		if (body[field] === undefined) {
			throw new InvalidValueError(
				label,
				'is empty',
				`Every product needs a ${label}, e.g. {{ $json.${field} }}`,
			);
		}
	}
	return body;
}

/** The body fields the product's own fields set, with their labels: what the WMS Fields leave out. */
export const PRODUCT_OWN_FIELDS: Readonly<Record<string, string>> = {
	...Object.fromEntries(PRODUCT_TEXT_FIELDS.map(({ field, label }) => [field, label])),
	measurements: 'Measurements',
	trackstar_tags: 'Trackstar Tags',
};
