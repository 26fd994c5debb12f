import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { integrationFieldsField } from '../../fields/integrationFieldsField';
import { locatorField } from '../../fields/locators';
import { orderWriteField } from './orderWriteFields';
import { recordEndpoint } from '../../operations/endpoint';
import { writeOnRecord } from '../../operations/records';
import { LINE_ITEMS_JSON_LABEL } from '../../wire/lineItems';
import { type LineItemRow } from './orderLineItems';
import {
	buildShipmentBody,
	PACKAGES_JSON_LABEL,
	SHIPMENT_OWN_FIELDS,
	type PackageRow,
	type ShipmentItemsInput,
} from './shipmentBody';
import type { RecordModel, ResourceOperation } from '../../model';
import { linesInputField } from '../../fields/linesInput';
import { withWmsFields } from '../../writeInfo/applyWmsFields';
import { wmsFieldsOf } from '../../writeInfo/wmsFieldsModel';
import { wmsFieldsProperty } from '../../writeInfo/wmsFieldsProperty';

const ITEMS_INPUT = 'shipmentItemsInput';

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
		displayName: 'Shipped Date',
		name: 'shippedDate',
		type: 'dateTime',
		default: '',
		description:
			"When the shipment left, read in the workflow's timezone and sent in UTC. Empty: now.",
	},
	linesInputField({
		displayName: 'Packages and Line Items Input',
		name: ITEMS_INPUT,
		rows: 'One row per package or product',
		json: 'JSON lists, typed or mapped from the input',
	}),
	{
		displayName: 'Packages',
		name: 'packages',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Package',
		default: {},
		displayOptions: { show: { [ITEMS_INPUT]: ['fields'] } },
		description: "The shipment's packages, each with its own tracking number. Optional.",
		options: [
			{
				displayName: 'Package',
				name: 'package',
				values: [
					{
						displayName: 'Package ID',
						name: 'packageId',
						type: 'string',
						default: '',
						placeholder: 'e.g. box-1',
					},
					{
						displayName: 'Tracking Number',
						name: 'trackingNumber',
						type: 'string',
						default: '',
						placeholder: 'e.g. 1Z999AA10123456784',
					},
				],
			},
		],
	},
	{
		displayName: 'Line Items',
		name: 'lineItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Line Item',
		default: {},
		displayOptions: { show: { [ITEMS_INPUT]: ['fields'] } },
		description: 'The products shipped, where the WMS takes them. Optional.',
		options: [
			{
				displayName: 'Line Item',
				name: 'lineItem',
				values: [
					{ displayName: 'SKU', name: 'sku', type: 'string', default: '' },
					{
						displayName: 'Product ID',
						name: 'productId',
						type: 'string',
						default: '',
						description: 'Trackstar product ID; set this or the SKU',
					},
					{ displayName: 'Quantity', name: 'quantity', type: 'number', default: 1 },
				],
			},
		],
	},
	{
		displayName: PACKAGES_JSON_LABEL,
		name: 'packagesJson',
		type: 'json',
		default: '[]',
		displayOptions: { show: { [ITEMS_INPUT]: ['json'] } },
		description:
			'The packages as a JSON list, for when their number varies: map a list from the input, or write [{"package_id": "box-1", "tracking_number": "1Z999AA10123456784"}]',
	},
	{
		displayName: LINE_ITEMS_JSON_LABEL,
		name: 'lineItemsJson',
		type: 'json',
		default: '[]',
		displayOptions: { show: { [ITEMS_INPUT]: ['json'] } },
		description:
			'The products shipped as a JSON list: map a list from the input, or write [{"sku": "TEE-BLK-M", "quantity": 2}]',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Carrier ID',
				name: 'carrierId',
				type: 'string',
				default: '',
				placeholder: 'e.g. fedex',
				description: 'The carrier that took the shipment (sent as carrier_id)',
			},
			integrationFieldsField({ system: 'WMS', example: '{"measurements": {…}}' }),
			{
				displayName: 'Shipping Cost',
				name: 'shippingCost',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 2 },
				default: 0,
				description: 'What the shipment cost (sent as shipping_cost)',
			},
			locatorField({
				displayName: 'Shipping Method',
				name: 'shippingMethodId',
				searchListMethod: 'searchShippingMethods',
				idPlaceholder: 'e.g. fedex_ground',
				description:
					'The shipping method used: pick it or give its ID (sent as shipping_method_id)',
			}),
			{
				displayName: 'Tracking URL',
				name: 'trackingUrl',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://www.fedex.com/fedextrack/?trknbr=…',
				description: "Where the shipment's tracking is shown (sent as tracking_url)",
			},
			{
				...orderWriteField('warehouseId'),
				description: 'The warehouse the shipment left from (sent as warehouse_id)',
			},
		],
	},
];

/** Ship: `POST /wms/orders/{order_id}/shipments`, for an order fulfilled outside the WMS. */
export function shipOrderOperation(order: RecordModel): ResourceOperation {
	const endpoint = recordEndpoint(order, 'POST', '/shipments');
	const wmsFields = wmsFieldsOf(endpoint, SHIPMENT_OWN_FIELDS);
	return {
		value: 'ship',
		name: 'Ship',
		description:
			'Mark an order shipped in the WMS with its tracking number, for an order fulfilled outside the WMS. Needs the order and a tracking number; packages and line items are optional.',
		action: 'Ship an order',
		properties: updateDisplayOptions({ show: { operation: ['ship'] } }, [
			order.idField,
			...properties,
			wmsFieldsProperty,
		]),
		endpoints: [endpoint],
		identifiedBy: { parameter: order.idField.name, field: 'id' },
		wmsFields,
		async execute(itemIndex) {
			const itemsInput = this.getNodeParameter(
				ITEMS_INPUT,
				itemIndex,
				'fields',
			) as ShipmentItemsInput;
			const rows = (name: string, row: string) =>
				(this.getNodeParameter(name, itemIndex, {}) as IDataObject)[row];
			const body = buildShipmentBody(
				{
					trackingNumber: this.getNodeParameter('trackingNumber', itemIndex, ''),
					shippedDate: this.getNodeParameter('shippedDate', itemIndex, ''),
					itemsInput,
					packages:
						itemsInput === 'fields' ? (rows('packages', 'package') as PackageRow[]) : undefined,
					lineItems:
						itemsInput === 'fields' ? (rows('lineItems', 'lineItem') as LineItemRow[]) : undefined,
					packagesJson:
						itemsInput === 'json'
							? this.getNodeParameter('packagesJson', itemIndex, '')
							: undefined,
					lineItemsJson:
						itemsInput === 'json'
							? this.getNodeParameter('lineItemsJson', itemIndex, '')
							: undefined,
					additional: this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
				},
				this.getTimezone(),
				new Date(),
			);
			await withWmsFields(this, itemIndex, wmsFields, body);
			// A POST: the transport repeats it only when Trackstar provably did not act on it.
			return await writeOnRecord(this, order, itemIndex, '/shipments', {
				method: 'POST',
				body,
				appliedCheck:
					typeof body.tracking_number === 'string' && body.tracking_number !== ''
						? `a shipment with tracking number ${JSON.stringify(body.tracking_number)} on the order`
						: "a new shipment on the order (Get Packs, or the order's shipments)",
			});
		},
	};
}
