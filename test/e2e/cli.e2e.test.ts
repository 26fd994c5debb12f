/**
 * The package inside the real n8n app (installed from its tarball, loaded by n8n's own loader),
 * workflows run with `n8n execute` against the sandbox: the examples, every page of a big list,
 * cancel with continue-on-fail, and a credential Trackstar refuses.
 *
 * Runs on both n8n lines: the examples a user of either line imports, what n8n execute
 * prints (a 2,500-item output), Continue On Fail, and the errors n8n shows, whose shapes differ
 * between n8n 1.x and 2.x.
 */
import type { Sandbox } from '../../sandbox';
import { byId, wmsRequests } from '../support/trackstar';
import {
	API_KEY_ONLY_CREDENTIAL,
	e2eAppForTestFile,
	execute,
	expectSucceeded,
	WRONG_ACCESS_VALUE,
} from './app';
import {
	itemsOf,
	manualWorkflow,
	trackstarNode,
	trackstarResourceNode,
	WRONG_TOKEN_CREDENTIAL,
} from './workflows';

function cancelTargets(sandbox: Sandbox) {
	const orders = sandbox.orders();
	return {
		open: orders.find((order) => order.status === 'open')!.id,
		fulfilled: orders.find((order) => order.status === 'fulfilled')!.id,
	};
}

const workflows = (sandbox: Sandbox) => {
	const targets = cancelTargets(sandbox);
	return [
		manualWorkflow('e2eListEveryOrd', 'E2E: every order, every page', [
			trackstarNode('Every Order', { operation: 'getAll', returnAll: true, simplify: false }),
		]),
		manualWorkflow('e2eCancelMixed01', 'E2E: cancel an open, a fulfilled and an unknown order', [
			...itemsOf('Order IDs', 'order_id', [targets.open, targets.fulfilled, 'no-such-order']),
			trackstarNode(
				'Cancel Order',
				{ operation: 'cancel', orderId: byId('={{ $json.order_id }}') },
				{ onError: 'continueRegularOutput' },
			),
		]),
		manualWorkflow('e2eEmptyDate001', 'E2E: a date condition left empty', [
			trackstarNode('Orders Updated After', {
				operation: 'getAll',
				limit: 5,
				filters: { updatedDate: { conditions: [{ operator: 'gt', value: '' }] } },
			}),
		]),
		manualWorkflow('e2eWrongToken01', 'E2E: a token Trackstar refuses', [
			trackstarNode(
				'List With Wrong Token',
				{ operation: 'getAll', limit: 5 },
				{ credential: WRONG_TOKEN_CREDENTIAL },
			),
		]),
		manualWorkflow('e2eKeyOnlyLink1', 'E2E: a magic link with the API key alone', [
			trackstarResourceNode(
				'Create Magic Link',
				{
					resource: 'magicLink',
					operation: 'create',
					integrationType: 'wms',
					linkDuration: 2,
					customerId: 'e2e-key-only',
				},
				{ credential: API_KEY_ONLY_CREDENTIAL },
			),
		]),
		manualWorkflow('e2eKeyOnlyWms01', 'E2E: orders with the API key alone', [
			trackstarNode(
				'Orders Without Token',
				{ operation: 'getAll', limit: 5 },
				{ credential: API_KEY_ONLY_CREDENTIAL },
			),
		]),
	];
};

const app = e2eAppForTestFile(workflows);

test('the scheduled example lists every order in exception or backordered updated in the last hour', async () => {
	const startedAt = Date.now();
	const run = await execute(app, 'tsExceptionsScan');

	expectSucceeded(run);
	const expected = app.sandbox
		.orders()
		.filter((order) => ['exception', 'backordered'].includes(order.status))
		.filter((order) => Date.parse(order.updated_date) >= startedAt - 3_600_000 - 60_000);
	const listed = run.items['Stuck Orders Updated in the Last Hour'].map((item) => item.json);
	expect(listed.length).toBeGreaterThan(0);
	expect(listed.map((order) => order.id).sort()).toEqual(expected.map((order) => order.id).sort());
	expect(run.items['One Line per Order'][0].json.message).toMatch(
		/^Order \S+ \(.+\) is (exception|backordered) since /,
	);

	const [request] = wmsRequests(app.sandbox);
	expect(request.method).toBe('GET');
	expect(request.query['status[in]']).toBe('exception,backordered');
	expect(request.query['updated_date[gte]']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
	expect(
		Math.abs(Date.parse(request.query['updated_date[gte]'] as string) - (startedAt - 3_600_000)),
	).toBeLessThan(60_000);
}, 120_000);

test('Return All reads every page of 2,500 orders, each order once', async () => {
	const run = await execute(app, 'e2eListEveryOrd');

	expectSucceeded(run);
	const ids = run.items['Every Order'].map((item) => item.json.id);
	expect(ids).toHaveLength(2500);
	expect(new Set(ids).size).toBe(2500);
	expect(run.items['Every Order'][0].json.line_items).toBeInstanceOf(Array);
	const pages = wmsRequests(app.sandbox);
	expect(pages).toHaveLength(3);
	expect(pages[0].query.page_token).toBeUndefined();
	expect(pages[1].query.page_token).toEqual(expect.any(String));
	expect(pages.every((page) => page.query.limit === '1000')).toBe(true);
}, 120_000);

test("the bulk-fix example moves the customer's open orders to UPS Ground and leaves the rest alone", async () => {
	const customer = '65a1f3c2e4b0a17d9c3e5f02';
	const before = app.sandbox.orders();
	const toFix = before.filter(
		(order) =>
			order.warehouse_customer_id === customer &&
			order.status === 'open' &&
			order.shipping_method_id !== 'ups_ground',
	);
	expect(toFix.length).toBeGreaterThan(0);

	const run = await execute(app, 'tsFixShipMethods');

	expectSucceeded(run);
	const updated = run.items['Set Shipping Method to UPS Ground'].map((item) => item.json);
	expect(updated.map((order) => order.id).sort()).toEqual(toFix.map((order) => order.id).sort());
	expect(updated.every((order) => order.shipping_method_id === 'ups_ground')).toBe(true);
	const writes = wmsRequests(app.sandbox).filter((request) => request.method === 'PUT');
	expect(writes).toHaveLength(toFix.length);
	expect(writes.map((request) => request.body)).toEqual(
		toFix.map(() => ({ shipping_method_id: 'ups_ground' })),
	);
	for (const order of app.sandbox.orders()) {
		const wasFixed = toFix.some((fixed) => fixed.id === order.id);
		const previous = before.find((candidate) => candidate.id === order.id)!;
		expect(order.shipping_method_id).toBe(wasFixed ? 'ups_ground' : previous.shipping_method_id);
	}
}, 120_000);

test('Cancel continues on fail: one result per ID, the refusals say why', async () => {
	const targets = cancelTargets(app.sandbox);
	const run = await execute(app, 'e2eCancelMixed01');

	expectSucceeded(run);
	const [cancelled, fulfilled, unknown] = run.items['Cancel Order'].map((item) => item.json);
	expect(cancelled).toMatchObject({ id: targets.open, status: 'cancelled' });
	expect(fulfilled.error).toMatch(/^Trackstar answered 4\d\d: .+/);
	expect(unknown.error).toMatch(/^Trackstar answered 404: /);
	expect(app.sandbox.order(targets.open)?.status).toBe('cancelled');
	expect(app.sandbox.order(targets.fulfilled)?.status).toBe('fulfilled');
	expect(wmsRequests(app.sandbox).map((request) => `${request.method} ${request.path}`)).toEqual([
		`PUT /wms/orders/${targets.open}/cancel`,
		`PUT /wms/orders/${targets.fulfilled}/cancel`,
		'PUT /wms/orders/no-such-order/cancel',
	]);
}, 120_000);

test('a date condition left empty fails the execution before any request, naming the filter and how to fix it', async () => {
	const run = await execute(app, 'e2eEmptyDate001');

	expect(run.code).not.toBe(0);
	expect(run.output).toContain('Invalid Updated Date: the condition "Is After" has no date');
	expect(wmsRequests(app.sandbox)).toHaveLength(0);
}, 120_000);

test('a token Trackstar refuses fails the execution with a clear 401 and never shows the token', async () => {
	const run = await execute(app, 'e2eWrongToken01');

	expect(run.code).not.toBe(0);
	expect(run.output).toContain('Trackstar answered 401: Invalid x-trackstar-access-token header');
	expect(run.output).not.toContain(WRONG_ACCESS_VALUE);
	expect(run.output).not.toContain(app.sandbox.apiKey);
	expect(wmsRequests(app.sandbox)).toHaveLength(1);
	expect(wmsRequests(app.sandbox)[0].status).toBe(401);
}, 120_000);

test('a credential with the API key alone creates a magic link, sending no access token header', async () => {
	const run = await execute(app, 'e2eKeyOnlyLink1');

	expectSucceeded(run);
	expect(run.items['Create Magic Link'][0].json).toMatchObject({
		magic_link: { customer_id: 'e2e-key-only', integration_type: 'wms' },
	});
	const [request] = app.sandbox.requests.filter((each) => each.path === '/magic-links');
	expect(request.method).toBe('POST');
	expect(request.headers['x-trackstar-api-key']).toBe(app.sandbox.apiKey);
	expect(request.headers).not.toHaveProperty('x-trackstar-access-token');
}, 120_000);

test('a credential with the API key alone fails a WMS read before any request, naming the credential', async () => {
	const run = await execute(app, 'e2eKeyOnlyWms01');

	expect(run.code).not.toBe(0);
	expect(run.output).toContain(
		`This operation reads the connection of the credential's access token; the credential "${API_KEY_ONLY_CREDENTIAL.name}" has none`,
	);
	expect(app.sandbox.requests).toHaveLength(0);
}, 120_000);
