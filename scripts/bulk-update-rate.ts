/**
 * Measures a bulk Update through the Trackstar Orders node (n8n's engine, real HTTP) against the
 * sandbox enforcing Trackstar's write limit (50 per second per access token, 429 above it):
 * the rate achieved, the 429s seen and the orders lost or updated twice. A benchmark, not a test.
 *
 *   npx tsx scripts/bulk-update-rate.ts [orders=1000] [writesPerSecond=50]
 *
 * Scenario A: one execution updates every order. Scenario B: two executions share the access
 * token at once (as two workers in queue mode would), each pacing by the same headers.
 */
import type { IDataObject } from 'n8n-workflow';

import { TrackstarApi } from '../credentials/TrackstarApi.credentials';
import { startSandbox, type Order, type Sandbox } from '../sandbox';
import { runNode } from '../test/harness';

// With the extension: tsx would otherwise resolve `TrackstarOrders.node` to the codex .node.json.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TrackstarOrders } = require('../nodes/TrackstarOrders/TrackstarOrders.node.ts') as typeof import('../nodes/TrackstarOrders/TrackstarOrders.node');

const ORDERS = Number(process.argv[2] ?? 1000);
const WRITES_PER_SECOND = Number(process.argv[3] ?? 50);

async function bulkUpdate(sandbox: Sandbox, orders: Order[], label: string) {
	const result = await runNode({
		node: new TrackstarOrders(),
		credentialTypes: [new TrackstarApi()],
		credentials: { trackstarApi: { apiKey: sandbox.apiKey, accessToken: sandbox.accessToken, baseUrl: sandbox.url } },
		parameters: {
			operation: 'update',
			orderId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			updateFields: { orderNumber: '={{ $json.orderNumber }}' },
		},
		input: orders.map((order) => ({ id: order.id, orderNumber: `${label}-${order.id}` })),
	});
	if (result.error) throw result.error;
	return result.items.map((item) => item.json as IDataObject);
}

function measure(sandbox: Sandbox, orders: Order[], labels: Map<string, string>, elapsedMs: number) {
	const puts = sandbox.requests.filter((request) => request.method === 'PUT');
	const applied = new Map<string, number>();
	for (const request of puts) {
		if (request.status === 200) applied.set(request.path, (applied.get(request.path) ?? 0) + 1);
	}
	const lost = orders.filter((order) => sandbox.order(order.id)?.order_number !== labels.get(order.id)).length;
	const doubled = [...applied.values()].filter((count) => count > 1).length;
	const ok = puts.filter((request) => request.status === 200).length;
	return {
		orders: orders.length,
		'seconds': Number((elapsedMs / 1000).toFixed(2)),
		'updates/s': Number((ok / (elapsedMs / 1000)).toFixed(1)),
		'PUT requests': puts.length,
		'429s': puts.filter((request) => request.status === 429).length,
		'orders lost': lost,
		'orders updated twice': doubled,
	};
}

async function main() {
	const sandbox = await startSandbox({
		port: 0,
		orderCount: ORDERS * 4,
		rateLimit: { enforce: true, write: WRITES_PER_SECOND },
	});
	const updatable = sandbox.orders().filter((order) => order.status !== 'cancelled' && order.status !== 'fulfilled');
	if (updatable.length < ORDERS) throw new Error(`Only ${updatable.length} updatable orders were seeded`);
	const orders = updatable.slice(0, ORDERS);
	const rows: Record<string, unknown> = {};

	try {
		console.log(`Bulk Update of ${ORDERS} orders, sandbox enforcing ${WRITES_PER_SECOND} writes/s per access token\n`);

		sandbox.reset();
		let started = Date.now();
		const items = await bulkUpdate(sandbox, orders, 'A');
		rows['A: one execution'] = {
			...measure(sandbox, orders, new Map(orders.map((order) => [order.id, `A-${order.id}`])), Date.now() - started),
			'output items': items.length,
		};

		sandbox.reset();
		const halves = [orders.slice(0, ORDERS / 2), orders.slice(ORDERS / 2)];
		started = Date.now();
		const outputs = await Promise.all(halves.map((half, index) => bulkUpdate(sandbox, half, `B${index}`)));
		const labels = new Map(halves.flatMap((half, index) => half.map((order) => [order.id, `B${index}-${order.id}`] as const)));
		rows['B: two executions at once'] = {
			...measure(sandbox, orders, labels, Date.now() - started),
			'output items': outputs.reduce((sum, output) => sum + output.length, 0),
		};

		console.table(rows);
	} finally {
		await sandbox.close();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
