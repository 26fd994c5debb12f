import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { trackstarApiRequest } from '../../shared/transport/request';
import { simplifyOrder } from '../../shared/wire/simplifyOrder';
import { orderIdField } from '../fields/orderId';
import { orderPath } from './orderPath';
import { readOrder } from './orderResponse';

const properties: INodeProperties[] = [
	orderIdField,
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return a simplified version of the order (IDs, number, status, dates, customer, channel, type, totals, line item count, tracking numbers) instead of the raw data',
	},
];

export const description = updateDisplayOptions({ show: { operation: ['get'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const path = orderPath(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;

	const response = await trackstarApiRequest.call(this, { method: 'GET', path }, itemIndex);
	const order = readOrder(this, response, itemIndex);
	return [simplify ? simplifyOrder(order) : order];
}
