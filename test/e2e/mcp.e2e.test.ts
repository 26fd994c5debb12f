/**
 * Trackstar for AI agents: the example workflow's MCP Server Trigger, published in the real app,
 * exposes Trackstar tools; an MCP client (the SDK inside n8n) lists them with the input schemas
 * their `$fromAI` parameters make, and calls them; the sandbox shows what each call did.
 */
import { connectMcp, toolOutput, type McpSession } from '../../scripts/n8n/mcpClient';
import { startE2eApp, type E2eApp } from './app';

const MCP_PATH = 'trackstar';
let app: E2eApp;
let mcp: McpSession;

beforeAll(async () => {
	app = await startE2eApp(() => []);
	await app.n8n.publish('tsAgentTools1');
	await app.n8n.start();
	await app.n8n.waitForWebhook(MCP_PATH, 60_000, 'mcp');
	mcp = await connectMcp(app.n8n.appDir, `${app.n8n.url}/mcp/${MCP_PATH}`);
}, 300_000);

afterAll(async () => {
	await mcp?.close();
	await app?.close();
});

beforeEach(() => app.sandbox.reset());

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
	expect(byName.Find_Orders.inputSchema.properties?.order_number).toMatchObject({ type: 'string' });
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
	expect(app.sandbox.requests.find((request) => request.path === '/wms/inventory')!.query).toEqual({
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
