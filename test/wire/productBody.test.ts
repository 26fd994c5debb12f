import { buildProductBody, buildProductCreateBody } from '../../nodes/shared/resources/product/productBody';

describe('buildProductBody: product fields as Trackstar writes them', () => {
	it('sends only the fields given, in Trackstar names, tags as strings or pairs', () => {
		expect(
			buildProductBody({
				sku: ' A-1 ',
				name: '',
				trackstarTags: {
					tag: [
						{ name: 'new', value: '' },
						{ name: 'season', value: 'fw26' },
					],
				},
				integrationFields: '{"country_of_origin": "US"}',
			}),
		).toEqual({ sku: 'A-1', trackstar_tags: ['new', { season: 'fw26' }], country_of_origin: 'US' });
	});

	it('takes measurements all together, and names the ones missing from a mapped set', () => {
		const all = { length: 1, width: 2, height: 3, unit: 'cm', weight: 4, weightUnit: 'kg' };
		expect(buildProductBody({ measurements: { values: all } }).measurements).toEqual({
			length: 1,
			width: 2,
			height: 3,
			unit: 'cm',
			weight: 4,
			weight_unit: 'kg',
		});
		expect(() => buildProductBody({ measurements: { values: { length: 1, weight: 2 } } })).toThrow(
			'Measurements: Width, Height, Size Unit, Weight Unit are missing',
		);
		expect(() => buildProductBody({ measurements: { values: { ...all, unit: 'ft' } } })).toThrow(
			'Measurements Size Unit: "ft" is not one of cm, in',
		);
	});

	it("refuses a measurement left at the panel's 0, rather than writing a product 0 inches long", () => {
		const weightOnly = { length: 0, width: 0, height: 0, unit: 'in', weight: 2, weightUnit: 'lb' };
		expect(() => buildProductBody({ measurements: { values: weightOnly } })).toThrow(
			'Measurements Length: is 0',
		);
	});

	it('requires SKU and name on create', () => {
		expect(() => buildProductCreateBody({ name: 'No SKU' })).toThrow('SKU: is empty');
		expect(() => buildProductCreateBody({ sku: 'X' })).toThrow('Name: is empty');
		expect(buildProductCreateBody({ sku: 'X', name: 'Y' })).toEqual({ sku: 'X', name: 'Y' });
	});
});
