import type { IDataObject } from 'n8n-workflow';

import { toTrackstarDate } from './dates';
import { checkDateRange } from './emptyDateRange';
import {
	CHOICE_FIX,
	DATE_FIX,
	emptyFilterError,
	type EmptyFilterPolicy,
	type FilterOperator,
	VALUE_FIX,
} from './emptyFilters';
import { InvalidValueError } from './invalidValue';
import { toValueList } from './lists';
import { locatorValue } from './values';

export type { FilterOperator } from './emptyFilters';

export interface FilterCondition {
	operator?: FilterOperator;
	value?: unknown;
}

/** A filter that takes comparisons: `field[op]=value`, one condition row per comparison. */
export interface ConditionFilter {
	/** Parameter name in the node's Filters collection. */
	key: string;
	/** Trackstar's query field. */
	field: string;
	label: string;
	kind: 'date' | 'text';
	operators: FilterOperator[];
	/** For an ID a list can pick: the listSearch method whose picker fills the condition's value. */
	picker?: { searchListMethod: string; idPlaceholder: string };
}

/** A multi-select of Trackstar's enum values, sent as one `field[in]` or `field[nin]` list. */
export interface SelectionFilter {
	key: string;
	field: string;
	operator: 'in' | 'nin';
	/** The field's name in the panel, e.g. "Exclude Statuses". */
	displayName: string;
	/** One value's name, as an error about a value names it, e.g. "Exclude Status". */
	label: string;
	/** Trackstar's values in Trackstar's order, with the names the multi-select shows. */
	values: ReadonlyArray<{ name: string; value: string }>;
	description: string;
}

/** A yes/no filter sent as `field=true|false`, e.g. inventory's `active`. */
export interface BooleanFilter {
	key: string;
	field: string;
	label: string;
	description: string;
}

/**
 * A filter Trackstar takes only bare, `field=value` with no operator (labor activities' user_id,
 * activity_type…): one value, chosen from `values` when Trackstar lists them, else typed or picked.
 */
export interface EqualsFilter {
	key: string;
	field: string;
	label: string;
	description: string;
	/** A date and time, sent in UTC (carrier files' `start_time`); otherwise text, or one of `values`. */
	kind?: 'date';
	values?: ReadonlyArray<{ name: string; value: string }>;
	picker?: { searchListMethod: string; idPlaceholder: string };
}

/** Everything a list endpoint can be filtered by, as data: the UI and the query are built from it. */
export interface ListFilters {
	conditions: ConditionFilter[];
	selections?: SelectionFilter[];
	booleans?: BooleanFilter[];
	equals?: EqualsFilter[];
	/**
	 * Sent as `ids` (Trackstar's docs list it beside `ids[in]`), which makes Trackstar ignore every
	 * other filter. `noun` names one record: "order", "inventory item". Absent for a list of
	 * things without IDs (carrier files).
	 */
	ids?: { label: string; noun: string; placeholder: string };
}

export const DATE_OPERATORS: FilterOperator[] = [
	'gt',
	'gte',
	'lt',
	'lte',
	'eq',
	'neq',
	'in',
	'nin',
];
export const TEXT_OPERATORS: FilterOperator[] = [
	'eq',
	'neq',
	'in',
	'nin',
	'contains',
	'not_contains',
];

/** Every Trackstar list has these two. */
export const RECORD_DATE_FILTERS: ConditionFilter[] = [
	{
		key: 'createdDate',
		field: 'created_date',
		label: 'Created Date',
		kind: 'date',
		operators: DATE_OPERATORS,
	},
	{
		key: 'updatedDate',
		field: 'updated_date',
		label: 'Updated Date',
		kind: 'date',
		operators: DATE_OPERATORS,
	},
];

export const WAREHOUSE_CUSTOMER_FILTER: ConditionFilter = {
	key: 'warehouseCustomerId',
	field: 'warehouse_customer_id',
	label: 'Warehouse Customer',
	kind: 'text',
	operators: TEXT_OPERATORS,
	picker: {
		searchListMethod: 'searchWarehouseCustomers',
		idPlaceholder: 'e.g. 65a1f3c2e4b0a17d9c3e5f01',
	},
};

const LIST_OPERATORS = new Set<FilterOperator>(['in', 'nin', 'in-insensitive']);

function conditionValues(
	filter: ConditionFilter,
	operator: FilterOperator,
	value: unknown,
	timeZone: string,
): string[] {
	if (filter.kind === 'text') {
		// A comma separates values only where the comparison takes a list: "PO 12,345" is one number.
		const oneText = typeof value === 'string' && !LIST_OPERATORS.has(operator);
		return toValueList(oneText ? [value] : value, filter.label);
	}
	let dates: unknown[] = [value];
	if (Array.isArray(value)) dates = value;
	else if (typeof value === 'string' && LIST_OPERATORS.has(operator)) {
		dates = toValueList(value, filter.label);
	}
	return dates
		.map((date) => toTrackstarDate(date, filter.label, timeZone))
		.filter((date): date is string => date !== undefined);
}

function addConditions(
	query: IDataObject,
	filter: ConditionFilter,
	conditions: FilterCondition[],
	timeZone: string,
	policy: EmptyFilterPolicy,
) {
	for (const condition of conditions) {
		const operator = condition.operator ?? 'eq';
		if (!filter.operators.includes(operator)) {
			throw new InvalidValueError(
				filter.label,
				`the comparison "${operator}" is not available for this filter`,
				`Choose one of: ${filter.operators.join(', ')}`,
			);
		}
		const values = conditionValues(filter, operator, locatorValue(condition.value), timeZone);
		if (values.length === 0) {
			if (policy.ignoreEmpty) continue;
			throw filter.kind === 'date'
				? emptyFilterError(filter.label, operator, 'date', DATE_FIX)
				: emptyFilterError(filter.label, operator, 'value', VALUE_FIX);
		}

		const param = `${filter.field}[${operator}]`;
		const existing = query[param] as string | undefined;
		if (LIST_OPERATORS.has(operator)) {
			const merged = existing === undefined ? values : [...existing.split(','), ...values];
			query[param] = toValueList(merged, filter.label).join(',');
		} else if (values.length > 1) {
			throw new InvalidValueError(
				filter.label,
				`the comparison "${operator}" takes one value but got ${values.length}`,
				'Use "Is One Of" or "Is None Of" to compare with several values',
			);
		} else if (existing !== undefined && existing !== values[0]) {
			throw new InvalidValueError(
				filter.label,
				`two "${operator}" conditions with different values`,
				'Keep one of them',
			);
		} else {
			query[param] = values[0];
		}
	}
}

function addSelection(
	query: IDataObject,
	selection: SelectionFilter,
	given: unknown,
	policy: EmptyFilterPolicy,
) {
	const chosen = toValueList(given, selection.label);
	if (chosen.length === 0) {
		if (policy.ignoreEmpty) return;
		throw emptyFilterError(selection.displayName, selection.operator, 'value', CHOICE_FIX);
	}
	const allowed = selection.values.map(({ value }) => value);
	const unknown = chosen.filter((value) => !allowed.includes(value));
	if (unknown.length > 0) {
		throw new InvalidValueError(
			selection.label,
			`unknown value ${unknown.map((value) => `"${value}"`).join(', ')}`,
			`Trackstar knows: ${allowed.join(', ')}`,
		);
	}
	query[`${selection.field}[${selection.operator}]`] = chosen.join(',');
}

function addBoolean(
	query: IDataObject,
	filter: BooleanFilter,
	given: unknown,
	policy: EmptyFilterPolicy,
) {
	if (given === undefined || given === null || given === '') {
		if (policy.ignoreEmpty) return;
		throw emptyFilterError(
			filter.label,
			'eq',
			'value',
			'Set it to true or false, or remove the filter.',
		);
	}
	if (typeof given === 'boolean') query[filter.field] = String(given);
	else if (given === 'true' || given === 'false') query[filter.field] = given;
	else throw new InvalidValueError(filter.label, `"${String(given)}" is not true or false`);
}

function addEquals(
	query: IDataObject,
	filter: EqualsFilter,
	given: unknown,
	timeZone: string,
	policy: EmptyFilterPolicy,
) {
	if (filter.kind === 'date') {
		const date = toTrackstarDate(given, filter.label, timeZone);
		if (date !== undefined) query[filter.field] = date;
		else if (!policy.ignoreEmpty) throw emptyFilterError(filter.label, 'eq', 'date', DATE_FIX);
		return;
	}
	const [value, ...more] = toValueList(locatorValue(given), filter.label);
	if (value === undefined) {
		if (policy.ignoreEmpty) return;
		throw emptyFilterError(filter.label, 'eq', 'value', filter.values ? CHOICE_FIX : VALUE_FIX);
	}
	if (more.length > 0) {
		throw new InvalidValueError(
			filter.label,
			'takes one value',
			'Trackstar compares it with one value only',
		);
	}
	const allowed = filter.values?.map((option) => option.value);
	if (allowed && !allowed.includes(value)) {
		throw new InvalidValueError(
			filter.label,
			`unknown value "${value}"`,
			`Trackstar knows: ${allowed.join(', ')}`,
		);
	}
	query[filter.field] = value;
}

/**
 * Maps a Filters collection to a Trackstar list's query parameters (`field[op]=value`,
 * comma-separated lists, UTC dates), as `definition` describes the list. A filter that is there
 * but empty fails unless `policy` says to leave it out: sent as nothing, it would widen the list.
 */
export function buildListQuery(
	filters: IDataObject,
	definition: ListFilters,
	timeZone: string,
	policy: EmptyFilterPolicy = {},
): IDataObject {
	const query: IDataObject = {};

	if (definition.ids && 'ids' in filters) {
		const ids = toValueList(filters.ids, definition.ids.label);
		if (ids.length > 0) query.ids = ids.join(',');
		else if (!policy.ignoreEmpty)
			throw emptyFilterError(definition.ids.label, 'in', 'value', VALUE_FIX);
	}

	for (const selection of definition.selections ?? [])
		if (selection.key in filters) addSelection(query, selection, filters[selection.key], policy);
	for (const filter of definition.booleans ?? [])
		if (filter.key in filters) addBoolean(query, filter, filters[filter.key], policy);
	for (const filter of definition.equals ?? [])
		if (filter.key in filters) addEquals(query, filter, filters[filter.key], timeZone, policy);

	for (const filter of definition.conditions) {
		if (!(filter.key in filters)) continue;
		const group = filters[filter.key] as { conditions?: FilterCondition[] } | undefined;
		const conditions = group?.conditions ?? [];
		if (conditions.length === 0) {
			if (policy.ignoreEmpty) continue;
			throw new InvalidValueError(
				filter.label,
				'the filter has no condition',
				'Add a condition, or remove the filter.',
			);
		}
		addConditions(query, filter, conditions, timeZone, policy);
		if (filter.kind === 'date') checkDateRange(query, filter.field, filter.label);
	}
	return query;
}

/** Trackstar's enum values as multi-select options, names in Title Case. */
export function enumOptions(values: readonly string[], names: Record<string, string> = {}) {
	return values.map((value) => ({
		name:
			names[value] ?? value.replace(/_/g, ' ').replace(/\b\w/g, (letter) => letter.toUpperCase()),
		value,
	}));
}
