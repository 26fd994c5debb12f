import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { integrationFieldsField } from '../../fields/integrationFieldsField';
import { recordEndpoint } from '../../operations/endpoint';
import { writeOnRecord } from '../../operations/records';
import type { RecordModel, ResourceOperation } from '../../model';
import { stockChangeFields } from '../../fields/stockChangeFields';
import { buildCartInventoryAdjustBody } from './cartInventoryAdjustBody';

/** Adjust Inventory: `PUT /cart/products/{product_id}/adjust-inventory`, the store's stock of a product. */
export function adjustCartInventoryOperation(
	product: RecordModel,
	warehouse: RecordModel,
): ResourceOperation {
	const properties: INodeProperties[] = [
		{ ...product.idField, required: true },
		...stockChangeFields,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				integrationFieldsField({
					system: 'store',
					example: '{"shop_id": "7494…"} for TikTok Shop',
				}),
				{
					displayName: 'Reason',
					name: 'reason',
					type: 'string',
					default: '',
					placeholder: 'e.g. correction',
					description:
						"Why the stock changes, in the store's words: Shopify and BigCommerce require one of theirs, e.g. correction, damaged, received (sent as reason)",
				},
				{
					...warehouse.idField,
					description:
						'The warehouse whose stock changes, where the store keeps stock per location: Shopify, BigCommerce, Amazon, NuOrder and TikTok Shop need it (sent as warehouse_id)',
				},
			],
		},
	];
	return {
		value: 'adjustInventory',
		name: 'Adjust Inventory',
		description:
			"Increase or decrease a product's stock in the store, e.g. after a count. Needs the product's ID, increase or decrease and a quantity; the warehouse where the store keeps stock per location.",
		action: 'Adjust the inventory of a product',
		properties: updateDisplayOptions({ show: { operation: ['adjustInventory'] } }, properties),
		endpoints: [recordEndpoint(product, 'PUT', '/adjust-inventory')],
		identifiedBy: { parameter: product.idField.name, field: 'id' },
		async execute(itemIndex) {
			const body = buildCartInventoryAdjustBody({
				adjustmentType: this.getNodeParameter('adjustmentType', itemIndex),
				quantity: this.getNodeParameter('quantity', itemIndex),
				additional: this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
			});
			// Sent twice, an adjustment counts twice: never repeated after a failure that may have applied it.
			return await writeOnRecord(this, product, itemIndex, '/adjust-inventory', {
				method: 'PUT',
				body,
				idempotent: false,
				appliedCheck:
					"the product's stock in the store (Product → Get: inventory and inventory_by_warehouse_id) before adjusting again",
			});
		},
	};
}
