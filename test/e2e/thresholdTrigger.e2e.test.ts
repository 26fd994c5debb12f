/**
 * The Polling Trigger's Inventory Below Threshold inside the real n8n app (`n8n start`): an active
 * workflow polls the sandbox every minute and reads each inventory item it was started with
 * through the Trackstar node (Inventory Item: Get), so the sandbox's request log shows exactly
 * which items reached the workflow. Also the demo's check of examples/low-stock-by-polling.json,
 * through the editor's Execute workflow ("Fetch Test Event").
 */
import { sleep } from 'n8n-workflow';

import type { InventoryItem } from '../../sandbox';
import { checkExample } from '../../scripts/demo/checkExamples';
import { EXAMPLE_CREDENTIAL } from '../../scripts/demo/examples';
import { DEMO_OWNER } from '../../scripts/n8n/instance';
import { setTotalStock } from '../support/pollingTrigger';
import { onLine, onlyOnLine, startE2eApp, until, type E2eApp } from './app';

const WORKFLOW = 'e2eLowStockPoll1';
const trackstarDate = (milliseconds: number) =>
	new Date(milliseconds).toISOString().replace(/\.\d{3}Z$/, 'Z');

const workflows = () => [
	{
		id: WORKFLOW,
		name: 'E2E: an inventory item drops to 10 available or below',
		active: false,
		settings: { executionOrder: 'v1' },
		connections: { Trigger: { main: [[{ node: 'Get Item', type: 'main', index: 0 }]] } },
		nodes: [
			{
				id: `${WORKFLOW}-0`,
				name: 'Trigger',
				type: 'n8n-nodes-trackstar.trackstarPollingTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {
					pollTimes: { item: [{ mode: 'everyMinute' }] },
					resource: 'inventoryItem',
					event: 'belowThreshold',
					threshold: 10,
					quantity: 'fulfillable',
				},
				credentials: { trackstarApi: EXAMPLE_CREDENTIAL },
			},
			{
				id: `${WORKFLOW}-1`,
				name: 'Get Item',
				type: 'n8n-nodes-trackstar.trackstar',
				typeVersion: 1,
				position: [240, 0],
				parameters: {
					resource: 'inventoryItem',
					operation: 'get',
					inventoryItemId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				},
				credentials: { trackstarApi: EXAMPLE_CREDENTIAL },
			},
		],
	},
];

/**
 * The polling case runs on n8n 2.x only: it waits for three of n8n's minute ticks (about two
 * minutes, the longest case of the suite), and what it shows, the items the trigger emits as
 * stock crosses its threshold from poll to poll (its memory kept in the workflow's static data),
 * is the node's own logic, the same on both lines. n8n 1.x's part in it, activating a polling
 * trigger (update:workflow --active) and keeping its static data from one poll to the next, is
 * shown on 1.x by the Orders Trigger in triggers.e2e.test.ts.
 */
const pollingCase = onlyOnLine(2);

let app: E2eApp;

beforeAll(async () => {
	app = await startE2eApp(workflows);
	// Active (polling every minute) only where the polling case runs.
	if (onLine(2)) await app.n8n.publish(WORKFLOW);
	await app.n8n.start();
}, 300_000);

afterAll(async () => {
	await app?.close();
});

const itemReads = () =>
	app.sandbox.requests
		.filter((request) => request.method === 'GET' && /^\/wms\/inventory\/[^/]+$/.test(request.path))
		.map((request) => request.path.split('/').pop());
const polls = () => app.sandbox.requests.filter((request) => request.path === '/wms/inventory');

pollingCase(
	'the activated trigger learns what is low, then starts the workflow once for an item that crosses down, not for one already low',
	async () => {
		const learning = await until('the activation poll', () => polls()[0], 60_000);
		expect(learning.query).toEqual({ limit: '1000' });
		await until(
			'the learning poll to be answered',
			() => (learning.status === 200 ? true : undefined),
			10_000,
		);

		const items = app.sandbox.inventoryItems();
		const alreadyLow = items.find((item) => item.fulfillable <= 10) as InventoryItem;
		const crossing = items.find((item) => item.fulfillable > 100) as InventoryItem;
		const now = trackstarDate(Date.now());
		setTotalStock(app.sandbox, alreadyLow.id, now, 1);
		setTotalStock(app.sandbox, crossing.id, now, 4);

		await until(
			'a poll to run the workflow',
			() => (itemReads().length > 0 ? true : undefined),
			150_000,
		);
		expect(polls()[1].query).toMatchObject({
			limit: '1000',
			'updated_date[gte]': expect.any(String),
		});
		expect(itemReads()).toEqual([crossing.id]);

		// The next poll: still low, changed again; nothing starts.
		setTotalStock(app.sandbox, crossing.id, trackstarDate(Date.now()), 2);
		const pollsSoFar = polls().length;
		await until(
			'the next poll',
			() => (polls().length > pollsSoFar && polls().at(-1)?.status === 200 ? true : undefined),
			90_000,
		);
		await sleep(3000);
		expect(itemReads()).toEqual([crossing.id]);
	},
	300_000,
);

// On both lines: the editor's run of a polling trigger (its test event, in manual mode) goes
// through n8n's REST API, which differs between 1.x and 2.x.
test("the low-stock example's test event, run from the editor, shows items at 10 available or fewer", async () => {
	const demo = { n8n: app.n8n, sandbox: app.sandbox, owner: DEMO_OWNER, stop: async () => {} };
	expect(await checkExample(demo, 'tsLowStockPoll01')).toMatch(
		/^the threshold trigger's test event: "Low stock: /,
	);
}, 180_000);
