import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { pathSegment, trackstarApiRequest } from '../../transport/request';
import type { ResourceOperation } from '../../model';
import { credentialConnection } from '../../writeInfo/credentialConnection';
import { onlyRecordOf } from '../../operations/records';

type Which = 'credential' | 'id';

const properties: INodeProperties[] = [
	{
		displayName: 'Connection',
		name: 'connection',
		type: 'options',
		options: [
			{
				name: "The Credential's Connection",
				value: 'credential',
				description: "The WMS connection of the credential's access token",
			},
			{
				name: 'By ID',
				value: 'id',
				description: 'Any connection of your organization, by its ID (needs only the API key)',
			},
		],
		default: 'credential',
	},
	{
		displayName: 'Connection ID',
		name: 'connectionId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 07b344db-0304-4866-9ae1-ac8af5292a28',
		description: 'The connection_id of a connection, e.g. from Get Many',
		displayOptions: { show: { connection: ['id'] } },
	},
];

/**
 * Get: `GET /connections/{connection_id}`, or the credential's own connection through
 * `GET /connections?access_token=…` (the OpenAPI document of 2025-10-13 does not list that
 * parameter, so an answer that is not narrowed to one connection is refused, not guessed from).
 */
export const getConnectionOperation: ResourceOperation = {
	value: 'get',
	name: 'Get',
	description:
		"Get a connection's health: its sync schedules (last crawl, status, frequency) and errors. The credential's own connection, or any of the organization's by ID.",
	action: 'Get a connection',
	properties: updateDisplayOptions({ show: { operation: ['get'] } }, properties),
	endpoints: [
		{
			method: 'GET',
			path: '/connections',
			query: 'access_token=…',
			when: "Connection: The Credential's Connection",
		},
		{ method: 'GET', path: '/connections/{connection_id}', when: 'Connection: By ID' },
	],
	identifiedBy: { parameter: 'connectionId', field: 'connection_id' },
	async execute(itemIndex) {
		const which = this.getNodeParameter('connection', itemIndex, 'credential') as Which;
		if (which === 'id') {
			const id = pathSegment(
				String(this.getNodeParameter('connectionId', itemIndex, '')),
				'Connection ID',
				this,
				itemIndex,
				'a Get Many connections step',
			);
			const response = await trackstarApiRequest.call(
				this,
				{ method: 'GET', path: `/connections/${id}` },
				itemIndex,
			);
			return [onlyRecordOf(this, response.data, 'connection', itemIndex)];
		}
		return [
			await credentialConnection(this, itemIndex, {
				instead:
					'Choose Connection: By ID, with the connection_id from a Get Many connections step or the Trackstar dashboard',
			}),
		];
	},
};
