import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { recordFingerprint } from '../shared/polling/fingerprint';
import { readMaxRecords } from '../shared/polling/maxRecords';
import { pollChanges } from '../shared/polling/pollChanges';
import { anyVersion, type RecordVersion } from '../shared/polling/recordCursor';
import { InvalidValueError } from '../shared/wire/invalidValue';
import { toValueList } from '../shared/wire/lists';

import type { PolledResource } from './polledResources';
import { type CommonSettings, withFieldErrors } from './readSettings';

/** A fingerprint of the fields that matter, or of the whole record. */
function versionOf(resource: PolledResource): RecordVersion {
	const fields = resource.fingerprintFields;
	if (fields === undefined) return recordFingerprint;
	return (record) =>
		recordFingerprint(Object.fromEntries(fields.map((field) => [field, record[field]])));
}

/**
 * New, updated or status changed: the Orders Trigger's machinery on this list's dates. The
 * stored state is `{ resource, event, cursor, statusMemory? }`.
 */
export async function pollRecords(
	this: IPollFunctions,
	settings: CommonSettings,
): Promise<INodeExecutionData[][] | null> {
	const { resource, event, options } = settings;
	const { backfillHours, maxRecords, statuses } = withFieldErrors(this, () => {
		const statusList =
			event === 'statusChanged'
				? toValueList(this.getNodeParameter('statuses', []), 'Statuses')
				: [];
		if (event === 'statusChanged' && statusList.length === 0) {
			throw new InvalidValueError(
				'Statuses',
				'no status is chosen',
				'Choose the statuses that should trigger the workflow',
			);
		}
		const hours = Number(options.backfillHours ?? 0);
		if (!Number.isFinite(hours) || hours < 0) {
			throw new InvalidValueError(
				'Backfill Hours',
				`${String(options.backfillHours)} is not a number of 0 or more`,
			);
		}
		return { backfillHours: hours, maxRecords: readMaxRecords(options), statuses: statusList };
	});
	return await pollChanges(this, {
		identity: { resource: resource.value, event },
		source: {
			path: resource.list.path,
			query: settings.query,
			field: event === 'new' ? resource.dates.created : resource.dates.updated,
			version: event === 'new' ? anyVersion : versionOf(resource),
			maxRecords,
		},
		backfillHours,
		statuses,
		toJson: settings.toJson,
	});
}
