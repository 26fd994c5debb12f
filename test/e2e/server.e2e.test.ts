/**
 * `n8n start` with the package: n8n's loader lists the node, and the active webhook example
 * cancels the orders a POST names, answering one result per ID.
 */
import { startE2eApp, type E2eApp } from './app';

const WEBHOOK_EXAMPLE = 'tsCancelWebhook1';

let app: E2eApp;

beforeAll(async () => {
	app = await startE2eApp(() => []);
	await app.n8n.publish(WEBHOOK_EXAMPLE);
	await app.n8n.start();
}, 300_000);

afterAll(async () => {
	await app?.close();
});

test("n8n's loader serves the Trackstar Orders node and its credential from the installed package", async () => {
	const headers = { cookie: await app.n8n.login() };
	const nodes = (await (await fetch(`${app.n8n.url}/types/nodes.json`, { headers })).json()) as Array<{
		name: string;
		displayName: string;
		credentials?: Array<{ name: string }>;
		properties: Array<{ name: string; options?: Array<{ value: string }> }>;
	}>;
	const orders = nodes.find((node) => node.name === 'n8n-nodes-trackstar.trackstarOrders');
	expect(orders?.displayName).toBe('Trackstar Orders');
	expect(orders?.credentials).toEqual([expect.objectContaining({ name: 'trackstarApi' })]);
	const operation = orders?.properties.find((property) => property.name === 'operation');
	expect(operation?.options?.map((option) => option.value)).toEqual(expect.arrayContaining(['getAll', 'update', 'cancel']));

	const credentials = (await (await fetch(`${app.n8n.url}/types/credentials.json`, { headers })).json()) as Array<{ name: string }>;
	expect(credentials.map((credential) => credential.name)).toContain('trackstarApi');
});

test('the active webhook example cancels the posted orders and reports the one it could not', async () => {
	const open = app.sandbox.orders().filter((order) => order.status === 'open').slice(0, 2);
	const response = await fetch(`${app.n8n.url}/webhook/trackstar/cancel-orders`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ order_ids: [...open.map((order) => order.id), 'no-such-order'] }),
	});

	expect(response.status).toBe(200);
	const results = (await response.json()) as Array<Record<string, unknown>>;
	expect(results).toHaveLength(3);
	expect(results.slice(0, 2)).toEqual(open.map((order) => expect.objectContaining({ id: order.id, status: 'cancelled' })));
	expect(results[2].error).toMatch(/^Trackstar answered 404: /);
	for (const order of open) expect(app.sandbox.order(order.id)?.status).toBe('cancelled');
	expect(
		app.sandbox.requests.filter((request) => request.path.startsWith('/wms/')).map((request) => `${request.method} ${request.path}`),
	).toEqual([...open.map((order) => `PUT /wms/orders/${order.id}/cancel`), 'PUT /wms/orders/no-such-order/cancel']);
});
