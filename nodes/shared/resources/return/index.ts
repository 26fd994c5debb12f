import type { IExecuteFunctions } from 'n8n-workflow';

import { locatorField } from '../../fields/locators';
import {
	returnCreateOptionalFields,
	returnCreateParameters,
	returnCreateRequiredFields,
	returnWriteFields,
	type ReturnLineItemsInput,
} from './returnWriteFields';
import { cancelOperation } from '../../operations/cancel';
import { createOperation } from '../../operations/create';
import { getOperation } from '../../operations/get';
import { getAllOperation } from '../../operations/getAll';
import { getWritableFieldsOperation } from '../../operations/getWritableFields';
import { setTagsOperation } from '../../operations/setTags';
import { updateOperation } from '../../operations/update';
import {
	enumOptions,
	RECORD_DATE_FILTERS,
	WAREHOUSE_CUSTOMER_FILTER,
	type ListFilters,
} from '../../wire/listFilters';
import {
	buildReturnBody,
	buildReturnCreateBody,
	RETURN_BASE_FIELDS,
	RETURN_LINE_ITEMS,
	RETURN_OWN_FIELDS,
} from './returnBody';
import { simplifyReturn } from './simplifyReturn';
import type { RecordModel, TrackstarResource, WriteModel } from '../../model';
import { linesOf } from '../../wire/lineItems';

export const RETURN_STATUSES = [
	'open',
	'in-transit',
	'receiving',
	'received',
	'cancelled',
	'other',
] as const;
export const RETURN_STATUS_VALUES = enumOptions(RETURN_STATUSES, { 'in-transit': 'In Transit' });

export const RETURN_LIST_FILTERS: ListFilters = {
	conditions: [...RECORD_DATE_FILTERS, WAREHOUSE_CUSTOMER_FILTER],
	selections: [
		{
			key: 'status',
			field: 'status',
			operator: 'in',
			displayName: 'Statuses',
			label: 'Status',
			values: RETURN_STATUS_VALUES,
			description: 'Only returns in these statuses (status[in]), e.g. Received',
		},
		{
			key: 'excludeStatus',
			field: 'status',
			operator: 'nin',
			displayName: 'Exclude Statuses',
			label: 'Exclude Status',
			values: RETURN_STATUS_VALUES,
			description: 'Leave out returns in these statuses (status[nin])',
		},
	],
	ids: { label: 'Return IDs', noun: 'return', placeholder: 'e.g. 65a1f3c2e4b0a17d9c3e7b01' },
};

/** Trackstar's returns (`/wms/returns`): RMAs of shipped orders, what came back and what was restocked. */
export const RETURN: RecordModel = {
	noun: 'return',
	plural: 'returns',
	path: '/wms/returns',
	pathParameter: 'return_id',
	idField: {
		...locatorField({
			displayName: 'Return',
			name: 'returnId',
			searchListMethod: 'searchReturns',
			idPlaceholder: 'e.g. 65a1f3c2e4b0a17d9c3e7b01',
			description:
				'The return: search by status, order ID or its ID, or give its Trackstar ID (the id of a return from Get Many)',
		}),
		required: true,
	},
	filters: RETURN_LIST_FILTERS,
	simplify: {
		record: simplifyReturn,
		keeps:
			'ID, status, order ID, dates, received date, line items with expected, received and restocked quantities, tracking numbers',
	},
};

const RETURN_WRITE: WriteModel = {
	createRequired: returnCreateRequiredFields,
	createOptional: returnCreateOptionalFields,
	requiredParameters: (context: IExecuteFunctions, itemIndex: number) =>
		returnCreateParameters(
			context.getNodeParameter('lineItemsInput', itemIndex, 'fields') as ReturnLineItemsInput,
		),
	buildCreateBody: buildReturnCreateBody,
	updateFields: returnWriteFields,
	buildUpdateBody: buildReturnBody,
	createIdentifiedBy: { parameter: 'orderId', field: 'order_id' },
	baseFields: RETURN_BASE_FIELDS,
	ownFields: RETURN_OWN_FIELDS,
	lines: linesOf('line_items', RETURN_LINE_ITEMS),
};

export const returnResource: TrackstarResource = {
	value: 'return',
	displayName: 'Return',
	defaultOperation: 'getAll',
	operations: [
		getOperation(RETURN, {
			description:
				'Get one return with its line items (expected, received, restocked) and shipments. Needs its Trackstar ID.',
			action: 'Get a return',
		}),
		getAllOperation(RETURN, {
			description:
				'List returns, filtered by status (e.g. received), created or updated date, or warehouse customer',
			action: 'Get many returns',
		}),
		createOperation(RETURN, RETURN_WRITE, {
			description:
				'Create a return (RMA) in the WMS for an order. Needs the SKUs and quantities coming back.',
			action: 'Create a return',
		}),
		updateOperation(RETURN, RETURN_WRITE, {
			description:
				"Change a return's order, warehouse or line items in the WMS. Needs its Trackstar ID.",
			action: 'Update a return',
		}),
		// PUT /wms/returns/{return_id}/cancel is newer than docs/trackstar-api/openapi.json (Trackstar's
		// returns/cancel.mdx): it takes the shape of order cancel, no body and the return as answer.
		cancelOperation(
			RETURN,
			{
				description:
					'Cancel a return in the WMS. Needs its Trackstar ID; a return already received cannot be cancelled.',
				action: 'Cancel a return',
			},
			"Newer than the OpenAPI document; Trackstar's docs: api-reference/wms-api/returns/cancel.mdx",
		),
		setTagsOperation(RETURN, {
			description: 'Replace the tags Trackstar keeps on a return. Needs its Trackstar ID.',
			// Trackstar is a name: n8n's lint would lower-case it, and the picker shows the action as written.
			action: 'Set Trackstar tags on a return',
		}),
		getWritableFieldsOperation(RETURN, RETURN_WRITE, {
			description:
				'List the fields the connected WMS requires, accepts and adds for creating or updating returns',
			action: 'Get writable return fields',
		}),
	],
};
