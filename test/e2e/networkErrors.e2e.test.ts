/**
 * A request that gets no answer (the sandbox drops the connection) inside the real n8n app: the
 * error n8n reports for the node is the node's own "Could not reach Trackstar", never n8n's
 * generic "closed unexpectedly ... retry", whether the package uses n8n's n8n-workflow (as n8n's
 * installer leaves it) or a copy of its own beside it (as `npm install` in ~/.n8n/nodes does);
 * and the execution the editor reads back through n8n's REST API says the same.
 *
 * Runs on both n8n lines: a dropped connection is reported differently by n8n 1.x ('socket
 * hang up' without its code) and 2.x, and the REST API the editor reads differs too.
 */
import { cpSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { createRequire } from '@n8n-nodes-trackstar/node-runtime/module';
import { dirname, join } from '@n8n-nodes-trackstar/node-runtime/path';

import { runFromEditor } from '../../scripts/n8n/editorRun';
import { SHIP_TO_ADDRESS, wmsRequests } from '../support/trackstar';
import { WAREHOUSE_CUSTOMERS } from '../../sandbox';
import { e2eAppForTestFile, execute } from './app';
import { manualWorkflow, trackstarNode } from './workflows';

const NODE = 'Newest Orders';
const ORDER_NUMBER = 'E2E-LOST-1';
const product = WAREHOUSE_CUSTOMERS[0].products[2];

const workflows = () => [
	manualWorkflow('e2eDroppedRead1', 'E2E: a read whose connection is dropped', [
		// Not retried, so the one dropped connection is the failure reported.
		trackstarNode(NODE, { operation: 'getAll', limit: 5, requestOptions: { maxRetries: 0 } }),
	]),
	manualWorkflow('e2eDroppedWrit1', 'E2E: a Create Order whose connection is dropped every time', [
		trackstarNode('Create Order', {
			operation: 'create',
			orderNumber: ORDER_NUMBER,
			shipToAddress: SHIP_TO_ADDRESS,
			lineItems: { lineItem: [{ productId: product.product_id, sku: product.sku, quantity: 1 }] },
			// One retry: the order is looked up by its number, sent again, and dropped again.
			requestOptions: { maxRetries: 1, retryDelay: 10 },
		}),
	]),
];

const app = e2eAppForTestFile(workflows);

const ourMessage = () =>
	`Could not reach Trackstar at ${app.sandbox.url}: the connection was reset`;
const N8N_GENERIC = /closed unexpectedly|retry the request/;

function dropEveryRead() {
	app.sandbox.inject({ path: '/wms/orders', times: Infinity, fault: { kind: 'drop' } });
}

function expectOneDroppedRead() {
	expect(wmsRequests(app.sandbox).map((request) => [request.method, request.fault])).toEqual([
		['GET', 'drop'],
	]);
}

test("n8n execute reports the node's own message, not n8n's advice to retry, and no secret", async () => {
	dropEveryRead();

	const run = await execute(app, 'e2eDroppedRead1');

	expect(run.code).not.toBe(0);
	expect(run.output).toContain(`"message": ${JSON.stringify(ourMessage())}`);
	expect(run.output).toContain('ECONNRESET: socket hang up');
	expect(run.output).not.toMatch(N8N_GENERIC);
	expect(run.output).not.toContain(app.sandbox.apiKey);
	expect(run.output).not.toContain(app.sandbox.accessToken);
	expectOneDroppedRead();
}, 120_000);

test("the same where the package has its own copy of n8n-workflow beside n8n's", async () => {
	// Where `npm install n8n-nodes-trackstar` in ~/.n8n/nodes puts the peer dependency; the
	// instance's user folder is where its log is.
	const nodesDir = join(dirname(app.n8n.logFile), '.n8n', 'nodes');
	cpSync(
		dirname(require.resolve('n8n-workflow/package.json')),
		join(nodesDir, 'node_modules', 'n8n-workflow'),
		{ recursive: true },
	);
	dropEveryRead();

	const run = await execute(app, 'e2eDroppedRead1');

	expect(run.code).not.toBe(0);
	expect(run.output).toContain(`"message": ${JSON.stringify(ourMessage())}`);
	expect(run.output).not.toMatch(N8N_GENERIC);
	expectOneDroppedRead();
}, 120_000);

test("a write whose connection is dropped every time: the node's own message, saying it may have been applied and what to look for, never n8n's advice to retry", async () => {
	app.sandbox.inject({ method: 'POST', times: Infinity, fault: { kind: 'drop' } });

	const run = await execute(app, 'e2eDroppedWrit1');

	expect(run.code).not.toBe(0);
	expect(run.output).toContain(`"message": ${JSON.stringify(ourMessage())}`);
	expect(run.output).toContain('may have been applied');
	expect(run.output).toContain(`the order with order number \\"${ORDER_NUMBER}\\"`);
	expect(run.output).not.toMatch(N8N_GENERIC);
	expect(run.output).not.toContain(app.sandbox.accessToken);
	expect(
		wmsRequests(app.sandbox).map((request) => [request.method, request.fault ?? null]),
	).toEqual([
		['POST', 'drop'],
		['GET', null],
		['POST', 'drop'],
	]);
	expect(app.sandbox.orders().filter((order) => order.order_number === ORDER_NUMBER)).toHaveLength(
		0,
	);
}, 120_000);

interface NodeError {
	name: string;
	message: string;
	description?: string;
	messages?: string[];
}

// Last: the editor's Execute workflow needs `n8n start`, which then runs until the file's end.
test("the execution the editor reads back through n8n's REST API has the node's message and description", async () => {
	await app.n8n.start();
	dropEveryRead();

	const run = await runFromEditor(app.n8n, 'e2eDroppedRead1', 'Start');

	expect(run.status).toBe('error');
	expect(run.output).toBe(ourMessage());
	const headers = { cookie: await app.n8n.login() };
	const rest = async <T>(path: string) =>
		((await (await fetch(`${app.n8n.url}/rest/${path}`, { headers })).json()) as { data: T }).data;
	const { results } = await rest<{ results: Array<{ id: string }> }>(
		`executions?filter=${encodeURIComponent(JSON.stringify({ workflowId: 'e2eDroppedRead1' }))}`,
	);
	const execution = await rest<{ data: string }>(`executions/${results[0].id}`);
	// n8n stores run data in the `flatted` format; its own copy reads it.
	const flatted = createRequire(join(app.n8n.appDir, 'package.json'))('flatted') as {
		parse(text: string): { resultData: { runData: Record<string, Array<{ error?: NodeError }>> } };
	};
	const error = flatted.parse(execution.data).resultData.runData[NODE][0].error!;
	expect(error).toMatchObject({ name: 'NodeApiError', message: ourMessage(), messages: [] });
	expect(error.description).toMatch(/^ECONNRESET: socket hang up\n/);
	expect(error.description).toContain('Check the Base URL in the Trackstar API credential');
	expect(JSON.stringify(error)).not.toMatch(N8N_GENERIC);
	expect(JSON.stringify(error)).not.toContain(app.sandbox.accessToken);
	expectOneDroppedRead();
}, 180_000);
