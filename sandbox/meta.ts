/**
 * GET /wms/orders/meta?method=POST|PUT: the write schemas of the simulated WMS, as Trackstar's
 * connection-level meta endpoint answers them (JSON Schema draft-07: `$schema`, `definitions`,
 * `$ref`). POST mirrors the OpenAPI "WMS Sandbox" create schema (order_number, ship_to_address and
 * line_items required), so a create sending `channel_object` or `shipping_method_name` hears back
 * that this WMS ignored them, as Trackstar's sandbox WMS answers; PUT also takes those two (the
 * base update schema's channel field, and the name shipping_method_id defers to). Each adds
 * integration-specific fields of its own (POST `gift_message`, `warehouse_id`; PUT
 * `packing_note`), which the sandbox's writes then accept.
 */

export type WriteMethod = 'POST' | 'PUT';

interface PropertySchema {
	title: string;
	type?: string;
	format?: string;
	description: string;
	items?: Record<string, unknown>;
	$ref?: string;
	enum?: string[];
}

interface Definition {
	type: 'object';
	properties: Record<string, PropertySchema>;
	required: string[];
}

export interface MetaSchema {
	$schema: string;
	definitions: Record<string, Definition>;
	$ref: string;
}

const prop = (
	title: string,
	type: string,
	description: string,
	extra: Partial<PropertySchema> = {},
) => ({
	title,
	type,
	description,
	...extra,
});

const TAGS = prop('trackstar_tags', 'array', 'Custom tags: strings or one-pair objects.', {
	items: {},
});

const BASE_PROPERTIES: Record<string, PropertySchema> = {
	reference_id: prop('reference_id', 'string', 'An external unique identifier for the order.'),
	order_number: prop('order_number', 'string', 'A user-friendly identifier for the order.'),
	channel: prop('channel', 'string', 'Deprecated in favor of channel_object.'),
	trading_partner: prop('trading_partner', 'string', 'For retail/EDI orders, the trading partner.'),
	shipping_method_id: prop('shipping_method_id', 'string', 'The ID of the shipping method.'),
	shipping_method: prop('shipping_method', 'string', 'Deprecated.'),
	service_level: prop('service_level', 'string', 'The type of shipping requested by the customer.'),
	invoice_currency_code: prop('invoice_currency_code', 'string', 'Defaults to USD.'),
	total_price: prop('total_price', 'number', 'The total price the customer paid.', {
		format: 'float',
	}),
	total_tax: prop('total_tax', 'number', 'The total tax on the order.', { format: 'float' }),
	total_discount: prop('total_discount', 'number', 'The total discount.', { format: 'float' }),
	total_shipping: prop('total_shipping', 'number', 'The shipping cost charged.', {
		format: 'float',
	}),
	trackstar_tags: TAGS,
};

function address(required: string[]): Definition {
	const line = (name: string) => prop(name, 'string', '');
	return {
		type: 'object',
		properties: Object.fromEntries(
			[
				'full_name',
				'company',
				'address1',
				'address2',
				'city',
				'state',
				'postal_code',
				'country',
			].map((name) => [name, line(name)]),
		),
		required,
	};
}

function lineItem(required: string[]): Definition {
	return {
		type: 'object',
		properties: {
			product_id: prop('product_id', 'string', 'The Trackstar product ID.'),
			sku: prop('sku', 'string', ''),
			quantity: prop('quantity', 'integer', ''),
			unit_price: prop('unit_price', 'number', 'Price per unit.', { format: 'float' }),
			discount_amount: prop('discount_amount', 'number', 'Discount per unit.', { format: 'float' }),
		},
		required,
	};
}

const structured = {
	ship_to_address: prop('ship_to_address', 'object', 'Where the order ships.', {
		$ref: '#/definitions/OrderShipToAddress',
	}),
	line_items: prop('line_items', 'array', 'The products of the order.', {
		items: { $ref: '#/definitions/OrderLineItem' },
	}),
};

const SCHEMAS: Record<WriteMethod, MetaSchema> = {
	POST: {
		$schema: 'http://json-schema.org/draft-07/schema#',
		definitions: {
			CreateOrder: {
				type: 'object',
				properties: {
					...BASE_PROPERTIES,
					...structured,
					gift_message: prop(
						'gift_message',
						'string',
						'Printed on the packing slip (this WMS only).',
					),
					warehouse_id: prop(
						'warehouse_id',
						'string',
						'The warehouse to ship from (this WMS only).',
					),
				},
				required: ['line_items', 'order_number', 'ship_to_address'],
			},
			OrderShipToAddress: address(['address1', 'city', 'country', 'postal_code', 'state']),
			OrderLineItem: lineItem(['product_id', 'quantity']),
		},
		$ref: '#/definitions/CreateOrder',
	},
	PUT: {
		$schema: 'http://json-schema.org/draft-07/schema#',
		definitions: {
			UpdateOrder: {
				type: 'object',
				properties: {
					...BASE_PROPERTIES,
					...structured,
					channel_object: prop(
						'channel_object',
						'object',
						'The channel: {"channel_id": ...} or {"channel_name": ...}; wins over channel.',
					),
					shipping_method_name: prop(
						'shipping_method_name',
						'string',
						'The name of the shipping method; shipping_method_id takes precedence.',
					),
					packing_note: prop('packing_note', 'string', 'A note for the packer (this WMS only).'),
					status: prop('status', 'string', 'The order status.', {
						enum: ['open', 'confirmed', 'processing', 'backordered', 'exception', 'other'],
					}),
				},
				required: [],
			},
			OrderShipToAddress: address([]),
			OrderLineItem: lineItem(['quantity']),
		},
		$ref: '#/definitions/UpdateOrder',
	},
};

export function metaSchema(method: WriteMethod): MetaSchema {
	return structuredClone(SCHEMAS[method]);
}

/** Integration-specific fields of the simulated WMS: accepted by its writes, not Trackstar's base schema. */
export const INTEGRATION_SPECIFIC_FIELDS: Readonly<Record<WriteMethod, readonly string[]>> = {
	POST: ['gift_message', 'warehouse_id'],
	PUT: ['packing_note'],
};

/** Body paths the POST schema requires but `body` lacks, e.g. `ship_to_address.city`. */
export function missingCreateFields(body: Record<string, unknown>): string[] {
	const { definitions } = SCHEMAS.POST;
	const missing: string[] = [];
	const check = (value: Record<string, unknown>, definition: Definition, path: string) => {
		for (const field of definition.required) {
			if (value[field] === undefined) missing.push(`${path}${field}`);
		}
	};
	check(body, definitions.CreateOrder, '');
	const addressValue = body.ship_to_address;
	if (typeof addressValue === 'object' && addressValue !== null) {
		check(
			addressValue as Record<string, unknown>,
			definitions.OrderShipToAddress,
			'ship_to_address.',
		);
	}
	if (Array.isArray(body.line_items)) {
		body.line_items.forEach((item, index) => {
			if (typeof item === 'object' && item !== null) {
				check(item as Record<string, unknown>, definitions.OrderLineItem, `line_items.${index}.`);
			}
		});
	}
	return missing;
}

/** The fields a create body may carry for the simulated WMS; others come back in unused_fields. */
export function createFields(): ReadonlySet<string> {
	return new Set(Object.keys(SCHEMAS.POST.definitions.CreateOrder.properties));
}
