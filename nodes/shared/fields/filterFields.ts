import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { COMPARISON_NAMES } from '../wire/emptyFilters';
import type { ConditionFilter, EqualsFilter, ListFilters } from '../wire/listFilters';
import { locatorField } from './locators';

// Date filters open on "Is After", text filters on "Is Equal To": the comparisons people reach for first.
const comparison: Record<'date' | 'text', INodeProperties> = {
	date: {
		displayName: 'Comparison',
		name: 'operator',
		type: 'options',
		options: [],
		default: 'gt',
	},
	text: {
		displayName: 'Comparison',
		name: 'operator',
		type: 'options',
		options: [],
		default: 'eq',
	},
};

const TEXT_VALUE_DESCRIPTION =
	'For Is One Of and Is None Of: several values separated by commas (at most 100), or a mapped list';

function textValue(filter: ConditionFilter): INodeProperties {
	if (!filter.picker) {
		return {
			displayName: 'Value',
			name: 'value',
			type: 'string',
			default: '',
			description: TEXT_VALUE_DESCRIPTION,
		};
	}
	return locatorField({
		displayName: 'Value',
		name: 'value',
		...filter.picker,
		description: `Pick one from the list, or give IDs By ID. ${TEXT_VALUE_DESCRIPTION}.`,
	});
}

function conditionField(filter: ConditionFilter): INodeProperties {
	const operators: INodePropertyOptions[] = filter.operators.map((operator) => ({
		name: COMPARISON_NAMES[operator],
		value: operator,
		description: `Sent as ${filter.field}[${operator}]`,
	}));
	const value: INodeProperties =
		filter.kind === 'date'
			? {
					displayName: 'Date',
					name: 'value',
					type: 'dateTime',
					default: '',
					description:
						"Read in the workflow's timezone unless it carries an offset, and sent to Trackstar in UTC. For Is One Of and Is None Of, add one condition per date or map a list.",
				}
			: textValue(filter);
	return {
		displayName: filter.label,
		name: filter.key,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Condition',
		// One condition ready to fill: n8n drops a filter with no condition as soon as the next is added.
		default: { conditions: [{ operator: comparison[filter.kind].default }] },
		description: `Conditions on ${filter.field}; several conditions must all match`,
		options: [
			{
				displayName: 'Condition',
				name: 'conditions',
				values: [{ ...comparison[filter.kind], options: operators }, value],
			},
		],
	};
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

function equalsField(filter: EqualsFilter): INodeProperties {
	const description = `${filter.description} (sent as ${filter.field})`;
	if (filter.kind === 'date') {
		return {
			displayName: filter.label,
			name: filter.key,
			type: 'dateTime',
			default: '',
			description: `${description}. Read in the workflow's timezone unless it carries an offset, and sent to Trackstar in UTC.`,
		};
	}
	if (filter.values) {
		const options = [...filter.values].sort(byName);
		const field: INodeProperties = {
			displayName: filter.label,
			name: filter.key,
			type: 'options',
			options,
			default: '',
			description,
		};
		// Opens on the first value: an empty choice would send nothing, which the filter's presence contradicts.
		return { ...field, default: options[0].value };
	}
	if (filter.picker) {
		return locatorField({
			displayName: filter.label,
			name: filter.key,
			...filter.picker,
			description,
		});
	}
	return { displayName: filter.label, name: filter.key, type: 'string', default: '', description };
}

/** The options of a Get Many's Filters collection for one list, sorted by name as n8n lists them. */
export function filterFields(list: ListFilters): INodeProperties[] {
	const selections: INodeProperties[] = (list.selections ?? []).map((selection) => ({
		displayName: selection.displayName,
		name: selection.key,
		type: 'multiOptions',
		options: [...selection.values].sort(byName),
		default: [],
		description: selection.description,
	}));
	const booleans: INodeProperties[] = (list.booleans ?? []).map((filter) => ({
		displayName: filter.label,
		name: filter.key,
		type: 'boolean',
		default: true,
		description: filter.description,
	}));
	const ids: INodeProperties[] = list.ids
		? [
				{
					displayName: list.ids.label,
					name: 'ids',
					type: 'string',
					default: '',
					placeholder: list.ids.placeholder,
					description: `Trackstar ${list.ids.noun} IDs, separated by commas (at most 100), or a mapped list. When set, Trackstar ignores every other filter.`,
				},
			]
		: [];
	const equals = (list.equals ?? []).map(equalsField);
	return [
		...list.conditions.map(conditionField),
		...selections,
		...booleans,
		...equals,
		...ids,
	].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
