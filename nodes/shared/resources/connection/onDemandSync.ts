import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { pathSegment, trackstarApiRequest } from '../../transport/request';

export const ON_DEMAND_PATH = '/connections/on-demand-syncs';

/** The guide's WMS functions; get_inventory always syncs a full snapshot, so it has none. */
export const ON_DEMAND_FUNCTIONS: Array<[string, string]> = [
	['Bills', 'get_bills'],
	['Inbound Shipments', 'get_inbound_shipments'],
	['Inventory Ledger', 'get_inventory_ledger'],
	['Orders', 'get_orders'],
	['Products', 'get_products'],
	['Returns', 'get_returns'],
];

export const syncJobIdField: INodeProperties = {
	displayName: 'Sync Job ID',
	name: 'syncJobId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 9b1f0c2a7d4e4b8a9e215a6b7c8d9e0f',
	description: 'The ID a Start On-Demand Sync step answered',
};

/** A job as Trackstar answers it: the guide shows no wrapper; `data` is taken too. */
export function syncJobOf(answer: IDataObject): IDataObject {
	const data = answer.data;
	return typeof data === 'object' && data !== null && !Array.isArray(data)
		? (data as IDataObject)
		: answer;
}

export function syncJobPath(context: IExecuteFunctions, itemIndex: number): string {
	const id = pathSegment(
		String(context.getNodeParameter('syncJobId', itemIndex, '')),
		'Sync Job ID',
		context,
		itemIndex,
		'a Start On-Demand Sync step',
	);
	return `${ON_DEMAND_PATH}/${id}`;
}

export async function readSyncJob(
	context: IExecuteFunctions,
	path: string,
	itemIndex: number,
): Promise<IDataObject> {
	const job = syncJobOf(
		await trackstarApiRequest.call(context, { method: 'GET', path }, itemIndex),
	);
	if (typeof job.status !== 'string') {
		throw new NodeOperationError(context.getNode(), "Trackstar's answer holds no sync job status", {
			itemIndex,
		});
	}
	return job;
}
