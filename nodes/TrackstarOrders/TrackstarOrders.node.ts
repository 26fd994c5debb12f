import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsField } from '../shared/fields/requestOptionsField';
import { trackstarApiKeyAndToken } from '../shared/methods/credentialTest';
import {
	searchChannels,
	searchOrders,
	searchShippingMethods,
	searchWarehouseCustomers,
	searchWarehouses,
} from '../shared/methods/listSearch';
import { ORDERS_DESCRIPTION } from '../shared/nodeDescriptions';
import { actionSubtitle, resourceProperties } from '../shared/operations/nodeProperties';
import { route } from '../shared/operations/router';
import { orderResource } from '../shared/resources/order';
import { wmsFieldsMethods } from '../shared/writeInfo/wmsFieldsMethods';

export class TrackstarOrders implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Trackstar Orders',
		name: 'trackstarOrders',
		icon: { light: 'file:../../icons/trackstar.svg', dark: 'file:../../icons/trackstar.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: actionSubtitle([orderResource]),
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
		...wmsFieldsMethods([orderResource]),
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, [orderResource]);
	}
}
