import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { trackstarApiRequest } from '../../shared/transport/request';
import { orderIdField } from '../fields/orderId';
import { orderPath } from './orderPath';
import { writtenOrder } from './orderResponse';

const properties: INodeProperties[] = [orderIdField];

export const description = updateDisplayOptions({ show: { operation: ['cancel'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const order = orderPath(this, itemIndex);

	// A retried cancel is told "already cancelled" when its first attempt worked but the answer
	// was lost: the order then stands cancelled, which is what was asked.
	const confirmApplied = async () => {
		const read = await trackstarApiRequest.call(this, { method: 'GET', path: order }, itemIndex);
		const current = read.data as IDataObject | undefined;
		return current?.status === 'cancelled' ? { data: current, id: current.id } : undefined;
	};
	const response = await trackstarApiRequest.call(this, { method: 'PUT', path: `${order}/cancel`, confirmApplied }, itemIndex);
	return [writtenOrder(this, response, itemIndex)];
}
