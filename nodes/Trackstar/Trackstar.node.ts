import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptionsField } from '../shared/fields/requestOptionsField';
import { trackstarApiKeyAndToken } from '../shared/methods/credentialTest';
import * as listSearch from '../shared/methods/listSearch';
import { TRACKSTAR_DESCRIPTION } from '../shared/nodeDescriptions';
import {
	actionSubtitle,
	resourceLoadOptions,
	resourceProperties,
} from '../shared/operations/nodeProperties';
import { route } from '../shared/operations/router';
import { RESOURCES } from '../shared/resources';
import { wmsFieldsMethods } from '../shared/writeInfo/wmsFieldsMethods';

const WMS_FIELDS = wmsFieldsMethods(RESOURCES);

export class Trackstar implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Trackstar',
		name: 'trackstar',
		icon: { light: 'file:../../icons/trackstar.svg', dark: 'file:../../icons/trackstar.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: actionSubtitle(RESOURCES),
		description: TRACKSTAR_DESCRIPTION,
		defaults: { name: 'Trackstar' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'trackstarApi', required: true, testedBy: 'trackstarApiKeyAndToken' }],
		properties: [...resourceProperties(RESOURCES, 'order'), requestOptionsField],
	};

	methods = {
		listSearch: { ...listSearch },
		credentialTest: { trackstarApiKeyAndToken },
		resourceMapping: WMS_FIELDS.resourceMapping,
		loadOptions: { ...WMS_FIELDS.loadOptions, ...resourceLoadOptions(RESOURCES) },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, RESOURCES);
	}
}
