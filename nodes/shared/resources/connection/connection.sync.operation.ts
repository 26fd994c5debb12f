import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { trackstarApiRequest } from '../../transport/request';
import type { ResourceOperation } from '../../model';
import { scopeNotice } from './connection.scope';
import { SYNC_FUNCTIONS } from './syncFunctions';

const properties: INodeProperties[] = [
	scopeNotice('sync', 'credential'),
	{
		displayName: 'Data to Sync',
		name: 'functionsToSync',
		type: 'multiOptions',
		options: SYNC_FUNCTIONS.map(([name, value]) => ({ name, value })),
		default: [],
		description:
			'What to sync now (sent as functions_to_sync). Empty: everything the connection syncs. Use what the WMS supports.',
	},
];

/** Sync: `POST /connections/sync`, a sync now instead of at the next scheduled time. */
export const syncConnectionOperation: ResourceOperation = {
	value: 'sync',
	name: 'Sync',
	description:
		"Start a sync of the credential's connection now, of everything or of the data chosen; new data appears within minutes",
	action: 'Sync a connection',
	properties: updateDisplayOptions({ show: { operation: ['sync'] } }, properties),
	endpoints: [{ method: 'POST', path: '/connections/sync' }],
	async execute(itemIndex) {
		const functions = this.getNodeParameter('functionsToSync', itemIndex, []) as string[];
		const body = functions.length > 0 ? { functions_to_sync: functions } : {};
		// Starting a sync that already runs changes nothing: safe to repeat after a lost answer.
		const response = await trackstarApiRequest.call(
			this,
			{ method: 'POST', path: '/connections/sync', body, idempotent: true },
			itemIndex,
		);
		return [response];
	},
};
