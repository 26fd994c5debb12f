/**
 * `n8n start` with the package: n8n's loader lists the node, the active webhook example cancels
 * the orders a POST names, answering one result per ID, and the storefront example creates the
 * posted order with its lines mapped by an expression.
 */
import { readFileSync } from 'node:fs';

import { STOREFRONT_ORDER_FILE, WEBHOOK_EXAMPLES } from '../../scripts/demo/startDemo';
import { startE2eApp, type E2eApp } from './app';

let app: E2eApp;

beforeAll(async () => {
	app = await startE2eApp(() => []);
	for (const { id } of Object.values(WEBHOOK_EXAMPLES)) await app.n8n.publish(id);
	await app.n8n.start();
	for (const { path } of Object.values(WEBHOOK_EXAMPLES)) await app.n8n.waitForWebhook(path);
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

test('the active storefront example creates a warehouse order from a posted storefront order, its lines mapped as JSON', async () => {
	const storefrontOrder = JSON.parse(readFileSync(STOREFRONT_ORDER_FILE, 'utf8')) as {
		line_items: Array<{ sku: string; warehouse_product_id: string; quantity: number; price: string }>;
	};
	const storefrontLines = storefrontOrder.line_items;
	const response = await fetch(`${app.n8n.url}/webhook/${WEBHOOK_EXAMPLES.storefront.path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(storefrontOrder),
	});

	expect(response.status).toBe(200);
	const created = (await response.json()) as Record<string, unknown>;
	expect(created).toMatchObject({ order_number: '#1001', reference_id: '5012345678901', status: 'open', unused_fields: [] });
	const [request] = app.sandbox.requests.filter((entry) => entry.method === 'POST' && entry.path === '/wms/orders');
	expect(request.body).toEqual({
		order_number: '#1001',
		reference_id: '5012345678901',
		invoice_currency_code: 'USD',
		total_price: 193,
		ship_to_address: {
			full_name: 'Ada Lovelace',
			address1: '12 St James Square',
			city: 'Reno',
			state: 'NV',
			postal_code: '89502',
			country: 'US',
		},
		line_items: storefrontLines.map((line) => ({
			sku: line.sku,
			product_id: line.warehouse_product_id,
			quantity: line.quantity,
			unit_price: Number(line.price),
		})),
		trackstar_tags: [{ source: 'storefront' }],
	});
	expect(app.sandbox.order(String(created.id))?.line_items.map((line) => [line.sku, line.quantity])).toEqual([
		['NWO-JKT-RAIN-M-NVY', 1],
		['NWO-BNE-MRN-OS', 2],
	]);
});
