import type { INodeProperties } from 'n8n-workflow';

import { orderFilterFields } from '../shared/resources/order/orderFilterFields';
import { ignoreEmptyFiltersField } from '../shared/fields/ignoreEmptyFilters';
import { orderStatusOptions } from '../shared/resources/order/orderStatusOptions';
import { maxRecordsField } from '../shared/polling/maxRecords';

/** The Get Many filters that narrow which orders trigger; dates and IDs are the cursor's business. */
export const TRIGGER_FILTER_KEYS = ['warehouseCustomerId', 'channel', 'type', 'excludeType'];

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Trigger On',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		required: true,
		options: [
			{
				name: 'New Order',
				value: 'newOrder',
				description: 'An order reaches Trackstar for the first time',
			},
			{
				name: 'Order Status Changed',
				value: 'statusChanged',
				description: 'An order enters one of the chosen statuses',
			},
			{
				name: 'Updated Order',
				value: 'updatedOrder',
				description: 'Any change to an order, new orders included',
			},
		],
		default: 'newOrder',
	},
	{
		displayName: 'Statuses',
		name: 'statuses',
		type: 'multiOptions',
		options: orderStatusOptions,
		required: true,
		default: [],
		description: 'Trigger when an order enters one of these statuses',
		displayOptions: { show: { event: ['statusChanged'] } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: orderFilterFields.filter((field) => TRIGGER_FILTER_KEYS.includes(field.name)),
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Backfill Hours',
				name: 'backfillHours',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description:
					'On the first poll after activation, also emit the matching orders of this many hours before it. 0 starts from the moment of activation.',
			},
			ignoreEmptyFiltersField,
			maxRecordsField('orders'),
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: false,
				description:
					'Whether to emit a simplified version of each order (IDs, numbers, status, dates, customer, channel, type, totals, line item count, tracking numbers) instead of the raw data',
			},
		],
	},
];
