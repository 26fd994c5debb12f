/**
 * GET /integrations/{integration_type}/{integration_name}/write-info: an OpenAPI 3.1 document of
 * an integration's writes, one path per write, its body a `$ref` to the integration's schema in
 * `components.schemas` with every schema it refers to, as Trackstar's docs page shows. A
 * connection of that integration adds its own values: its warehouse IDs, its return causes.
 */
import type { CatalogIntegration, IntegrationCatalog } from './integrations';
import type { Schema } from './writeSchemas';
import { SCHEMA_REF_PREFIX, referencedSchemas, toOpenApi31 } from './writeSchemas';

export interface ConnectionValues {
	warehouseIds: string[];
	returnReasons: readonly string[];
}

const pascal = (name: string) =>
	name
		.split(/[^a-zA-Z0-9]+/)
		.map((part) => part.charAt(0).toUpperCase() + part.slice(1))
		.join('');

/** e.g. TOO_SMALL for "Too small". */
export const returnCauseCode = (reason: string) => reason.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/** Trackstar names the document's body schemas by write and integration (CreatewmsReturnOngoingSchema). */
export function componentName(input: string, integrationName: string): string {
	return `${input.replace(/InputSchema$/, '')}${pascal(integrationName)}Schema`;
}

const takesNull = (property: Schema) =>
	Array.isArray(property.type) && property.type.includes('null');

function withValues(property: Schema, values: readonly string[]): Schema {
	return { ...property, enum: takesNull(property) ? [...values, null] : [...values] };
}

/** The connection's values in place of the document's: every warehouse_id, ReturnCause's placeholders. */
function fillConnectionValues(schemas: Record<string, Schema>, values: ConnectionValues): void {
	const visit = (node: unknown): void => {
		if (Array.isArray(node)) return node.forEach(visit);
		if (typeof node !== 'object' || node === null) return;
		const properties = (node as Schema).properties as Record<string, Schema> | undefined;
		const warehouse = properties?.warehouse_id;
		if (warehouse && [warehouse.type].flat().includes('string'))
			properties.warehouse_id = withValues(warehouse, values.warehouseIds);
		Object.values(node).forEach(visit);
	};
	visit(schemas);
	const cause = schemas.ReturnCause?.properties as Record<string, Schema> | undefined;
	if (cause?.code) cause.code = withValues(cause.code, values.returnReasons.map(returnCauseCode));
	if (cause?.return_reason)
		cause.return_reason = withValues(cause.return_reason, values.returnReasons);
}

export function writeInfoDocument(
	catalog: IntegrationCatalog,
	integration: CatalogIntegration,
	connection?: ConnectionValues,
) {
	const { schemas } = catalog.document;
	const paths: Record<string, Record<string, unknown>> = {};
	const components: Record<string, Schema> = {};
	for (const { endpoint, schema } of integration.writes) {
		const name = componentName(endpoint.input, integration.integration_name);
		components[name] = toOpenApi31(schemas[schema]) as Schema;
		const parameters = [...endpoint.path.matchAll(/\{([^}]+)\}/g)].map(([, parameter]) => ({
			name: parameter,
			in: 'path',
			required: true,
			schema: { type: 'string' },
		}));
		(paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = {
			...(parameters.length > 0 ? { parameters } : {}),
			requestBody: {
				content: { 'application/json': { schema: { $ref: `${SCHEMA_REF_PREFIX}${name}` } } },
			},
			responses: { '200': { description: endpoint.output } },
		};
	}
	const roots = integration.writes.map((write) => schemas[write.schema]);
	for (const name of referencedSchemas(schemas, roots))
		components[name] = toOpenApi31(schemas[name]) as Schema;
	if (connection) fillConnectionValues(components, connection);
	return {
		openapi: '3.1.0',
		info: { title: `${integration.display_name} write operations`, version: '1.0.0' },
		paths,
		components: { schemas: components },
	};
}
