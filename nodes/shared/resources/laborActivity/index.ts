import { locatorField } from '../../fields/locators';
import { getOperation } from '../../operations/get';
import { getAllOperation } from '../../operations/getAll';
import {
	DATE_OPERATORS,
	enumOptions,
	RECORD_DATE_FILTERS,
	WAREHOUSE_CUSTOMER_FILTER,
	type ListFilters,
} from '../../wire/listFilters';
import { simplifyLaborActivity } from './simplifyLaborActivity';
import type { RecordModel, TrackstarResource } from '../../model';

export const LABOR_ACTIVITY_TYPES = ['pick', 'pack', 'put_away', 'transfer', 'receive'] as const;
export const LABOR_OBJECT_TYPES = ['order', 'inbound_shipment', 'return', 'inventory'] as const;

/** GET /wms/labor-activities: its times compare; its user, warehouse, type and object only match exactly. */
export const LABOR_ACTIVITY_LIST_FILTERS: ListFilters = {
	conditions: [
		...RECORD_DATE_FILTERS,
		WAREHOUSE_CUSTOMER_FILTER,
		{
			key: 'activityStartTime',
			field: 'activity_start_time',
			label: 'Activity Start Time',
			kind: 'date',
			operators: DATE_OPERATORS,
		},
		{
			key: 'activityEndTime',
			field: 'activity_end_time',
			label: 'Activity End Time',
			kind: 'date',
			operators: DATE_OPERATORS,
		},
	],
	equals: [
		{
			key: 'activityType',
			field: 'activity_type',
			label: 'Activity Type',
			description: 'Only activities of this type',
			values: enumOptions(LABOR_ACTIVITY_TYPES),
		},
		{
			key: 'associatedObjectType',
			field: 'associated_object_type',
			label: 'Associated Object Type',
			description: 'Only activities done for this kind of record',
			values: enumOptions(LABOR_OBJECT_TYPES),
		},
		{
			key: 'associatedObjectId',
			field: 'associated_object_id',
			label: 'Associated Object ID',
			description: 'Only activities done for this record, e.g. an order ID',
		},
		{
			key: 'userId',
			field: 'user_id',
			label: 'User ID',
			description: 'Only activities of this warehouse worker (user_id of an activity)',
		},
		{
			key: 'warehouseId',
			field: 'warehouse_id',
			label: 'Warehouse',
			description: 'Only activities in this warehouse',
			picker: {
				searchListMethod: 'searchWarehouses',
				idPlaceholder: 'e.g. 65a1f3c2e4b0a17d9c3e5f10',
			},
		},
	],
	ids: {
		label: 'Labor Activity IDs',
		noun: 'labor activity',
		placeholder: 'e.g. 65a1f3c2e4b0a17d9c3eae01',
	},
};

/** Trackstar's labor activities (`/wms/labor-activities`): picks, packs, put-aways, transfers and receipts by worker. */
export const LABOR_ACTIVITY: RecordModel = {
	noun: 'labor activity',
	plural: 'labor activities',
	path: '/wms/labor-activities',
	pathParameter: 'labor_activity_id',
	idField: locatorField({
		displayName: 'Labor Activity',
		name: 'laborActivityId',
		searchListMethod: 'searchLaborActivities',
		idPlaceholder: 'e.g. 65a1f3c2e4b0a17d9c3eae01',
		description:
			'The labor activity: search by type or worker, or give its Trackstar ID (the id of an activity from Get Many)',
	}),
	filters: LABOR_ACTIVITY_LIST_FILTERS,
	simplify: {
		record: simplifyLaborActivity,
		keeps:
			'ID, type, worker, warehouse, start and end times, duration in minutes, associated record, quantity',
	},
};

export const laborActivityResource: TrackstarResource = {
	value: 'laborActivity',
	displayName: 'Labor Activity',
	defaultOperation: 'getAll',
	operations: [
		getOperation(LABOR_ACTIVITY, {
			description:
				'Get one labor activity (who picked, packed, put away, transferred or received what, and when). Needs its Trackstar ID.',
			action: 'Get a labor activity',
		}),
		getAllOperation(LABOR_ACTIVITY, {
			description:
				'List warehouse labor activities, filtered by type, worker, warehouse, associated record or start and end time',
			action: 'Get many labor activities',
		}),
	],
};
