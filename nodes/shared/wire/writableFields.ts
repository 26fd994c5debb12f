import type { IDataObject } from 'n8n-workflow';

/** One field a WMS accepts in a write body, as a person reads it. */
export interface WritableField {
	/** Dotted path in the body: `ship_to_address.city`, `line_items[].quantity`. */
	field: string;
	type: string;
	required: boolean;
	/** Not part of Trackstar's own schema: a field only this WMS knows. */
	integration_specific: boolean;
	description?: string;
}

export interface WritableFields {
	required_fields: string[];
	optional_fields: string[];
	integration_specific_fields: string[];
	fields: WritableField[];
}

type Schema = IDataObject;

const MAX_DEPTH = 4;

function isSchema(value: unknown): value is Schema {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows `#/definitions/Name` references inside the meta answer. */
function resolve(schema: Schema, root: Schema): Schema {
	const ref = schema.$ref;
	if (typeof ref !== 'string' || !ref.startsWith('#/definitions/')) return schema;
	const target = (root.definitions as Schema | undefined)?.[ref.slice('#/definitions/'.length)];
	return isSchema(target) ? target : schema;
}

function typeOf(schema: Schema): string {
	if (typeof schema.type === 'string') return schema.type;
	if (Array.isArray(schema.type)) return schema.type.join(' | ');
	if (schema.properties) return 'object';
	return 'any';
}

function collect(
	schema: Schema,
	root: Schema,
	path: string,
	baseFields: readonly string[],
	inheritedSpecific: boolean,
	depth: number,
	out: WritableField[],
) {
	const properties = schema.properties;
	if (!isSchema(properties) || depth > MAX_DEPTH) return;
	const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
	for (const [name, raw] of Object.entries(properties)) {
		if (!isSchema(raw)) continue;
		const property = resolve(raw, root);
		const field = `${path}${name}`;
		const specific = inheritedSpecific || (path === '' && !baseFields.includes(name));
		const type = typeOf(raw.$ref ? property : raw);
		const description = (raw.description ?? property.description) as string | undefined;
		out.push({
			field,
			type,
			required: required.includes(name),
			integration_specific: specific,
			...(description ? { description } : {}),
		});
		const items = isSchema(raw.items) ? resolve(raw.items, root) : undefined;
		if (items) collect(items, root, `${field}[].`, baseFields, specific, depth + 1, out);
		else collect(property, root, `${field}.`, baseFields, specific, depth + 1, out);
	}
}

/**
 * Turns Trackstar's meta answer (a JSON Schema: `definitions` and a `$ref` to the body's
 * definition) into the fields a WMS requires and accepts, nested ones as dotted paths, telling
 * apart Trackstar's own fields (`baseFields`) from the WMS's additions.
 */
export function describeWritableFields(meta: IDataObject, baseFields: readonly string[]): WritableFields {
	const fields: WritableField[] = [];
	collect(resolve(meta, meta), meta, '', baseFields, false, 0, fields);
	return {
		required_fields: fields.filter((entry) => entry.required).map((entry) => entry.field),
		optional_fields: fields.filter((entry) => !entry.required).map((entry) => entry.field),
		integration_specific_fields: fields
			.filter((entry) => entry.integration_specific && !entry.field.includes('.') && !entry.field.includes('['))
			.map((entry) => entry.field),
		fields,
	};
}
