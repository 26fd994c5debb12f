import type { IDataObject } from 'n8n-workflow';

/** The compact labor activity that "Simplify" gives: who did what, where, when and for how long. */
export function simplifyLaborActivity(record: IDataObject): IDataObject {
	const start = Date.parse(String(record.activity_start_time));
	const end = Date.parse(String(record.activity_end_time));
	return {
		id: record.id,
		activity_type: record.activity_type,
		user_id: record.user_id,
		user_name:
			[record.user_first_name, record.user_last_name].filter((part) => part).join(' ') || null,
		warehouse_id: record.warehouse_id,
		activity_start_time: record.activity_start_time,
		activity_end_time: record.activity_end_time,
		duration_minutes:
			Number.isFinite(start) && Number.isFinite(end) ? Math.round((end - start) / 60000) : null,
		associated_object_type: record.associated_object_type,
		associated_object_id: record.associated_object_id,
		quantity: record.quantity,
	};
}
