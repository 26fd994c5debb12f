import { updateDisplayOptions } from 'n8n-workflow';

import { recordEndpoint } from '../../operations/endpoint';
import { readRecord, recordPath } from '../../operations/records';
import { trackstarApiRequest } from '../../transport/request';
import type { RecordModel, ResourceOperation } from '../../model';

/** Get Packs: `GET /wms/orders/{order_id}/packs`, how a shipped order was boxed. */
export function getPacksOperation(order: RecordModel): ResourceOperation {
	return {
		value: 'getPacks',
		name: 'Get Packs',
		description:
			"Get how an order was packed: its packages with their measurements and contents, carrier and shipping method. Needs the order's ID.",
		action: 'Get packs of an order',
		properties: updateDisplayOptions({ show: { operation: ['getPacks'] } }, [order.idField]),
		endpoints: [recordEndpoint(order, 'GET', '/packs')],
		identifiedBy: { parameter: order.idField.name, field: 'id' },
		async execute(itemIndex) {
			const path = `${await recordPath(this, order, itemIndex)}/packs`;
			const response = await trackstarApiRequest.call(this, { method: 'GET', path }, itemIndex);
			return [readRecord(this, response, itemIndex, 'pack list')];
		},
	};
}
