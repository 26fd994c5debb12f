import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsField } from '../shared/fields/requestOptions';
import { trackstarApiKeyAndToken } from '../shared/methods/credentialTest';
import {
	searchChannels,
	searchOrders,
	searchShippingMethods,
	searchWarehouseCustomers,
	searchWarehouses,
} from '../shared/methods/listSearch';
import { ORDERS_DESCRIPTION } from '../shared/nodeDescriptions';
import { resourceProperties } from '../shared/operations/nodeProperties';
import { route } from '../shared/operations/router';
import { orderResource } from '../shared/resources/order.resource';

export class TrackstarOrders implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Trackstar Orders',
		name: 'trackstarOrders',
		icon: { light: 'file:../../icons/trackstar.svg', dark: 'file:../../icons/trackstar.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle:
			'={{ { get: "Get an order", getAll: "Get many orders", create: "Create an order", update: "Update an order", cancel: "Cancel an order", setTags: "Set Trackstar tags", getWritableFields: "Get writable fields", ship: "Ship an order", getPacks: "Get packs of an order", attachFile: "Attach a file to an order" }[$parameter["operation"]] }}',
		description: ORDERS_DESCRIPTION,
		defaults: { name: 'Trackstar Orders' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'trackstarApi', required: true, testedBy: 'trackstarApiKeyAndToken' }],
		properties: [...resourceProperties([orderResource], 'order'), requestOptionsField],
	};

	methods = {
		listSearch: {
			searchChannels,
			searchOrders,
			searchShippingMethods,
			searchWarehouseCustomers,
			searchWarehouses,
		},
		credentialTest: { trackstarApiKeyAndToken },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, [orderResource]);
	}
}
