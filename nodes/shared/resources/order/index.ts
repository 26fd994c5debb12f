import type { IExecuteFunctions } from 'n8n-workflow';

import { ORDER_LOOKUPS, orderIdField } from './orderId';
import {
	createRequiredParameters,
	orderCreateOptionalFields,
	orderCreateRequiredFields,
	orderWriteFields,
	type LineItemsInput,
} from './orderWriteFields';
import { createOperation } from '../../operations/create';
import { getOperation } from '../../operations/get';
import { getAllOperation } from '../../operations/getAll';
import { getWritableFieldsOperation } from '../../operations/getWritableFields';
import { setTagsOperation } from '../../operations/setTags';
import { updateOperation } from '../../operations/update';
import {
	buildOrderCreateBody,
	buildOrderWriteBody,
	ORDER_BASE_FIELDS,
	ORDER_OWN_FIELDS,
} from './orderBody';
import { ORDER_LINE_ITEMS } from './orderLineItems';
import { ORDER_LIST_FILTERS } from './orderFilters';
import { simplifyOrder } from './simplifyOrder';
import { attachFileOperation } from './order.attachFile.operation';
import { cancelOrderOperation } from './order.cancel.operation';
import { getPacksOperation } from './order.getPacks.operation';
import { shipOrderOperation } from './order.ship.operation';
import type { RecordModel, TrackstarResource, WriteModel } from '../../model';
import { linesOf } from '../../wire/lineItems';

/** Trackstar's orders (`/wms/orders`): the one resource of Trackstar Orders, and the Order resource of Trackstar. */
export const ORDER: RecordModel = {
	noun: 'order',
	plural: 'orders',
	path: '/wms/orders',
	pathParameter: 'order_id',
	idField: orderIdField,
	lookups: ORDER_LOOKUPS,
	filters: ORDER_LIST_FILTERS,
	simplify: {
		record: simplifyOrder,
		keeps:
			'IDs, number, status, dates, customer, channel, type, totals, line item count, tracking numbers',
		keepsInList:
			'IDs, numbers, status, dates, customer, channel, type, totals, line item count, tracking numbers',
	},
};

const ORDER_WRITE: WriteModel = {
	createRequired: orderCreateRequiredFields,
	createOptional: orderCreateOptionalFields,
	requiredParameters: (context: IExecuteFunctions, itemIndex: number) =>
		createRequiredParameters(
			context.getNodeParameter('lineItemsInput', itemIndex, 'fields') as LineItemsInput,
		),
	buildCreateBody: buildOrderCreateBody,
	updateFields: orderWriteFields,
	buildUpdateBody: buildOrderWriteBody,
	createIdentifiedBy: { parameter: 'orderNumber', field: 'order_number' },
	baseFields: ORDER_BASE_FIELDS,
	ownFields: ORDER_OWN_FIELDS,
	lines: linesOf('line_items', ORDER_LINE_ITEMS),
};

export const orderResource: TrackstarResource = {
	value: 'order',
	displayName: 'Order',
	defaultOperation: 'getAll',
	operations: [
		getOperation(ORDER, {
			description: 'Get one order by its ID, order number or reference ID',
			action: 'Get an order',
		}),
		getAllOperation(ORDER, {
			description: 'List orders, filtered by date, status, customer, channel and more',
			action: 'Get many orders',
		}),
		createOperation(ORDER, ORDER_WRITE, {
			description: 'Create an order in the WMS',
			action: 'Create an order',
		}),
		updateOperation(ORDER, ORDER_WRITE, {
			description: "Change an order's fields in the WMS",
			action: 'Update an order',
		}),
		cancelOrderOperation(ORDER),
		setTagsOperation(ORDER, {
			description: 'Replace the tags Trackstar keeps on an order',
			// Trackstar is a name: n8n's lint would lower-case it, and the picker shows the action as written.
			action: 'Set Trackstar tags on an order',
		}),
		getWritableFieldsOperation(ORDER, ORDER_WRITE, {
			description:
				'List the fields the connected WMS requires, accepts and adds for creating or updating orders',
			action: 'Get writable order fields',
		}),
		shipOrderOperation(ORDER),
		getPacksOperation(ORDER),
		attachFileOperation(ORDER),
	],
};
