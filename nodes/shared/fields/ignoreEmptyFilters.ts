import type { INodeProperties } from 'n8n-workflow';

/** Off by default: an empty filter fails, so a list is never read wider than its filters say. */
export const ignoreEmptyFiltersField: INodeProperties = {
	displayName: 'Ignore Empty Filters',
	name: 'ignoreEmptyFilters',
	type: 'boolean',
	default: false,
	description:
		'Whether a filter left with no value (a cleared date, an expression that resolved to nothing, a list of only commas) is left out instead of failing. Risky: the list is then wider than the filter says, and a workflow that updates or cancels what it lists acts on records the filter was meant to keep out.',
};
