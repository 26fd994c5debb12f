/**
 * `n8n start` with the package, one instance for the cases that need n8n running and never run
 * `n8n execute`:
 * - n8n's loader lists the node; the active webhook example cancels the orders a POST names,
 *   answering one result per ID, and the storefront example creates the posted order with its
 *   lines mapped by an expression;
 * - Trackstar for AI agents: the example workflow's MCP Server Trigger, published, exposes
 *   Trackstar tools; an MCP client (the SDK inside n8n) lists them with the input schemas their
 *   `$fromAI` parameters make, and calls them; the sandbox shows what each call did; a second
 *   trigger serves a Trackstar Cart tool, for an agent working on a store's orders;
 * - the "From List" pickers: the editor's own request (POST
 *   /rest/dynamic-node-parameters/resource-locator-results) with the sandbox credential;
 * - the WMS Fields: loaded as the editor loads a resource mapper (POST
 *   /rest/dynamic-node-parameters/resource-mapper-fields), saved with a workflow as their schema,
 *   and run from the editor against that saved schema.
 * They were three files with an n8n start each; one start (about 10 s of a core) serves them all.
 * The sandbox is reset before each case, and no workflow here polls, so each case sees only its
 * own requests. Every case runs on both n8n lines: activation (publish on 2.x, activate on 1.x),
 * the MCP tools' names, the REST API and its error bodies differ between them.
 */
import { readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import type { ResourceMapperFields } from 'n8n-workflow';

import { EXAMPLE_CREDENTIAL } from '../../scripts/demo/examples';
import { STOREFRONT_ORDER_FILE, WEBHOOK_EXAMPLES } from '../../scripts/demo/startDemo';
import { runFromEditor } from '../../scripts/n8n/editorRun';
import { connectMcp, toolOutput, type McpSession } from '../../scripts/n8n/mcpClient';
import { WAREHOUSE_CUSTOMERS, WAREHOUSES } from '../../sandbox';
import { pickerErrorAsShown, type ServerErrorBody } from '../support/editorPickerError';
import { byId, cartRequests, SHIP_TO_ADDRESS, writeInfoRequests } from '../support/trackstar';
import {
	expectSucceeded,
	startE2eApp,
	WRONG_ACCESS_VALUE,
	WRONG_TOKEN_CREDENTIAL,
	type E2eApp,
} from './app';
import {
	manualWorkflow,
	mcpServerWorkflow,
	TRACKSTAR,
	TRACKSTAR_ORDERS,
	trackstarCartTool,
	trackstarResourceNode as trackstar,
} from './workflows';

const MCP_PATH = 'trackstar';
const CART_MCP_PATH = 'trackstar-cart';
const CART_TOOLS = mcpServerWorkflow('e2eCartTools01', 'E2E: a Trackstar Cart tool for AI agents', {
	path: CART_MCP_PATH,
	webhookId: '0b7e2c44-5d1a-4c2e-9f3b-6a8d1e2f3c41',
	tools: [
		trackstarCartTool('Newest_Store_Orders', {
			descriptionType: 'manual',
			toolDescription:
				"List the store's newest orders, newest first: number, status, customer, totals and tracking numbers.",
			resource: 'order',
			operation: 'getAll',
			limit: "={{ $fromAI('count', 'How many of the newest orders to list, 1 to 20', 'number') }}",
		}),
	],
});
let app: E2eApp;
let mcp: McpSession;
let cartMcp: McpSession;
let cookie: string;

beforeAll(async () => {
	app = await startE2eApp(() => [CART_TOOLS]);
	for (const { id } of Object.values(WEBHOOK_EXAMPLES)) await app.n8n.publish(id);
	await app.n8n.publish('tsAgentTools1');
	await app.n8n.publish(CART_TOOLS.id);
	await app.n8n.start();
	for (const { path } of Object.values(WEBHOOK_EXAMPLES)) await app.n8n.waitForWebhook(path);
	await app.n8n.waitForWebhook(MCP_PATH, 60_000, 'mcp');
	await app.n8n.waitForWebhook(CART_MCP_PATH, 60_000, 'mcp');
	mcp = await connectMcp(app.n8n.appDir, `${app.n8n.url}/mcp/${MCP_PATH}`);
	cartMcp = await connectMcp(app.n8n.appDir, `${app.n8n.url}/mcp/${CART_MCP_PATH}`);
	cookie = await app.n8n.login();
}, 300_000);

afterAll(async () => {
	await mcp?.close();
	await cartMcp?.close();
	await app?.close();
});

beforeEach(() => app.sandbox.reset());

describe('the loader and the active webhook examples', () => {
	test("n8n's loader serves the Trackstar Orders node and its credential from the installed package", async () => {
		const headers = { cookie: await app.n8n.login() };
		const nodes = (await (
			await fetch(`${app.n8n.url}/types/nodes.json`, { headers })
		).json()) as Array<{
			name: string;
			displayName: string;
			credentials?: Array<{ name: string }>;
			properties: Array<{ name: string; options?: Array<{ value: string }> }>;
		}>;
		const orders = nodes.find((node) => node.name === 'n8n-nodes-trackstar.trackstarOrders');
		expect(orders?.displayName).toBe('Trackstar Orders');
		expect(orders?.credentials).toEqual([expect.objectContaining({ name: 'trackstarApi' })]);
		const operation = orders?.properties.find((property) => property.name === 'operation');
		expect(operation?.options?.map((option) => option.value)).toEqual(
			expect.arrayContaining(['getAll', 'update', 'cancel']),
		);

		const credentials = (await (
			await fetch(`${app.n8n.url}/types/credentials.json`, { headers })
		).json()) as Array<{ name: string }>;
		expect(credentials.map((credential) => credential.name)).toContain('trackstarApi');
	});

	test('the active webhook example cancels the posted orders and reports the one it could not', async () => {
		const open = app.sandbox
			.orders()
			.filter((order) => order.status === 'open')
			.slice(0, 2);
		const response = await fetch(`${app.n8n.url}/webhook/trackstar/cancel-orders`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ order_ids: [...open.map((order) => order.id), 'no-such-order'] }),
		});

		expect(response.status).toBe(200);
		const results = (await response.json()) as Array<Record<string, unknown>>;
		expect(results).toHaveLength(3);
		expect(results.slice(0, 2)).toEqual(
			open.map((order) => expect.objectContaining({ id: order.id, status: 'cancelled' })),
		);
		expect(results[2].error).toMatch(/^Trackstar answered 404: /);
		for (const order of open) expect(app.sandbox.order(order.id)?.status).toBe('cancelled');
		expect(
			app.sandbox.requests
				.filter((request) => request.path.startsWith('/wms/'))
				.map((request) => `${request.method} ${request.path}`),
		).toEqual([
			...open.map((order) => `PUT /wms/orders/${order.id}/cancel`),
			'PUT /wms/orders/no-such-order/cancel',
		]);
	});

	test('the active storefront example creates a warehouse order from a posted storefront order, its lines mapped as JSON', async () => {
		const storefrontOrder = JSON.parse(readFileSync(STOREFRONT_ORDER_FILE, 'utf8')) as {
			line_items: Array<{
				sku: string;
				warehouse_product_id: string;
				quantity: number;
				price: string;
			}>;
		};
		const storefrontLines = storefrontOrder.line_items;
		const response = await fetch(`${app.n8n.url}/webhook/${WEBHOOK_EXAMPLES.storefront.path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(storefrontOrder),
		});

		expect(response.status).toBe(200);
		const created = (await response.json()) as Record<string, unknown>;
		expect(created).toMatchObject({
			order_number: '#1001',
			reference_id: '5012345678901',
			status: 'open',
			unused_fields: [],
		});
		const [request] = app.sandbox.requests.filter(
			(entry) => entry.method === 'POST' && entry.path === '/wms/orders',
		);
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
		expect(
			app.sandbox.order(String(created.id))?.line_items.map((line) => [line.sku, line.quantity]),
		).toEqual([
			['NWO-JKT-RAIN-M-NVY', 1],
			['NWO-BNE-MRN-OS', 2],
		]);
	});
});

describe('the MCP Server Trigger example, for AI agents', () => {
	const wmsRequests = () =>
		app.sandbox.requests
			.filter((request) => request.path.startsWith('/wms/'))
			.map((request) => `${request.method} ${request.path}`);

	test('the client lists each Trackstar tool with its description and the inputs its $fromAI parameters ask for', async () => {
		const tools = await mcp.listTools();
		const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));

		expect(Object.keys(byName).sort()).toEqual([
			'Cancel_Order',
			'Find_Inventory_By_SKU',
			'Find_Orders',
			'Get_Order',
		]);
		expect(byName.Get_Order.description).toMatch(/Trackstar order ID/);
		expect(byName.Get_Order.inputSchema.properties?.order_id).toMatchObject({
			type: 'string',
			description: expect.stringMatching(/Trackstar ID/),
		});
		expect(byName.Get_Order.inputSchema.required).toContain('order_id');
		expect(byName.Find_Orders.inputSchema.properties?.order_number).toMatchObject({
			type: 'string',
		});
		expect(byName.Cancel_Order.description).toMatch(/Cancel one warehouse order/);
		expect(byName.Find_Inventory_By_SKU.description).toMatch(
			/stock of one SKU.*Needs the exact SKU/s,
		);
		expect(byName.Find_Inventory_By_SKU.inputSchema.properties?.sku).toMatchObject({
			type: 'string',
			description: expect.stringMatching(/SKU of the inventory item/),
		});
		expect(byName.Find_Inventory_By_SKU.inputSchema.required).toContain('sku');
	});

	test('Find_Inventory_By_SKU filters inventory by the SKU the agent gives and answers its stock, simplified', async () => {
		const item = app.sandbox.inventoryItems()[4];

		const output = JSON.stringify(
			toolOutput(await mcp.callTool('Find_Inventory_By_SKU', { sku: item.sku })),
		);

		expect(output).toContain(item.id);
		expect(output).toMatch(new RegExp(`fulfillable\\\\?":${item.fulfillable}\\b`));
		expect(output).toContain('"warehouses"');
		expect(output).not.toContain('inventory_by_warehouse_id');
		expect(wmsRequests()).toEqual(['GET /wms/inventory']);
		expect(
			app.sandbox.requests.find((request) => request.path === '/wms/inventory')!.query,
		).toEqual({
			'sku[eq]': item.sku,
			// A list that fits in one page is read whole (and sorted newest first): still one request.
			limit: '1000',
		});
	});

	test('Get_Order reads the order the agent names and answers it simplified', async () => {
		const order = app.sandbox.orders()[0];

		const output = toolOutput(await mcp.callTool('Get_Order', { order_id: order.id }));

		expect(JSON.stringify(output)).toContain(order.id);
		expect(JSON.stringify(output)).toContain(order.order_number);
		expect(wmsRequests()).toEqual([`GET /wms/orders/${order.id}`]);
	});

	test('Find_Orders sends the order number the agent gives as a filter', async () => {
		const order = app.sandbox.orders()[5];

		const output = toolOutput(
			await mcp.callTool('Find_Orders', { order_number: order.order_number }),
		);

		expect(JSON.stringify(output)).toContain(order.id);
		const [list] = app.sandbox.requests.filter((request) => request.path === '/wms/orders');
		expect(list.query).toMatchObject({ 'order_number[eq]': order.order_number, limit: '1000' });
	});

	test('Cancel_Order cancels the order in the warehouse, and tells the agent why when it cannot', async () => {
		const open = app.sandbox.orders().find((order) => order.status === 'open')!;

		const output = toolOutput(await mcp.callTool('Cancel_Order', { order_id: open.id }));
		expect(JSON.stringify(output)).toContain('cancelled');
		expect(app.sandbox.order(open.id)?.status).toBe('cancelled');

		const refused = await mcp.callTool('Cancel_Order', { order_id: 'no-such-order' });
		expect(JSON.stringify(refused.content)).toMatch(/404/);
		expect(wmsRequests()).toEqual([
			`PUT /wms/orders/${open.id}/cancel`,
			'PUT /wms/orders/no-such-order/cancel',
		]);
	});
});

describe('a Trackstar Cart tool behind an MCP Server Trigger', () => {
	test("the client lists the tool with the count it asks for, and a call answers that many of the store's newest orders, simplified", async () => {
		const tools = await cartMcp.listTools();
		expect(tools.map((each) => each.name)).toEqual(['Newest_Store_Orders']);
		const [tool] = tools;
		expect(tool.description).toMatch(/store's newest orders/);
		expect(tool.inputSchema.properties?.count).toMatchObject({ type: 'number' });
		expect(tool.inputSchema.required).toContain('count');

		const output = JSON.stringify(
			toolOutput(await cartMcp.callTool('Newest_Store_Orders', { count: 4 })),
		);

		const orders = app.sandbox.cartOrders().reverse();
		expect(output.match(/order_number\\?"/g)).toHaveLength(4);
		for (const order of orders.slice(0, 4)) expect(output).toContain(order.order_number);
		expect(output).not.toContain(orders[4].order_number);
		expect(output).toContain('customer_name');
		expect(output).not.toContain('bill_to_address');
		expect(cartRequests(app.sandbox).map((request) => `${request.method} ${request.path}`)).toEqual(
			['GET /cart/orders'],
		);
		// The store's orders fit in one page: read whole (and sorted newest first), one request.
		expect(cartRequests(app.sandbox)[0].query).toEqual({ limit: '1000' });
		expect(app.sandbox.requests.filter((request) => request.path.startsWith('/wms/'))).toEqual([]);
	});
});

describe('the "From List" pickers', () => {
	interface SearchAnswer {
		data: { results: Array<{ name: string; value: string }>; paginationToken?: string };
	}

	interface SearchRequest {
		filter?: string;
		paginationToken?: string;
		credential?: { id: string; name: string };
	}

	async function post(
		methodName: string,
		path: string,
		{ credential, ...extra }: SearchRequest = {},
	) {
		return await fetch(`${app.n8n.url}/rest/dynamic-node-parameters/resource-locator-results`, {
			method: 'POST',
			headers: { cookie, 'content-type': 'application/json' },
			body: JSON.stringify({
				methodName,
				path,
				nodeTypeAndVersion: { name: TRACKSTAR_ORDERS, version: 1 },
				currentNodeParameters: { resource: 'order', operation: 'update' },
				credentials: { trackstarApi: credential ?? EXAMPLE_CREDENTIAL },
				...extra,
			}),
		});
	}

	async function search(methodName: string, path: string, extra: SearchRequest = {}) {
		const response = await post(methodName, path, extra);
		expect(response.status).toBe(200);
		return ((await response.json()) as SearchAnswer).data;
	}

	test('the order picker lists the newest orders a page at a time and loads the next with its token', async () => {
		const first = await search('searchOrders', 'parameters.orderId');
		// A page ends on a whole second: the orders of its oldest second open the next page.
		expect(first.results.length).toBeGreaterThan(90);
		expect(first.results.length).toBeLessThanOrEqual(100);
		expect(first.paginationToken).toEqual(expect.any(String));
		const second = await search('searchOrders', 'parameters.orderId', {
			paginationToken: first.paginationToken,
		});
		const newest = app.sandbox
			.orders()
			.sort(
				(a, b) => Date.parse(b.created_date) - Date.parse(a.created_date) || (a.id < b.id ? 1 : -1),
			)
			.map((order) => order.id);
		const shown = [...first.results, ...second.results].map((result) => result.value);
		expect(shown).toEqual(newest.slice(0, shown.length));
		// Each page: Trackstar's first page, and on a list longer than that, the newest range.
		const requests = app.sandbox.requests.map((request) => `${request.path} ${request.status}`);
		expect(requests.length).toBeLessThanOrEqual(4);
		expect(requests.every((request) => request === '/wms/orders 200')).toBe(true);
	}, 60_000);

	test('the order picker finds an order by its number', async () => {
		const order = app.sandbox.orders()[42];
		const { results } = await search('searchOrders', 'parameters.orderId', {
			filter: order.order_number.toLowerCase(),
		});
		expect(results.map((result) => result.value)).toContain(order.id);
		expect(app.sandbox.requests[0].query).toMatchObject({
			'order_number[contains-insensitive]': order.order_number.toLowerCase(),
		});
	}, 60_000);

	test("the warehouse customer picker searches the connection's customers by name", async () => {
		const { results } = await search(
			'searchWarehouseCustomers',
			'parameters.updateFields.warehouseCustomerId',
			{ filter: 'pet' },
		);
		expect(results).toEqual([{ name: 'Brightside Pet Supply', value: WAREHOUSE_CUSTOMERS[3].id }]);
		expect(app.sandbox.requests[0]).toMatchObject({
			path: '/wms/warehouse-customers',
			status: 200,
		});
	}, 60_000);

	test("the warehouse picker lists the connection's warehouses with their codes", async () => {
		const { results } = await search('searchWarehouses', 'parameters.updateFields.warehouseId');
		expect(results).toEqual(
			WAREHOUSES.map((warehouse) => ({
				name: `${warehouse.name} (${warehouse.code})`,
				value: warehouse.id,
			})),
		);
		expect(app.sandbox.requests[0]).toMatchObject({ path: '/wms/warehouses', status: 200 });
	}, 60_000);

	test('a picker whose credential is refused shows one sentence: the status once, no item, the hyphens kept', async () => {
		const response = await post('searchOrders', 'parameters.orderId', {
			credential: WRONG_TOKEN_CREDENTIAL,
		});
		expect(response.status).toBe(500);
		const body = (await response.json()) as ServerErrorBody;
		expect(pickerErrorAsShown(body)).toBe(
			[
				'Could not load list',
				'401 - Trackstar refused the access token (Invalid x\u2011trackstar\u2011access\u2011token header).',
				'Check your credential',
			].join('\n'),
		);
		expect(JSON.stringify(body)).not.toContain('[item');
		expect(JSON.stringify(body)).not.toContain(WRONG_ACCESS_VALUE);
		expect(JSON.stringify(body)).not.toContain(app.sandbox.apiKey);
	}, 60_000);
});

describe('the WMS Fields', () => {
	const CREATE_ORDER = { resource: 'order', operation: 'create' };
	const rest = (path: string, body: object) =>
		fetch(`${app.n8n.url}/rest/${path}`, {
			method: 'POST',
			headers: { cookie, 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});

	/** Switches the access token's connection to another integration, as the sandbox's admin route does. */
	async function connectTo(integration: string) {
		const answer = await fetch(`${app.sandbox.url}/__sandbox/connection`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ integration_name: integration }),
		});
		expect(answer.status).toBe(200);
	}

	/** The editor's request when the WMS Fields open: the same body on n8n 1.x and 2.x. */
	async function loadWmsFields(parameters: Record<string, unknown>) {
		const response = await rest('dynamic-node-parameters/resource-mapper-fields', {
			methodName: 'getWmsFields',
			path: 'parameters.wmsFields',
			nodeTypeAndVersion: { name: TRACKSTAR, version: 1 },
			currentNodeParameters: parameters,
			credentials: { trackstarApi: EXAMPLE_CREDENTIAL },
		});
		expect(response.status).toBe(200);
		return ((await response.json()) as { data: ResourceMapperFields }).data;
	}

	/** Saves a workflow as the editor does; n8n 1.x picks its ID itself. */
	async function saveWorkflow(workflow: object): Promise<string> {
		const response = await rest('workflows', workflow);
		expect(response.status).toBe(200);
		return ((await response.json()) as { data: { id: string } }).data.id;
	}

	test("n8n loads Extensiv's order fields, and a workflow saved with them sends the chosen billing code with no schema call", async () => {
		await connectTo('extensiv-3pl-central');
		const { fields } = await loadWmsFields(CREATE_ORDER);

		const columns = fields.filter((field) => field.display);
		expect(columns.find((field) => field.id === 'billing_code')).toMatchObject({
			type: 'options',
			options: expect.arrayContaining([{ name: 'default_Prepaid', value: 'default_Prepaid' }]),
		});
		// Extensiv requires the warehouse, which the node's own Warehouse field sets.
		expect(columns.map((field) => field.id)).not.toContain('warehouse_id');
		expect(writeInfoRequests(app.sandbox)).toHaveLength(1);

		const workflowId = await saveWorkflow(
			manualWorkflow('e2eWmsFields001', 'E2E: an Extensiv order with WMS Fields', [
				trackstar('Create Order', {
					...CREATE_ORDER,
					orderNumber: 'E2E-WMS-FIELDS-1',
					shipToAddress: SHIP_TO_ADDRESS,
					lineItems: { lineItem: [{ sku: 'NWO-TEE-BLK-M', quantity: 2, unitPrice: '32' }] },
					additionalFields: { warehouseId: byId(WAREHOUSES[0].id) },
					wmsFields: {
						mappingMode: 'defineBelow',
						value: { billing_code: 'default_Prepaid' },
						matchingColumns: [],
						schema: fields,
					},
				}),
			]),
		);
		const before = app.sandbox.requests.length;
		const run = await runFromEditor(app.n8n, workflowId, 'Start');

		expectSucceeded(run);
		expect(run.items['Create Order'][0].json).toMatchObject({
			order_number: 'E2E-WMS-FIELDS-1',
			unused_fields: [],
		});
		const sent = app.sandbox.requests.slice(before);
		// The saved schema names the integration and what it requires: no connection or write-info call.
		expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual([
			'POST /wms/orders',
		]);
		expect(sent[0].body).toMatchObject({
			order_number: 'E2E-WMS-FIELDS-1',
			warehouse_id: WAREHOUSES[0].id,
			billing_code: 'default_Prepaid',
		});
	}, 120_000);
});
