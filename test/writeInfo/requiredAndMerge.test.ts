import { InvalidValueError } from '../../nodes/shared/wire/invalidValue';
import { mergeFields, unflatten } from '../../nodes/shared/wire/mergeFields';
import { addRowWmsFields } from '../../nodes/shared/writeInfo/lineWmsFields';
import { firstMissing } from '../../nodes/shared/writeInfo/requiredFields';
import { typedWmsValues } from '../../nodes/shared/writeInfo/wmsFieldValues';

describe('firstMissing: the body against the fields a WMS requires', () => {
	const required = ['warehouse_id', 'ship_to_address.phone', 'line_items[].sku'];

	it('finds a missing top-level field, an empty one too', () => {
		expect(firstMissing({}, required)).toBe('warehouse_id');
		expect(firstMissing({ warehouse_id: '' }, required)).toBe('warehouse_id');
		expect(firstMissing({ warehouse_id: 'W', line_items: [] }, ['line_items'])).toBe('line_items');
	});

	it("checks an object's part only when the object is sent, a line's field on every line", () => {
		expect(firstMissing({ warehouse_id: 'W' }, required)).toBeUndefined();
		expect(firstMissing({ warehouse_id: 'W', ship_to_address: { city: 'X' } }, required)).toBe(
			'ship_to_address.phone',
		);
		expect(
			firstMissing(
				{ warehouse_id: 'W', line_items: [{ sku: 'A' }, { sku: 'B' }, { quantity: 1 }] },
				required,
			),
		).toBe('line_items[2].sku');
	});
});

describe('mergeFields: own fields, the JSON box and the WMS Fields in one body', () => {
	it('adds keys to an object an own field sets', () => {
		const body = { ship_to_address: { city: 'Austin' }, order_number: '1' };
		mergeFields(
			body,
			unflatten({ 'ship_to_address.phone_number': '555', warehouse_id: 'W' }),
			'WMS Fields',
		);
		expect(body).toEqual({
			ship_to_address: { city: 'Austin', phone_number: '555' },
			order_number: '1',
			warehouse_id: 'W',
		});
	});

	it('refuses the same key set twice, naming it with its path', () => {
		const body = { ship_to_address: { city: 'Austin' } };
		expect(() => mergeFields(body, { ship_to_address: { city: 'Dallas' } }, 'WMS Fields')).toThrow(
			new InvalidValueError(
				'WMS Fields',
				'"ship_to_address.city" is set here and also by another field of the node',
				'Set ship_to_address.city in one place only',
			),
		);
		expect(() => mergeFields({ tags: ['a'] }, { tags: ['b'] }, 'JSON')).toThrow(
			'"tags" is set here',
		);
	});
});

describe('WMS Fields values, typed by the schema the editor loaded', () => {
	it('converts numbers, booleans and JSON, and leaves out empty ones', () => {
		expect(
			typedWmsValues(
				{ cost: '12.5', edi: 'true', custom: '["a"]', note: ' hi ', gone: '  ' },
				{ cost: 'number', edi: 'boolean', custom: 'array', note: 'string', gone: 'string' },
			),
		).toEqual({ cost: 12.5, edi: true, custom: ['a'], note: 'hi' });
	});

	it('refuses a value its type cannot take, naming the field', () => {
		expect(() => typedWmsValues({ cost: 'abc' }, { cost: 'number' })).toThrow(
			'WMS Fields cost: "abc" is not a number',
		);
		expect(() => typedWmsValues({ custom: '{"a":1}' }, { custom: 'array' })).toThrow(
			'WMS Fields custom: must be a JSON list',
		);
		expect(() => typedWmsValues({ note: 'null' }, { note: 'string' })).toThrow(/empty value/);
	});
});

describe("a line row's WMS Line Fields", () => {
	it('adds each picked field to the line, typed as its option says', () => {
		const line: Record<string, unknown> = { sku: 'A' };
		addRowWmsFields(
			line as never,
			{
				wmsLineFields: {
					field: [
						{ name: 'unit_cost:number', value: '4.20' },
						{ name: 'lot', value: 'L1' },
					],
				},
			},
			'Line Item 1',
		);
		expect(line).toEqual({ sku: 'A', unit_cost: 4.2, lot: 'L1' });
	});

	it("refuses one the row's own fields set, and one without a name", () => {
		expect(() =>
			addRowWmsFields(
				{ sku: 'A' },
				{ wmsLineFields: { field: [{ name: 'sku:string', value: 'B' }] } },
				'Line Item 2',
			),
		).toThrow('Line Item 2: "sku" is set by its own field and in WMS Line Fields');
		expect(() =>
			addRowWmsFields({}, { wmsLineFields: { field: [{ name: '', value: 'B' }] } }, 'Line Item 1'),
		).toThrow('a field has no name');
	});
});
