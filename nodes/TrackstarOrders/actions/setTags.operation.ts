import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { trackstarApiRequest } from '../../shared/transport/request';
import type { TagRow } from '../../shared/wire/orderBody';
import { buildTrackstarTagsBody } from '../../shared/wire/orderBody';
import { orderIdField } from '../fields/orderId';
import { orderWriteField } from '../fields/orderWriteFields';
import { orderPath } from './orderPath';
import { writtenOrderWithUnusedFields } from './orderResponse';

const properties: INodeProperties[] = [
	orderIdField,
	{
		...orderWriteField('trackstarTags'),
		required: true,
		description:
			"The tags Trackstar keeps on the order: plain strings, or key-value pairs. They replace the order's current Trackstar tags and are not sent to the WMS.",
	},
];

export const description = updateDisplayOptions({ show: { operation: ['setTags'] } }, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const path = `${orderPath(this, itemIndex)}/trackstar-tags`;
	const tags = this.getNodeParameter('trackstarTags', itemIndex, {}) as { tag?: TagRow[] };

	const body = buildTrackstarTagsBody(tags.tag);
	const response = await trackstarApiRequest.call(this, { method: 'PUT', path, body }, itemIndex);
	return [writtenOrderWithUnusedFields(this, response, itemIndex)];
}
