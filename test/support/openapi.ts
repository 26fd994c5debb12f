import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';

import { REPO_ROOT } from '../../scripts/support/repoRoot';

/** Trackstar's OpenAPI document as the repository keeps it (docs/trackstar-api/README.md says which and when). */
export const OPENAPI_PATH = join(REPO_ROOT, 'docs', 'trackstar-api', 'openapi.json');

type Schema = Record<string, unknown>;

/**
 * The document's ChannelSchema wraps its oneOf in `{properties: {}, additionalProperties: false}`,
 * which no object can satisfy; JSON Schema reads it literally, OpenAPI tools ignore it. Dropping
 * `additionalProperties` there keeps the oneOf's own strictness.
 */
function repairUnsatisfiableOneOf(node: unknown): void {
	if (Array.isArray(node)) return node.forEach(repairUnsatisfiableOneOf);
	if (typeof node !== 'object' || node === null) return;
	const schema = node as Schema;
	const emptyProperties =
		typeof schema.properties === 'object' && Object.keys(schema.properties as object).length === 0;
	if (schema.oneOf && emptyProperties && schema.additionalProperties === false) {
		delete schema.additionalProperties;
	}
	Object.values(schema).forEach(repairUnsatisfiableOneOf);
}

/**
 * `additional_fields` maps to `{nullable: true}`: any value, null included. Ajv refuses
 * `nullable` without `type`; a schema with no `type` nor other constraint already accepts null,
 * so there it is dropped.
 */
function dropTypelessNullable(node: unknown): void {
	if (Array.isArray(node)) return node.forEach(dropTypelessNullable);
	if (typeof node !== 'object' || node === null) return;
	const schema = node as Schema;
	const constrained = ['$ref', 'allOf', 'anyOf', 'oneOf', 'properties', 'enum'].some(
		(key) => key in schema,
	);
	if (schema.nullable === true && schema.type === undefined && !constrained) delete schema.nullable;
	Object.values(schema).forEach(dropTypelessNullable);
}

/**
 * A nullable enum (`object_type`, `unit`, `weight_unit`...) means "one of these, or null" in
 * OpenAPI 3.0, and Trackstar answers null there; JSON Schema's `enum` would refuse the null, so
 * it is added to the enum.
 */
function allowNullInNullableEnums(node: unknown): void {
	if (Array.isArray(node)) return node.forEach(allowNullInNullableEnums);
	if (typeof node !== 'object' || node === null) return;
	const schema = node as Schema;
	if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) {
		schema.enum = [...schema.enum, null];
	}
	Object.values(schema).forEach(allowNullInNullableEnums);
}

/**
 * Connection.integration_type's enum (wms, freight, cart) predates the Carrier API; Trackstar's
 * introduction page (docs/trackstar-api/pages/introduction.mdx: "Each connection produces an
 * access token", of a WMS, Cart, or Carrier) names carrier connections. Exactly that value is added.
 */
function allowCarrierConnections(components: unknown): void {
	const schemas = (components as { schemas: Record<string, Schema> }).schemas;
	const type = (schemas.Connection.properties as Record<string, Schema>).integration_type;
	type.enum = [...(type.enum as string[]), 'carrier'];
}

let ajv: Ajv | undefined;

function openapiAjv(): Ajv {
	if (ajv) return ajv;
	const document = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as Schema;
	repairUnsatisfiableOneOf(document.components);
	dropTypelessNullable(document.components);
	allowNullInNullableEnums(document.components);
	allowCarrierConnections(document.components);
	ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
	addFormats(ajv);
	ajv.addSchema({ $id: 'trackstar', components: document.components });
	return ajv;
}

/** A validator for one of the document's component schemas, e.g. 'UpdateOrderSchema--Base_Schema--'. */
export function componentSchema(name: string): ValidateFunction {
	const validate = openapiAjv().getSchema(`trackstar#/components/schemas/${name}`);
	if (!validate) throw new Error(`No schema ${name} in ${OPENAPI_PATH}`);
	return validate;
}

/** Throws with ajv's findings when `value` does not validate against the component schema. */
export function expectValidAgainst(name: string, value: unknown): void {
	const validate = componentSchema(name);
	if (!validate(value)) {
		throw new Error(
			`Body does not validate against ${name}:\n${JSON.stringify(validate.errors, null, 2)}`,
		);
	}
}

/**
 * Validates `value` against a component schema with only `required` of it: its fields, their
 * types and additionalProperties hold, but which fields are required is the caller's. For write
 * schemas like the inbound shipment's "Base Schema", whose required list joins every WMS's
 * (supplier and supplier_object both) and which no single body meets.
 */
export function expectValidAgainstRequiring(
	name: string,
	required: string[],
	value: unknown,
): void {
	const schema = JSON.parse(
		JSON.stringify(componentSchema(name).schema).replace(
			/"#\/components\//g,
			'"trackstar#/components/',
		),
	) as Schema;
	schema.required = required;
	const validate = openapiAjv().compile(schema);
	if (!validate(value)) {
		throw new Error(
			`Body does not validate against ${name} requiring ${required.join(', ')}:\n${JSON.stringify(validate.errors, null, 2)}`,
		);
	}
}
