import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsField } from '../shared/fields/requestOptions';
import * as cancel from './actions/cancel.operation';
import * as getAll from './actions/getAll.operation';
import { router } from './actions/router';
import * as update from './actions/update.operation';

export class TrackstarOrders implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Trackstar Orders',
		name: 'trackstarOrders',
		icon: { light: 'file:../../icons/trackstar.svg', dark: 'file:../../icons/trackstar.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle:
			'={{ { getAll: "Get many orders", update: "Update an order", cancel: "Cancel an order" }[$parameter["operation"]] }}',
		description: 'List, update and cancel warehouse orders in any WMS connected to Trackstar',
		defaults: { name: 'Trackstar Orders' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'trackstarApi', required: true }],
		properties: [
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Cancel',
						value: 'cancel',
						description: 'Cancel an order in the WMS',
						action: 'Cancel an order',
					},
					{
						name: 'Get Many',
						value: 'getAll',
						description: 'List orders, filtered by date, status, customer, channel and more',
						action: 'Get many orders',
					},
					{
						name: 'Update',
						value: 'update',
						description: "Change an order's fields in the WMS",
						action: 'Update an order',
					},
				],
				default: 'getAll',
			},
			...getAll.description,
			...update.description,
			...cancel.description,
			requestOptionsField,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
