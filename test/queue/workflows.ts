/** The queue-mode test's workflow: a webhook names orders; list them, then cancel each. */
import { EXAMPLE_CREDENTIAL } from '../../scripts/demo/examples';
import { TRACKSTAR_ORDERS } from '../e2e/workflows';

export const LIST_AND_CANCEL_PATH = 'trackstar/queue/list-and-cancel';

export function listAndCancelWorkflow() {
	const credentials = { trackstarApi: EXAMPLE_CREDENTIAL };
	return {
		id: 'queueListCancel',
		name: 'Queue: list and cancel the posted orders',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'queue-1',
				name: 'Orders Posted',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: '0d6f3c1e-2a4b-4c5d-8e9f-a0b1c2d3e4f5',
				parameters: { httpMethod: 'POST', path: LIST_AND_CANCEL_PATH, responseMode: 'lastNode', responseData: 'allEntries', options: {} },
			},
			{
				id: 'queue-2',
				name: 'List Them',
				type: TRACKSTAR_ORDERS,
				typeVersion: 1,
				position: [240, 0],
				parameters: { operation: 'getAll', returnAll: true, filters: { ids: '={{ $json.body.order_ids }}' } },
				credentials,
			},
			{
				id: 'queue-3',
				name: 'Cancel Each',
				type: TRACKSTAR_ORDERS,
				typeVersion: 1,
				position: [480, 0],
				parameters: { operation: 'cancel', orderId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
				credentials,
			},
		],
		connections: {
			'Orders Posted': { main: [[{ node: 'List Them', type: 'main', index: 0 }]] },
			'List Them': { main: [[{ node: 'Cancel Each', type: 'main', index: 0 }]] },
		},
	};
}
