import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { startTestSandbox, wmsRequests } from '../../support/trackstar';
import { runTrackstar } from '../../support/trackstarNode';

const PRODUCTS_QUERY =
	'{"query": "query { products(first: 10) { edges { node { id sku name } } } }"}';

describe("Trackstar: Passthrough, a request to the WMS's own API", () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(async () => {
		sandbox.reset();
		sandbox.connectTo('shiphero');
	});

	function passthrough(parameters: IDataObject, continueOnFail = false) {
		return runTrackstar(sandbox, {
			continueOnFail,
			parameters: { resource: 'passthrough', operation: 'passthrough', ...parameters },
		});
	}

	it("sends the vendor's method, path, query, headers and body, and returns its status, headers and body", async () => {
		const { items, error } = await passthrough({
			passthroughMethod: 'POST',
			passthroughPath: '/graphql',
			passthroughQuery: { parameter: [{ name: 'page', value: '1' }] },
			passthroughHeaders: { parameter: [{ name: 'X-Request-Source', value: 'n8n' }] },
			passthroughBody: PRODUCTS_QUERY,
		});
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)).toMatchObject([
			{
				method: 'POST',
				path: '/wms/passthrough',
				body: {
					method: 'POST',
					path: '/graphql',
					params: { page: '1' },
					headers: { 'X-Request-Source': 'n8n' },
					data: { query: expect.stringContaining('products') },
				},
			},
		]);
		expect(items[0].json).toMatchObject({
			status_code: 200,
			headers: { 'content-type': 'application/json' },
			body: { data: { products: { edges: expect.any(Array) } } },
		});
		expect((items[0].json.body as IDataObject).data).toMatchObject({
			products: {
				edges: expect.arrayContaining([
					{ node: expect.objectContaining({ sku: expect.any(String) }) },
				]),
			},
		});
	});

	it("fails on the vendor's error, naming its status and message, or returns it as data when asked", async () => {
		const failed = await passthrough({ passthroughMethod: 'GET', passthroughPath: '/api/v1/nope' });
		expectItemError(
			failed.error,
			'The WMS answered 404 to GET /api/v1/nope: Not Found: /api/v1/nope',
			0,
		);
		expect((failed.error as { httpCode?: string }).httpCode).toBe('404');

		const asData = await passthrough({
			passthroughMethod: 'GET',
			passthroughPath: '/api/v1/nope',
			passthroughOptions: { vendorErrorsAsData: true },
		});
		expect(asData.error).toBeUndefined();
		expect(asData.items[0].json).toMatchObject({ status_code: 404 });
	});

	it('never retries: a 500 from Trackstar is reported after one attempt, with what to check', async () => {
		sandbox.inject({ path: '/wms/passthrough', fault: { kind: 'status', status: 500 } });
		const { error } = await passthrough({
			passthroughMethod: 'POST',
			passthroughPath: '/graphql',
			passthroughBody: PRODUCTS_QUERY,
		});
		expect(wmsRequests(sandbox)).toHaveLength(1);
		expect(error?.message).toMatch(/^Trackstar answered 500/);
		expect((error as { description?: string }).description).toContain(
			'whether the WMS acted on POST /graphql',
		);
	});

	it('explains a WMS without passthrough (501)', async () => {
		sandbox.connectTo('logiwa');
		const { error } = await passthrough({ passthroughMethod: 'GET', passthroughPath: '/x' });
		expect(error?.message).toBe(
			'Trackstar answered 501: Endpoint passthrough is not implemented for Logiwa',
		);
	});

	it.each([
		// An empty Path n8n itself refuses (a required field); blank text reaches the node.
		[{ passthroughPath: '  ' }, 'Invalid Path: is empty'],
		[{ passthroughPath: 'graphql' }, 'Invalid Path: "graphql" does not start with /'],
		[
			{ passthroughPath: '/x', passthroughQuery: { parameter: [{ name: '', value: '1' }] } },
			'Invalid Query Parameter 1: has no name',
		],
		[
			{ passthroughPath: '/x', passthroughMethod: 'POST', passthroughBody: '[1]' },
			'Invalid Body (JSON): must be a JSON object',
		],
	])('refuses bad input before any request: %j', async (parameters, message) => {
		const { error } = await passthrough({ passthroughMethod: 'GET', ...parameters });
		expectItemError(error, message, 0);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it('with Continue On Fail, gives a failed item one error item naming its path', async () => {
		const { items } = await passthrough(
			{ passthroughMethod: 'GET', passthroughPath: '/api/v1/nope' },
			true,
		);
		expect(items).toEqual([
			{
				json: expect.objectContaining({
					path: '/api/v1/nope',
					error: 'The WMS answered 404 to GET /api/v1/nope: Not Found: /api/v1/nope',
				}),
				pairedItem: { item: 0 },
			},
		]);
	});
});
