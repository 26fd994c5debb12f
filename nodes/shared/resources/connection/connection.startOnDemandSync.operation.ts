import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, sleep, updateDisplayOptions } from 'n8n-workflow';

import type { ResourceOperation } from '../../model';
import { trackstarApiRequest } from '../../transport/request';
import { toTrackstarDate } from '../../wire/dates';
import { InvalidValueError } from '../../wire/invalidValue';
import { scopeNotice } from './connection.scope';
import { ON_DEMAND_FUNCTIONS, ON_DEMAND_PATH, readSyncJob, syncJobOf } from './onDemandSync';

const properties: INodeProperties[] = [
	scopeNotice('startOnDemandSync', 'credential'),
	{
		displayName: 'Data to Sync',
		name: 'syncFunction',
		type: 'options',
		options: ON_DEMAND_FUNCTIONS.map(([name, value]) => ({ name, value })),
		default: 'get_orders',
		description:
			'What to backfill (sent as function_name). Trackstar enables it per WMS and data; inventory has none, as every inventory sync is a full snapshot (use Sync).',
	},
	{
		displayName: 'From',
		name: 'syncStart',
		type: 'dateTime',
		required: true,
		default: '',
		description:
			"Start of the window to sync (start_time), in the workflow's timezone unless it says otherwise",
	},
	{
		displayName: 'To',
		name: 'syncEnd',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'End of the window to sync (end_time)',
	},
	{
		displayName: 'Options',
		name: 'syncOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Max Wait (Minutes)',
				name: 'maxWaitMinutes',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 120 },
				default: 15,
				description: 'How long to wait at most; the job is output as it is then (still open)',
				displayOptions: { show: { waitForCompletion: [true] } },
			},
			{
				displayName: 'Check Every (Seconds)',
				name: 'pollSeconds',
				type: 'number',
				typeOptions: { minValue: 5, maxValue: 600 },
				default: 30,
				description:
					'How often to read the job while waiting; each read is one request of the connection’s rate limit',
				displayOptions: { show: { waitForCompletion: [true] } },
			},
			{
				displayName: 'Wait for It to Finish',
				name: 'waitForCompletion',
				type: 'boolean',
				default: false,
				description:
					'Whether to read the job until it is completed or cancelled before going on. While it is open, the connection’s scheduled syncs wait.',
			},
		],
	},
];

/**
 * Start On-Demand Sync: `POST /connections/on-demand-syncs`, a backfill of one kind of data over a
 * window, outside the schedule; optionally read until it finishes.
 */
export const startOnDemandSyncOperation: ResourceOperation = {
	value: 'startOnDemandSync',
	name: 'Start On-Demand Sync',
	description:
		"Backfill one kind of data (orders, products...) of the credential's connection over a time window, outside its schedule; optionally wait until it finishes. Scheduled syncs wait while it runs.",
	action: 'Start an on-demand sync of a connection',
	properties: updateDisplayOptions({ show: { operation: ['startOnDemandSync'] } }, properties),
	endpoints: [
		{
			method: 'POST',
			path: ON_DEMAND_PATH,
			note: "Not in the OpenAPI document; Trackstar's docs: how-to-guides/on-demand-syncs.mdx",
		},
		{
			method: 'GET',
			path: `${ON_DEMAND_PATH}/{sync_job_id}`,
			when: 'Wait for It to Finish',
			note: "Not in the OpenAPI document; Trackstar's docs: how-to-guides/on-demand-syncs.mdx",
		},
	],
	identifiedBy: { parameter: 'syncFunction', field: 'function_name' },
	async execute(itemIndex) {
		const timeZone = this.getTimezone();
		const start = toTrackstarDate(
			this.getNodeParameter('syncStart', itemIndex, ''),
			'From',
			timeZone,
		);
		const end = toTrackstarDate(this.getNodeParameter('syncEnd', itemIndex, ''), 'To', timeZone);
		if (start === undefined)
			throw new InvalidValueError('From', 'is empty', 'Set the start of the window');
		if (end === undefined)
			throw new InvalidValueError('To', 'is empty', 'Set the end of the window');
		if (Date.parse(start) >= Date.parse(end))
			throw new InvalidValueError('To', `${end} is not after From (${start})`, 'Swap them');
		const options = this.getNodeParameter('syncOptions', itemIndex, {}) as IDataObject;
		const body = {
			function_name: String(this.getNodeParameter('syncFunction', itemIndex, 'get_orders')),
			start_time: start,
			end_time: end,
		};
		// A POST: a second job would backfill twice; the transport repeats it only when provably safe.
		let job = syncJobOf(
			await trackstarApiRequest.call(
				this,
				{
					method: 'POST',
					path: ON_DEMAND_PATH,
					body,
					appliedCheck: `an open ${body.function_name} sync job on the connection (the dashboard's On-Demand Syncs tab)`,
				},
				itemIndex,
			),
		);
		if (options.waitForCompletion !== true) return [job];
		if (typeof job.id !== 'string' || job.id === '') {
			throw new NodeOperationError(
				this.getNode(),
				"Trackstar's answer holds no sync job ID to wait on",
				{
					itemIndex,
				},
			);
		}
		const pollMs = Math.max(5, Number(options.pollSeconds ?? 30)) * 1000;
		const deadline = Date.now() + Math.max(1, Number(options.maxWaitMinutes ?? 15)) * 60_000;
		const signal = this.getExecutionCancelSignal();
		while (job.status === 'open' && Date.now() + pollMs <= deadline && !signal?.aborted) {
			await sleep(pollMs, signal);
			job = await readSyncJob(
				this,
				`${ON_DEMAND_PATH}/${encodeURIComponent(job.id as string)}`,
				itemIndex,
			);
		}
		return [job];
	},
};
