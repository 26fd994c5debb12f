/**
 * GET /wms/billing and /{bill_id}, GET /wms/labor-activities and /{labor_activity_id}: read-only
 * lists seeded by seedReturns.ts, with the OpenAPI document's filters. Labor activities' user,
 * warehouse, type and associated object are documented bare only (`user_id=…`): exact matches.
 */
import type { CatalogResource } from './common';
import type { ResourceFields } from './query';
import { DATE_OPERATORS, TEXT_OPERATORS, dateFields } from './query';
import type { Bill, LaborActivity } from './returnTypes';
import { LABOR_ACTIVITY_TYPES, LABOR_OBJECT_TYPES } from './returnTypes';

export const BILL_FILTER_FIELDS: ResourceFields<Bill> = {
	...dateFields<Bill>(),
	warehouse_customer_id: { kind: 'text', operators: TEXT_OPERATORS },
};

export const LABOR_ACTIVITY_FILTER_FIELDS: ResourceFields<LaborActivity> = {
	...dateFields<LaborActivity>(),
	// Labor activities carry no warehouse customer: Trackstar documents the filter; none matches here.
	warehouse_customer_id: { kind: 'text', operators: TEXT_OPERATORS, get: () => null },
	user_id: { kind: 'text', operators: ['eq'] },
	warehouse_id: { kind: 'text', operators: ['eq'] },
	activity_type: { kind: 'enum', operators: ['eq'], values: LABOR_ACTIVITY_TYPES },
	associated_object_type: { kind: 'enum', operators: ['eq'], values: LABOR_OBJECT_TYPES },
	associated_object_id: { kind: 'text', operators: ['eq'] },
	activity_start_time: { kind: 'date', operators: DATE_OPERATORS },
	activity_end_time: { kind: 'date', operators: DATE_OPERATORS },
};

export const BILL_RESOURCE: CatalogResource<Bill> = {
	what: 'Bill',
	idParam: 'bill_id',
	fields: BILL_FILTER_FIELDS,
	records: (context) => context.catalog.bills,
};

export const LABOR_ACTIVITY_RESOURCE: CatalogResource<LaborActivity> = {
	what: 'Labor activity',
	idParam: 'labor_activity_id',
	fields: LABOR_ACTIVITY_FILTER_FIELDS,
	records: (context) => context.catalog.laborActivities,
};
