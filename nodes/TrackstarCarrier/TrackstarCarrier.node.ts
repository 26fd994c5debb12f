import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CARRIER_RESOURCES } from '../shared/carrierResources';
import { requestOptionsField } from '../shared/fields/requestOptionsField';
import { trackstarApiKeyAndToken } from '../shared/methods/credentialTest';
import { searchInvoiceLineItems } from '../shared/methods/listSearch';
import { TRACKSTAR_CARRIER_DESCRIPTION } from '../shared/nodeDescriptions';
import { actionSubtitle, resourceProperties } from '../shared/operations/nodeProperties';
import { route } from '../shared/operations/router';

/**
 * Trackstar's Carrier API (`/carrier/...`): a parcel carrier's invoices. A node of its own because
 * a carrier connection's access token reads only /carrier, and no other connection's token reads it.
 */
export class TrackstarCarrier implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Trackstar Carrier',
		name: 'trackstarCarrier',
		icon: { light: 'file:../../icons/trackstar.svg', dark: 'file:../../icons/trackstar.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: actionSubtitle(CARRIER_RESOURCES),
		description: TRACKSTAR_CARRIER_DESCRIPTION,
		defaults: { name: 'Trackstar Carrier' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'trackstarApi', required: true, testedBy: 'trackstarApiKeyAndToken' }],
		properties: [...resourceProperties(CARRIER_RESOURCES, 'invoiceLineItem'), requestOptionsField],
	};

	methods = {
		listSearch: { searchInvoiceLineItems },
		credentialTest: { trackstarApiKeyAndToken },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, CARRIER_RESOURCES);
	}
}
