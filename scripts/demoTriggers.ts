/**
 * `npm run demo:triggers`: the built triggers (dist/) in n8n's engine against the local sandbox.
 * The Orders Trigger polls, an order is changed with the Orders node, the next poll emits it;
 * then the Trackstar Trigger receives a signed webhook, its redelivery, and an unsigned call.
 */
import { createHmac, randomBytes } from 'node:crypto';

import process from '@n8n-nodes-trackstar/node-runtime/process';
import { print, printError } from '@n8n-nodes-trackstar/node-runtime/terminal';

import { startSandbox } from '../sandbox';
import { runNode } from '../test/harness';
import { activatePoller } from '../test/harness/poll';
import { serveWebhook } from '../test/harness/webhook';
import { builtCredential, builtNode } from './support/builtPackage';

const TrackstarOrders = builtNode('TrackstarOrders');
const TrackstarOrdersTrigger = builtNode('TrackstarOrdersTrigger');
const TrackstarTrigger = builtNode('TrackstarTrigger');
const TrackstarApi = builtCredential('TrackstarApi');
const TrackstarWebhookApi = builtCredential('TrackstarWebhookApi');

const heading = (text: string) => print(`\n\x1b[1m${text}\x1b[0m`);

async function main() {
	const sandbox = await startSandbox({ port: Number(process.env.SANDBOX_PORT ?? 0) });
	const trackstarApi = {
		apiKey: sandbox.apiKey,
		accessToken: sandbox.accessToken,
		baseUrl: sandbox.url,
	};
	try {
		heading('1. Trackstar Orders Trigger, "Order Status Changed" to exception: activation');
		const poller = activatePoller({
			node: new TrackstarOrdersTrigger(),
			credentialTypes: [new TrackstarApi()],
			credentials: { trackstarApi },
			parameters: { event: 'statusChanged', statuses: ['exception'] },
		});
		const first = await poller.poll();
		print(
			`   first poll emitted ${first.items.length} orders (it starts from now); cursor ${JSON.stringify((poller.nodeStaticData().state as { cursor: unknown }).cursor)}`,
		);

		heading('2. An open order goes to exception (Trackstar Orders: Update), then the next poll');
		const open = sandbox.orders().find((order) => order.status === 'open')!;
		await runNode({
			node: new TrackstarOrders(),
			credentialTypes: [new TrackstarApi()],
			credentials: { trackstarApi },
			parameters: {
				operation: 'update',
				orderId: { __rl: true, mode: 'id', value: open.id },
				updateFields: { status: 'exception' },
			},
		});
		const second = await poller.poll();
		print(
			`   emitted: ${second.items.map((item) => `${item.json.order_number} (${item.json.status})`).join(', ')}`,
		);
		print(`   a third poll emits ${(await poller.poll()).items.length} (nothing twice)`);

		heading(
			'3. Trackstar Trigger: a signed order.updated webhook, its redelivery, an unsigned call',
		);
		const secret = `whsec_${randomBytes(24).toString('base64')}`;
		const endpoint = await serveWebhook({
			node: new TrackstarTrigger(),
			credentialTypes: [new TrackstarWebhookApi()],
			credentials: { trackstarWebhookApi: { signingSecret: secret } },
			parameters: {},
		});
		const body = JSON.stringify({
			connection_id: 'conn',
			event_type: 'order.updated',
			integration_name: 'sandbox',
			data: sandbox.order(open.id),
			previous_attributes: { status: 'open' },
		});
		const timestamp = Math.floor(Date.now() / 1000);
		const signature = `v1,${createHmac('sha256', Buffer.from(secret.slice(6), 'base64'))
			.update(`msg_demo.${timestamp}.${body}`)
			.digest('base64')}`;
		const post = async (headers: Record<string, string>) => {
			const response = await fetch(endpoint.url, {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...headers },
				body,
			});
			return `${response.status} ${await response.text()}`;
		};
		const signed = {
			'svix-id': 'msg_demo',
			'svix-timestamp': String(timestamp),
			'svix-signature': signature,
		};
		print(`   signed:      ${await post(signed)}`);
		print(`   redelivered: ${await post(signed)}`);
		print(`   unsigned:    ${await post({})}`);
		print(`   executions started: ${endpoint.calls.filter((call) => call.started).length}`);
		await endpoint.close();
	} finally {
		await sandbox.close();
	}
}

main().catch((error: unknown) => {
	printError(error);
	process.exit(1);
});
