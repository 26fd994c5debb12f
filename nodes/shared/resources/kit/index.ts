import type { IExecuteFunctions } from 'n8n-workflow';

import { locatorField } from '../../fields/locators';
import { createOperation } from '../../operations/create';
import { getWritableFieldsOperation } from '../../operations/getWritableFields';
import { updateOperation } from '../../operations/update';
import { buildKitBody, buildKitCreateBody, KIT_BASE_FIELDS, KIT_COMPONENTS } from './kitBody';
import { PRODUCT_OWN_FIELDS } from '../product/productBody';
import { PRODUCT } from '../product';
import { COMPONENTS_INPUT, kitFields } from './kitWriteFields';
import type { RecordModel, TrackstarResource, WriteModel } from '../../model';
import { linesInputField } from '../../fields/linesInput';
import { linesOf } from '../../wire/lineItems';

/**
 * Trackstar's kits (`/wms/kits`): products sold as one SKU and picked from other SKUs' stock.
 * Trackstar writes them here and reads them as products (Product → Get Many, is_kit), so this
 * resource only writes; it is a resource of its own because its body differs (components).
 */
export const KIT: RecordModel = {
	...PRODUCT,
	noun: 'kit',
	plural: 'kits',
	path: '/wms/kits',
	pathParameter: 'kit_id',
	// /wms/kits takes writes only: nothing to look a kit up on by SKU there.
	lookups: undefined,
	idField: locatorField({
		displayName: 'Kit',
		name: 'kitId',
		searchListMethod: 'searchKits',
		idPlaceholder: 'e.g. 65a1f3c2e4b0a17d9c3e8c01',
		description:
			'The kit: search by SKU or name, or give its Trackstar product ID (a product with is_kit from Product → Get Many)',
	}),
};

const field = (name: string) => kitFields.find((candidate) => candidate.name === name)!;
const UP_FRONT = ['sku', 'name', 'gtin', 'measurements'];

const KIT_WRITE: WriteModel = {
	createRequired: [
		...UP_FRONT.map((name) => ({ ...field(name), required: true })),
		linesInputField({
			displayName: 'Components Input',
			name: 'componentsInput',
			rows: 'One row per component SKU',
		}),
		...Object.entries(COMPONENTS_INPUT).map(([input, name]) => ({
			...field(name),
			required: true,
			displayOptions: { show: { componentsInput: [input] } },
		})),
	],
	createOptional: kitFields.filter(
		({ name }) =>
			!UP_FRONT.includes(name) && !Object.values<string>(COMPONENTS_INPUT).includes(name),
	),
	requiredParameters: (context: IExecuteFunctions, itemIndex: number) => {
		const input = context.getNodeParameter('componentsInput', itemIndex, 'fields') as string;
		return [...UP_FRONT, input === 'json' ? COMPONENTS_INPUT.json : COMPONENTS_INPUT.fields];
	},
	buildCreateBody: buildKitCreateBody,
	updateFields: kitFields,
	buildUpdateBody: buildKitBody,
	createIdentifiedBy: { parameter: 'sku', field: 'sku' },
	baseFields: KIT_BASE_FIELDS,
	ownFields: { ...PRODUCT_OWN_FIELDS, inventory_items: 'Components' },
	lines: linesOf('inventory_items', KIT_COMPONENTS),
};

export const kitResource: TrackstarResource = {
	value: 'kit',
	displayName: 'Kit',
	defaultOperation: 'create',
	operations: [
		createOperation(KIT, KIT_WRITE, {
			description:
				'Create a kit (a product made of other SKUs) in the WMS. Needs its SKU, name, GTIN, measurements and components.',
			action: 'Create a kit',
		}),
		updateOperation(KIT, KIT_WRITE, {
			description:
				"Change a kit's SKU, name, GTIN, measurements or components in the WMS. Needs its Trackstar product ID.",
			action: 'Update a kit',
		}),
		getWritableFieldsOperation(KIT, KIT_WRITE, {
			description:
				'List the fields the connected WMS requires, accepts and adds for creating or updating kits',
			action: 'Get writable kit fields',
		}),
	],
};
