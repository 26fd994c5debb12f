import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ORDER_CONDITION_FILTERS, type FilterOperator } from '../../shared/wire/orderFilters';
import { locatorField } from './locators';
import { orderStatusOptions, orderTypeOptions } from './orderStatusOptions';

/** Comparisons in words; gt/lt only ever apply to dates in Trackstar's order filters. */
const OPERATOR_NAMES: Record<FilterOperator, string> = {
	gt: 'Is After',
	gte: 'Is On or After',
	lt: 'Is Before',
	lte: 'Is On or Before',
	eq: 'Is Equal To',
	neq: 'Is Not Equal To',
	in: 'Is One Of',
	nin: 'Is None Of',
	contains: 'Contains',
	not_contains: 'Does Not Contain',
	'eq-insensitive': 'Is Equal To (Ignoring Case)',
	'in-insensitive': 'Is One Of (Ignoring Case)',
	'contains-insensitive': 'Contains (Ignoring Case)',
};

// Date filters open on "Is After", text filters on "Is Equal To": the comparisons people reach for first.
const comparison: Record<'date' | 'text', INodeProperties> = {
	date: { displayName: 'Comparison', name: 'operator', type: 'options', options: [], default: 'gt' },
	text: { displayName: 'Comparison', name: 'operator', type: 'options', options: [], default: 'eq' },
};

/** Filters on an ID that a list can pick: the condition's value is then a resource locator. */
const PICKED_VALUES: Record<string, { searchListMethod: string; idPlaceholder: string }> = {
	warehouseCustomerId: { searchListMethod: 'searchWarehouseCustomers', idPlaceholder: 'e.g. 65a1f3c2e4b0a17d9c3e5f01' },
	channel: { searchListMethod: 'searchChannels', idPlaceholder: 'e.g. shopify, amazon' },
};

const TEXT_VALUE_DESCRIPTION =
	'For Is One Of and Is None Of: several values separated by commas (at most 100), or a mapped list';

function textValue(key: string): INodeProperties {
	const picked = PICKED_VALUES[key];
	if (!picked) {
		return { displayName: 'Value', name: 'value', type: 'string', default: '', description: TEXT_VALUE_DESCRIPTION };
	}
	return locatorField({
		displayName: 'Value',
		name: 'value',
		...picked,
		description: `Pick one from the list, or give IDs By ID. ${TEXT_VALUE_DESCRIPTION}.`,
	});
}

const conditionFilterFields: INodeProperties[] = ORDER_CONDITION_FILTERS.map((filter) => {
	const operators: INodePropertyOptions[] = filter.operators.map((operator) => ({
		name: OPERATOR_NAMES[operator],
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
			: textValue(filter.key);
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
				values: [
					{ ...comparison[filter.kind], options: operators },
					value,
				],
			},
		],
	};
});

const selectionFilterFields: INodeProperties[] = [
	{
		displayName: 'Exclude Order Types',
		name: 'excludeType',
		type: 'multiOptions',
		options: orderTypeOptions,
		default: [],
		description: 'Leave out orders of these types (type[nin])',
	},
	{
		displayName: 'Exclude Statuses',
		name: 'excludeStatus',
		type: 'multiOptions',
		options: orderStatusOptions,
		default: [],
		description: 'Leave out orders in these statuses (status[nin])',
	},
	{
		displayName: 'Order IDs',
		name: 'ids',
		type: 'string',
		default: '',
		placeholder: 'e.g. 6541f3e1a2b4c5d6e7f80912, 6541f3e1a2b4c5d6e7f80913',
		description:
			'Trackstar order IDs, separated by commas (at most 100), or a mapped list. When set, Trackstar ignores every other filter.',
	},
	{
		displayName: 'Order Types',
		name: 'type',
		type: 'multiOptions',
		options: orderTypeOptions,
		default: [],
		description: 'Only orders of these types (type[in])',
	},
	{
		displayName: 'Statuses',
		name: 'status',
		type: 'multiOptions',
		options: orderStatusOptions,
		default: [],
		description: 'Only orders in these statuses (status[in])',
	},
];

/** The options of Get Many's Filters collection, sorted by name as n8n lists them. */
export const orderFilterFields: INodeProperties[] = [...conditionFilterFields, ...selectionFilterFields].sort(
	(a, b) => a.displayName.localeCompare(b.displayName),
);
