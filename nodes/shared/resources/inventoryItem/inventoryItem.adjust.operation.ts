import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { integrationFieldsField } from '../../fields/integrationFieldsField';
import { recordEndpoint } from '../../operations/endpoint';
import { writeOnRecord } from '../../operations/records';
import { buildInventoryAdjustBody } from './inventoryAdjustBody';
import type { RecordModel, ResourceOperation } from '../../model';
import { stockChangeFields } from '../../fields/stockChangeFields';
import { LOCATION_ID_FIELD } from '../warehouse/warehouse.locations.operation';
import { WAREHOUSE } from '../warehouse';
import { withWmsFields } from '../../writeInfo/applyWmsFields';
import { wmsFieldsOf } from '../../writeInfo/wmsFieldsModel';
import { wmsFieldsProperty } from '../../writeInfo/wmsFieldsProperty';

/** Adjust: `PUT /wms/inventory/{inventory_id}/adjust`, e.g. after a cycle count. */
export function adjustInventoryOperation(item: RecordModel): ResourceOperation {
	const properties: INodeProperties[] = [
		{ ...item.idField, required: true },
		...stockChangeFields,
		{
			...WAREHOUSE.idField,
			required: true,
			description: 'The warehouse whose stock changes (sent as warehouse_id)',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					...LOCATION_ID_FIELD,
					description: 'The location in the warehouse whose stock changes (sent as location_id)',
				},
				integrationFieldsField({ system: 'WMS', example: '{"reason": "cycle count"}' }),
			],
		},
	];
	const endpoint = recordEndpoint(item, 'PUT', '/adjust');
	const wmsFields = wmsFieldsOf(endpoint, {
		adjustment_type: 'Adjustment Type',
		quantity: 'Quantity',
		warehouse_id: 'Warehouse',
		location_id: 'Location',
	});
	return {
		value: 'adjust',
		name: 'Adjust',
		description:
			"Increase or decrease an inventory item's stock in one warehouse (and optionally one location). Needs the inventory item's ID, increase or decrease, a quantity and the warehouse ID.",
		action: 'Adjust an inventory item',
		properties: updateDisplayOptions({ show: { operation: ['adjust'] } }, [
			...properties,
			wmsFieldsProperty,
		]),
		endpoints: [endpoint],
		identifiedBy: { parameter: item.idField.name, field: 'id' },
		wmsFields,
		async execute(itemIndex) {
			const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
			const body = buildInventoryAdjustBody({
				adjustmentType: this.getNodeParameter('adjustmentType', itemIndex),
				quantity: this.getNodeParameter('quantity', itemIndex),
				warehouseId: this.getNodeParameter('warehouseId', itemIndex, '', { extractValue: true }),
				locationId: additional.locationId,
				integrationFields: additional.integrationFields,
			});
			await withWmsFields(this, itemIndex, wmsFields, body);
			// Sent twice, an adjustment counts twice: never repeated after a failure that may have applied it.
			return await writeOnRecord(this, item, itemIndex, '/adjust', {
				method: 'PUT',
				body,
				idempotent: false,
				appliedCheck:
					'this adjustment in the inventory ledger (Inventory Item → Get Many Ledger Entries)',
			});
		},
	};
}
