import type { IDataObject } from 'n8n-workflow';

import {
	buildListQuery,
	DATE_OPERATORS,
	RECORD_DATE_FILTERS,
	TEXT_OPERATORS,
	WAREHOUSE_CUSTOMER_FILTER,
	type ConditionFilter,
	type FilterOperator,
	type ListFilters,
} from '../../wire/listFilters';
import type { EmptyFilterPolicy } from '../../wire/emptyFilters';

export type { FilterCondition, FilterOperator } from '../../wire/listFilters';

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
	...RECORD_DATE_FILTERS,
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
	WAREHOUSE_CUSTOMER_FILTER,
	{
		key: 'channel',
		field: 'channel',
		label: 'Channel',
		kind: 'text',
		operators: TEXT_OPERATORS,
		picker: { searchListMethod: 'searchChannels', idPlaceholder: 'e.g. shopify, amazon' },
	},
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

const STATUS_NAMES: Record<string, string> = { partially_fulfilled: 'Partially Fulfilled' };
const TYPE_NAMES: Record<string, string> = {
	d2c: 'D2C (Direct to Consumer)',
	b2b: 'B2B (Wholesale)',
	dropship: 'Dropship',
	transfer: 'Transfer',
};

const titleCase = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
export const ORDER_STATUS_VALUES = ORDER_STATUSES.map((value) => ({
	name: STATUS_NAMES[value] ?? titleCase(value),
	value,
}));
export const ORDER_TYPE_VALUES = ORDER_TYPES.map((value) => ({ name: TYPE_NAMES[value], value }));

/** GET /wms/orders's filters: the node's Filters collection and the query are both built from it. */
export const ORDER_LIST_FILTERS: ListFilters = {
	conditions: ORDER_CONDITION_FILTERS,
	selections: [
		{
			key: 'status',
			field: 'status',
			operator: 'in',
			displayName: 'Statuses',
			label: 'Status',
			values: ORDER_STATUS_VALUES,
			description: 'Only orders in these statuses (status[in])',
		},
		{
			key: 'excludeStatus',
			field: 'status',
			operator: 'nin',
			displayName: 'Exclude Statuses',
			label: 'Exclude Status',
			values: ORDER_STATUS_VALUES,
			description: 'Leave out orders in these statuses (status[nin])',
		},
		{
			key: 'type',
			field: 'type',
			operator: 'in',
			displayName: 'Order Types',
			label: 'Order Type',
			values: ORDER_TYPE_VALUES,
			description: 'Only orders of these types (type[in])',
		},
		{
			key: 'excludeType',
			field: 'type',
			operator: 'nin',
			displayName: 'Exclude Order Types',
			label: 'Exclude Order Type',
			values: ORDER_TYPE_VALUES,
			description: 'Leave out orders of these types (type[nin])',
		},
	],
	ids: {
		label: 'Order IDs',
		noun: 'order',
		placeholder: 'e.g. 6541f3e1a2b4c5d6e7f80912, 6541f3e1a2b4c5d6e7f80913',
	},
};

export type OrderListFilters = IDataObject;

/** The Filters collection of Get Many orders (and the Orders Trigger) as GET /wms/orders parameters. */
export function buildOrderListQuery(
	filters: OrderListFilters,
	timeZone: string,
	policy: EmptyFilterPolicy = {},
): IDataObject {
	return buildListQuery(filters, ORDER_LIST_FILTERS, timeZone, policy);
}
