import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import type { ResourceOperation } from '../../model';
import { pathSegment, trackstarApiRequest } from '../../transport/request';
import { scopeNotice } from './connection.scope';
import { readSchedule, SCHEDULES_METHOD, type ConnectionSchedule } from './connection.schedules';
import { syncFunctionLabel } from './syncFunctions';

/** The two states a schedule's sync_status says for sure; the others (a sync running, an error) do not say which. */
const STATES = ['enabled', 'disabled'];

const properties: INodeProperties[] = [
	scopeNotice('setSchedule', 'credential'),
	{
		displayName: 'Schedule Name or ID',
		name: 'syncSchedule',
		type: 'options',
		typeOptions: { loadOptionsMethod: SCHEDULES_METHOD },
		required: true,
		default: '',
		description:
			'The data whose scheduled sync to switch (function_name), from the sync schedules of the credential\'s connection. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'State',
		name: 'scheduleState',
		type: 'options',
		options: [
			{ name: 'Enabled', value: 'enabled', description: 'Trackstar syncs this data on schedule' },
			{ name: 'Disabled', value: 'disabled', description: 'Trackstar stops syncing this data' },
		],
		default: 'enabled',
		description: 'The state the schedule should be in once the step ran',
	},
];

function output(
	{ connection, schedule }: ConnectionSchedule,
	previous: string,
	changed: boolean,
): IDataObject {
	return {
		connection_id: connection.connection_id,
		integration_name: connection.integration_name,
		...schedule,
		previous_sync_status: previous,
		changed,
	};
}

/**
 * Set Schedule: `PATCH /schedules/{function_name}/toggle` only when the schedule is in the other
 * state. Trackstar's toggle flips a schedule and takes no target, so sent twice it flips back: the
 * node reads the connection first, does nothing when the schedule is already so, refuses a status
 * that does not say which state it is in, and toggles once, never again; after a lost answer or a
 * 5xx it reads the connection back to tell whether it took.
 */
export const setScheduleOperation: ResourceOperation = {
	value: 'setSchedule',
	name: 'Set Schedule',
	description:
		"Enable or disable one scheduled sync (orders, inventory...) of the credential's connection. Reads the schedule first and changes only what differs; toggles once, never twice.",
	action: 'Set a sync schedule of a connection',
	properties: updateDisplayOptions({ show: { operation: ['setSchedule'] } }, properties),
	endpoints: [
		{
			method: 'GET',
			path: '/connections',
			query: 'access_token=…',
			when: "first: the schedule's status; again after a lost answer",
		},
		{
			method: 'PATCH',
			path: '/schedules/{function_name}/toggle',
			when: 'only when the schedule is in the other state',
			note: "Not in the OpenAPI document; Trackstar's docs: api-reference/mgmt/toggle-connection-schedule.mdx",
		},
	],
	identifiedBy: { parameter: 'syncSchedule', field: 'function_name' },
	async execute(itemIndex) {
		const functionName = String(this.getNodeParameter('syncSchedule', itemIndex, '')).trim();
		const segment = pathSegment(functionName, 'Schedule', this, itemIndex, 'the Schedule list');
		const target = String(this.getNodeParameter('scheduleState', itemIndex, 'enabled'));
		if (!STATES.includes(target)) {
			throw new NodeOperationError(this.getNode(), `State "${target}" is not enabled or disabled`, {
				itemIndex,
			});
		}
		const label = syncFunctionLabel(functionName);
		const before = await readSchedule(this, functionName, itemIndex);
		const status = String(before.schedule.sync_status);
		if (status === target) return [output(before, status, false)];
		if (!STATES.includes(status)) {
			throw new NodeOperationError(
				this.getNode(),
				`The ${label} schedule's status is "${status}", which does not say whether it is enabled`,
				{
					description: `Trackstar's only way to change a schedule is a toggle, which from this status could turn it either way, so nothing was sent. Run this step again once the status is enabled or disabled (a running sync ends; an error may need the connection fixed), or set it in the Trackstar dashboard.`,
					itemIndex,
				},
			);
		}
		await trackstarApiRequest.call(
			this,
			{
				method: 'PATCH',
				path: `/schedules/${segment}/toggle`,
				// Sent twice, a toggle flips back: no key, no retry after it may have been applied.
				withoutIdempotencyKey: true,
				appliedCheck: `the ${label} schedule's status (Connection → Get, sync_schedules)`,
				readBack: async () => {
					const after = await readSchedule(this, functionName, itemIndex);
					const now = String(after.schedule.sync_status);
					if (now === target) return { answer: output(after, status, true) };
					if (now === status) {
						return {
							note: `Read back, the ${label} schedule is still ${status}: most likely the toggle did not take. A toggle Trackstar was still handling could yet take, and a second one would turn it back: look with Connection → Get before running this item again.`,
						};
					}
					return {
						note: `Read back, the ${label} schedule's status is "${now}", which does not say whether the toggle took: look with Connection → Get before running this item again.`,
					};
				},
			},
			itemIndex,
		);
		return [
			output({ ...before, schedule: { ...before.schedule, sync_status: target } }, status, true),
		];
	},
};
