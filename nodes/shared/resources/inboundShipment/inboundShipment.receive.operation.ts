import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	LINE_ITEMS_BY_INPUT,
	linesByInput,
	skuLineFields,
	type LineItemsInput,
} from './inboundShipmentFields';
import { integrationFieldsField } from '../../fields/integrationFieldsField';
import { recordEndpoint } from '../../operations/endpoint';
import { writeOnRecord } from '../../operations/records';
import { buildReceiveBody, RECEIPT_LINE_ITEMS } from './inboundShipmentBody';
import type { RecordModel, ResourceOperation } from '../../model';
import { WAREHOUSE } from '../warehouse';
import { withWmsFields } from '../../writeInfo/applyWmsFields';
import { wmsFieldsOf } from '../../writeInfo/wmsFieldsModel';
import { wmsFieldsProperty } from '../../writeInfo/wmsFieldsProperty';
import { linesOf } from '../../wire/lineItems';

const receiptLines = skuLineFields({
	quantityName: 'quantity',
	quantityDisplayName: 'Quantity',
	quantityDescription: 'Units of the SKU received now; added to what the line already received',
	rowsDescription: 'The SKUs received now and how many of each',
	jsonDescription:
		'The lines received as a JSON list in Trackstar\'s field names, for when their number varies: map a list from the input with an expression, or write [{"sku": "TEE-BLK-M", "quantity": 12}]',
});

/** Receive: `PUT /wms/inbound-shipments/{id}/receive`, the quantities the dock received per SKU. */
export function receiveInboundShipmentOperation(shipment: RecordModel): ResourceOperation {
	const properties: INodeProperties[] = [
		{ ...shipment.idField, required: true },
		...linesByInput(receiptLines),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				integrationFieldsField({ system: 'WMS', example: '{"lot_number": "L-042"}' }),
				{
					...WAREHOUSE.idField,
					description:
						"The warehouse that received the units (sent as warehouse_id); the shipment's own when empty",
				},
				{
					displayName: 'Warehouse Location ID',
					name: 'warehouseLocationId',
					type: 'string',
					default: '',
					placeholder: 'e.g. loc_rcv_01',
					description:
						'The location the units were put in (sent as warehouse_location_id); some WMSs require it, others use the receiving dock. Get Many Locations of the warehouse lists them.',
				},
			],
		},
	];
	const endpoint = recordEndpoint(shipment, 'PUT', '/receive');
	const wmsFields = wmsFieldsOf(
		endpoint,
		{
			line_items: 'Line Items',
			warehouse_id: 'Warehouse',
			warehouse_location_id: 'Warehouse Location ID',
		},
		linesOf('line_items', RECEIPT_LINE_ITEMS),
	);
	return {
		value: 'receive',
		name: 'Receive',
		description:
			'Record units received at the dock for an inbound shipment, per SKU; raises stock. Needs the shipment and a quantity per SKU received.',
		action: 'Receive an inbound shipment',
		properties: updateDisplayOptions({ show: { operation: ['receive'] } }, [
			...properties,
			wmsFieldsProperty,
		]),
		endpoints: [endpoint],
		identifiedBy: { parameter: shipment.idField.name, field: 'id' },
		wmsFields,
		async execute(itemIndex) {
			const input = this.getNodeParameter('lineItemsInput', itemIndex, 'fields') as LineItemsInput;
			const linesParameter = LINE_ITEMS_BY_INPUT[input] ?? LINE_ITEMS_BY_INPUT.fields;
			const fields: IDataObject = {
				...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
				[linesParameter]: this.getNodeParameter(linesParameter, itemIndex, undefined) as
					| IDataObject
					| string,
			};
			const body = await withWmsFields(this, itemIndex, wmsFields, buildReceiveBody(fields));
			// Sent twice, a receipt counts twice: never repeated after a failure that may have applied it.
			return await writeOnRecord(this, shipment, itemIndex, '/receive', {
				method: 'PUT',
				body,
				idempotent: false,
				appliedCheck: "this receipt in the inbound shipment's received quantities",
			});
		},
	};
}
