import type { IExecuteFunctions } from 'n8n-workflow';

import {
	inboundCreateParameters,
	inboundShipmentCreateOptional,
	inboundShipmentCreateRequired,
	inboundShipmentWriteFields,
	type LineItemsInput,
} from './inboundShipmentFields';
import { locatorField } from '../../fields/locators';
import type { RecordLookup } from '../../fields/recordLookup';
import { createOperation } from '../../operations/create';
import { getOperation } from '../../operations/get';
import { getAllOperation } from '../../operations/getAll';
import { getWritableFieldsOperation } from '../../operations/getWritableFields';
import { setTagsOperation } from '../../operations/setTags';
import { updateOperation } from '../../operations/update';
import {
	buildInboundShipmentBody,
	buildInboundShipmentCreateBody,
	INBOUND_LINE_ITEMS,
	INBOUND_SHIPMENT_BASE_FIELDS,
	INBOUND_SHIPMENT_OWN_FIELDS,
} from './inboundShipmentBody';
import {
	enumOptions,
	RECORD_DATE_FILTERS,
	TEXT_OPERATORS,
	WAREHOUSE_CUSTOMER_FILTER,
	type ListFilters,
} from '../../wire/listFilters';
import { simplifyInboundShipment } from './simplifyInboundShipment';
import { receiveInboundShipmentOperation } from './inboundShipment.receive.operation';
import type { ListModel, RecordModel, TrackstarResource, WriteModel } from '../../model';
import { linesOf } from '../../wire/lineItems';

/** Trackstar's inbound shipment statuses, in lifecycle order (inbound-shipments/info.mdx). */
export const INBOUND_SHIPMENT_STATUSES = [
	'open',
	'in-transit',
	'receiving',
	'received',
	'cancelled',
	'other',
] as const;

export const INBOUND_SHIPMENT_STATUS_VALUES = enumOptions(INBOUND_SHIPMENT_STATUSES, {
	'in-transit': 'In Transit',
});

export const INBOUND_SHIPMENT_LIST_FILTERS: ListFilters = {
	conditions: [
		...RECORD_DATE_FILTERS,
		{
			key: 'expectedArrivalDate',
			field: 'expected_arrival_date',
			label: 'Expected Arrival Date',
			kind: 'date',
			operators: ['gt', 'gte', 'lt', 'lte', 'eq', 'neq'],
		},
		{
			key: 'purchaseOrderNumber',
			field: 'purchase_order_number',
			label: 'Purchase Order Number',
			kind: 'text',
			operators: TEXT_OPERATORS,
		},
		{
			key: 'warehouseId',
			field: 'warehouse_id',
			label: 'Warehouse',
			kind: 'text',
			operators: ['eq', 'contains', 'not_contains'],
			picker: {
				searchListMethod: 'searchWarehouses',
				idPlaceholder: 'e.g. 65a1f3c2e4b0a17d9c3e5f10',
			},
		},
		WAREHOUSE_CUSTOMER_FILTER,
	],
	selections: [
		{
			key: 'status',
			field: 'status',
			operator: 'in',
			displayName: 'Statuses',
			label: 'Status',
			values: INBOUND_SHIPMENT_STATUS_VALUES,
			description: 'Only inbound shipments in these statuses (status[in])',
		},
		{
			key: 'excludeStatus',
			field: 'status',
			operator: 'nin',
			displayName: 'Exclude Statuses',
			label: 'Exclude Status',
			values: INBOUND_SHIPMENT_STATUS_VALUES,
			description: 'Leave out inbound shipments in these statuses (status[nin])',
		},
	],
	ids: {
		label: 'Inbound Shipment IDs',
		noun: 'inbound shipment',
		placeholder: 'e.g. 5f1c0e9a2b7d4c3e8f6a1b2c, 7a2d…',
	},
};

const PO_NUMBER_LOOKUP: RecordLookup = {
	mode: 'poNumber',
	displayName: 'By PO No.',
	label: 'PO number',
	field: 'purchase_order_number',
	placeholder: 'e.g. PO-2024-0117',
};

/** Trackstar's inbound shipments (`/wms/inbound-shipments`): ASNs, stock on its way to a warehouse. */
export const INBOUND_SHIPMENT: RecordModel = {
	noun: 'inbound shipment',
	plural: 'inbound shipments',
	path: '/wms/inbound-shipments',
	pathParameter: 'inbound_shipment_id',
	idField: locatorField({
		displayName: 'Inbound Shipment',
		name: 'inboundShipmentId',
		searchListMethod: 'searchInboundShipments',
		idPlaceholder: 'e.g. 5f1c0e9a2b7d4c3e8f6a1b2c',
		lookups: [PO_NUMBER_LOOKUP],
		description:
			'The inbound shipment: search by purchase order number, give its Trackstar ID (the id of an inbound shipment from Get Many), or type its exact PO number',
	}),
	lookups: [PO_NUMBER_LOOKUP],
	filters: INBOUND_SHIPMENT_LIST_FILTERS,
	simplify: {
		record: simplifyInboundShipment,
		keeps:
			'ID, PO number, status, warehouse, supplier, expected arrival, line count, quantities expected and received, tracking numbers',
	},
};

/** GET /wms/inbound-shipments/suppliers: the vendors inbound shipments come from. */
export const SUPPLIER_LIST: ListModel = {
	noun: 'supplier',
	plural: 'suppliers',
	path: '/wms/inbound-shipments/suppliers',
	filters: {
		conditions: [...RECORD_DATE_FILTERS, WAREHOUSE_CUSTOMER_FILTER],
		ids: { label: 'Supplier IDs', noun: 'supplier', placeholder: 'e.g. sup_cascade_textile' },
	},
};

const INBOUND_SHIPMENT_WRITE: WriteModel = {
	createRequired: inboundShipmentCreateRequired,
	createOptional: inboundShipmentCreateOptional,
	requiredParameters: (context: IExecuteFunctions, itemIndex: number) =>
		inboundCreateParameters(
			context.getNodeParameter('lineItemsInput', itemIndex, 'fields') as LineItemsInput,
		),
	buildCreateBody: buildInboundShipmentCreateBody,
	updateFields: inboundShipmentWriteFields,
	buildUpdateBody: buildInboundShipmentBody,
	createIdentifiedBy: { parameter: 'purchaseOrderNumber', field: 'purchase_order_number' },
	baseFields: INBOUND_SHIPMENT_BASE_FIELDS,
	ownFields: INBOUND_SHIPMENT_OWN_FIELDS,
	lines: linesOf('line_items', INBOUND_LINE_ITEMS),
};

export const inboundShipmentResource: TrackstarResource = {
	value: 'inboundShipment',
	displayName: 'Inbound Shipment',
	defaultOperation: 'getAll',
	operations: [
		getOperation(INBOUND_SHIPMENT, {
			description:
				'Get one inbound shipment (ASN) with its lines, receipts and status. Needs its Trackstar ID; search by PO number.',
			action: 'Get an inbound shipment',
		}),
		getAllOperation(INBOUND_SHIPMENT, {
			description:
				'List inbound shipments (ASNs), filtered by status, warehouse, expected arrival date, purchase order number or date',
			action: 'Get many inbound shipments',
		}),
		createOperation(INBOUND_SHIPMENT, INBOUND_SHIPMENT_WRITE, {
			description:
				'Create an inbound shipment (ASN) in the WMS from a purchase order. Needs the PO number, warehouse, expected arrival date and a SKU and quantity per line.',
			action: 'Create an inbound shipment',
		}),
		updateOperation(INBOUND_SHIPMENT, INBOUND_SHIPMENT_WRITE, {
			description:
				"Change an inbound shipment's PO number, warehouse, arrival date, supplier, tracking number or lines in the WMS. Needs its Trackstar ID.",
			action: 'Update an inbound shipment',
		}),
		receiveInboundShipmentOperation(INBOUND_SHIPMENT),
		setTagsOperation(INBOUND_SHIPMENT, {
			description:
				'Replace the tags Trackstar keeps on an inbound shipment. Needs its Trackstar ID.',
			// Trackstar is a name: n8n's lint would lower-case it, and the picker shows the action as written.
			action: 'Set Trackstar tags on an inbound shipment',
		}),
		getAllOperation(SUPPLIER_LIST, {
			value: 'getSuppliers',
			name: 'Get Many Suppliers',
			description:
				'List the suppliers (vendors) inbound shipments can come from, filtered by warehouse customer or date',
			action: 'Get many suppliers',
		}),
		getWritableFieldsOperation(INBOUND_SHIPMENT, INBOUND_SHIPMENT_WRITE, {
			description:
				'List the fields the connected WMS requires, accepts and adds for creating or updating inbound shipments',
			action: 'Get writable inbound shipment fields',
		}),
	],
};
