import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsField } from '../shared/fields/requestOptions';
import { ORDERS_DESCRIPTION } from '../shared/nodeDescriptions';
import * as cancel from './actions/cancel.operation';
import * as create from './actions/create.operation';
import * as get from './actions/get.operation';
import * as getAll from './actions/getAll.operation';
import * as getWritableFields from './actions/getWritableFields.operation';
import { router } from './actions/router';
import * as setTags from './actions/setTags.operation';
import * as update from './actions/update.operation';
import { listSearch } from './methods/listSearch';

export class TrackstarOrders implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Trackstar Orders',
		name: 'trackstarOrders',
		icon: { light: 'file:../../icons/trackstar.svg', dark: 'file:../../icons/trackstar.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle:
			'={{ { get: "Get an order", getAll: "Get many orders", create: "Create an order", update: "Update an order", cancel: "Cancel an order", setTags: "Set Trackstar tags", getWritableFields: "Get writable fields" }[$parameter["operation"]] }}',
		description: ORDERS_DESCRIPTION,
		defaults: { name: 'Trackstar Orders' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'trackstarApi', required: true }],
		properties: [
			// One resource for now; workflows saved before it existed get its default.
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Order', value: 'order' }],
				default: 'order',
			},
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				displayOptions: { show: { resource: ['order'] } },
				options: [
					{
						name: 'Cancel',
						value: 'cancel',
						description: 'Cancel an order in the WMS',
						action: 'Cancel an order',
					},
					{
						name: 'Create',
						value: 'create',
						description: 'Create an order in the WMS',
						action: 'Create an order',
					},
					{
						name: 'Get',
						value: 'get',
						description: 'Get one order by its ID, order number or reference ID',
						action: 'Get an order',
					},
					{
						name: 'Get Many',
						value: 'getAll',
						description: 'List orders, filtered by date, status, customer, channel and more',
						action: 'Get many orders',
					},
					{
						name: 'Get Writable Fields',
						value: 'getWritableFields',
						description:
							'List the fields the connected WMS requires, accepts and adds for creating or updating orders',
						action: 'Get writable fields',
					},
					{
						name: 'Set Trackstar Tags',
						value: 'setTags',
						description: 'Replace the tags Trackstar keeps on an order',
						// Trackstar is a name: n8n's lint would lower-case it, and the picker shows the action as written.
						// eslint-disable-next-line n8n-nodes-base/node-param-operation-option-action-miscased
						action: 'Set Trackstar tags on an order',
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
			...get.description,
			...getAll.description,
			...create.description,
			...update.description,
			...cancel.description,
			...setTags.description,
			...getWritableFields.description,
			requestOptionsField,
		],
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
