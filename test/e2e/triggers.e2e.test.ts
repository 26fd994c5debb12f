/**
 * Both triggers inside the real n8n app (`n8n start`): an active workflow with the Orders Trigger
 * polls the sandbox and starts executions, and an active workflow with the Trackstar Trigger
 * receives signed Svix deliveries on n8n's production webhook URL. Each workflow reads every
 * order it was started with through Trackstar Orders: Get, so the sandbox's request log shows
 * exactly which orders reached the workflow.
 *
 * Runs on both n8n lines: activation differs (publish:workflow on n8n 2.x, update:workflow
 * --active on 1.x), as do n8n's poll scheduling and its production webhooks; the Orders Trigger is
 * also where 1.x keeps a poller's static data from one poll to the next (thresholdTrigger's
 * polling case runs on 2.x only). On 2.x, a third workflow polls the store's orders with the
 * Polling Trigger (Cart Order) and reads each through Trackstar Cart: Get; its case is the Polling
 * Trigger's own logic on another list, so it runs on 2.x only, as thresholdTrigger's does.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { sleep } from 'n8n-workflow';

import type { CartOrder, Order, Sandbox } from '../../sandbox';
import { EXAMPLE_CREDENTIAL } from '../../scripts/demo/examples';
import { onLine, onlyOnLine, startE2eApp, until, type E2eApp } from './app';

const POLL_WORKFLOW = 'e2eOrdersPoller1';
const CART_POLL_WORKFLOW = 'e2eCartPoller001';
const WEBHOOK_WORKFLOW = 'e2eSvixWebhook01';
const WEBHOOK_ID = 'trackstar-e2e-webhook';
const SECRET = `whsec_${randomBytes(24).toString('base64')}`;
const WEBHOOK_CREDENTIAL = { id: 'TrackstarWebhook', name: 'Trackstar Webhook (e2e)' };

const trackstarDate = (milliseconds: number) =>
	new Date(milliseconds).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Trackstar Orders: Get, by default; Trackstar Cart's for the store's orders. */
const ORDERS_GET = {
	type: 'n8n-nodes-trackstar.trackstarOrders',
	parameters: { operation: 'get' },
};
const CART_ORDER_GET = {
	type: 'n8n-nodes-trackstar.trackstarCart',
	parameters: { resource: 'order', operation: 'get', simplify: false },
};

function triggerThenGet(
	id: string,
	name: string,
	trigger: Record<string, unknown>,
	orderId: string,
	get = ORDERS_GET,
) {
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		connections: { Trigger: { main: [[{ node: 'Get Order', type: 'main', index: 0 }]] } },
		nodes: [
			{ id: `${id}-0`, name: 'Trigger', typeVersion: 1, position: [0, 0], ...trigger },
			{
				id: `${id}-1`,
				name: 'Get Order',
				type: get.type,
				typeVersion: 1,
				position: [240, 0],
				parameters: { ...get.parameters, orderId: { __rl: true, mode: 'id', value: orderId } },
				credentials: { trackstarApi: EXAMPLE_CREDENTIAL },
			},
		],
	};
}

const workflows = () => [
	triggerThenGet(
		POLL_WORKFLOW,
		'E2E: orders updated in the last hour, then each new change',
		{
			type: 'n8n-nodes-trackstar.trackstarOrdersTrigger',
			parameters: {
				pollTimes: { item: [{ mode: 'everyMinute' }] },
				event: 'updatedOrder',
				options: { backfillHours: 1 },
			},
			credentials: { trackstarApi: EXAMPLE_CREDENTIAL },
		},
		'={{ $json.id }}',
	),
	triggerThenGet(
		WEBHOOK_WORKFLOW,
		'E2E: signed Trackstar webhooks',
		{
			type: 'n8n-nodes-trackstar.trackstarTrigger',
			webhookId: WEBHOOK_ID,
			parameters: { events: ['order.created', 'order.updated'] },
			credentials: { trackstarWebhookApi: WEBHOOK_CREDENTIAL },
		},
		'={{ $json.data.id }}',
	),
	triggerThenGet(
		CART_POLL_WORKFLOW,
		'E2E: new store orders',
		{
			type: 'n8n-nodes-trackstar.trackstarPollingTrigger',
			parameters: {
				pollTimes: { item: [{ mode: 'everyMinute' }] },
				resource: 'cartOrder',
				event: 'new',
			},
			credentials: { trackstarApi: EXAMPLE_CREDENTIAL },
		},
		'={{ $json.id }}',
		CART_ORDER_GET,
	),
];

const getRequests = (sandbox: Sandbox) =>
	sandbox.requests
		.filter((request) => request.method === 'GET' && /^\/wms\/orders\/[^/]+$/.test(request.path))
		.map((request) => request.path.split('/').pop());

let app: E2eApp;
let activatedAt: number;

beforeAll(async () => {
	app = await startE2eApp(workflows);
	await app.n8n.importCredentials([
		{ ...WEBHOOK_CREDENTIAL, type: 'trackstarWebhookApi', data: { signingSecret: SECRET } },
	]);
	await app.n8n.publish(POLL_WORKFLOW);
	await app.n8n.publish(WEBHOOK_WORKFLOW);
	if (onLine(2)) await app.n8n.publish(CART_POLL_WORKFLOW);
	activatedAt = Date.now();
	await app.n8n.start();
}, 300_000);

afterAll(async () => {
	await app?.close();
});

test('the activated poller backfills the last hour at once, then emits a later change on the next tick, once', async () => {
	const firstPoll = await until(
		'the activation poll',
		() => app.sandbox.requests.find((request) => request.path === '/wms/orders'),
		60_000,
	);
	const since = firstPoll.query['trackstar_updated_date[gte]'];
	// "An hour before activation", by the trigger's own clock.
	expect(Math.abs(Date.parse(since) - (activatedAt - 3600 * 1000))).toBeLessThan(120 * 1000);
	const backfilled = app.sandbox
		.orders()
		.filter((order) => order.trackstar_updated_date >= since)
		.sort((a, b) => (a.trackstar_updated_date + a.id < b.trackstar_updated_date + b.id ? -1 : 1))
		.map((order) => order.id);
	expect(backfilled.length).toBeGreaterThan(0);
	await until(
		'the backfill execution to read every order',
		() => (getRequests(app.sandbox).length >= backfilled.length ? true : undefined),
		90_000,
	);
	expect(getRequests(app.sandbox)).toEqual(backfilled);

	const template = app.sandbox.orders()[0];
	const changed: Order = {
		...template,
		status: 'exception',
		trackstar_updated_date: trackstarDate(Date.now() + 1000),
		updated_date: trackstarDate(Date.now()),
	};
	app.sandbox.upsertOrder(changed);

	await until(
		'the next poll to run the workflow',
		() => (getRequests(app.sandbox).length > backfilled.length ? true : undefined),
		90_000,
	);
	const polls = app.sandbox.requests.filter((request) => request.path === '/wms/orders');
	expect(polls[1].query['trackstar_updated_date[gte]']).toBe(
		app.sandbox.order(backfilled.at(-1) as string)?.trackstar_updated_date,
	);
	expect(getRequests(app.sandbox).slice(backfilled.length)).toEqual([changed.id]);
}, 200_000);

test('the Trackstar Trigger starts the workflow for a signed delivery, not for its redelivery or an unsigned call', async () => {
	const order = app.sandbox.orders()[7];
	const body = JSON.stringify({
		connection_id: 'conn_e2e',
		data: order,
		event_type: 'order.created',
		integration_name: 'sandbox',
		integration_type: 'wms',
	});
	const timestamp = Math.floor(Date.now() / 1000);
	const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64');
	const signature = `v1,${createHmac('sha256', key).update(`msg_e2e_1.${timestamp}.${body}`).digest('base64')}`;
	const url = `${app.n8n.url}/webhook/${WEBHOOK_ID}/webhook`;
	const post = async (headers: Record<string, string>) =>
		await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body,
		});
	const signed = {
		'svix-id': 'msg_e2e_1',
		'svix-timestamp': String(timestamp),
		'svix-signature': signature,
	};

	const readsOfOrder = () => getRequests(app.sandbox).filter((id) => id === order.id).length;
	const before = readsOfOrder();
	const first = await post(signed);
	expect(first.status).toBe(200);
	await until('the webhook execution', () => (readsOfOrder() > before ? true : undefined), 30_000);

	const again = await post(signed);
	expect(again.status).toBe(200);
	expect(await again.json()).toEqual({ received: true, duplicate: true });

	const unsigned = await post({ 'svix-id': 'msg_e2e_2', 'svix-timestamp': String(timestamp) });
	expect(unsigned.status).toBe(401);
	const forged = await post({ ...signed, 'svix-id': 'msg_e2e_3' });
	expect(forged.status).toBe(401);

	await sleep(1000);
	expect(readsOfOrder()).toBe(before + 1);
}, 120_000);

const cartOrderReads = () =>
	app.sandbox.requests
		.filter((request) => request.method === 'GET' && /^\/cart\/orders\/[^/]+$/.test(request.path))
		.map((request) => request.path.split('/').pop());
const cartOrderPolls = () =>
	app.sandbox.requests.filter((request) => request.path === '/cart/orders');

onlyOnLine(2)(
	'the Polling Trigger learns the store orders at activation, then starts the workflow once for a new cart order',
	async () => {
		const learning = await until(
			'the activation poll of cart orders',
			() => cartOrderPolls()[0],
			60_000,
		);
		expect(Object.keys(learning.query).sort()).toEqual(['created_date[gte]', 'limit']);
		expect(cartOrderReads()).toEqual([]);

		const now = trackstarDate(Date.now());
		const created: CartOrder = {
			...app.sandbox.cartOrders()[0],
			id: 'e2e-cart-order-1',
			order_number: '#E2E-1',
			status: 'open',
			created_date: now,
			updated_date: now,
		};
		app.sandbox.upsertCartOrder(created);
		await until(
			'the next poll to run the workflow',
			() => (cartOrderReads().length > 0 ? true : undefined),
			90_000,
		);
		const pollsThen = cartOrderPolls().length;
		await until(
			'one more poll',
			() => (cartOrderPolls().length > pollsThen ? true : undefined),
			90_000,
		);
		await sleep(2000);
		expect(cartOrderReads()).toEqual([created.id]);
		// Every poll read one page: the store has fewer orders than a page.
		for (const poll of cartOrderPolls()) expect(poll.query.page_token).toBeUndefined();
	},
	240_000,
);
