/**
 * The integrations the sandbox serves (GET /integrations/{integration_type}, OpenAPI
 * IntegrationInfo) and the writes each takes: every write with a schema titled with the
 * integration's display name in docs/trackstar-api/openapi.json (see writeSchemas.ts).
 */
import { readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';

import { REPO_ROOT } from '../scripts/support/repoRoot';
import type { Schema, Schemas, WriteEndpoint, WriteSchemaDocument } from './writeSchemas';
import { integrationVariant, objectSchema, refName, writeSchemaDocument } from './writeSchemas';

export interface ServedIntegration {
	integration_name: string;
	/** The title of its schemas in the OpenAPI document. */
	display_name: string;
	install_method: 'input' | 'oauth';
	description: string;
}

/** The WMSs, which the WMS access token's connection can be switched to. */
export const SERVED_INTEGRATIONS: readonly ServedIntegration[] = [
	{
		integration_name: 'sandbox',
		display_name: 'WMS Sandbox',
		install_method: 'input',
		description: "Trackstar's simulated WMS, to try the API without a warehouse's account.",
	},
	{
		integration_name: 'shiphero',
		display_name: 'ShipHero',
		install_method: 'input',
		description: 'ShipHero, the WMS for brands and 3PLs.',
	},
	{
		integration_name: 'logiwa',
		display_name: 'Logiwa',
		install_method: 'input',
		description: 'Logiwa WMS, for high-volume fulfillment.',
	},
	{
		integration_name: 'extensiv-3pl-central',
		display_name: 'Extensiv (3PL Central)',
		install_method: 'input',
		description: "Extensiv's 3PL Warehouse Manager, formerly 3PL Central.",
	},
	{
		// Its return lines take a return cause, whose codes only a connection knows (write-info).
		integration_name: 'ongoing',
		display_name: 'Ongoing WMS',
		install_method: 'input',
		description: 'Ongoing WMS, the Swedish warehouse management system.',
	},
];

/** The freight connection's forwarder (the sandbox simulates one freight integration). */
export const FREIGHT_INTEGRATION = 'flexport';

/** The carrier connection's carrier: the merchant's UPS account (carrier/seedCarrier.ts). */
export const CARRIER_INTEGRATION = 'ups';

/** The integration of each other connection type the sandbox simulates; it has no cart integration. */
export const OTHER_SERVED_INTEGRATIONS: Readonly<Record<'freight' | 'carrier', ServedIntegration>> =
	{
		freight: {
			integration_name: FREIGHT_INTEGRATION,
			display_name: 'Flexport',
			install_method: 'input',
			description: 'Flexport, the freight forwarder, with its shipments and their legs.',
		},
		carrier: {
			integration_name: CARRIER_INTEGRATION,
			display_name: 'UPS',
			install_method: 'input',
			description: "UPS's Billing Center: the account's invoices, line by line and as files.",
		},
	};

export const INTEGRATION_TYPES = ['wms', 'freight', 'cart', 'carrier'] as const;

type ServedType = 'wms' | 'freight' | 'carrier';

export const SANDBOX_INTEGRATION = 'sandbox';

/**
 * The reads every served integration of a type offers, fully implemented: action, URL, record
 * schema (the carrier's in docs/trackstar-api/carrier-schemas.json, the others in the OpenAPI
 * document). The freight and carrier actions are their connections' sync functions.
 */
const LIST_OPERATIONS: Readonly<Record<ServedType, ReadonlyArray<[string, string, string]>>> = {
	wms: [
		['get_orders', 'GET /wms/orders', 'OrderSchema'],
		['get_inventory', 'GET /wms/inventory', 'InventorySchema'],
		['get_products', 'GET /wms/products', 'ProductSchema'],
		['get_inbound_shipments', 'GET /wms/inbound-shipments', 'InboundShipmentSchema'],
		['get_returns', 'GET /wms/returns', 'ReturnSchema'],
		['get_warehouses', 'GET /wms/warehouses', 'WarehouseSchema'],
		['get_shipping_methods', 'GET /wms/shipping-methods', 'ShippingMethodSchema'],
	],
	freight: [['get_shipments', 'GET /freight/shipments', 'FreightShipmentSchema']],
	carrier: [
		['get_invoice_line_items', 'GET /carrier/invoice-line-items', 'CarrierInvoiceLineItemSchema'],
	],
};

let carrierSchemas: Schemas | undefined;

/** The record schemas of the Carrier API, which the OpenAPI document predates. */
function carrierRecordSchemas(): Schemas {
	if (carrierSchemas) return carrierSchemas;
	const path = join(REPO_ROOT, 'docs', 'trackstar-api', 'carrier-schemas.json');
	carrierSchemas = (JSON.parse(readFileSync(path, 'utf8')) as { definitions: Schemas }).definitions;
	return carrierSchemas;
}

export interface IntegrationWrite {
	endpoint: WriteEndpoint;
	/** Its schema in the OpenAPI document, e.g. CreatewmsOrder--Logiwa--. */
	schema: string;
}

export interface CatalogIntegration extends ServedIntegration {
	integration_type: ServedType;
	writes: IntegrationWrite[];
}

export interface IntegrationCatalog {
	document: WriteSchemaDocument;
	/** The WMSs. */
	integrations: readonly CatalogIntegration[];
	/** A WMS by name. */
	find(name: string): CatalogIntegration | undefined;
	/** The integrations of a type (none for cart, or a type Trackstar has not). */
	ofType(type: string): readonly CatalogIntegration[];
}

export function integrationCatalog(): IntegrationCatalog {
	const document = writeSchemaDocument();
	const served = (integration: ServedIntegration, type: ServedType): CatalogIntegration => ({
		...integration,
		integration_type: type,
		writes: document.endpoints.flatMap((endpoint) => {
			const schema = integrationVariant(document, endpoint, integration.display_name);
			return schema ? [{ endpoint, schema }] : [];
		}),
	});
	const byType: Record<string, readonly CatalogIntegration[]> = {
		wms: SERVED_INTEGRATIONS.map((integration) => served(integration, 'wms')),
		freight: [served(OTHER_SERVED_INTEGRATIONS.freight, 'freight')],
		carrier: [served(OTHER_SERVED_INTEGRATIONS.carrier, 'carrier')],
	};
	return {
		document,
		integrations: byType.wms,
		find: (name) => byType.wms.find((entry) => entry.integration_name === name),
		ofType: (type) => (Object.hasOwn(byType, type) ? byType[type] : []),
	};
}

interface Field {
	path: string;
	required: boolean;
	schema: Schema;
}

/** The fields of an object schema, dotted into its objects and lists of objects (`line_items.sku`). */
function fields(schemas: Schemas, schema: Schema, within: (path: string) => boolean): Field[] {
	const walk = (object: Schema, prefix: string, seen: string[]): Field[] =>
		Object.entries((object.properties ?? {}) as Record<string, Schema>).flatMap(([name, node]) => {
			const field = {
				path: `${prefix}${name}`,
				required: ((object.required ?? []) as string[]).includes(name),
				schema: node,
			};
			const child = objectSchema(schemas, node);
			const title = child?.title as string | undefined;
			if (!child || !within(field.path) || (title && seen.includes(title))) return [field];
			return [field, ...walk(child, `${field.path}.`, [...seen, ...(title ? [title] : [])])];
		});
	return walk(schema, '', []);
}

/** A property's schema with its `$ref`s replaced by what they name, for a document without components. */
function inlined(schemas: Schemas, node: unknown, depth = 0): unknown {
	if (Array.isArray(node)) return node.map((entry) => inlined(schemas, entry, depth));
	if (typeof node !== 'object' || node === null) return node;
	const { $ref, ...rest } = node as Schema;
	if (typeof $ref === 'string' && depth < 8)
		return inlined(schemas, { ...schemas[refName($ref)], ...rest }, depth + 1);
	return Object.fromEntries(
		Object.entries(rest).map(([key, value]) => [key, inlined(schemas, value, depth)]),
	);
}

/**
 * One WriteOperation: the integration schema's fields that the base schema has too (dotted, as
 * Trackstar's example lists `line_items.product_id`), required or optional as the integration's
 * schema says at their level; the others are its integration-specific fields.
 */
function writeOperation(document: WriteSchemaDocument, write: IntegrationWrite) {
	const { schemas } = document;
	const base = (schemas[write.endpoint.input].oneOf as Array<{ $ref: string }>)
		.map((member) => refName(member.$ref))
		.find((name) => name.endsWith('--Base_Schema--'));
	const basePaths = new Set(
		base ? fields(schemas, schemas[base], () => true).map((f) => f.path) : [],
	);
	const own = fields(schemas, schemas[write.schema], (path) => basePaths.has(path));
	const specific = own.filter((field) => !basePaths.has(field.path));
	const baseFields = own.filter((field) => basePaths.has(field.path));
	return {
		action: write.endpoint.action,
		url: `${write.endpoint.method} ${write.endpoint.path}`,
		required_base_schema_fields: baseFields.filter((f) => f.required).map((f) => f.path),
		optional_base_schema_fields: baseFields.filter((f) => !f.required).map((f) => f.path),
		integration_specific_fields: {
			properties: Object.fromEntries(specific.map((f) => [f.path, inlined(schemas, f.schema)])),
			type: 'object',
			required_fields: specific.filter((f) => f.required).map((f) => f.path),
		},
	};
}

/** An integration in OpenAPI's IntegrationInfo shape. */
export function integrationInfo(catalog: IntegrationCatalog, integration: CatalogIntegration) {
	const { schemas } = catalog.document;
	const type = integration.integration_type;
	const recordSchemas = type === 'carrier' ? carrierRecordSchemas() : schemas;
	const listOperations = LIST_OPERATIONS[type].map(([action, url, record]) => ({
		action,
		url,
		implemented_fields: Object.fromEntries(
			Object.keys(recordSchemas[record].properties as Schema).map((field) => [field, true]),
		),
	}));
	const writeOperations = integration.writes.map((write) =>
		writeOperation(catalog.document, write),
	);
	return {
		integration_name: integration.integration_name,
		display_name: integration.display_name,
		install_method: integration.install_method,
		description: integration.description,
		logo_url: `https://example.com/logos/${integration.integration_name}.png`,
		write_operations: writeOperations,
		list_operations: listOperations,
		available_actions: [
			...listOperations.map((operation) => operation.action),
			...writeOperations.map((operation) => operation.action),
		],
	};
}

export type IntegrationInfo = ReturnType<typeof integrationInfo>;
