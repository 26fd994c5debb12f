import type { IDataObject } from 'n8n-workflow';

import { toTrackstarDate } from './dates';
import { InvalidValueError } from './invalidValue';
import { toValueList } from './lists';
import { locatorValue } from './values';

export type FilterOperator =
	| 'eq'
	| 'neq'
	| 'gt'
	| 'gte'
	| 'lt'
	| 'lte'
	| 'in'
	| 'nin'
	| 'contains'
	| 'not_contains'
	| 'eq-insensitive'
	| 'in-insensitive'
	| 'contains-insensitive';

export interface FilterCondition {
	operator?: FilterOperator;
	value?: unknown;
}

interface ConditionFilter {
	/** Parameter name in the node's Filters collection. */
	key: string;
	/** Trackstar's query field. */
	field: string;
	label: string;
	kind: 'date' | 'text';
	operators: FilterOperator[];
}

const DATE_OPERATORS: FilterOperator[] = ['gt', 'gte', 'lt', 'lte', 'eq', 'neq', 'in', 'nin'];
const TEXT_OPERATORS: FilterOperator[] = ['eq', 'neq', 'in', 'nin', 'contains', 'not_contains'];
const IDENTIFIER_OPERATORS: FilterOperator[] = [
	'eq',
	'eq-insensitive',
	'in',
	'in-insensitive',
	'nin',
	'contains',
	'contains-insensitive',
	'not_contains',
];

/** The filters of GET /wms/orders that take an operator, as Trackstar's reference lists them. */
export const ORDER_CONDITION_FILTERS: ConditionFilter[] = [
	{ key: 'createdDate', field: 'created_date', label: 'Created Date', kind: 'date', operators: DATE_OPERATORS },
	{ key: 'updatedDate', field: 'updated_date', label: 'Updated Date', kind: 'date', operators: DATE_OPERATORS },
	{
		key: 'requiredShipDate',
		field: 'required_ship_date',
		label: 'Required Ship Date',
		kind: 'date',
		operators: ['gt', 'gte', 'lt', 'lte', 'eq', 'neq'],
	},
	{
		key: 'trackstarCreatedDate',
		field: 'trackstar_created_date',
		label: 'Trackstar Created Date',
		kind: 'date',
		operators: DATE_OPERATORS,
	},
	{
		key: 'trackstarUpdatedDate',
		field: 'trackstar_updated_date',
		label: 'Trackstar Updated Date',
		kind: 'date',
		operators: DATE_OPERATORS,
	},
	{
		key: 'warehouseCustomerId',
		field: 'warehouse_customer_id',
		label: 'Warehouse Customer ID',
		kind: 'text',
		operators: TEXT_OPERATORS,
	},
	{ key: 'channel', field: 'channel', label: 'Channel', kind: 'text', operators: TEXT_OPERATORS },
	{
		key: 'orderNumber',
		field: 'order_number',
		label: 'Order Number',
		kind: 'text',
		operators: IDENTIFIER_OPERATORS,
	},
	{
		key: 'referenceId',
		field: 'reference_id',
		label: 'Reference ID',
		kind: 'text',
		operators: IDENTIFIER_OPERATORS,
	},
];

export const ORDER_STATUSES = [
	'open',
	'confirmed',
	'processing',
	'picked',
	'packed',
	'partially_fulfilled',
	'fulfilled',
	'exception',
	'cancelled',
	'backordered',
	'other',
] as const;

export const ORDER_TYPES = ['d2c', 'b2b', 'dropship', 'transfer'] as const;

/** Multi-select filters: each maps its selection to one `field[op]` list. */
const SELECTION_FILTERS = [
	{ key: 'status', field: 'status', operator: 'in', allowed: ORDER_STATUSES, label: 'Status' },
	{ key: 'excludeStatus', field: 'status', operator: 'nin', allowed: ORDER_STATUSES, label: 'Exclude Status' },
	{ key: 'type', field: 'type', operator: 'in', allowed: ORDER_TYPES, label: 'Order Type' },
	{ key: 'excludeType', field: 'type', operator: 'nin', allowed: ORDER_TYPES, label: 'Exclude Order Type' },
] as const;

const LIST_OPERATORS = new Set<FilterOperator>(['in', 'nin', 'in-insensitive']);

export type OrderListFilters = IDataObject;

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
		if (values.length === 0) continue;

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

function addSelections(query: IDataObject, filters: OrderListFilters) {
	for (const selection of SELECTION_FILTERS) {
		const chosen = toValueList(filters[selection.key], selection.label);
		const unknown = chosen.filter((value) => !(selection.allowed as readonly string[]).includes(value));
		if (unknown.length > 0) {
			throw new InvalidValueError(
				selection.label,
				`unknown value ${unknown.map((value) => `"${value}"`).join(', ')}`,
				`Trackstar knows: ${selection.allowed.join(', ')}`,
			);
		}
		if (chosen.length > 0) query[`${selection.field}[${selection.operator}]`] = chosen.join(',');
	}
}

/**
 * Maps the node's Filters collection to GET /wms/orders query parameters
 * (`field[op]=value`, comma-separated lists, UTC dates). Only what the user set is sent.
 */
export function buildOrderListQuery(filters: OrderListFilters, timeZone: string): IDataObject {
	const query: IDataObject = {};

	const ids = toValueList(filters.ids, 'Order IDs');
	if (ids.length > 0) query.ids = ids.join(',');

	addSelections(query, filters);

	for (const filter of ORDER_CONDITION_FILTERS) {
		const group = filters[filter.key] as { conditions?: FilterCondition[] } | undefined;
		if (group?.conditions?.length) addConditions(query, filter, group.conditions, timeZone);
	}
	return query;
}
