import type { IExecuteFunctions } from 'n8n-workflow';

import { pathSegment } from '../../shared/transport/request';

/** `/wms/orders/{order_id}` for the item's Order parameter, the ID percent-encoded. */
export function orderPath(context: IExecuteFunctions, itemIndex: number): string {
	const orderId = context.getNodeParameter('orderId', itemIndex, '', { extractValue: true });
	return `/wms/orders/${pathSegment(String(orderId ?? ''), 'Order', context, itemIndex)}`;
}
