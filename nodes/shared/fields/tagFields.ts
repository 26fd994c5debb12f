import type { INodeProperties } from 'n8n-workflow';

/** The rows of a tag list: a name, and a value when the tag is a key-value pair. */
export const tagRows = (what: string): INodeProperties['options'] => [
	{
		displayName: 'Tag',
		name: 'tag',
		values: [
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: `The ${what}; alone it is sent as a plain string tag`,
			},
			{
				displayName: 'Value',
				name: 'value',
				type: 'string',
				default: '',
				description: 'Optional. When set, the tag is sent as a key-value pair {"name": "value"}.',
			},
		],
	},
];

/** Tags Trackstar keeps on a record, never sent to the WMS: what Set Trackstar Tags and every write take. */
export const trackstarTagsField: INodeProperties = {
	displayName: 'Trackstar Tags',
	name: 'trackstarTags',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Trackstar Tag',
	default: {},
	description:
		'Tags Trackstar keeps on the order (trackstar_tags), never sent to the WMS: plain strings, or key-value pairs',
	options: tagRows('Trackstar tag'),
};
