import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { trackstarApiRequest } from '../../shared/transport/request';
import { buildOrderWriteBody } from '../../shared/wire/orderBody';
import { orderIdField } from '../fields/orderId';
import { orderWriteFields } from '../fields/orderWriteFields';
import { orderPath } from './orderPath';
import { writtenOrderWithUnusedFields } from './orderResponse';

const properties: INodeProperties[] = [
	orderIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: orderWriteFields,
	},
];

export const description = updateDisplayOptions({ show: { operation: ['update'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const path = orderPath(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;

	const body = buildOrderWriteBody(fields, this.getTimezone());
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(this.getNode(), `Nothing to update: every field is empty [item ${itemIndex}]`, {
			description: 'Add at least one field under Update Fields, with a value',
			itemIndex,
		});
	}

	const response = await trackstarApiRequest.call(this, { method: 'PUT', path, body }, itemIndex);
	return [writtenOrderWithUnusedFields(this, response, itemIndex)];
}
