import type { INodeProperties } from 'n8n-workflow';

import { productWriteFields } from '../product/productWriteFields';
import { wmsLineFieldsProperty } from '../../writeInfo/wmsLineFieldsProperty';

export const COMPONENTS_INPUT = { fields: 'components', json: 'componentsJson' } as const;

const componentFields: INodeProperties[] = [
	{
		displayName: 'Components (Rows)',
		name: 'components',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Component',
		default: {},
		description:
			"The SKUs one kit is made of, each with its quantity per kit (sent as inventory_items). Replaces the kit's components.",
		options: [
			{
				displayName: 'Component',
				name: 'component',
				values: [
					{
						displayName: 'SKU',
						name: 'sku',
						type: 'string',
						default: '',
						placeholder: 'e.g. TEE-BLK-M',
						description:
							'The SKU of an inventory item in the WMS (Inventory Item → Get Many lists them)',
					},
					{
						displayName: 'Unit Quantity',
						name: 'unitQuantity',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 1,
						description: 'Units of this SKU in one kit',
					},
					wmsLineFieldsProperty,
				],
			},
		],
	},
	{
		displayName: 'Components (JSON)',
		name: 'componentsJson',
		type: 'json',
		default: '[]',
		description:
			'The components as a JSON list in Trackstar\'s field names, for when their number varies: map a list from the input, or write [{"sku": "TEE-BLK-M", "unit_quantity": 2}]. Replaces the kit\'s components.',
	},
];

/** Every field of a kit: a product's and its components; sorted by name. */
export const kitFields: INodeProperties[] = [...productWriteFields, ...componentFields].sort(
	(a, b) => a.displayName.localeCompare(b.displayName),
);
