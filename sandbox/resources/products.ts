/**
 * GET /wms/products, GET /wms/products/{product_id}, POST /wms/products, PUT /wms/products/{product_id},
 * GET /wms/products/meta?method=POST|PUT and PUT /wms/products/{product_id}/trackstar-tags.
 *
 * Writes take the OpenAPI "WMS Sandbox" product schema (sku, name, gtin, measurements,
 * trackstar_tags; sku and name required on create) plus the simulated WMS's own fields, which its
 * meta schema lists (POST `price`, `warehouse_customer_id`, `country_of_origin`; PUT `price`,
 * `active`); anything else comes back in `unused_fields`. A created product gets an inventory item
 * of its own (no stock yet) carrying its measurements; an update's sku, name and measurements
 * reach that item too. A SKU another product has is refused by the WMS.
 */
import { createHash } from 'node:crypto';

import type { Reply, SandboxRequest } from '../http';
import { jsonReply } from '../http';
import type { MetaSchema, WriteMethod } from '../meta';
import { WAREHOUSE_CUSTOMERS } from '../seed';
import type { TrackstarTag } from '../types';
import type { BodyErrors } from '../writes';
import { validateTagsBody } from '../writes';
import type { CatalogContext, CatalogResource, WritableSource } from './common';
import {
	addError,
	emptyValueErrors,
	integrationReply,
	isPlainObject,
	newErrors,
	notFoundReply,
	now,
	validationReply,
} from './common';
import type { ResourceFields } from './query';
import { SKU_OPERATORS, TEXT_OPERATORS, dateFields } from './query';
import type { InventoryItem, Measurements, Product } from './catalogTypes';

/** Filters of GET /wms/products (Trackstar's OpenAPI document). */
export const PRODUCT_FILTER_FIELDS: ResourceFields<Product> = {
	...dateFields<Product>(),
	warehouse_customer_id: { kind: 'text', operators: TEXT_OPERATORS },
	sku: { kind: 'text', operators: SKU_OPERATORS },
};

export const PRODUCT_RESOURCE: CatalogResource<Product, WritableSource<Product>> = {
	what: 'Product',
	idParam: 'product_id',
	fields: PRODUCT_FILTER_FIELDS,
	records: (context) => context.catalog.products,
};

// ---------------------------------------------------------------------------------------------
// Meta

const text = (title: string, description: string) => ({ title, type: 'string', description });
const number = (title: string, description: string) => ({
	title,
	type: 'number',
	format: 'float',
	description,
});

const BASE_PROPERTIES = {
	sku: text('sku', 'The SKU of the product.'),
	name: text('name', 'The name of the product.'),
	gtin: text('gtin', 'The Global Trade Item Number of the product, i.e. UPC, EAN or ISBN.'),
	measurements: {
		title: 'measurements',
		type: 'object',
		description: 'Size and weight of one unit.',
		$ref: '#/definitions/ProductMeasurements',
	},
	trackstar_tags: {
		title: 'trackstar_tags',
		type: 'array',
		description: 'Custom tags: strings or one-pair objects.',
		items: {},
	},
};

const MEASUREMENTS_DEFINITION = {
	type: 'object' as const,
	properties: {
		length: number('length', ''),
		width: number('width', ''),
		height: number('height', ''),
		unit: { title: 'unit', type: 'string', description: '', enum: ['cm', 'in'] },
		weight: number('weight', ''),
		weight_unit: {
			title: 'weight_unit',
			type: 'string',
			description: '',
			enum: ['kg', 'oz', 'lb'],
		},
	},
	required: [] as string[],
};

/** The simulated WMS's own product fields, beyond the base schema. */
export const PRODUCT_INTEGRATION_FIELDS: Readonly<Record<WriteMethod, readonly string[]>> = {
	POST: ['price', 'warehouse_customer_id', 'country_of_origin'],
	PUT: ['price', 'active'],
};

const PRODUCT_SCHEMAS: Record<WriteMethod, MetaSchema> = {
	POST: {
		$schema: 'http://json-schema.org/draft-07/schema#',
		definitions: {
			CreateProduct: {
				type: 'object',
				properties: {
					...BASE_PROPERTIES,
					price: number('price', 'The retail price of one unit (this WMS only).'),
					warehouse_customer_id: text(
						'warehouse_customer_id',
						'The brand that owns the product (this WMS only).',
					),
					country_of_origin: text(
						'country_of_origin',
						'ISO country code where the product is made (this WMS only).',
					),
				},
				required: ['name', 'sku'],
			},
			ProductMeasurements: MEASUREMENTS_DEFINITION,
		},
		$ref: '#/definitions/CreateProduct',
	},
	PUT: {
		$schema: 'http://json-schema.org/draft-07/schema#',
		definitions: {
			UpdateProduct: {
				type: 'object',
				properties: {
					...BASE_PROPERTIES,
					price: number('price', 'The retail price of one unit (this WMS only).'),
					active: {
						title: 'active',
						type: 'boolean',
						description: 'Whether the product is sold (this WMS only).',
					},
				},
				required: [],
			},
			ProductMeasurements: MEASUREMENTS_DEFINITION,
		},
		$ref: '#/definitions/UpdateProduct',
	},
};

export function productMetaSchema(method: WriteMethod): MetaSchema {
	return structuredClone(PRODUCT_SCHEMAS[method]);
}

export function productMeta(request: SandboxRequest): Reply {
	const method = request.query.method;
	if (method !== 'POST' && method !== 'PUT') {
		const message =
			method === undefined ? 'Missing data for required field.' : 'Must be one of: POST, PUT.';
		return validationReply('query', { method: [message] });
	}
	return jsonReply(productMetaSchema(method));
}

// ---------------------------------------------------------------------------------------------
// Writes

const BASE_FIELDS = ['sku', 'name', 'gtin', 'measurements', 'trackstar_tags'];
const MEASUREMENT_NUMBERS = ['length', 'width', 'height', 'weight'];
const MEASUREMENT_UNITS: Record<string, readonly string[]> = {
	unit: ['cm', 'in'],
	weight_unit: ['kg', 'oz', 'lb'],
};

type ProductCheck =
	| { ok: true; body: Record<string, unknown>; unusedFields: string[] }
	| { ok: false; errors: BodyErrors };

/** Validates a product write for `method`: types of the fields it takes, required ones on POST. */
export function validateProductBody(body: unknown, method: WriteMethod): ProductCheck {
	const errors = newErrors();
	if (!isPlainObject(body)) {
		addError(errors, '_schema', 'The request body must be a JSON object.');
		return { ok: false, errors };
	}
	emptyValueErrors(body, errors);
	const accepted = new Set([...BASE_FIELDS, ...PRODUCT_INTEGRATION_FIELDS[method]]);
	for (const [field, value] of Object.entries(body)) {
		if (errors[field] !== undefined || !accepted.has(field)) continue;
		if (['sku', 'name', 'gtin', 'warehouse_customer_id', 'country_of_origin'].includes(field)) {
			if (typeof value !== 'string') addError(errors, field, 'Not a valid string.');
		} else if (field === 'price') {
			if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
				addError(errors, field, 'Not a valid number (0 or more).');
		} else if (field === 'active') {
			if (typeof value !== 'boolean') addError(errors, field, 'Not a valid boolean.');
		} else if (field === 'trackstar_tags') {
			const tags = validateTagsBody({ trackstar_tags: value });
			if (!tags.ok) Object.assign(errors, tags.errors);
		} else if (field === 'measurements') checkMeasurements(value, errors);
	}
	if (
		typeof body.warehouse_customer_id === 'string' &&
		errors.warehouse_customer_id === undefined &&
		!WAREHOUSE_CUSTOMERS.some((customer) => customer.id === body.warehouse_customer_id)
	) {
		addError(errors, 'warehouse_customer_id', 'No warehouse customer with this ID.');
	}
	if (method === 'POST') {
		for (const field of ['name', 'sku'])
			if (body[field] === undefined) addError(errors, field, 'Missing data for required field.');
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		body,
		unusedFields: Object.keys(body).filter((field) => !accepted.has(field)),
	};
}

function checkMeasurements(value: unknown, errors: BodyErrors) {
	if (!isPlainObject(value)) {
		addError(errors, 'measurements', 'Not a valid object.');
		return;
	}
	for (const [key, entry] of Object.entries(value)) {
		const path = `measurements.${key}`;
		if (errors[path] !== undefined) continue;
		if (MEASUREMENT_NUMBERS.includes(key)) {
			if (typeof entry !== 'number' || !Number.isFinite(entry) || entry < 0)
				addError(errors, path, 'Not a valid number (0 or more).');
		} else if (Object.hasOwn(MEASUREMENT_UNITS, key)) {
			if (!MEASUREMENT_UNITS[key].includes(entry as string))
				addError(errors, path, `Must be one of: ${MEASUREMENT_UNITS[key].join(', ')}.`);
		} else addError(errors, path, 'Unknown field.');
	}
}

function hexId(seed: string): string {
	return createHash('sha256').update(seed).digest('hex').slice(0, 24);
}

function skuTaken(context: CatalogContext, sku: unknown, except?: string): boolean {
	if (typeof sku !== 'string') return false;
	return context.catalog.products
		.all()
		.some((product) => product.sku === sku && product.id !== except);
}

const EMPTY_MEASUREMENTS: Measurements = {
	length: null,
	width: null,
	height: null,
	unit: null,
	weight: null,
	weight_unit: null,
};

export function createProduct(context: CatalogContext, request: SandboxRequest): Reply {
	const checked = validateProductBody(request.body, 'POST');
	if (!checked.ok) return validationReply('json', checked.errors);
	const body = checked.body;
	if (skuTaken(context, body.sku)) {
		return integrationReply('sku', `A product with SKU ${String(body.sku)} already exists.`);
	}
	const { catalog } = context;
	const time = now(context);
	const seed = `${catalog.products.size}:${time}:${JSON.stringify(body)}`;
	const id = hexId(`product:${seed}`);
	const itemId = hexId(`inventory-item:${seed}`);
	const owner = (body.warehouse_customer_id as string | undefined) ?? null;
	const tags = structuredClone((body.trackstar_tags as TrackstarTag[] | undefined) ?? []);
	const item: InventoryItem = {
		id: itemId,
		warehouse_customer_id: owner,
		created_date: time,
		updated_date: time,
		name: body.name as string,
		sku: body.sku as string,
		unit_cost: null,
		active: true,
		awaiting: 0,
		onhand: 0,
		committed: 0,
		unfulfillable: 0,
		fulfillable: 0,
		unsellable: 0,
		sellable: 0,
		substitute_skus: [],
		inventory_by_warehouse_id: {},
		lots: [],
		measurements: { ...EMPTY_MEASUREMENTS, ...(body.measurements as Partial<Measurements>) },
		locations: [],
		external_system_url: `https://wms.sandbox.example.com/inventory/${itemId}`,
		trackstar_tags: [],
		additional_fields: { lot_tracked: false },
	};
	const product: Product = {
		id,
		warehouse_customer_id: owner,
		created_date: time,
		updated_date: time,
		name: body.name as string,
		sku: body.sku as string,
		gtin: (body.gtin as string | undefined) ?? null,
		unit_price: (body.price as number | undefined) ?? null,
		inventory_items: [{ inventory_item_id: itemId, sku: item.sku, unit_quantity: 1 }],
		is_kit: false,
		active: true,
		supplier: null,
		supplier_object: null,
		country_of_origin: (body.country_of_origin as string | undefined) ?? null,
		harmonized_code: null,
		supplier_products: [],
		external_system_url: `https://wms.sandbox.example.com/products/${id}`,
		trackstar_tags: tags,
		additional_fields: {},
	};
	catalog.inventory.add(item);
	catalog.products.add(product);
	return jsonReply({ data: product, id, unused_fields: checked.unusedFields });
}

export function updateProduct(context: CatalogContext, request: SandboxRequest): Reply {
	const id = request.params.product_id;
	const checked = validateProductBody(request.body, 'PUT');
	if (!checked.ok) return validationReply('json', checked.errors);
	const { catalog } = context;
	const product = catalog.products.get(id);
	if (!product) return notFoundReply('Product', id);
	const body = checked.body;
	if (skuTaken(context, body.sku, id)) {
		return integrationReply('sku', `Another product has SKU ${String(body.sku)}.`);
	}
	const time = now(context);
	const unusedFields = checked.unusedFields.slice();
	const next: Product = structuredClone(product);
	if (body.sku !== undefined) next.sku = body.sku as string;
	if (body.name !== undefined) next.name = body.name as string;
	if (body.gtin !== undefined) next.gtin = body.gtin as string;
	if (body.price !== undefined) next.unit_price = body.price as number;
	if (body.active !== undefined) next.active = body.active as boolean;
	if (body.trackstar_tags !== undefined)
		next.trackstar_tags = structuredClone(body.trackstar_tags as TrackstarTag[]);
	next.updated_date = time;

	// A product of one item is that item: its SKU, name and measurements follow. A kit has none.
	const own = next.is_kit
		? undefined
		: catalog.inventory.get(next.inventory_items[0]?.inventory_item_id);
	if (own) {
		const item = structuredClone(own);
		item.sku = next.sku;
		item.name = next.name;
		if (body.measurements !== undefined)
			item.measurements = { ...item.measurements, ...(body.measurements as Partial<Measurements>) };
		if (body.active !== undefined) item.active = next.active;
		item.updated_date = time;
		catalog.inventory.replace(item);
		next.inventory_items[0].sku = next.sku;
	} else if (body.measurements !== undefined) unusedFields.push('measurements');
	catalog.products.replace(next);
	return jsonReply({ data: next, id, unused_fields: unusedFields });
}
