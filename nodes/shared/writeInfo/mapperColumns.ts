import type { FieldType, ResourceMapperField } from 'n8n-workflow';

import type { WritableField, WritableFields } from '../wire/writableFields';
import type { Integration } from './connectionIntegration';
import type { WmsFieldsModel } from './wmsFieldsModel';

/**
 * The mapper's saved schema keeps, besides the columns a user fills, what a run checks without
 * asking Trackstar again: the integration (`INTEGRATION_ENTRY`) and each field the WMS requires
 * that an own field of the node sets. Both are hidden entries (`display: false`, which n8n
 * neither shows nor validates) marked read-only.
 */
export const INTEGRATION_ENTRY = '@integration';

function fieldType(field: WritableField): FieldType {
	if (field.allowed_values) return 'options';
	const type = field.type.split(' | ')[0];
	if (type === 'integer' || type === 'number') return 'number';
	if (type === 'boolean') return 'boolean';
	if (type === 'array') return 'array';
	if (type === 'object') return 'object';
	return 'string';
}

function column(field: WritableField, required: boolean): ResourceMapperField {
	return {
		id: field.field,
		displayName: field.field,
		required,
		defaultMatch: false,
		canBeUsedToMatch: false,
		display: true,
		type: fieldType(field),
		...(field.allowed_values
			? { options: field.allowed_values.map((value) => ({ name: String(value), value })) }
			: {}),
	};
}

function hidden(id: string, displayName: string): ResourceMapperField {
	return {
		id,
		displayName,
		required: false,
		defaultMatch: false,
		canBeUsedToMatch: false,
		display: false,
		readOnly: true,
		type: 'string',
	};
}

/** `ship_to_address` for `ship_to_address.city`: the objects the node sets some parts of. */
function partlyOwnedObjects(model: WmsFieldsModel): Set<string> {
	return new Set(
		Object.keys(model.ownFields)
			.filter((field) => field.includes('.'))
			.map((field) => field.split('.')[0]),
	);
}

/**
 * Where the WMS's required fields apply: a top-level one always, an object's part when the
 * object is sent, a line's field on every line (`line_items[].sku`).
 */
export function requiredPaths(fields: WritableFields): string[] {
	return fields.fields.filter((field) => field.required).map((field) => field.field);
}

/**
 * The WMS Fields' columns for one write: every field the WMS takes that no own field of the node
 * sets, nested ones as `object.field`. Line fields (`line_items[].unit_cost`) are left to the
 * line rows; a deeper part comes whole, as its object.
 */
export function mapperColumns(
	fields: WritableFields,
	model: WmsFieldsModel,
	integration: Integration,
): ResourceMapperField[] {
	const partly = partlyOwnedObjects(model);
	const byPath = new Map(fields.fields.map((field) => [field.field, field]));
	const columns: ResourceMapperField[] = [];
	for (const field of fields.fields) {
		if (field.field.includes('[]') || field.field in model.ownFields) continue;
		const [top, part, deeper] = field.field.split('.');
		if (deeper !== undefined) continue;
		if (part === undefined) {
			if (partly.has(top)) continue;
			const hasParts = fields.fields.some((each) => each.field.startsWith(`${top}.`));
			if (hasParts && field.type.startsWith('object')) continue;
			columns.push(column(field, field.required));
			continue;
		}
		if (top in model.ownFields && !partly.has(top)) continue;
		const parent = byPath.get(top);
		columns.push(column(field, field.required && parent?.required === true));
	}
	const shown = new Set(columns.map((each) => each.id));
	const checked = requiredPaths(fields)
		.filter((path) => !shown.has(path))
		.map((path) => hidden(path, model.ownFields[path] ?? path));
	return [
		...columns,
		...checked,
		hidden(INTEGRATION_ENTRY, `${integration.type}/${integration.name}`),
	];
}
