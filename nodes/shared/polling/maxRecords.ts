import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { InvalidValueError } from '../wire/invalidValue';

/** Per poll: enough for a busy hour of most warehouses, few enough for one execution to handle. */
export const DEFAULT_MAX_RECORDS_PER_POLL = 1000;

/** The bound on what one poll takes in, as an option of every polling trigger. */
export function maxRecordsField(noun: string): INodeProperties {
	return {
		displayName: 'Max Records per Poll',
		name: 'maxRecordsPerPoll',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: DEFAULT_MAX_RECORDS_PER_POLL,
		description: `The most changed ${noun} one poll takes in, oldest first. After an outage a backlog drains over several polls, nothing skipped or repeated.`,
	};
}

/** The option's value; workflows saved before it existed get the default. */
export function readMaxRecords(options: IDataObject): number {
	const given = options.maxRecordsPerPoll ?? DEFAULT_MAX_RECORDS_PER_POLL;
	const value = Number(given);
	if (!Number.isInteger(value) || value < 1) {
		throw new InvalidValueError(
			'Max Records per Poll',
			`${String(given)} is not a whole number of 1 or more`,
		);
	}
	return value;
}
