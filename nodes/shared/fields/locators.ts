import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import type { RecordLookup } from './recordLookup';

interface LocatorOptions {
	displayName: string;
	name: string;
	/** A method of the node's `methods.listSearch`. */
	searchListMethod: string;
	idPlaceholder: string;
	/** Adds a "By Name" mode, for a record Trackstar also takes by its name. */
	namePlaceholder?: string;
	/** Adds a mode per number the record is also found by, e.g. "By Order Number". */
	lookups?: RecordLookup[];
	description: string;
}

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');

const lookupMode = (lookup: RecordLookup): INodePropertyMode => ({
	displayName: lookup.displayName,
	name: lookup.mode,
	// `as const`, as for By Name below: n8n's lint otherwise takes a mode for a parameter without a default.
	type: 'string' as const,
	placeholder: lookup.placeholder,
});

/**
 * A field that takes a Trackstar ID, picked from a searchable list or typed "By ID" (where an
 * expression also goes), for some records typed "By Name", and for records with a human number
 * typed as that number (looked up when the node runs: see operations/recordId.ts). Values saved
 * as plain text before the list existed still work, as IDs.
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
			...(options.lookups ?? []).map(lookupMode),
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
