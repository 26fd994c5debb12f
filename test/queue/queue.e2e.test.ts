/**
 * The package in n8n queue mode: PostgreSQL and Redis on loopback, one main and two workers, each
 * with the package installed from its tarball in its own user folder. Webhook-started executions
 * that list and cancel orders are queued by the main and run on both workers.
 */
import { mkdtempSync, readFileSync, rmSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { tmpdir } from '@n8n-nodes-trackstar/node-runtime/os';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';
import { print } from '@n8n-nodes-trackstar/node-runtime/terminal';

import { sandboxCredential } from '../../scripts/demo/examples';
import { DEMO_OWNER, freePort, N8nInstance, packPackage } from '../../scripts/n8n/instance';
import { randomBytes } from 'node:crypto';

import { startSandbox, type Order, type Sandbox } from '../../sandbox';
import { startPostgres, startRedis, type Service } from './services';
import { until } from '../e2e/app';
import {
	BULK_UPDATE_PATH,
	bulkUpdateWorkflow,
	listAndCancelWorkflow,
	LIST_AND_CANCEL_PATH,
	newOrdersPollerWorkflow,
} from './queueWorkflows';

let root: string;
let ports: { postgres: number; redis: number };
let services: Service[] = [];
let sandbox: Sandbox;
let main: N8nInstance;
let workers: N8nInstance[];

function queueEnvironment(): Record<string, string> {
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(ports.redis),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(ports.postgres),
		DB_POSTGRESDB_DATABASE: 'n8n',
		DB_POSTGRESDB_USER: 'n8n',
		DB_POSTGRESDB_PASSWORD: '',
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
	};
}

/** Execution IDs each worker's log says it ran. */
function executionsByWorker(): string[][] {
	return workers.map((worker) =>
		[...readFileSync(worker.logFile, 'utf8').matchAll(/Worker started execution (\d+)/g)].map(
			(match) => match[1],
		),
	);
}

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'trackstar-queue-'));
	ports = { postgres: await freePort(), redis: await freePort() };
	services = [await startPostgres(ports.postgres, 'n8n', 'n8n'), await startRedis(ports.redis)];
	// Trackstar's limits enforced: 10 reads and 50 writes per second per token, 429 above them.
	sandbox = await startSandbox({
		port: 0,
		host: '127.0.0.1',
		orderCount: 2000,
		rateLimit: { enforce: true },
	});
	const env = queueEnvironment();
	const instance = async (name: string) => ({
		home: join(root, name),
		port: await freePort(),
		brokerPort: await freePort(),
		env,
	});
	main = new N8nInstance({ ...(await instance('main')), owner: DEMO_OWNER });
	workers = [
		new N8nInstance(await instance('worker-1')),
		new N8nInstance(await instance('worker-2')),
	];
	await main.prepare(await packPackage(join(root, 'pack')));
	// The workers' user folders: copies of the main's, where the package is installed, not yet
	// started (queue mode keeps n8n's data in PostgreSQL, not there).
	for (const worker of workers) worker.prepareFrom(join(root, 'main'));

	await main.importCredentials([sandboxCredential(sandbox)]);
	await main.importWorkflows([
		listAndCancelWorkflow(),
		bulkUpdateWorkflow(),
		newOrdersPollerWorkflow(),
	]);
	await main.publish('queueListCancel');
	await main.publish('queueBulkUpdate1');
	await main.publish('queueNewOrders01');
	await main.start('main');
	for (const path of [LIST_AND_CANCEL_PATH, BULK_UPDATE_PATH]) await main.waitForWebhook(path);
	await Promise.all(workers.map(async (worker) => await worker.start('worker')));
}, 600_000);

afterAll(async () => {
	for (const instance of [main, ...(workers ?? [])]) await instance?.stop();
	await sandbox?.close();
	for (const service of services.reverse()) await service.stop();
	if (root) rmSync(root, { recursive: true, force: true });
}, 120_000);

test('webhook executions that list and cancel orders run on both workers, each order exactly once', async () => {
	const open = sandbox
		.orders()
		.filter((order) => order.status === 'open')
		.slice(0, 24);
	expect(open).toHaveLength(24);
	const batches = Array.from({ length: 8 }, (_, index) =>
		open.slice(index * 3, index * 3 + 3).map((order) => order.id),
	);

	const responses = await Promise.all(
		batches.map(async (orderIds) => {
			const response = await fetch(`${main.url}/webhook/${LIST_AND_CANCEL_PATH}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ order_ids: orderIds }),
			});
			return {
				status: response.status,
				body: (await response.json()) as Array<{ id: string; status: string }>,
			};
		}),
	);

	responses.forEach((response, index) => {
		expect(response.status).toBe(200);
		expect(response.body.map((order) => order.id).sort()).toEqual([...batches[index]].sort());
		expect(response.body.every((order) => order.status === 'cancelled')).toBe(true);
	});
	for (const order of open) expect(sandbox.order(order.id)?.status).toBe('cancelled');

	const wms = sandbox.requests.filter((request) => request.path.startsWith('/wms/'));
	// The poller's own reads (another workflow, on the main) are not this workflow's.
	expect(
		wms.filter((request) => request.method === 'GET' && request.query.ids !== undefined),
	).toHaveLength(8);
	const cancels = wms.filter((request) => request.method === 'PUT').map((request) => request.path);
	expect(cancels.sort()).toEqual(open.map((order) => `/wms/orders/${order.id}/cancel`).sort());

	const perWorker = executionsByWorker();
	print(
		`list and cancel: executions per worker ${perWorker.map((ids) => ids.length).join(' and ')}`,
	);
	expect(perWorker.flat()).toHaveLength(8);
	expect(new Set(perWorker.flat()).size).toBe(8);
	for (const ids of perWorker) expect(ids.length).toBeGreaterThan(0);
});

test('a bulk Update spread over both workers stays within the shared write limit: no failed item, nothing lost', async () => {
	sandbox.reset();
	const before = executionsByWorker().map((ids) => ids.length);
	const orders = sandbox
		.orders()
		.filter((order) => order.status !== 'cancelled' && order.status !== 'fulfilled')
		.slice(0, 400);
	expect(orders).toHaveLength(400);
	const batches = Array.from({ length: 4 }, (_, index) =>
		orders
			.slice(index * 100, index * 100 + 100)
			.map((order) => ({ id: order.id, order_number: `Q-${order.id.slice(-10)}` })),
	);

	const started = Date.now();
	const responses = await Promise.all(
		batches.map(async (updates) => {
			const response = await fetch(`${main.url}/webhook/${BULK_UPDATE_PATH}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ updates }),
			});
			return {
				status: response.status,
				body: (await response.json()) as Array<Record<string, unknown>>,
			};
		}),
	);
	const seconds = (Date.now() - started) / 1000;

	for (const response of responses) {
		expect(response.status).toBe(200);
		expect(response.body).toHaveLength(100);
		expect(response.body.filter((item) => item.error !== undefined)).toEqual([]);
	}
	for (const update of batches.flat())
		expect(sandbox.order(update.id)?.order_number).toBe(update.order_number);

	const puts = sandbox.requests.filter((request) => request.method === 'PUT');
	const tooMany = puts.filter((request) => request.status === 429).length;
	const applied = puts.filter((request) => request.status === 200);
	expect(applied).toHaveLength(400);
	expect(new Set(applied.map((request) => request.path)).size).toBe(400);

	const after = executionsByWorker().map((ids) => ids.length);
	const ran = after.map((count, index) => count - before[index]);
	print(
		`bulk update: 400 orders in ${seconds.toFixed(1)} s (${(400 / seconds).toFixed(1)} writes/s), ${tooMany} 429s retried, executions per worker ${ran.join(' and ')}`,
	);
	expect(ran.reduce((sum, count) => sum + count, 0)).toBe(4);
	for (const count of ran) expect(count).toBeGreaterThan(0);
});

test('the Orders Trigger polling on the main emits each new order exactly once, executed by the workers', async () => {
	const trackstarDate = (milliseconds: number) =>
		new Date(milliseconds).toISOString().replace(/\.\d{3}Z$/, 'Z');
	const reads = () =>
		sandbox.requests
			.filter(
				(request) => request.method === 'GET' && /^\/wms\/orders\/[0-9a-f]{24}$/.test(request.path),
			)
			.map((request) => request.path.split('/').pop() as string);
	const polls = () =>
		sandbox.requests.filter(
			(request) => request.path === '/wms/orders' && request.query['trackstar_created_date[gte]'],
		);
	const executionsBefore = executionsByWorker().flat().length;
	const readsBefore = reads().length;
	const created: string[] = [];

	for (let round = 0; round < 2; round++) {
		const pollsBefore = polls().length;
		for (let index = 0; index < 3; index++) {
			const now = Date.now();
			const order: Order = {
				...sandbox.orders()[index],
				id: randomBytes(12).toString('hex'),
				order_number: `QUEUE-NEW-${round}-${index}`,
				created_date: trackstarDate(now),
				updated_date: trackstarDate(now),
				trackstar_created_date: trackstarDate(now),
				trackstar_updated_date: trackstarDate(now),
			};
			sandbox.upsertOrder(order);
			created.push(order.id);
		}
		await until(
			'a poll after the orders appeared',
			() => (polls().length > pollsBefore ? true : undefined),
			90_000,
		);
		await until(
			'the workers to read the new orders',
			() => (created.every((id) => reads().includes(id)) ? true : undefined),
			60_000,
		);
	}

	const readIds = reads().slice(readsBefore);
	expect([...readIds].sort()).toEqual([...created].sort());
	const executions = executionsByWorker().flat().length - executionsBefore;
	print(
		`poller: ${created.length} new orders over ${polls().length} polls, ${executions} executions on the workers`,
	);
	expect(executions).toBeGreaterThanOrEqual(2);
}, 300_000);
