import { describeWritableFields } from '../../nodes/shared/wire/writableFields';

const meta = {
	$schema: 'http://json-schema.org/draft-07/schema#',
	definitions: {
		Order: {
			type: 'object',
			properties: {
				order_number: { title: 'order_number', type: 'string', description: 'The number' },
				ship_to_address: { $ref: '#/definitions/Address' },
				line_items: { type: 'array', items: { $ref: '#/definitions/Line' } },
				custom_fields: { type: 'object', properties: { cost_center: { type: 'string' } }, required: ['cost_center'] },
				priority: { type: ['integer', 'null'] },
			},
			required: ['order_number', 'line_items'],
		},
		Address: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
		Line: { type: 'object', properties: { sku: { type: 'string' }, quantity: { type: 'integer' } }, required: ['quantity'] },
	},
	$ref: '#/definitions/Order',
};

describe('describeWritableFields: the meta answer as fields a person reads', () => {
	const described = describeWritableFields(meta, meta, ['order_number', 'ship_to_address', 'line_items']);

	it('lists required and optional fields, nested ones as dotted paths', () => {
		expect(described.required_fields).toEqual([
			'order_number',
			'ship_to_address.city',
			'line_items',
			'line_items[].quantity',
			'custom_fields.cost_center',
		]);
		expect(described.optional_fields).toEqual(['ship_to_address', 'line_items[].sku', 'custom_fields', 'priority']);
	});

	it("tells the WMS's own fields from Trackstar's, at the top level", () => {
		expect(described.integration_specific_fields).toEqual(['custom_fields', 'priority']);
		expect(described.fields.find((field) => field.field === 'custom_fields.cost_center')).toEqual({
			field: 'custom_fields.cost_center',
			type: 'string',
			required: true,
			integration_specific: true,
		});
	});

	it('keeps types and descriptions', () => {
		expect(described.fields.slice(0, 2)).toEqual([
			{ field: 'order_number', type: 'string', required: true, integration_specific: false, description: 'The number' },
			{ field: 'ship_to_address', type: 'object', required: false, integration_specific: false },
		]);
		// Trackstar refuses null in a write body, so a "null" in the type is no choice the user has.
		expect(described.fields.find((field) => field.field === 'priority')?.type).toBe('integer');
	});

	it('answers no fields for an answer without a schema, and stops at self-references', () => {
		expect(describeWritableFields({}, {}, []).fields).toEqual([]);
		const looping = {
			definitions: { Node: { type: 'object', properties: { child: { $ref: '#/definitions/Node' } } } },
			$ref: '#/definitions/Node',
		};
		expect(describeWritableFields(looping, looping, []).fields.length).toBeLessThan(10);
	});

	it("reads write-info's OpenAPI 3.1 schemas: component references, optional types, allowed values", () => {
		const document = {
			openapi: '3.1.0',
			components: {
				schemas: {
					Line: {
						type: 'object',
						properties: { sku: { type: 'string' }, unit_cost: { type: ['number', 'null'] } },
						required: ['sku'],
					},
				},
			},
		};
		const body = {
			type: 'object',
			properties: {
				warehouse_id: { type: 'string', enum: ['WH-1', 'WH-2'] },
				line_items: { type: ['array', 'null'], items: { $ref: '#/components/schemas/Line' } },
			},
			required: ['warehouse_id'],
		};
		const described = describeWritableFields(body, document, ['line_items']);
		expect(described.fields).toEqual([
			{
				field: 'warehouse_id',
				type: 'string',
				required: true,
				integration_specific: true,
				allowed_values: ['WH-1', 'WH-2'],
			},
			{ field: 'line_items', type: 'array', required: false, integration_specific: false },
			{ field: 'line_items[].sku', type: 'string', required: true, integration_specific: false },
			{
				field: 'line_items[].unit_cost',
				type: 'number',
				required: false,
				integration_specific: false,
			},
		]);
		expect(described.integration_specific_fields).toEqual(['warehouse_id']);
	});
});
