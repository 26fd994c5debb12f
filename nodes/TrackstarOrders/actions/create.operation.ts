import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { trackstarApiRequest } from '../../shared/transport/request';
import { buildOrderCreateBody } from '../../shared/wire/orderBody';
import type { LineItemsInput } from '../fields/orderWriteFields';
import {
	createRequiredParameters,
	orderCreateOptionalFields,
	orderCreateRequiredFields,
} from '../fields/orderWriteFields';
import { writtenOrderWithUnusedFields } from './orderResponse';

const properties: INodeProperties[] = [
	...orderCreateRequiredFields,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: orderCreateOptionalFields,
	},
];

export const description = updateDisplayOptions({ show: { operation: ['create'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const fields: IDataObject = {
		...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
	};
	const lineItemsInput = this.getNodeParameter('lineItemsInput', itemIndex, 'fields') as LineItemsInput;
	for (const name of createRequiredParameters(lineItemsInput)) {
		fields[name] = this.getNodeParameter(name, itemIndex, undefined) as IDataObject[string];
	}

	const body = buildOrderCreateBody(fields, this.getTimezone());
	const response = await trackstarApiRequest.call(this, { method: 'POST', path: '/wms/orders', body }, itemIndex);
	return [writtenOrderWithUnusedFields(this, response, itemIndex)];
}
