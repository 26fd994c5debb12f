import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { trackstarApiKeyAndToken } from '../shared/methods/credentialTest';
import { pollOrders } from './pollOrders';
import { ORDERS_TRIGGER_DESCRIPTION } from '../shared/nodeDescriptions';
import { triggerProperties } from './ordersTriggerFields';

export class TrackstarOrdersTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Trackstar Orders Trigger',
		name: 'trackstarOrdersTrigger',
		icon: { light: 'file:../../icons/trackstar.svg', dark: 'file:../../icons/trackstar.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ { newOrder: "New order", updatedOrder: "Updated order", statusChanged: "Order status changed" }[$parameter["event"]] }}',
		description: ORDERS_TRIGGER_DESCRIPTION,
		defaults: { name: 'Trackstar Orders Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'trackstarApi', required: true, testedBy: 'trackstarApiKeyAndToken' }],
		properties: triggerProperties,
	};

	methods = { credentialTest: { trackstarApiKeyAndToken } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollOrders.call(this);
	}
}
