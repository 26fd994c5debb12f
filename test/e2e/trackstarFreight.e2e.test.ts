/**
 * The Trackstar Freight node (a freight connection's `/freight/...` API) inside the real n8n app,
 * installed from the package's tarball: a workflow run with `n8n execute` against the sandbox,
 * with the credential of the sandbox's freight connection, whose token reads /freight only;
 * checked by its output items and by what the sandbox received.
 */
import { byId, freightRequests } from '../support/trackstar';
import { e2eAppForTestFile, execute, expectSucceeded, onlyOnLine } from './app';
import { manualWorkflow, trackstarFreightNode } from './workflows';

const NEWEST = 4;

const app = e2eAppForTestFile(() => [
	manualWorkflow('e2eFreight01', 'E2E: Trackstar Freight, the newest shipments, each by ID', [
		trackstarFreightNode('Newest Shipments', {
			resource: 'shipment',
			operation: 'getAll',
			limit: NEWEST,
			simplify: false,
		}),
		trackstarFreightNode('Each Shipment', {
			resource: 'shipment',
			operation: 'get',
			shipmentId: byId('={{ $json.id }}'),
		}),
	]),
]);

/**
 * On n8n 2.x only, as trackstarCart.e2e.test.ts: the requests the node builds and what it makes
 * of the answers are its own code, the same on both lines; 1.x's loader, expressions and
 * credentials are exercised by the other files.
 */
const test = onlyOnLine(2);

test('Shipment Get Many returns the newest shipments up to the Limit, and Get reads each one, simplified', async () => {
	const run = await execute(app, 'e2eFreight01');

	expectSucceeded(run);
	const newest = app.sandbox.freightShipments().slice(-NEWEST).reverse();
	expect(run.items['Newest Shipments'].map((item) => item.json)).toEqual(newest);
	expect(run.items['Each Shipment'].map((item) => item.json)).toEqual(
		newest.map((shipment) =>
			expect.objectContaining({
				id: shipment.id,
				status: shipment.status,
				status_name: expect.any(String),
				eta_date: shipment.eta_date,
				cost: shipment.cost,
			}),
		),
	);
	expect(run.items['Each Shipment'][0].json).not.toHaveProperty('additional_fields');
	const [list, ...gets] = freightRequests(app.sandbox);
	expect(list).toMatchObject({ method: 'GET', path: '/freight/shipments' });
	expect(gets.map((request) => `${request.method} ${request.path}`)).toEqual(
		newest.map((shipment) => `GET /freight/shipments/${shipment.id}`),
	);
	// Only the Freight API, with the freight connection's own token.
	expect(app.sandbox.requests.every((request) => request.path.startsWith('/freight/'))).toBe(true);
	for (const request of [list, ...gets]) {
		expect(request.headers['x-trackstar-access-token']).toBe(app.sandbox.freightAccessToken);
	}
}, 120_000);
