import type { INodeProperties } from 'n8n-workflow';

import { WMS_LINE_FIELDS_METHOD, WMS_LINE_FIELDS_PARAMETER } from './wmsFieldsModel';

/**
 * A line row's fields beyond the node's own (an inbound line's unit_cost, a return line's
 * return_reason): n8n's resource mapper holds flat values only, so lines take them here, each
 * picked from the fields the connected WMS's schema gives a line.
 */
export const wmsLineFieldsProperty: INodeProperties = {
	displayName: 'WMS Line Fields',
	name: WMS_LINE_FIELDS_PARAMETER,
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add WMS Line Field',
	default: {},
	description: 'Fields the connected WMS takes on a line beyond the ones above',
	options: [
		{
			displayName: 'Field',
			name: 'field',
			values: [
				{
					displayName: 'Name or ID',
					name: 'name',
					type: 'options',
					typeOptions: { loadOptionsMethod: WMS_LINE_FIELDS_METHOD },
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				},
				{
					displayName: 'Value',
					name: 'value',
					type: 'string',
					default: '',
				},
			],
		},
	],
};
