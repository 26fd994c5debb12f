import { updateDisplayOptions } from 'n8n-workflow';

import type { ResourceOperation } from '../../model';
import { trackstarApiRequest } from '../../transport/request';
import {
	ON_DEMAND_PATH,
	readSyncJob,
	syncJobIdField,
	syncJobOf,
	syncJobPath,
} from './onDemandSync';

/** Cancel On-Demand Sync: `POST /connections/on-demand-syncs/{sync_job_id}/cancel`; only an open job can be. */
export const cancelOnDemandSyncOperation: ResourceOperation = {
	value: 'cancelOnDemandSync',
	name: 'Cancel On-Demand Sync',
	description:
		"Cancel an open on-demand sync job of the credential's connection, so its scheduled syncs resume",
	action: 'Cancel an on-demand sync of a connection',
	properties: updateDisplayOptions({ show: { operation: ['cancelOnDemandSync'] } }, [
		syncJobIdField,
	]),
	endpoints: [
		{
			method: 'POST',
			path: `${ON_DEMAND_PATH}/{sync_job_id}/cancel`,
			note: "Not in the OpenAPI document; Trackstar's docs: how-to-guides/on-demand-syncs.mdx",
		},
	],
	identifiedBy: { parameter: 'syncJobId', field: 'id' },
	async execute(itemIndex) {
		const path = syncJobPath(this, itemIndex);
		const answer = await trackstarApiRequest.call(
			this,
			{
				method: 'POST',
				path: `${path}/cancel`,
				// Cancelling twice ends the same: after a lost answer, a refusal is checked by reading the job.
				idempotent: true,
				confirmApplied: async () => {
					const job = await readSyncJob(this, path, itemIndex).catch(() => undefined);
					return job?.status === 'cancelled' ? job : undefined;
				},
			},
			itemIndex,
		);
		return [syncJobOf(answer)];
	},
};
