import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { trackstarApiKeyAndToken } from '../shared/methods/credentialTest';
import { searchWarehouseCustomers, searchWarehouses } from '../shared/methods/listSearch';
import { POLLING_TRIGGER_DESCRIPTION } from '../shared/nodeDescriptions';
import { withConnectionTypeHint } from './connectionTypeError';
import { pollBelowThreshold } from './pollBelowThreshold';
import { pollRecords } from './pollRecords';
import { readCommonSettings } from './readSettings';
import { triggerProperties, triggerSubtitle } from './pollingTriggerFields';

export class TrackstarPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Trackstar Polling Trigger',
		name: 'trackstarPollingTrigger',
		icon: { light: 'file:../../icons/trackstar.svg', dark: 'file:../../icons/trackstar.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: triggerSubtitle(),
		description: POLLING_TRIGGER_DESCRIPTION,
		defaults: { name: 'Trackstar Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'trackstarApi', required: true, testedBy: 'trackstarApiKeyAndToken' }],
		properties: triggerProperties,
	};

	methods = {
		listSearch: { searchWarehouses, searchWarehouseCustomers },
		credentialTest: { trackstarApiKeyAndToken },
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const settings = readCommonSettings(this);
		try {
			if (settings.event === 'belowThreshold') return await pollBelowThreshold.call(this, settings);
			return await pollRecords.call(this, settings);
		} catch (error) {
			throw withConnectionTypeHint(this.getNode(), error, settings.resource);
		}
	}
}
