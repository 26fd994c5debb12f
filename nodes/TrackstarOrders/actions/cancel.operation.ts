import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { trackstarApiRequest } from '../../shared/transport/request';
import { orderIdField } from '../fields/orderId';
import { orderPath } from './orderPath';
import { writtenOrder } from './orderResponse';

const properties: INodeProperties[] = [orderIdField];

export const description = updateDisplayOptions({ show: { operation: ['cancel'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const path = `${orderPath(this, itemIndex)}/cancel`;

	const response = await trackstarApiRequest.call(this, { method: 'PUT', path }, itemIndex);
	return [writtenOrder(this, response, itemIndex)];
}
