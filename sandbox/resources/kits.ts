/**
 * POST /wms/kits, PUT /wms/kits/{kit_id} and GET /wms/kits/meta?method=POST|PUT.
 *
 * A kit is a product (`is_kit: true`) whose inventory_items are other SKUs' items, each with its
 * unit_quantity; Trackstar answers its writes with the product (ProductSchema). Writes take the
 * OpenAPI "WMS Sandbox" kit schema (sku, name, gtin, measurements, inventory_items of
 * {sku, unit_quantity}, trackstar_tags; all but the tags required on create) plus the simulated
 * WMS's product fields (POST price, warehouse_customer_id, country_of_origin; PUT price, active).
 * A component SKU must be an inventory item; a kit SKU another product has is refused.
 */
import { createHash } from 'node:crypto';

import type { Reply, SandboxRequest } from '../http';
import { jsonReply } from '../http';
import type { WriteMethod } from '../meta';
import type { TrackstarTag } from '../types';
import type { CatalogContext } from './common';
import {
	addError,
	integrationReply,
	isPlainObject,
	notFoundReply,
	now,
	validationReply,
} from './common';
import { PRODUCT_INTEGRATION_FIELDS, productMetaSchema, validateProductBody } from './products';
import type { Product, ProductInventoryItem } from './catalogTypes';
import { metaSchemaOf, type WriteSchemas } from './writeMeta';

export function kitSchemas(): WriteSchemas {
	const schemas = { POST: productMetaSchema('POST'), PUT: productMetaSchema('PUT') };
	const component = {
		title: 'inventory_items',
		type: 'array',
		description: 'The SKUs one kit is made of, each with its quantity per kit.',
		items: { $ref: '#/definitions/ProductKitComponents' },
	};
	return {
		names: { POST: 'CreateKit', PUT: 'UpdateKit' },
		properties: {
			POST: { ...schemas.POST.definitions.CreateProduct.properties, inventory_items: component },
			PUT: { ...schemas.PUT.definitions.UpdateProduct.properties, inventory_items: component },
		},
		required: { POST: ['sku', 'name', 'gtin', 'measurements', 'inventory_items'], PUT: [] },
		definitions: {
			ProductMeasurements: schemas.POST.definitions.ProductMeasurements,
			ProductKitComponents: {
				type: 'object',
				properties: {
					sku: { title: 'sku', type: 'string', description: 'A component SKU.' },
					unit_quantity: {
						title: 'unit_quantity',
						type: 'integer',
						description: 'Units of it in one kit.',
					},
				},
				required: ['sku', 'unit_quantity'],
			},
		},
	};
}

export function kitMeta(request: SandboxRequest): Reply {
	const method = request.query.method;
	if (method !== 'POST' && method !== 'PUT') {
		const message =
			method === undefined ? 'Missing data for required field.' : 'Must be one of: POST, PUT.';
		return validationReply('query', { method: [message] });
	}
	return jsonReply(metaSchemaOf(kitSchemas(), method));
}

type KitCheck =
	| {
			ok: true;
			body: Record<string, unknown>;
			components?: ProductInventoryItem[];
			unusedFields: string[];
	  }
	| { ok: false; reply: Reply };

function validateKit(context: CatalogContext, body: unknown, method: WriteMethod): KitCheck {
	if (!isPlainObject(body)) {
		return {
			ok: false,
			reply: validationReply('json', { _schema: ['The request body must be a JSON object.'] }),
		};
	}
	const { inventory_items: components, ...rest } = body;
	const checked = validateProductBody(rest, method);
	const errors = checked.ok ? {} : checked.errors;
	if (method === 'POST') {
		for (const field of ['gtin', 'measurements', 'inventory_items'])
			if (body[field] === undefined) addError(errors, field, 'Missing data for required field.');
		const measurements = body.measurements;
		if (isPlainObject(measurements) && !errors.measurements) {
			for (const key of ['length', 'width', 'height', 'unit', 'weight', 'weight_unit'])
				if (measurements[key] === undefined)
					addError(errors, `measurements.${key}`, 'Missing data for required field.');
		}
	}
	if (components !== undefined) {
		if (!Array.isArray(components) || components.length === 0) {
			addError(errors, 'inventory_items', 'Must be a non-empty list.');
		} else {
			components.forEach((entry: unknown, index) => {
				const path = `inventory_items.${index}`;
				if (!isPlainObject(entry)) return addError(errors, path, 'Not a valid object.');
				for (const key of Object.keys(entry))
					if (key !== 'sku' && key !== 'unit_quantity')
						addError(errors, `${path}.${key}`, 'Unknown field.');
				if (typeof entry.sku !== 'string')
					addError(errors, `${path}.sku`, 'Missing data for required field.');
				if (!Number.isInteger(entry.unit_quantity) || (entry.unit_quantity as number) < 1)
					addError(errors, `${path}.unit_quantity`, 'Not a valid integer (1 or more).');
			});
		}
	}
	if (Object.keys(errors).length > 0) return { ok: false, reply: validationReply('json', errors) };

	let resolved: ProductInventoryItem[] | undefined;
	if (Array.isArray(components)) {
		resolved = [];
		for (const [index, entry] of (
			components as Array<{ sku: string; unit_quantity: number }>
		).entries()) {
			const item = context.catalog.inventory.all().find((candidate) => candidate.sku === entry.sku);
			if (!item) {
				return {
					ok: false,
					reply: integrationReply(
						`inventory_items.${index}.sku`,
						`No inventory item with SKU ${entry.sku}.`,
					),
				};
			}
			resolved.push({
				inventory_item_id: item.id,
				sku: entry.sku,
				unit_quantity: entry.unit_quantity,
			});
		}
	}
	return {
		ok: true,
		body,
		components: resolved,
		unusedFields: checked.ok ? checked.unusedFields : [],
	};
}

function skuTaken(context: CatalogContext, sku: unknown, except?: string): boolean {
	return (
		typeof sku === 'string' &&
		context.catalog.products.all().some((product) => product.sku === sku && product.id !== except)
	);
}

export function createKit(context: CatalogContext, request: SandboxRequest): Reply {
	const checked = validateKit(context, request.body, 'POST');
	if (!checked.ok) return checked.reply;
	const body = checked.body;
	if (skuTaken(context, body.sku)) {
		return integrationReply('sku', `A product with SKU ${String(body.sku)} already exists.`);
	}
	const time = now(context);
	const id = createHash('sha256')
		.update(`kit:${context.catalog.products.size}:${time}:${JSON.stringify(body)}`)
		.digest('hex')
		.slice(0, 24);
	const kit: Product = {
		id,
		warehouse_customer_id: (body.warehouse_customer_id as string | undefined) ?? null,
		created_date: time,
		updated_date: time,
		name: body.name as string,
		sku: body.sku as string,
		gtin: body.gtin as string,
		unit_price: (body.price as number | undefined) ?? null,
		inventory_items: checked.components!,
		is_kit: true,
		active: true,
		supplier: null,
		supplier_object: null,
		country_of_origin: (body.country_of_origin as string | undefined) ?? null,
		harmonized_code: null,
		supplier_products: [],
		external_system_url: `https://wms.sandbox.example.com/products/${id}`,
		trackstar_tags: structuredClone((body.trackstar_tags as TrackstarTag[] | undefined) ?? []),
		additional_fields: { measurements: body.measurements },
	};
	context.catalog.products.add(kit);
	return jsonReply({ data: kit, id, unused_fields: checked.unusedFields });
}

export function updateKit(context: CatalogContext, request: SandboxRequest): Reply {
	const id = request.params.kit_id;
	const checked = validateKit(context, request.body, 'PUT');
	if (!checked.ok) return checked.reply;
	const current = context.catalog.products.get(id);
	if (!current || !current.is_kit) return notFoundReply('Kit', id);
	const body = checked.body;
	if (skuTaken(context, body.sku, id)) {
		return integrationReply('sku', `Another product has SKU ${String(body.sku)}.`);
	}
	const next: Product = structuredClone(current);
	if (body.sku !== undefined) next.sku = body.sku as string;
	if (body.name !== undefined) next.name = body.name as string;
	if (body.gtin !== undefined) next.gtin = body.gtin as string;
	if (body.price !== undefined) next.unit_price = body.price as number;
	if (body.active !== undefined) next.active = body.active as boolean;
	if (body.measurements !== undefined)
		next.additional_fields = { ...next.additional_fields, measurements: body.measurements };
	if (checked.components) next.inventory_items = checked.components;
	if (body.trackstar_tags !== undefined)
		next.trackstar_tags = structuredClone(body.trackstar_tags as TrackstarTag[]);
	next.updated_date = now(context);
	context.catalog.products.replace(next);
	return jsonReply({ data: next, id, unused_fields: checked.unusedFields });
}

/** The simulated WMS's own kit fields: its product fields (for tests that name them). */
export const KIT_INTEGRATION_FIELDS = PRODUCT_INTEGRATION_FIELDS;
