import { getConnectionOperation } from './connection.get.operation';
import { getAllConnectionsOperation } from './connection.getAll.operation';
import { syncConnectionOperation } from './connection.sync.operation';
import { updateConnectionOperation } from './connection.update.operation';
import { startOnDemandSyncOperation } from './connection.startOnDemandSync.operation';
import { getOnDemandSyncOperation } from './connection.getOnDemandSync.operation';
import { cancelOnDemandSyncOperation } from './connection.cancelOnDemandSync.operation';
import { connectionSchedules, SCHEDULES_METHOD } from './connection.schedules';
import { setScheduleOperation } from './connection.setSchedule.operation';
import type { TrackstarResource } from '../../model';

/**
 * Trackstar's connections (`/connections`): Get Many and Get by ID act on the organization (API
 * key); Get of the credential's connection, Sync, Update, the on-demand syncs and Set Schedule on
 * the access token's connection.
 * Delete is left out: it would delete the very connection the credential uses, from a workflow.
 */
export const connectionResource: TrackstarResource = {
	value: 'connection',
	displayName: 'Connection',
	defaultOperation: 'get',
	operations: [
		getConnectionOperation,
		getAllConnectionsOperation,
		syncConnectionOperation,
		updateConnectionOperation,
		startOnDemandSyncOperation,
		getOnDemandSyncOperation,
		cancelOnDemandSyncOperation,
		setScheduleOperation,
	],
	loadOptions: { [SCHEDULES_METHOD]: connectionSchedules },
};
