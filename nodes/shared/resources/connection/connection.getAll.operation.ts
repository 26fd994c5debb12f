import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { RETURN_ALL_AND_LIMIT } from '../../operations/getAll';
import { trackstarApiRequest } from '../../transport/request';
import type { ResourceOperation } from '../../model';
import { scopeNotice } from './connection.scope';

const properties: INodeProperties[] = [
	scopeNotice('getAll', 'organization'),
	...RETURN_ALL_AND_LIMIT,
];

/** Get Many: `GET /connections`, paged by `page_token` only (the endpoint takes no limit). */
export const getAllConnectionsOperation: ResourceOperation = {
	value: 'getAll',
	name: 'Get Many',
	description:
		"List your organization's connections (every WMS connected to Trackstar) with their sync schedules and errors. Needs only the API key.",
	action: 'Get many connections',
	properties: updateDisplayOptions({ show: { operation: ['getAll'] } }, properties),
	endpoints: [{ method: 'GET', path: '/connections' }],
	async execute(itemIndex) {
		const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = returnAll ? Infinity : Number(this.getNodeParameter('limit', itemIndex, 50));
		if (!returnAll && (!Number.isInteger(limit) || limit < 1)) {
			throw new NodeOperationError(
				this.getNode(),
				`Limit: ${limit} is not a whole number of 1 or more`,
				{
					itemIndex,
				},
			);
		}
		const connections: IDataObject[] = [];
		const seen = new Set<string>();
		let pageToken: string | undefined;
		do {
			const qs = pageToken === undefined ? undefined : { page_token: pageToken };
			const page = await trackstarApiRequest.call(
				this,
				{ method: 'GET', path: '/connections', qs },
				itemIndex,
			);
			if (Array.isArray(page.data)) connections.push(...(page.data as IDataObject[]));
			const next = page.next_token;
			pageToken = typeof next === 'string' && next !== '' && !seen.has(next) ? next : undefined;
			if (pageToken) seen.add(pageToken);
		} while (pageToken !== undefined && connections.length < limit);
		return connections.slice(0, limit);
	},
};
