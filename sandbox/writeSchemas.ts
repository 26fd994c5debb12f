/**
 * Trackstar's per-integration write schemas, from the repository's copy of its OpenAPI document
 * (docs/trackstar-api/openapi.json): each WMS write's request body is a `oneOf` of a
 * `--Base_Schema--` and one schema per integration (`CreatewmsOrder--Logiwa--`), titled with the
 * integration's display name, whose line items and addresses are `$ref`s of their own.
 */
import { readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';

import { REPO_ROOT } from '../scripts/support/repoRoot';

export type Schema = Record<string, unknown>;
export type Schemas = Readonly<Record<string, Schema>>;

export const SCHEMA_REF_PREFIX = '#/components/schemas/';

export interface WriteEndpoint {
	/** e.g. create_order: the verb and object of the input schema's name (Trackstar's docs list none). */
	action: string;
	method: 'POST' | 'PUT';
	/** As the document writes it, e.g. /wms/orders/{order_id}. */
	path: string;
	/** The request body's schema, e.g. CreatewmsOrderInputSchema. */
	input: string;
	/** e.g. "Create WMS Order output", as Trackstar's write-info names a write's answer. */
	output: string;
}

/** The WMS writes with per-integration schemas (trackstar-tags and file uploads have none). */
const WRITES: ReadonlyArray<[WriteEndpoint['method'], string]> = [
	['POST', '/wms/orders'],
	['PUT', '/wms/orders/{order_id}'],
	['POST', '/wms/orders/{order_id}/shipments'],
	['POST', '/wms/products'],
	['PUT', '/wms/products/{product_id}'],
	['POST', '/wms/kits'],
	['PUT', '/wms/kits/{kit_id}'],
	['POST', '/wms/inbound-shipments'],
	['PUT', '/wms/inbound-shipments/{inbound_shipment_id}'],
	['PUT', '/wms/inbound-shipments/{inbound_shipment_id}/receive'],
	['POST', '/wms/returns'],
	['PUT', '/wms/returns/{return_id}'],
	['PUT', '/wms/inventory/{inventory_id}/adjust'],
];

export interface WriteSchemaDocument {
	endpoints: readonly WriteEndpoint[];
	schemas: Schemas;
}

const words = (pascal: string) => pascal.replace(/([a-z])([A-Z])/g, '$1 $2');
const snake = (pascal: string) => words(pascal).toLowerCase().replace(/ /g, '_');

function endpoint(document: Schema, method: WriteEndpoint['method'], path: string): WriteEndpoint {
	const operation = (document.paths as Record<string, Record<string, Schema>>)[path]?.[
		method.toLowerCase()
	];
	const body = JSON.stringify(operation?.requestBody ?? null);
	const input = /"#\/components\/schemas\/([^"]+)"/.exec(body)?.[1];
	// CreateShipmentwmsOrderInputSchema: verb CreateShipment, object Order.
	const parts = input ? /^([A-Z][A-Za-z]*?)wms([A-Za-z]+)InputSchema$/.exec(input) : null;
	if (!input || !parts) throw new Error(`No per-integration request body for ${method} ${path}`);
	const [, verb, object] = parts;
	const action = /[a-z][A-Z]/.test(verb) ? snake(verb) : `${snake(verb)}_${snake(object)}`;
	return { action, method, path, input, output: `${words(verb)} WMS ${words(object)} output` };
}

let loaded: WriteSchemaDocument | undefined;

/** Reads and parses the document once per process; the answers are built from copies. */
export function writeSchemaDocument(): WriteSchemaDocument {
	if (loaded) return loaded;
	const path = join(REPO_ROOT, 'docs', 'trackstar-api', 'openapi.json');
	const document = JSON.parse(readFileSync(path, 'utf8')) as Schema;
	loaded = {
		endpoints: WRITES.map(([method, route]) => endpoint(document, method, route)),
		schemas: (document.components as { schemas: Schemas }).schemas,
	};
	return loaded;
}

export const refName = (ref: string) => ref.slice(SCHEMA_REF_PREFIX.length);

/**
 * The schema of `endpoint` for the integration titled `displayName` in the document, or undefined
 * when the oneOf has none: the document gives no rule that the base schema then applies (its
 * discriminator maps only the integrations that take the write), so the write is not offered.
 */
export function integrationVariant(
	document: WriteSchemaDocument,
	write: WriteEndpoint,
	displayName: string,
): string | undefined {
	const members = (document.schemas[write.input].oneOf ?? []) as Array<{ $ref: string }>;
	return members
		.map((member) => refName(member.$ref))
		.find((name) => document.schemas[name]?.title === displayName);
}

/** The names of every schema `node` refers to, transitively. */
export function referencedSchemas(schemas: Schemas, node: unknown): string[] {
	const found = new Set<string>();
	const visit = (entry: unknown): void => {
		if (typeof entry === 'string' && entry.startsWith(SCHEMA_REF_PREFIX)) add(refName(entry));
		else if (Array.isArray(entry)) entry.forEach(visit);
		else if (typeof entry === 'object' && entry !== null) Object.values(entry).forEach(visit);
	};
	const add = (name: string): void => {
		if (found.has(name)) return;
		if (!schemas[name]) throw new Error(`Unresolved schema reference ${SCHEMA_REF_PREFIX}${name}`);
		found.add(name);
		visit(schemas[name]);
	};
	visit(node);
	return [...found];
}

/** An object's schema through a `$ref`, a one-member `allOf` or an array's `items`, else undefined. */
export function objectSchema(schemas: Schemas, node: Schema): Schema | undefined {
	if (typeof node.$ref === 'string') return objectSchema(schemas, schemas[refName(node.$ref)]);
	if (Array.isArray(node.allOf) && node.allOf.length === 1)
		return objectSchema(schemas, node.allOf[0] as Schema);
	if (node.type === 'array' && node.items) return objectSchema(schemas, node.items as Schema);
	return node.properties ? node : undefined;
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties']);
// Values, not schemas: copied as they are.
const LITERALS = new Set(['enum', 'example', 'examples', 'default', 'const', 'required']);

/**
 * A copy of an OpenAPI 3.0 schema in 3.1's terms: `nullable: true` becomes a `null` in the type
 * (`["array", "null"]`, and in an enum); a nullable `$ref` or composition becomes an `anyOf` with
 * `{type: "null"}`; a nullable schema without a type already takes null.
 */
export function toOpenApi31(node: unknown): unknown {
	if (Array.isArray(node)) return node.map(toOpenApi31);
	if (typeof node !== 'object' || node === null) return node;
	const { nullable, ...rest } = node as Schema;
	const schema: Schema = {};
	for (const [key, value] of Object.entries(rest)) {
		if (LITERALS.has(key)) schema[key] = structuredClone(value);
		else if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null) {
			schema[key] = Object.fromEntries(
				Object.entries(value).map(([name, entry]) => [name, toOpenApi31(entry)]),
			);
		} else schema[key] = toOpenApi31(value);
	}
	if (nullable !== true) return schema;
	if (typeof schema.type === 'string') {
		schema.type = [schema.type, 'null'];
		if (Array.isArray(schema.enum) && !schema.enum.includes(null))
			schema.enum = [...schema.enum, null];
		return schema;
	}
	if (['$ref', 'allOf', 'oneOf', 'anyOf'].some((key) => key in schema)) {
		const { description, title, ...kept } = schema;
		const described = { ...(title ? { title } : {}), ...(description ? { description } : {}) };
		return { ...described, anyOf: [kept, { type: 'null' }] };
	}
	return schema;
}
