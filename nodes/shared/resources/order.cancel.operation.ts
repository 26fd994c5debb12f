import type { IDataObject } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { recordPath, writtenRecord } from '../operations/records';
import { trackstarApiRequest } from '../transport/request';
import type { RecordModel, ResourceOperation } from './resource';

/** Cancel: `PUT /wms/orders/{order_id}/cancel`. */
export function cancelOrderOperation(order: RecordModel): ResourceOperation {
	return {
		value: 'cancel',
		name: 'Cancel',
		description: 'Cancel an order in the WMS',
		action: 'Cancel an order',
		properties: updateDisplayOptions({ show: { operation: ['cancel'] } }, [order.idField]),
		identifiedBy: { parameter: order.idField.name, field: 'id' },
		async execute(itemIndex) {
			const path = recordPath(this, order, itemIndex);

			// A retried cancel is told "already cancelled" when its first attempt worked but the answer
			// was lost: the order then stands cancelled, which is what was asked.
			const confirmApplied = async () => {
				const read = await trackstarApiRequest.call(this, { method: 'GET', path }, itemIndex);
				const current = read.data as IDataObject | undefined;
				return current?.status === 'cancelled' ? { data: current, id: current.id } : undefined;
			};
			const response = await trackstarApiRequest.call(
				this,
				{ method: 'PUT', path: `${path}/cancel`, confirmApplied },
				itemIndex,
			);
			return [writtenRecord(this, response, itemIndex, order.noun)];
		},
	};
}
