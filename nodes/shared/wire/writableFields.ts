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
	/** The values the WMS takes, where its schema lists them (a connection's warehouse IDs, say). */
	allowed_values?: Array<string | number>;
}

export interface WritableFields {
	required_fields: string[];
	optional_fields: string[];
	integration_specific_fields: string[];
	fields: WritableField[];
}

type Schema = IDataObject;

const MAX_DEPTH = 4;
const REF_PREFIXES = ['#/components/schemas/', '#/definitions/'];

export function isSchema(value: unknown): value is Schema {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Follows a `$ref` inside the document it came in: OpenAPI's `#/components/schemas/Name`
 * (write-info) or JSON Schema's `#/definitions/Name` (the meta endpoints).
 */
export function resolveSchema(schema: Schema, root: Schema): Schema {
	// OpenAPI 3.1 writes an optional object as `anyOf: [{$ref}, {type: "null"}]`.
	const choices = (schema.anyOf ?? schema.oneOf) as unknown;
	if (Array.isArray(choices)) {
		const kept = choices.filter((choice) => isSchema(choice) && choice.type !== 'null');
		if (kept.length === 1)
			return resolveSchema({ ...schema, ...kept[0], anyOf: undefined, oneOf: undefined }, root);
	}
	const ref = schema.$ref;
	if (typeof ref !== 'string') return schema;
	for (const prefix of REF_PREFIXES) {
		if (!ref.startsWith(prefix)) continue;
		const container =
			prefix === REF_PREFIXES[0] ? (root.components as Schema)?.schemas : root.definitions;
		const target = (container as Schema | undefined)?.[ref.slice(prefix.length)];
		return isSchema(target) ? target : schema;
	}
	return schema;
}

/** The type a field takes; OpenAPI 3.1 writes an optional one as `["string", "null"]`. */
function typeOf(schema: Schema): string {
	const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(
		(type): type is string => typeof type === 'string' && type !== 'null',
	);
	if (types.length > 0) return types.join(' | ');
	if (schema.properties) return 'object';
	return 'any';
}

function allowedValues(schema: Schema): Array<string | number> | undefined {
	if (!Array.isArray(schema.enum)) return undefined;
	const values = schema.enum.filter(
		(value): value is string | number => typeof value === 'string' || typeof value === 'number',
	);
	return values.length > 0 ? values : undefined;
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
		const property = resolveSchema(raw, root);
		const field = `${path}${name}`;
		const specific = inheritedSpecific || (path === '' && !baseFields.includes(name));
		const described = raw.$ref ? property : raw;
		const description = (raw.description ?? property.description) as string | undefined;
		const values = allowedValues(described);
		out.push({
			field,
			type: typeOf(described),
			required: required.includes(name),
			integration_specific: specific,
			...(description ? { description } : {}),
			...(values ? { allowed_values: values } : {}),
		});
		const items = isSchema(raw.items) ? resolveSchema(raw.items, root) : undefined;
		if (items) collect(items, root, `${field}[].`, baseFields, specific, depth + 1, out);
		else collect(property, root, `${field}.`, baseFields, specific, depth + 1, out);
	}
}

/**
 * Turns a write body's schema into the fields a WMS requires and accepts, nested ones as dotted
 * paths, telling apart Trackstar's own fields (`baseFields`) from the WMS's additions. `root` is
 * the document the schema's references point into.
 */
export function describeWritableFields(
	schema: IDataObject,
	root: IDataObject,
	baseFields: readonly string[],
): WritableFields {
	const fields: WritableField[] = [];
	collect(resolveSchema(schema, root), root, '', baseFields, false, 0, fields);
	return {
		required_fields: fields.filter((entry) => entry.required).map((entry) => entry.field),
		optional_fields: fields.filter((entry) => !entry.required).map((entry) => entry.field),
		integration_specific_fields: fields
			.filter(
				(entry) =>
					entry.integration_specific && !entry.field.includes('.') && !entry.field.includes('['),
			)
			.map((entry) => entry.field),
		fields,
	};
}
