import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { trackstarApiRequest } from '../../transport/request';
import { toText } from '../../wire/values';
import type { ResourceOperation } from '../../model';
import { scopeNotice } from './connection.scope';

const properties: INodeProperties[] = [
	scopeNotice('update', 'credential'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Customer ID',
				name: 'customerId',
				type: 'string',
				default: '',
				placeholder: 'e.g. acme-apparel',
				description:
					'Your own identifier for the end customer of the connection (sent as customer_id)',
			},
			{
				displayName: 'Webhooks Disabled',
				name: 'webhooksDisabled',
				type: 'boolean',
				default: false,
				description:
					"Whether to stop Trackstar's create and update webhooks (e.g. order.created) for this connection; connection webhooks are still sent",
			},
		],
	},
];

/** Update: `PATCH /connections`, on the access token's connection. */
export const updateConnectionOperation: ResourceOperation = {
	value: 'update',
	name: 'Update',
	description:
		"Change the credential's connection: its customer ID, or whether its record webhooks are sent. Needs at least one field.",
	action: 'Update a connection',
	properties: updateDisplayOptions({ show: { operation: ['update'] } }, properties),
	endpoints: [{ method: 'PATCH', path: '/connections' }],
	async execute(itemIndex) {
		const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
		const body: IDataObject = {};
		const customerId = toText(fields.customerId, 'Customer ID');
		if (customerId !== undefined) body.customer_id = customerId;
		if (typeof fields.webhooksDisabled === 'boolean')
			body.webhooks_disabled = fields.webhooksDisabled;
		if (Object.keys(body).length === 0) {
			throw new NodeOperationError(this.getNode(), `No field to update`, {
				description: 'Add Customer ID or Webhooks Disabled under Update Fields',
				itemIndex,
			});
		}
		// Setting the same fields again ends in the same connection: safe to repeat.
		const response = await trackstarApiRequest.call(
			this,
			{ method: 'PATCH', path: '/connections', body, idempotent: true },
			itemIndex,
		);
		return [response];
	},
};
