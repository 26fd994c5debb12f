import { getAllOperation } from '../../operations/getAll';
import {
	enumOptions,
	RECORD_DATE_FILTERS,
	WAREHOUSE_CUSTOMER_FILTER,
	type ListFilters,
} from '../../wire/listFilters';
import type { ListModel } from '../../model';

export const LEDGER_EVENT_TYPES = [
	'adjustment',
	'return_receipt',
	'inbound_receipt',
	'order_shipment',
	'supplier_return',
	'movement',
	'other',
] as const;

const eventTypes = enumOptions(LEDGER_EVENT_TYPES);

export const LEDGER_LIST_FILTERS: ListFilters = {
	conditions: [...RECORD_DATE_FILTERS, WAREHOUSE_CUSTOMER_FILTER],
	selections: [
		{
			key: 'eventType',
			field: 'event_type',
			operator: 'in',
			displayName: 'Event Types',
			label: 'Event Type',
			values: eventTypes,
			description: 'Only entries of these events (event_type[in])',
		},
		{
			key: 'excludeEventType',
			field: 'event_type',
			operator: 'nin',
			displayName: 'Exclude Event Types',
			label: 'Exclude Event Type',
			values: eventTypes,
			description: 'Leave out entries of these events (event_type[nin])',
		},
	],
	ids: { label: 'Ledger Entry IDs', noun: 'ledger entry', placeholder: 'e.g. led_01, led_02' },
};

/** The inventory ledger (`GET /wms/inventory/ledger`): every stock movement, one entry each. */
export const INVENTORY_LEDGER: ListModel = {
	noun: 'ledger entry',
	plural: 'ledger entries',
	path: '/wms/inventory/ledger',
	filters: LEDGER_LIST_FILTERS,
};

export const getInventoryLedgerOperation = getAllOperation(INVENTORY_LEDGER, {
	value: 'getLedger',
	name: 'Get Many Ledger Entries',
	description:
		'List stock movements (inventory ledger entries: adjustments, receipts, shipments, returns), filtered by event type, warehouse customer or date',
	action: 'Get many inventory ledger entries',
});
