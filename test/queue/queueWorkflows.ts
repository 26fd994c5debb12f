/** The queue-mode test's workflows, each started by a webhook the main receives. */
import { EXAMPLE_CREDENTIAL } from '../../scripts/demo/examples';
import { TRACKSTAR_ORDERS } from '../e2e/workflows';

export const LIST_AND_CANCEL_PATH = 'trackstar/queue/list-and-cancel';
export const BULK_UPDATE_PATH = 'trackstar/queue/bulk-update';

const credentials = { trackstarApi: EXAMPLE_CREDENTIAL };

function webhookNode(id: string, path: string, webhookId: string) {
	return {
		id,
		name: 'Orders Posted',
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: [0, 0],
		webhookId,
		parameters: {
			httpMethod: 'POST',
			path,
			responseMode: 'lastNode',
			responseData: 'allEntries',
			options: {},
		},
	};
}

/** Posted `{updates: [{id, order_number}]}`: one Update per entry, failures kept as items. */
export function bulkUpdateWorkflow() {
	return {
		id: 'queueBulkUpdate1',
		name: 'Queue: update the posted orders',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			webhookNode('bulk-1', BULK_UPDATE_PATH, '7c1e2d3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f'),
			{
				id: 'bulk-2',
				name: 'One Item per Update',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: [240, 0],
				parameters: { fieldToSplitOut: 'body.updates', options: {} },
			},
			{
				id: 'bulk-3',
				name: 'Update Order',
				type: TRACKSTAR_ORDERS,
				typeVersion: 1,
				position: [480, 0],
				onError: 'continueRegularOutput',
				parameters: {
					operation: 'update',
					orderId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
					updateFields: { orderNumber: '={{ $json.order_number }}' },
				},
				credentials,
			},
		],
		connections: {
			'Orders Posted': { main: [[{ node: 'One Item per Update', type: 'main', index: 0 }]] },
			'One Item per Update': { main: [[{ node: 'Update Order', type: 'main', index: 0 }]] },
		},
	};
}

/** Posted `{order_ids}`: list those orders, then cancel each. */
export function listAndCancelWorkflow() {
	return {
		id: 'queueListCancel',
		name: 'Queue: list and cancel the posted orders',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			webhookNode('queue-1', LIST_AND_CANCEL_PATH, '0d6f3c1e-2a4b-4c5d-8e9f-a0b1c2d3e4f5'),
			{
				id: 'queue-2',
				name: 'List Them',
				type: TRACKSTAR_ORDERS,
				typeVersion: 1,
				position: [240, 0],
				parameters: {
					operation: 'getAll',
					returnAll: true,
					filters: { ids: '={{ $json.body.order_ids }}' },
				},
				credentials,
			},
			{
				id: 'queue-3',
				name: 'Cancel Each',
				type: TRACKSTAR_ORDERS,
				typeVersion: 1,
				position: [480, 0],
				parameters: {
					operation: 'cancel',
					orderId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				},
				credentials,
			},
		],
		connections: {
			'Orders Posted': { main: [[{ node: 'List Them', type: 'main', index: 0 }]] },
			'List Them': { main: [[{ node: 'Cancel Each', type: 'main', index: 0 }]] },
		},
	};
}

/** Every minute on the main: new orders since the last poll; each one read back with Get. */
export function newOrdersPollerWorkflow() {
	return {
		id: 'queueNewOrders01',
		name: 'Queue: each new order, once',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'poll-1',
				name: 'New Orders',
				type: 'n8n-nodes-trackstar.trackstarOrdersTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, event: 'newOrder' },
				credentials,
			},
			{
				id: 'poll-2',
				name: 'Get Order',
				type: TRACKSTAR_ORDERS,
				typeVersion: 1,
				position: [240, 0],
				parameters: {
					operation: 'get',
					orderId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				},
				credentials,
			},
		],
		connections: { 'New Orders': { main: [[{ node: 'Get Order', type: 'main', index: 0 }]] } },
	};
}
