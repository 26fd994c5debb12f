import {
	enumOptions,
	RECORD_DATE_FILTERS,
	TEXT_OPERATORS,
	type ListFilters,
} from '../../wire/listFilters';

/** A cart order's statuses, in Trackstar's order (api-reference/cart-api/orders/info.mdx). */
export const CART_ORDER_STATUSES = [
	'open',
	'confirmed',
	'processing',
	'partially_fulfilled',
	'fulfilled',
	'exception',
	'cancelled',
	'backordered',
	'other',
] as const;

export const CART_ORDER_STATUS_VALUES = enumOptions(CART_ORDER_STATUSES);

/** GET /cart/orders's filters, as Trackstar's OpenAPI document lists them. */
export const CART_ORDER_LIST_FILTERS: ListFilters = {
	conditions: [
		...RECORD_DATE_FILTERS,
		// No picker: the warehouse customers' list is the WMS API's, which a cart token cannot read.
		{
			key: 'warehouseCustomerId',
			field: 'warehouse_customer_id',
			label: 'Warehouse Customer',
			kind: 'text',
			operators: TEXT_OPERATORS,
		},
		{
			key: 'orderNumber',
			field: 'order_number',
			label: 'Order Number',
			kind: 'text',
			operators: ['eq', 'in', 'nin', 'contains', 'not_contains'],
		},
	],
	selections: [
		{
			key: 'status',
			field: 'status',
			operator: 'in',
			displayName: 'Statuses',
			label: 'Status',
			values: CART_ORDER_STATUS_VALUES,
			description: 'Only orders in these statuses (status[in])',
		},
		{
			key: 'excludeStatus',
			field: 'status',
			operator: 'nin',
			displayName: 'Exclude Statuses',
			label: 'Exclude Status',
			values: CART_ORDER_STATUS_VALUES,
			description: 'Leave out orders in these statuses (status[nin])',
		},
	],
	ids: { label: 'Order IDs', noun: 'order', placeholder: 'e.g. 5829104726, 5829104727' },
};
