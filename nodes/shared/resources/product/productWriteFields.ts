import type { INodeProperties } from 'n8n-workflow';

import { integrationFieldsField } from '../../fields/integrationFieldsField';
import { trackstarTagsField } from '../../fields/tagFields';

export const sku: INodeProperties = {
	displayName: 'SKU',
	name: 'sku',
	type: 'string',
	default: '',
	placeholder: 'e.g. TSHIRT-BLK-M',
	description: "The product's stock keeping unit",
};
export const name: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Black T-Shirt, M',
	description: "The product's name",
};
const measurementNumber = (displayName: string, fieldName: string): INodeProperties => ({
	displayName,
	name: fieldName,
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
});

/** Every field of Trackstar's product write body, shared by Create and Update; sorted by name. */
export const productWriteFields: INodeProperties[] = [
	{
		displayName: 'GTIN',
		name: 'gtin',
		type: 'string',
		default: '',
		placeholder: 'e.g. 0123456789012',
		description:
			'The Global Trade Item Number: UPC, EAN or ISBN. Some WMSs require it (Get Writable Fields tells).',
	},
	integrationFieldsField({
		system: 'WMS',
		example: '{"country_of_origin": "US"}',
		listedByGetWritableFields: true,
	}),
	{
		displayName: 'Measurements',
		name: 'measurements',
		type: 'fixedCollection',
		placeholder: 'Add Measurements',
		default: {},
		description:
			'Size and weight, all six together. Some WMSs require them (Get Writable Fields tells).',
		options: [
			{
				displayName: 'Values',
				name: 'values',
				values: [
					measurementNumber('Length', 'length'),
					measurementNumber('Width', 'width'),
					measurementNumber('Height', 'height'),
					{
						displayName: 'Size Unit',
						name: 'unit',
						type: 'options',
						options: [
							{ name: 'Centimeters', value: 'cm' },
							{ name: 'Inches', value: 'in' },
						],
						default: 'in',
					},
					measurementNumber('Weight', 'weight'),
					{
						displayName: 'Weight Unit',
						name: 'weightUnit',
						type: 'options',
						options: [
							{ name: 'Kilograms', value: 'kg' },
							{ name: 'Ounces', value: 'oz' },
							{ name: 'Pounds', value: 'lb' },
						],
						default: 'lb',
					},
				],
			},
		],
	},
	name,
	sku,
	{
		...trackstarTagsField,
		description:
			'Tags Trackstar keeps on the product (trackstar_tags), never sent to the WMS: plain strings, or key-value pairs',
	},
];
