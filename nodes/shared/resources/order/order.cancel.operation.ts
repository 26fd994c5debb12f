import { cancelOperation } from '../../operations/cancel';
import type { RecordModel, ResourceOperation } from '../../model';

/** Cancel: `PUT /wms/orders/{order_id}/cancel`. */
export function cancelOrderOperation(order: RecordModel): ResourceOperation {
	return cancelOperation(order, {
		description: 'Cancel an order in the WMS',
		action: 'Cancel an order',
	});
}
