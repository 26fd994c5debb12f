import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { integrationFieldsField } from '../../fields/integrationFieldsField';
import { recordEndpoint } from '../../operations/endpoint';
import { writeOnRecord } from '../../operations/records';
import type { RecordModel, ResourceOperation } from '../../model';
import { buildCartShipmentBody } from './cartShipmentBody';

const text = (
	displayName: string,
	name: string,
	placeholder: string,
	description: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder,
	description,
});

const properties: INodeProperties[] = [
	{
		displayName: 'Tracking Number',
		name: 'trackingNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 1Z999AA10123456784',
		description: "The shipment's tracking number (sent as tracking_number)",
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description:
			'What the store needs beside the tracking number: Amazon and Walmart want the carrier and shipping method, Shopify the tracking URL, BigCommerce the carrier ID',
		options: [
			text(
				'Carrier ID',
				'carrierId',
				'e.g. ups',
				'The carrier, as the store names it (sent as carrier_id)',
			),
			text(
				'Carrier Name',
				'carrierName',
				'e.g. UPS',
				'The carrier that took the shipment (sent as carrier_name)',
			),
			integrationFieldsField({
				system: 'store',
				example: '{"shipping_groups": ["sg_1"]} for Shopify',
			}),
			text(
				'Requested Shipping Method',
				'requestedShippingMethod',
				'e.g. Standard',
				'The shipping method the customer asked for (sent as requested_shipping_method)',
			),
			{
				displayName: 'Shipped Date',
				name: 'shippedDate',
				type: 'dateTime',
				default: '',
				description:
					"When the shipment left, read in the workflow's timezone and sent in UTC (sent as shipped_date)",
			},
			{
				displayName: 'Shipping Cost',
				name: 'shippingCost',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'What the shipment cost (sent as shipping_cost)',
			},
			text(
				'Tracking URL',
				'trackingUrl',
				'e.g. https://www.ups.com/track?tracknum=1Z999AA10123456784',
				"Where the shipment's tracking is shown (sent as tracking_url)",
			),
		],
	},
];

/** Create Shipment: `POST /cart/orders/{order_id}/shipments`, telling the store an order left with this tracking number. */
export function createCartShipmentOperation(order: RecordModel): ResourceOperation {
	return {
		value: 'createShipment',
		name: 'Create Shipment',
		description:
			'Tell the store an order shipped, with its tracking number, so the store marks it fulfilled and tells the customer. Needs the order and a tracking number; some stores need the carrier too.',
		action: 'Create a shipment for an order',
		properties: updateDisplayOptions({ show: { operation: ['createShipment'] } }, [
			{ ...order.idField, required: true },
			...properties,
		]),
		endpoints: [recordEndpoint(order, 'POST', '/shipments')],
		identifiedBy: { parameter: order.idField.name, field: 'id' },
		async execute(itemIndex) {
			const body = buildCartShipmentBody(
				{
					trackingNumber: this.getNodeParameter('trackingNumber', itemIndex, ''),
					additional: this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
				},
				this.getTimezone(),
			);
			// A POST: the transport repeats it only when Trackstar provably did not act on it.
			return await writeOnRecord(this, order, itemIndex, '/shipments', {
				method: 'POST',
				body,
				appliedCheck: `a shipment with tracking number ${JSON.stringify(body.tracking_number)} on the order (Order → Get: its shipments)`,
			});
		},
	};
}
