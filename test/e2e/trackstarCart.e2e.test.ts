/**
 * The Trackstar Cart node (a cart connection's `/cart/...` API) inside the real n8n app,
 * installed from the package's tarball: a workflow run with `n8n execute` against the sandbox,
 * whose one access token reads /cart too, checked by its output items and by what the sandbox
 * received.
 */
import { byId, cartRequests, wmsRequests } from '../support/trackstar';
import { e2eAppForTestFile, execute, expectSucceeded, onlyOnLine } from './app';
import { manualWorkflow, trackstarCartNode as trackstarCart } from './workflows';

const NEWEST = 3;

const app = e2eAppForTestFile(() => [
	manualWorkflow('e2eCartOrders01', 'E2E: Trackstar Cart, the newest orders and their products', [
		trackstarCart('Newest Store Orders', {
			resource: 'order',
			operation: 'getAll',
			limit: NEWEST,
			simplify: false,
		}),
		trackstarCart('Product of the First Line', {
			resource: 'product',
			operation: 'get',
			productId: byId('={{ $json.line_items[0].product_id }}'),
		}),
	]),
]);

/**
 * On n8n 2.x only, as trackstarNode.e2e.test.ts: the requests the node builds and what it makes
 * of the answers are its own code, the same on both lines. n8n 1.x loads and runs Trackstar Cart
 * in server.e2e.test.ts (its tool behind the MCP Server Trigger); 1.x's n8n-workflow,
 * expressions and credentials are exercised by the other files.
 */
const test = onlyOnLine(2);

test('Order Get Many returns the newest orders up to the Limit, and Product Get reads the product of each first line', async () => {
	const run = await execute(app, 'e2eCartOrders01');

	expectSucceeded(run);
	const newest = app.sandbox.cartOrders().slice(-NEWEST).reverse();
	expect(run.items['Newest Store Orders'].map((item) => item.json)).toEqual(newest);
	const products = run.items['Product of the First Line'].map((item) => item.json);
	expect(products).toEqual(
		newest.map(({ line_items: [line] }) =>
			expect.objectContaining({
				id: line.product_id,
				sku: line.product_sku,
				parent_product_id: line.parent_product_id,
				price: line.unit_price,
				inventory: expect.any(Number),
			}),
		),
	);
	// Simplified: the stock per warehouse, which the raw product holds, is left out.
	expect(products[0]).not.toHaveProperty('inventory_by_warehouse_id');
	const [list, ...gets] = cartRequests(app.sandbox);
	expect(list).toMatchObject({ method: 'GET', path: '/cart/orders' });
	expect(list.query).toEqual({ limit: '1000' });
	expect(gets.map((request) => `${request.method} ${request.path}`)).toEqual(
		newest.map(({ line_items: [line] }) => `GET /cart/products/${line.product_id}`),
	);
	expect(wmsRequests(app.sandbox)).toEqual([]);
}, 120_000);
