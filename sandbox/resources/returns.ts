/**
 * GET /wms/returns and /{return_id}, POST /wms/returns, PUT /wms/returns/{return_id},
 * PUT /wms/returns/{return_id}/cancel, PUT /wms/returns/{return_id}/trackstar-tags and
 * GET /wms/returns/meta?method=POST|PUT.
 *
 * Writes take the OpenAPI "WMS Sandbox" return schema (order_id, warehouse_id, line_items of
 * {sku, quantity}, trackstar_tags) plus the simulated WMS's own `return_reason` and `rma_number`,
 * which its meta lists; this WMS requires order_id and line_items on create, and each SKU must be
 * on the order. Cancel is newer than the OpenAPI document (Trackstar's returns/cancel.mdx): it
 * answers as order cancel does, `{data, id, unused_fields}`, and refuses a return that has
 * arrived (receiving or received) or is already cancelled with a 422 naming it.
 */
import { createHash } from 'node:crypto';

import type { Reply, SandboxRequest } from '../http';
import { jsonReply } from '../http';
import type { WriteMethod } from '../meta';
import type { TrackstarTag } from '../types';
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
import { TEXT_OPERATORS, dateFields } from './query';
import type { Return, ReturnLineItem } from './returnTypes';
import { RETURN_STATUSES } from './returnTypes';
import type { WriteSchemas } from './writeMeta';
import { writeMetaReply } from './writeMeta';

/** Filters of GET /wms/returns (Trackstar's OpenAPI document). */
export const RETURN_FILTER_FIELDS: ResourceFields<Return> = {
	...dateFields<Return>(),
	status: { kind: 'enum', operators: TEXT_OPERATORS, values: RETURN_STATUSES },
	warehouse_customer_id: { kind: 'text', operators: TEXT_OPERATORS },
};

export const RETURN_RESOURCE: CatalogResource<Return, WritableSource<Return>> = {
	what: 'Return',
	idParam: 'return_id',
	fields: RETURN_FILTER_FIELDS,
	records: (context) => context.catalog.returns,
};

const text = (title: string, description: string) => ({ title, type: 'string', description });
const BASE_PROPERTIES = {
	order_id: text('order_id', 'The ID of the order being returned.'),
	warehouse_id: text('warehouse_id', 'The warehouse that receives the return.'),
	line_items: {
		title: 'line_items',
		type: 'array',
		description: 'The SKUs and quantities coming back.',
		items: { $ref: '#/definitions/ReturnLineItem' },
	},
	trackstar_tags: {
		title: 'trackstar_tags',
		type: 'array',
		description: 'Custom tags: strings or one-pair objects.',
		items: {},
	},
	return_reason: text('return_reason', 'Why the customer returns it (this WMS only).'),
	rma_number: text('rma_number', 'Your RMA number (this WMS only).'),
};

export const RETURN_WRITE_SCHEMAS: WriteSchemas = {
	names: { POST: 'CreateReturn', PUT: 'UpdateReturn' },
	properties: { POST: BASE_PROPERTIES, PUT: BASE_PROPERTIES },
	required: { POST: ['order_id', 'line_items'], PUT: [] },
	definitions: {
		ReturnLineItem: {
			type: 'object',
			properties: {
				sku: text('sku', 'The SKU coming back.'),
				quantity: { title: 'quantity', type: 'integer', description: 'Units coming back.' },
			},
			required: ['sku', 'quantity'],
		},
	},
};

export const returnMeta = (request: SandboxRequest) =>
	writeMetaReply(RETURN_WRITE_SCHEMAS, request);

const ACCEPTED = new Set(Object.keys(BASE_PROPERTIES));

type ReturnCheck =
	| { ok: true; body: Record<string, unknown>; unusedFields: string[] }
	| { ok: false; reply: Reply };

function validateReturnBody(
	context: CatalogContext,
	body: unknown,
	method: WriteMethod,
): ReturnCheck {
	const errors = newErrors();
	if (!isPlainObject(body)) {
		addError(errors, '_schema', 'The request body must be a JSON object.');
		return { ok: false, reply: validationReply('json', errors) };
	}
	emptyValueErrors(body, errors);
	for (const [field, value] of Object.entries(body)) {
		if (errors[field] !== undefined || !ACCEPTED.has(field)) continue;
		if (field === 'trackstar_tags') {
			const tags = validateTagsBody({ trackstar_tags: value });
			if (!tags.ok) Object.assign(errors, tags.errors);
		} else if (field === 'line_items') {
			if (!Array.isArray(value) || value.length === 0) {
				addError(errors, field, 'Must be a non-empty list.');
				continue;
			}
			value.forEach((line: unknown, index) => {
				const path = `line_items.${index}`;
				if (!isPlainObject(line)) return addError(errors, path, 'Not a valid object.');
				for (const key of Object.keys(line))
					if (key !== 'sku' && key !== 'quantity')
						addError(errors, `${path}.${key}`, 'Unknown field.');
				if (typeof line.sku !== 'string')
					addError(errors, `${path}.sku`, 'Missing data for required field.');
				if (!Number.isInteger(line.quantity) || (line.quantity as number) < 1)
					addError(errors, `${path}.quantity`, 'Not a valid integer (1 or more).');
			});
		} else if (typeof value !== 'string') addError(errors, field, 'Not a valid string.');
	}
	if (method === 'POST') {
		for (const field of RETURN_WRITE_SCHEMAS.required.POST)
			if (body[field] === undefined) addError(errors, field, 'Missing data for required field.');
	}
	if (Object.keys(errors).length > 0) return { ok: false, reply: validationReply('json', errors) };

	if (typeof body.order_id === 'string' && !context.catalog.order(body.order_id)) {
		return { ok: false, reply: integrationReply('order_id', `No order with ID ${body.order_id}.`) };
	}
	if (typeof body.warehouse_id === 'string' && !context.catalog.warehouses.get(body.warehouse_id)) {
		return {
			ok: false,
			reply: integrationReply('warehouse_id', `No warehouse with ID ${body.warehouse_id}.`),
		};
	}
	return {
		ok: true,
		body,
		unusedFields: Object.keys(body).filter((field) => !ACCEPTED.has(field)),
	};
}

/** The stored line items for a write's `{sku, quantity}` list, or the WMS's refusal. */
function toLines(
	context: CatalogContext,
	lines: Array<{ sku: string; quantity: number }>,
	orderId: string | null,
	warehouseId: string | null,
	reason: string | null,
): ReturnLineItem[] | Reply {
	const order = orderId ? context.catalog.order(orderId) : undefined;
	const result: ReturnLineItem[] = [];
	for (const [index, line] of lines.entries()) {
		const item = context.catalog.inventory.all().find((entry) => entry.sku === line.sku);
		if (!item)
			return integrationReply(`line_items.${index}.sku`, `No inventory item with SKU ${line.sku}.`);
		if (order && !order.line_items.some((orderLine) => orderLine.sku === line.sku)) {
			return integrationReply(
				`line_items.${index}.sku`,
				`SKU ${line.sku} is not on order ${order.order_number}.`,
			);
		}
		result.push({
			inventory_item_id: item.id,
			sku: line.sku,
			expected_quantity: line.quantity,
			received_quantity: 0,
			restocked_quantity: null,
			return_reason: reason,
			quantity: line.quantity,
			warehouse_id: warehouseId,
			returned_date: null,
		});
	}
	return result;
}

const isReply = (value: unknown): value is Reply =>
	isPlainObject(value) && typeof value.status === 'number';

export function createReturn(context: CatalogContext, request: SandboxRequest): Reply {
	const checked = validateReturnBody(context, request.body, 'POST');
	if (!checked.ok) return checked.reply;
	const body = checked.body;
	const order = context.catalog.order(body.order_id as string)!;
	const warehouseId =
		(body.warehouse_id as string | undefined) ??
		order.shipments[0]?.warehouse_id ??
		order.warehouse_id ??
		null;
	const lines = toLines(
		context,
		body.line_items as Array<{ sku: string; quantity: number }>,
		order.id,
		warehouseId,
		(body.return_reason as string | undefined) ?? null,
	);
	if (isReply(lines)) return lines;
	const time = now(context);
	const id = createHash('sha256')
		.update(`return:${context.catalog.returns.size}:${time}:${JSON.stringify(body)}`)
		.digest('hex')
		.slice(0, 24);
	const created: Return = {
		id,
		warehouse_customer_id: order.warehouse_customer_id,
		created_date: time,
		updated_date: time,
		status: 'open',
		raw_status: 'Pending',
		order_id: order.id,
		notes: [],
		line_items: lines,
		shipments: [],
		external_system_url: `https://wms.sandbox.example.com/returns/${id}`,
		trackstar_tags: structuredClone((body.trackstar_tags as TrackstarTag[] | undefined) ?? []),
		additional_fields: body.rma_number ? { rma_number: body.rma_number } : {},
	};
	context.catalog.returns.add(created);
	return jsonReply({ data: created, id, unused_fields: checked.unusedFields });
}

export function updateReturn(context: CatalogContext, request: SandboxRequest): Reply {
	const id = request.params.return_id;
	const checked = validateReturnBody(context, request.body, 'PUT');
	if (!checked.ok) return checked.reply;
	const current = context.catalog.returns.get(id);
	if (!current) return notFoundReply('Return', id);
	if (current.status === 'received' || current.status === 'cancelled') {
		return integrationReply(
			'_schema',
			`Return ${id} is ${current.status} and can no longer be changed.`,
		);
	}
	const body = checked.body;
	const next: Return = structuredClone(current);
	if (body.order_id !== undefined) {
		next.order_id = body.order_id as string;
		next.warehouse_customer_id = context.catalog.order(next.order_id)!.warehouse_customer_id;
	}
	const warehouseId =
		(body.warehouse_id as string | undefined) ?? next.line_items[0]?.warehouse_id ?? null;
	if (body.line_items !== undefined) {
		const lines = toLines(
			context,
			body.line_items as Array<{ sku: string; quantity: number }>,
			next.order_id,
			warehouseId,
			(body.return_reason as string | undefined) ?? null,
		);
		if (isReply(lines)) return lines;
		next.line_items = lines;
	} else if (body.warehouse_id !== undefined) {
		for (const line of next.line_items) line.warehouse_id = warehouseId;
	}
	if (body.trackstar_tags !== undefined)
		next.trackstar_tags = structuredClone(body.trackstar_tags as TrackstarTag[]);
	if (body.rma_number !== undefined) next.additional_fields.rma_number = body.rma_number;
	next.updated_date = now(context);
	context.catalog.returns.replace(next);
	return jsonReply({ data: next, id, unused_fields: checked.unusedFields });
}

export function cancelReturn(context: CatalogContext, request: SandboxRequest): Reply {
	const id = request.params.return_id;
	const current = context.catalog.returns.get(id);
	if (!current) return notFoundReply('Return', id);
	if (current.status === 'cancelled') {
		return integrationReply('status', `Return ${id} is already cancelled`);
	}
	if (current.status === 'received' || current.status === 'receiving') {
		return integrationReply(
			'status',
			`Return ${id} is ${current.status} and can no longer be cancelled: it has arrived at the warehouse`,
		);
	}
	const time = now(context);
	const cancelled: Return = {
		...structuredClone(current),
		status: 'cancelled',
		raw_status: 'Cancelled',
		updated_date: time,
	};
	context.catalog.returns.replace(cancelled);
	return jsonReply({ data: cancelled, id, unused_fields: [] });
}
