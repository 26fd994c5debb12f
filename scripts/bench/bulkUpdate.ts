/**
 * A bulk Update through the Trackstar Orders node (the built package, in n8n's engine, real HTTP)
 * against the sandbox enforcing Trackstar's write limit: the rate achieved, the 429s met (and
 * retried), the items that failed, and the orders whose update was lost or applied twice. With
 * two executions, both share the access token at once, as two queue-mode workers would.
 */
import process from '@n8n-nodes-trackstar/node-runtime/process';

import type { IDataObject } from 'n8n-workflow';

import { startSandbox, type Order, type Sandbox } from '../../sandbox';
import { runNode } from '../../test/harness';
import { builtCredential, builtNode } from '../support/builtPackage';

export const ALLOWED_WRITES_PER_SECOND = 50;

export interface BulkUpdateFigures {
	updates: number;
	executions: number;
	ms: number;
	rate: number;
	requests: number;
	tooManyRequests: number;
	failedItems: number;
	lost: number;
	appliedTwice: number;
}

const TrackstarOrders = builtNode('TrackstarOrders');
const TrackstarApi = builtCredential('TrackstarApi');

async function updateAll(sandbox: Sandbox, orders: Order[], wanted: Map<string, string>) {
	const result = await runNode({
		node: new TrackstarOrders(),
		credentialTypes: [new TrackstarApi()],
		credentials: {
			trackstarApi: {
				apiKey: sandbox.apiKey,
				accessToken: sandbox.accessToken,
				baseUrl: sandbox.url,
			},
		},
		parameters: {
			operation: 'update',
			orderId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			updateFields: { orderNumber: '={{ $json.orderNumber }}' },
		},
		input: orders.map(
			(order): IDataObject => ({ id: order.id, orderNumber: wanted.get(order.id) }),
		),
		continueOnFail: true,
	});
	if (result.error) throw result.error;
	return result.items.filter((item) => item.json.error !== undefined).length;
}

export async function bulkUpdate(count: number, executions: 1 | 2): Promise<BulkUpdateFigures> {
	const sandbox = await startSandbox({
		port: 0,
		host: '127.0.0.1',
		orderCount: 1000 + count * 5, // about a quarter of seeded orders can still be updated
		rateLimit: { enforce: true, write: ALLOWED_WRITES_PER_SECOND },
	});
	try {
		const orders = sandbox
			.orders()
			.filter((order) => order.status !== 'cancelled' && order.status !== 'fulfilled')
			.slice(0, count);
		if (orders.length < count)
			throw new Error(`only ${orders.length} updatable orders were seeded`);
		const wanted = new Map(orders.map((order) => [order.id, `BULK-${order.id.slice(-8)}`]));
		const shares =
			executions === 1 ? [orders] : [orders.slice(0, count / 2), orders.slice(count / 2)];

		const started = process.hrtime.bigint();
		const failed = await Promise.all(
			shares.map(async (share) => await updateAll(sandbox, share, wanted)),
		);
		const ms = Number(process.hrtime.bigint() - started) / 1e6;

		const puts = sandbox.requests.filter((request) => request.method === 'PUT');
		const applied = new Map<string, number>();
		for (const request of puts.filter((put) => put.status === 200)) {
			applied.set(request.path, (applied.get(request.path) ?? 0) + 1);
		}
		return {
			updates: count,
			executions,
			ms,
			rate: count / (ms / 1000),
			requests: puts.length,
			tooManyRequests: puts.filter((request) => request.status === 429).length,
			failedItems: failed.reduce((sum, value) => sum + value, 0),
			lost: orders.filter((order) => sandbox.order(order.id)?.order_number !== wanted.get(order.id))
				.length,
			appliedTwice: [...applied.values()].filter((times) => times > 1).length,
		};
	} finally {
		await sandbox.close();
	}
}
