import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CART_RESOURCES } from '../shared/cartResources';
import { requestOptionsField } from '../shared/fields/requestOptionsField';
import { trackstarApiKeyAndToken } from '../shared/methods/credentialTest';
import {
	searchCartOrders,
	searchCartProducts,
	searchCartWarehouses,
} from '../shared/methods/listSearch';
import { TRACKSTAR_CART_DESCRIPTION } from '../shared/nodeDescriptions';
import { actionSubtitle, resourceProperties } from '../shared/operations/nodeProperties';
import { route } from '../shared/operations/router';

/**
 * Trackstar's Cart API (`/cart/...`). A node of its own because a cart connection's access token
 * cannot read /wms, nor a WMS token /cart: it offers only what its credential's connection can do.
 */
export class TrackstarCart implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Trackstar Cart',
		name: 'trackstarCart',
		icon: { light: 'file:../../icons/trackstar.svg', dark: 'file:../../icons/trackstar.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: actionSubtitle(CART_RESOURCES),
		description: TRACKSTAR_CART_DESCRIPTION,
		defaults: { name: 'Trackstar Cart' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'trackstarApi', required: true, testedBy: 'trackstarApiKeyAndToken' }],
		properties: [...resourceProperties(CART_RESOURCES, 'order'), requestOptionsField],
	};

	methods = {
		listSearch: { searchCartOrders, searchCartProducts, searchCartWarehouses },
		credentialTest: { trackstarApiKeyAndToken },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, CART_RESOURCES);
	}
}
