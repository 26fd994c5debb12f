import type { INodeProperties } from 'n8n-workflow';

import { INTEGRATION_FIELDS_LABEL } from '../wire/integrationFields';
import { WMS_FIELDS_LABEL, WMS_FIELDS_PARAMETER } from './wmsFieldsModel';

export const WMS_FIELDS_METHOD = 'getWmsFields';

/**
 * The fields the connected WMS adds to a write, as n8n's resource mapper columns loaded from
 * Trackstar's write-info for the credential's connection: named, typed, required ones marked,
 * a list where the schema has one. The JSON box stays for when they cannot load.
 */
export const wmsFieldsProperty: INodeProperties = {
	displayName: WMS_FIELDS_LABEL,
	name: WMS_FIELDS_PARAMETER,
	type: 'resourceMapper',
	noDataExpression: true,
	default: { mappingMode: 'defineBelow', value: null },
	description: `Fields your WMS takes beyond the ones above, loaded from Trackstar for the credential's connection. If they cannot load, use ${INTEGRATION_FIELDS_LABEL}.`,
	typeOptions: {
		loadOptionsDependsOn: ['resource', 'operation'],
		resourceMapper: {
			resourceMapperMethod: WMS_FIELDS_METHOD,
			mode: 'add',
			valuesLabel: WMS_FIELDS_LABEL,
			fieldWords: { singular: 'WMS field', plural: 'WMS fields' },
			addAllFields: false,
			multiKeyMatch: false,
			supportAutoMap: false,
			noFieldsError: 'The connected WMS takes no fields beyond the ones above for this write',
		},
	},
};
