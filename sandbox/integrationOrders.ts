/**
 * POST /wms/orders when the access token's connection is of another integration than the
 * sandbox's own (see connections.ts): that integration's create schema in openapi.json says what
 * is required (422 naming each missing path, like the sandbox's own create) and which fields it
 * takes; the rest comes back in unused_fields, as ever.
 */
import type { IntegrationCatalog } from './integrations';
import type { BodyErrors, NestedFields } from './writes';
import { SANDBOX_NESTED_FIELDS, UPDATE_FIELDS } from './writes';
import type { Schema, Schemas } from './writeSchemas';
import { objectSchema } from './writeSchemas';

export interface OrderCreateRules {
	/** The sandbox's address and line item fields, and the integration's. */
	nested: NestedFields;
	/** The top-level fields the integration's schema has. */
	accepted: ReadonlySet<string>;
	/** Those the sandbox has no field of its own for: kept as the WMS's (writes.ts). */
	integrationFields: readonly string[];
	/** Missing required paths (`line_items.0.sku`), and the integration's own fields of the wrong type. */
	errors(body: Record<string, unknown>): BodyErrors;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const TYPES: Record<string, [(value: unknown) => boolean, string]> = {
	string: [(value) => typeof value === 'string', 'Not a valid string.'],
	number: [(value) => typeof value === 'number' && Number.isFinite(value), 'Not a valid number.'],
	integer: [Number.isInteger, 'Not a valid integer.'],
	boolean: [(value) => typeof value === 'boolean', 'Not a valid boolean.'],
	array: [Array.isArray, 'Not a valid list.'],
	object: [isObject, 'Not a valid object.'],
};

function missing(schemas: Schemas, schema: Schema, value: Record<string, unknown>, prefix = '') {
	const paths = ((schema.required ?? []) as string[])
		.filter((field) => value[field] === undefined)
		.map((field) => `${prefix}${field}`);
	for (const [field, node] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
		const child = objectSchema(schemas, node);
		const given = value[field];
		if (!child) continue;
		if (Array.isArray(given)) {
			given.forEach((entry, index) => {
				if (isObject(entry))
					paths.push(...missing(schemas, child, entry, `${prefix}${field}.${index}.`));
			});
		} else if (isObject(given)) paths.push(...missing(schemas, child, given, `${prefix}${field}.`));
	}
	return paths;
}

/** The rules of the integration's create_order schema, or undefined when it has none. */
export function orderCreateRules(
	catalog: IntegrationCatalog,
	integrationName: string,
): OrderCreateRules | undefined {
	const write = catalog
		.find(integrationName)
		?.writes.find((entry) => entry.endpoint.action === 'create_order');
	if (!write) return undefined;
	const { schemas } = catalog.document;
	const schema = schemas[write.schema];
	const properties = schema.properties as Record<string, Schema>;
	const nestedOf = (field: string, sandbox: readonly string[]) => {
		const child = properties[field] ? objectSchema(schemas, properties[field]) : undefined;
		return [...new Set([...sandbox, ...Object.keys(child?.properties ?? {})])];
	};
	const integrationFields = Object.keys(properties).filter(
		(field) => !UPDATE_FIELDS.includes(field),
	);
	return {
		nested: {
			address: nestedOf('ship_to_address', SANDBOX_NESTED_FIELDS.address),
			lineItem: nestedOf('line_items', SANDBOX_NESTED_FIELDS.lineItem),
		},
		accepted: new Set(Object.keys(properties)),
		integrationFields,
		errors: (body) => {
			const errors: BodyErrors = Object.create(null) as BodyErrors;
			for (const path of missing(schemas, schema, body))
				errors[path] = ['Missing data for required field.'];
			for (const field of integrationFields) {
				if (body[field] === undefined) continue;
				const node = properties[field];
				const type = objectSchema(schemas, node) && node.type !== 'array' ? 'object' : node.type;
				const check = TYPES[type as string];
				if (check && !check[0](body[field])) errors[field] = [check[1]];
				else if (Array.isArray(node.enum) && !node.enum.includes(body[field]))
					errors[field] = [`Must be one of: ${node.enum.join(', ')}.`];
			}
			return errors;
		},
	};
}
