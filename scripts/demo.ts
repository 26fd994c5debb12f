/**
 * The README's main command (`npm run demo`): starts the local Trackstar sandbox and runs the
 * built Trackstar Orders node (dist/, as a user installs it) in n8n's execution engine:
 * the credential test, Get Many with filters, Update, Cancel, and a refused credential.
 */
import { join } from 'node:path';

import type { ICredentialType, IDataObject, INodeType } from 'n8n-workflow';

import { startSandbox } from '../sandbox';
import { runNode, testCredential } from '../test/harness';

const dist = join(__dirname, '..', 'dist');
/* eslint-disable @typescript-eslint/no-require-imports -- the built package, loaded as n8n loads it */
const { TrackstarOrders } = require(join(dist, 'nodes/TrackstarOrders/TrackstarOrders.node.js')) as {
	TrackstarOrders: new () => INodeType;
};
const { TrackstarApi } = require(join(dist, 'credentials/TrackstarApi.credentials.js')) as {
	TrackstarApi: new () => ICredentialType;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const heading = (text: string) => console.log(`\n\x1b[1m${text}\x1b[0m`);

function table(rows: IDataObject[], columns: string[]) {
	console.table(rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column]]))));
}

async function main() {
	const sandbox = await startSandbox({ port: Number(process.env.SANDBOX_PORT ?? 0) });
	const credentials = { apiKey: sandbox.apiKey, accessToken: sandbox.accessToken, baseUrl: sandbox.url };
	const run = async (parameters: IDataObject, input?: IDataObject[]) => {
		const result = await runNode({
			node: new TrackstarOrders(),
			credentialTypes: [new TrackstarApi()],
			credentials: { trackstarApi: credentials },
			parameters: parameters as never,
			input,
		});
		if (result.error) throw result.error;
		return result.items.map((item) => item.json);
	};

	try {
		console.log(`Trackstar sandbox: ${sandbox.url} (${sandbox.orders().length} seeded orders)`);

		heading('1. Credential test (the "Test" button)');
		const test = await testCredential(new TrackstarApi(), credentials);
		console.log(`   ${test.status}: ${test.message}`);

		heading('2. Get Many: orders in exception or backordered, updated in the last 30 days, every page');
		const since = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
		const stuck = await run({
			operation: 'getAll',
			returnAll: true,
			filters: {
				status: ['exception', 'backordered'],
				updatedDate: { conditions: [{ operator: 'gte', value: since }] },
			},
		});
		console.log(`   ${stuck.length} orders`);
		table(stuck.slice(0, 8), ['order_number', 'status', 'customer_name', 'channel', 'updated_date', 'line_item_count']);

		heading('3. Update: fix the shipping method of the first backordered order');
		const backordered = stuck.find((order) => order.status === 'backordered') ?? stuck[0];
		const [updated] = await run({
			operation: 'update',
			orderId: { __rl: true, mode: 'id', value: backordered.id },
			updateFields: { shippingMethodName: 'UPS Ground', serviceLevel: 'Ground', tradingPartner: 'Target' },
		});
		console.log(`   ${updated.order_number}: shipping_method_name=${updated.shipping_method_name}, service_level=${updated.service_level}`);
		console.log(`   unused_fields (ignored by the WMS): ${JSON.stringify(updated.unused_fields)}`);

		heading('4. Cancel: the orders whose IDs arrive as items (two open orders)');
		const open = await run({ operation: 'getAll', limit: 2, filters: { status: ['open'] } });
		const cancelled = await run(
			{ operation: 'cancel', orderId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			open.map((order) => ({ id: order.id })),
		);
		table(cancelled, ['id', 'order_number', 'status']);

		heading('5. A wrong access token: the error n8n shows');
		const refused = await runNode({
			node: new TrackstarOrders(),
			credentialTypes: [new TrackstarApi()],
			credentials: { trackstarApi: { ...credentials, accessToken: 'not-the-token' } },
			parameters: { operation: 'getAll' },
		});
		console.log(`   ${refused.error?.message}`);
		console.log(`   ${String((refused.error as { description?: string })?.description ?? '').replace(/\n/g, '\n   ')}`);

		heading('Requests the sandbox received');
		for (const request of sandbox.requests) {
			console.log(`   ${request.status} ${request.method} ${request.rawPath}${request.rawQuery ? `?${request.rawQuery}` : ''}`);
		}
	} finally {
		await sandbox.close();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
