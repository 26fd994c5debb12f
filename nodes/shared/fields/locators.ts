import type { INodeProperties } from 'n8n-workflow';

interface LocatorOptions {
	displayName: string;
	name: string;
	/** A method of the node's `methods.listSearch`. */
	searchListMethod: string;
	idPlaceholder: string;
	/** Adds a "By Name" mode, for a record Trackstar also takes by its name. */
	namePlaceholder?: string;
	description: string;
}

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');

/**
 * A field that takes a Trackstar ID, picked from a searchable list or typed "By ID" (where an
 * expression also goes), and for some records typed "By Name". Values saved as plain text
 * before the list existed still work, as IDs.
 */
export function locatorField(options: LocatorOptions): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select ${article(options.displayName)} ${options.displayName.toLowerCase()}...`,
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.idPlaceholder,
			},
			...(options.namePlaceholder === undefined
				? []
				: [
						{
							displayName: 'By Name',
							name: 'name',
							type: 'string' as const,
							placeholder: options.namePlaceholder,
						},
					]),
		],
	};
}
