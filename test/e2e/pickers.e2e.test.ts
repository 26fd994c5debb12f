/**
 * The "From List" pickers inside the real n8n app: `n8n start`, then the editor's own request
 * (POST /rest/dynamic-node-parameters/resource-locator-results) with the sandbox credential.
 */
import { EXAMPLE_CREDENTIAL } from '../../scripts/demo/examples';
import { WAREHOUSE_CUSTOMERS, WAREHOUSES } from '../../sandbox';
import { pickerErrorAsShown, type ServerErrorBody } from '../support/editorPickerError';
import { e2eAppForTestFile, WRONG_TOKEN, WRONG_TOKEN_CREDENTIAL } from './app';
import { TRACKSTAR_ORDERS } from './workflows';

const app = e2eAppForTestFile(() => []);
let cookie: string;

beforeAll(async () => {
	await app.n8n.start();
	cookie = await app.n8n.login();
}, 300_000);

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
	expect(app.sandbox.requests[0]).toMatchObject({ path: '/wms/warehouse-customers', status: 200 });
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
	expect(JSON.stringify(body)).not.toContain(WRONG_TOKEN);
	expect(JSON.stringify(body)).not.toContain(app.sandbox.apiKey);
}, 60_000);
