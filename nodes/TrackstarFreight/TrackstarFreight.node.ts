import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { FREIGHT_RESOURCES } from '../shared/freightResources';
import { requestOptionsField } from '../shared/fields/requestOptionsField';
import { trackstarApiKeyAndToken } from '../shared/methods/credentialTest';
import { searchFreightShipments } from '../shared/methods/listSearch';
import { TRACKSTAR_FREIGHT_DESCRIPTION } from '../shared/nodeDescriptions';
import { actionSubtitle, resourceProperties } from '../shared/operations/nodeProperties';
import { route } from '../shared/operations/router';

/**
 * Trackstar's Freight API (`/freight/...`). A node of its own because a freight connection's
 * access token reads only /freight, and no other connection's token reads it.
 */
export class TrackstarFreight implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Trackstar Freight',
		name: 'trackstarFreight',
		icon: { light: 'file:../../icons/trackstar.svg', dark: 'file:../../icons/trackstar.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: actionSubtitle(FREIGHT_RESOURCES),
		description: TRACKSTAR_FREIGHT_DESCRIPTION,
		defaults: { name: 'Trackstar Freight' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'trackstarApi', required: true, testedBy: 'trackstarApiKeyAndToken' }],
		properties: [...resourceProperties(FREIGHT_RESOURCES, 'shipment'), requestOptionsField],
	};

	methods = {
		listSearch: { searchFreightShipments },
		credentialTest: { trackstarApiKeyAndToken },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, FREIGHT_RESOURCES);
	}
}
