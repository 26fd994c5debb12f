/**
 * The sandbox's own WMS ("WMS Sandbox") as write-info describes it: what this sandbox's writes
 * take and refuse, not the published WMS Sandbox variant, whose required lists are stricter than
 * the simulated WMS has ever been (an inbound shipment's supplier and tracking number, a
 * shipment's measurements). The creates and updates are the sandbox's meta answers
 * (GET /wms/<resource>/meta), so write-info and meta never disagree; the writes without a meta
 * endpoint keep the published schema with the sandbox's own required fields.
 */
import type { MetaSchema } from './meta';
import { metaSchema } from './meta';
import { inboundShipmentMetaSchema } from './resources/inboundShipments';
import { kitSchemas } from './resources/kits';
import { productMetaSchema } from './resources/products';
import { RETURN_WRITE_SCHEMAS } from './resources/returns';
import { metaSchemaOf } from './resources/writeMeta';
import type { writeInfoDocument } from './writeInfo';
import { SCHEMA_REF_PREFIX, type Schema } from './writeSchemas';

type Document = ReturnType<typeof writeInfoDocument>;

const META: Record<string, (method: 'POST' | 'PUT') => MetaSchema> = {
	'/wms/orders': metaSchema,
	'/wms/products': productMetaSchema,
	'/wms/kits': (method) => metaSchemaOf(kitSchemas(), method),
	'/wms/inbound-shipments': inboundShipmentMetaSchema,
	'/wms/returns': (method) => metaSchemaOf(RETURN_WRITE_SCHEMAS, method),
};

/** What the sandbox refuses a write without, for the writes that have no meta endpoint. */
const REQUIRED: Record<string, string[]> = {
	'POST /wms/orders/{order_id}/shipments': ['tracking_number'],
	'PUT /wms/inbound-shipments/{inbound_shipment_id}/receive': ['line_items'],
	'PUT /wms/inventory/{inventory_id}/adjust': ['adjustment_type', 'quantity', 'warehouse_id'],
};

/**
 * A meta answer's definitions as components, `#/definitions/X` as `#/components/schemas/SandboxPostX`:
 * the method in the name, since a create's address and an update's share a name but not their
 * required lists.
 */
function fromMeta(meta: MetaSchema, method: string, schemas: Record<string, Schema>): string {
	const rename = (name: string) =>
		`Sandbox${method.charAt(0)}${method.slice(1).toLowerCase()}${name}`;
	const text = JSON.stringify(meta.definitions).replace(
		/"#\/definitions\/([^"]+)"/g,
		(_, name: string) => `"${SCHEMA_REF_PREFIX}${rename(name)}"`,
	);
	for (const [name, definition] of Object.entries(JSON.parse(text) as Record<string, Schema>))
		schemas[rename(name)] = definition;
	return `${SCHEMA_REF_PREFIX}${rename(meta.$ref.replace('#/definitions/', ''))}`;
}

function withoutNestedRequired(node: unknown): void {
	if (Array.isArray(node)) return node.forEach(withoutNestedRequired);
	if (typeof node !== 'object' || node === null) return;
	delete (node as Schema).required;
	Object.values(node).forEach(withoutNestedRequired);
}

/** Rewrites a write-info document built from the published WMS Sandbox variant to this sandbox's schemas. */
export function sandboxWriteInfo(document: Document): Document {
	const schemas = document.components.schemas;
	for (const [path, operations] of Object.entries(document.paths)) {
		for (const [method, value] of Object.entries(operations)) {
			const operation = value as Schema;
			const upper = method.toUpperCase() as 'POST' | 'PUT';
			const body = (operation.requestBody as { content: Record<string, { schema: Schema }> })
				.content['application/json'];
			const base = path.replace(/\/\{[^}]+\}$/, '');
			const meta = META[path] ?? (upper === 'PUT' ? META[base] : undefined);
			if (meta !== undefined) {
				body.schema = { $ref: fromMeta(meta(upper), upper, schemas) };
				continue;
			}
			const name = String(body.schema.$ref).replace(SCHEMA_REF_PREFIX, '');
			const schema = structuredClone(schemas[name]);
			withoutNestedRequired(schema.properties);
			schema.required = REQUIRED[`${upper} ${path}`] ?? [];
			schemas[name] = schema;
		}
	}
	return document;
}
