import { updateDisplayOptions } from 'n8n-workflow';

import type { ResourceOperation } from '../../model';
import { ON_DEMAND_PATH, readSyncJob, syncJobIdField, syncJobPath } from './onDemandSync';

/** Get On-Demand Sync: `GET /connections/on-demand-syncs/{sync_job_id}`, a job and its status. */
export const getOnDemandSyncOperation: ResourceOperation = {
	value: 'getOnDemandSync',
	name: 'Get On-Demand Sync',
	description:
		"Get an on-demand sync job of the credential's connection: its status (open, completed or cancelled), data and window",
	action: 'Get an on-demand sync of a connection',
	properties: updateDisplayOptions({ show: { operation: ['getOnDemandSync'] } }, [syncJobIdField]),
	endpoints: [
		{
			method: 'GET',
			path: `${ON_DEMAND_PATH}/{sync_job_id}`,
			note: "Not in the OpenAPI document; Trackstar's docs: how-to-guides/on-demand-syncs.mdx",
		},
	],
	identifiedBy: { parameter: 'syncJobId', field: 'id' },
	async execute(itemIndex) {
		return [await readSyncJob(this, syncJobPath(this, itemIndex), itemIndex)];
	},
};
