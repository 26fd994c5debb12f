import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { TrackstarContext } from '../../transport/context';
import { credentialConnection } from '../../writeInfo/credentialConnection';
import { syncFunctionLabel } from './syncFunctions';

export const SCHEDULES_METHOD = 'connectionSchedules';

export interface ConnectionSchedule {
	connection: IDataObject;
	schedule: IDataObject;
}

const schedulesOf = (connection: IDataObject) =>
	Array.isArray(connection.sync_schedules) ? (connection.sync_schedules as IDataObject[]) : [];

/** The credential's connection and its schedule of `functionName`, or an error naming the schedules it has. */
export async function readSchedule(
	context: TrackstarContext,
	functionName: string,
	itemIndex: number,
): Promise<ConnectionSchedule> {
	const connection = await credentialConnection(context, itemIndex);
	const schedules = schedulesOf(connection);
	const schedule = schedules.find((entry) => entry.function_name === functionName);
	if (schedule === undefined) {
		const names = schedules.map((entry) => String(entry.function_name)).join(', ') || 'none';
		throw new NodeOperationError(
			context.getNode(),
			`The credential's connection has no ${functionName} schedule`,
			{ description: `Its sync schedules: ${names}. Nothing was changed.`, itemIndex },
		);
	}
	return { connection, schedule };
}

/** How often a schedule syncs, in words: "every hour", "every 12 hours". */
function frequency(seconds: unknown): string {
	const hours = Number(seconds) / 3600;
	if (!Number.isFinite(hours) || hours <= 0) return '';
	if (hours === 1) return ', every hour';
	return Number.isInteger(hours) ? `, every ${hours} hours` : `, every ${Number(seconds)} seconds`;
}

/** The Schedule list: the sync schedules of the credential's connection, with their status. */
export async function connectionSchedules(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const connection = await credentialConnection(this, 0);
	return schedulesOf(connection)
		.filter((entry) => typeof entry.function_name === 'string')
		.map((entry) => ({
			name: syncFunctionLabel(entry.function_name as string),
			value: entry.function_name as string,
			description: `${String(entry.function_name)}: ${String(entry.sync_status)}${frequency(entry.sync_frequency)}`,
		}));
}
