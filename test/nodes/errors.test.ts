import type { IDataObject, INode, INodeParameters, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { TrackstarApi } from '../../credentials/TrackstarApi.credentials';
import { networkFailureOf } from '../../nodes/shared/transport/errors';
import type { Sandbox } from '../../sandbox';
import { expectItemError, runNode } from '../harness';
import {
	byId,
	runOrders,
	startTestSandbox,
	trackstarCredentials,
	wmsRequests,
} from '../support/trackstar';

const SANDBOX_API_CREDENTIAL = 'tsk_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const SANDBOX_ACCESS_CREDENTIAL = 'tat_3c2b1a09f8e7d6c5b4a3928170665544';
const REFUSED_ACCESS_CREDENTIAL = 'tat_wrong_0011223344556677889900aabbcc';

/**
 * A module loaded with copies of its imports of its own, n8n-workflow among them: the package as a
 * user's `npm install` in ~/.n8n/nodes leaves it, beside the n8n-workflow n8n's engine throws from.
 */
function withOwnN8nWorkflow<T extends object>(path: string): T {
	let loaded!: T;
	jest.isolateModules(() => {
		loaded = jest.requireActual<T>(path);
	});
	return loaded;
}

/** Everything n8n keeps of a run, as text, to search for secrets. */
const everything = (run: unknown) =>
	JSON.stringify(run, (_key, value: unknown) =>
		value instanceof Error ? { ...value, message: value.message, stack: value.stack } : value,
	);

describe('Trackstar Orders: errors', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox({
			apiKey: SANDBOX_API_CREDENTIAL,
			accessToken: SANDBOX_ACCESS_CREDENTIAL,
		});
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const openOrderId = () => sandbox.orders().find((order) => order.status === 'open')!.id;

	it("turns a 401 into an error naming the status, Trackstar's message and the request ID, without secrets", async () => {
		const run = await runOrders(sandbox, {
			credentials: trackstarCredentials(sandbox, { accessToken: REFUSED_ACCESS_CREDENTIAL }),
			parameters: { operation: 'getAll' },
		});

		const error = run.error as Error & { description?: string; httpCode?: string };
		expectItemError(error, 'Trackstar answered 401: Invalid x-trackstar-access-token header', 0);
		expect(error.httpCode).toBe('401');
		expect(error.description).toContain('Check both in the Trackstar API credential');
		expect(error.description).toMatch(/X-Request-Id: \S+/);
		const text = everything(run);
		for (const secret of [
			SANDBOX_API_CREDENTIAL,
			SANDBOX_ACCESS_CREDENTIAL,
			REFUSED_ACCESS_CREDENTIAL,
		])
			expect(text).not.toContain(secret);
	});

	it("lists Trackstar's 422 details field by field", async () => {
		const { error } = await runOrders(sandbox, {
			parameters: {
				operation: 'update',
				orderId: byId(openOrderId()),
				updateFields: { integrationFields: '{"total_price": "twelve"}' },
			},
		});
		expect(error?.message).toMatch(/^Trackstar answered 422: /);
		expect((error as { description?: string }).description).toMatch(/total_price: .+/);
	});

	it("keeps Trackstar's words when the WMS's message mentions a network code, which n8n would otherwise replace", async () => {
		sandbox.inject({
			method: 'PUT',
			fault: {
				kind: 'status',
				status: 422,
				body: { error: 'ShipHero said: connect ETIMEDOUT while saving', origin: 'integration' },
			},
		});
		const { items } = await runOrders(sandbox, {
			continueOnFail: true,
			parameters: {
				operation: 'update',
				orderId: byId(openOrderId()),
				updateFields: { orderNumber: 'X-1' },
			},
		});
		expect(items[0].json.error).toBe(
			'Trackstar answered 422: ShipHero said: connect ETIMEDOUT while saving',
		);
		expect(items[0].pairedItem).toEqual({ item: 0 });

		sandbox.reset();
		sandbox.inject({
			path: '/wms/orders',
			fault: { kind: 'status', status: 400, body: { error: 'getaddrinfo ENOTFOUND shiphero-api' } },
		});
		const { error } = await runOrders(sandbox, { parameters: { operation: 'getAll', limit: 1 } });
		expectItemError(error, 'Trackstar answered 400: getaddrinfo ENOTFOUND shiphero-api', 0);
	});

	it('reads the message of an error answer that says message instead of error (a gateway in front of Trackstar)', async () => {
		sandbox.inject({
			path: '/wms/orders',
			fault: { kind: 'status', status: 403, body: { message: 'Forbidden by the corporate proxy' } },
		});
		const { error } = await runOrders(sandbox, { parameters: { operation: 'getAll', limit: 1 } });
		expectItemError(error, 'Trackstar answered 403: Forbidden by the corporate proxy', 0);
	});

	it('with Continue On Fail, a bad item becomes an error item and the others still run', async () => {
		const { items, error } = await runOrders(sandbox, {
			continueOnFail: true,
			input: [{ since: '2026-11-01T00:00:00Z' }, { since: 'soon' }],
			parameters: {
				operation: 'getAll',
				limit: 2,
				filters: { updatedDate: { conditions: [{ operator: 'gt', value: '={{ $json.since }}' }] } },
			},
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }]);
		expect(items[2].json).toMatchObject({
			error: 'Invalid Updated Date: "soon" is not a date',
		});
		expect(wmsRequests(sandbox)).toHaveLength(1);
	});

	it("with On Error: Continue (using error output), a failed item comes out on the error output, n8n's way", async () => {
		const found = openOrderId();
		const { outputs, error } = await runOrders(sandbox, {
			onError: 'continueErrorOutput',
			input: [{ id: found }, { id: 'ord_does_not_exist', row: 7 }],
			parameters: { operation: 'get', orderId: byId('={{ $json.id }}') },
		});
		expect(error).toBeUndefined();
		expect(outputs[0].map((item) => [item.json.id, item.pairedItem])).toEqual([
			[found, { item: 0 }],
		]);
		// The error and its description as `message`, the only keys n8n 1.x and 2.x both send to
		// the error output; n8n adds the input item's fields.
		expect(outputs[1].map((item) => [item.json, item.pairedItem])).toEqual([
			[
				{
					id: 'ord_does_not_exist',
					row: 7,
					error: expect.stringMatching(/^Trackstar answered 404: /),
					message: expect.stringContaining('Trackstar has no such record'),
				},
				{ item: 1 },
			],
		]);
	});

	describe('with Continue On Fail, an error item says which record its input item asked for', () => {
		const missing = 'ord_does_not_exist';

		it.each([
			['get', {}],
			['update', { updateFields: { orderNumber: 'SO-1' } }],
			['cancel', {}],
			['setTags', { trackstarTags: { tag: [{ name: 'checked', value: '' }] } }],
		])('%s: the order ID, as the id the order would have had', async (operation, parameters) => {
			const found = openOrderId();
			const { items, error } = await runOrders(sandbox, {
				continueOnFail: true,
				input: [{ id: found }, { id: ` ${missing} ` }],
				parameters: { operation, orderId: byId('={{ $json.id }}'), ...parameters },
			});
			expect(error).toBeUndefined();
			expect(items.map((item) => [item.json.id, item.pairedItem])).toEqual([
				[found, { item: 0 }],
				[missing, { item: 1 }],
			]);
			expect(items[1].json).toEqual({
				id: missing,
				error: expect.stringMatching(/^Trackstar answered 404: .*$/),
				description: expect.any(String),
				httpCode: '404',
			});
		});

		it('create: the order number the item gave, also when the item is refused before any request', async () => {
			const { items } = await runOrders(sandbox, {
				continueOnFail: true,
				input: [{ number: 'C-1' }],
				parameters: {
					operation: 'create',
					orderNumber: '={{ $json.number }}',
					shipToAddress: { address: { fullName: 'Ada Lovelace', city: 'Reno' } },
					lineItemsInput: 'json',
					lineItemsJson: '={{ $json.lines }}',
				},
			});
			expect(items).toEqual([
				{
					json: {
						order_number: 'C-1',
						error: 'Invalid Line Items: is empty, and Trackstar needs it to create an order',
						description: expect.any(String),
					},
					pairedItem: { item: 0 },
				},
			]);
			expect(wmsRequests(sandbox)).toEqual([]);
		});

		it('get writable fields: which write it asked about', async () => {
			sandbox.inject({
				path: '/integrations/wms/sandbox/write-info',
				fault: { kind: 'status', status: 403, body: { error: 'Writes are disabled' } },
			});
			const { items } = await runOrders(sandbox, {
				continueOnFail: true,
				parameters: { operation: 'getWritableFields', writeOperation: 'create' },
			});
			expect(items[0]).toEqual({
				json: expect.objectContaining({
					operation: 'create',
					error: 'Trackstar answered 403: Writes are disabled',
				}),
				pairedItem: { item: 0 },
			});
		});

		it('get many: nothing more, as its item names no one record', async () => {
			const { items } = await runOrders(sandbox, {
				continueOnFail: true,
				parameters: { operation: 'getAll', limit: 0 },
			});
			expect(Object.keys(items[0].json).sort()).toEqual(['description', 'error']);
		});

		it('leaves the order ID out when reading it is what failed (an expression naming no node)', async () => {
			const { items } = await runOrders(sandbox, {
				continueOnFail: true,
				parameters: { operation: 'get', orderId: byId("={{ $('No Such Node').item.json.id }}") },
			});
			expect(items[0].json).not.toHaveProperty('id');
			expect(items[0].json.error).toBe("Referenced node doesn't exist");
			expect(items[0].pairedItem).toEqual({ item: 0 });
		});
	});

	describe('a request that got no answer, where the package has its own copy of n8n-workflow', () => {
		type Orders = typeof import('../../nodes/TrackstarOrders/TrackstarOrders.node');
		const ownCopy = () =>
			withOwnN8nWorkflow<Orders>('../../nodes/TrackstarOrders/TrackstarOrders.node');
		const runOwnCopy = async (parameters: IDataObject) => {
			const { TrackstarOrders } = ownCopy();
			return await runNode({
				node: new TrackstarOrders(),
				credentialTypes: [new TrackstarApi()],
				credentials: { trackstarApi: trackstarCredentials(sandbox) },
				parameters: parameters as INodeParameters,
			});
		};
		const N8N_GENERIC = /closed unexpectedly|retry the request/;

		it("reads the code and words from n8n's error for it, which is not our NodeApiError", () => {
			const n8nCopy = withOwnN8nWorkflow<typeof import('n8n-workflow')>('n8n-workflow');
			const node = { name: 'Orders', type: 'trackstarOrders' } as INode;
			const lost = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
			// As n8n's request helper wraps what axios threw.
			const thrown = new n8nCopy.NodeApiError(node, lost as unknown as JsonObject);

			expect(thrown).not.toBeInstanceOf(NodeApiError);
			expect(thrown.message).toMatch(N8N_GENERIC);
			expect(networkFailureOf(thrown)).toEqual({ code: 'ECONNRESET', reason: 'socket hang up' });
		});

		it('takes no other error for one', () => {
			expect(networkFailureOf(new Error('socket hang up'))).toBeUndefined();
			expect(networkFailureOf({ name: 'NodeApiError', message: 'socket hang up' })).toBeUndefined();
		});

		it("a read: the node's own message, not n8n's generic advice to retry", async () => {
			sandbox.inject({ path: '/wms/orders', times: Infinity, fault: { kind: 'drop' } });

			const { error } = await runOwnCopy({
				operation: 'getAll',
				limit: 1,
				requestOptions: { maxRetries: 0 },
			});

			expectItemError(
				error,
				/^Could not reach Trackstar at http:\/\/127\.0\.0\.1:\d+: the connection was reset$/,
				0,
			);
			const { description } = error as Error & { description?: string };
			expect(description).toContain('ECONNRESET: socket hang up');
			expect(`${error?.message}\n${description}`).not.toMatch(N8N_GENERIC);
			expect(wmsRequests(sandbox)).toHaveLength(1);
		});

		it("a write applied before its connection dropped: the node's own message, not n8n's advice to retry", async () => {
			const orderId = openOrderId();
			sandbox.inject({ method: 'PUT', times: Infinity, fault: { kind: 'drop', when: 'after' } });

			const { error } = await runOwnCopy({
				operation: 'update',
				orderId: byId(orderId),
				updateFields: { orderNumber: 'SO-DROPPED' },
				requestOptions: { maxRetries: 0 },
			});

			expectItemError(error, /^Could not reach Trackstar at .+: the connection was reset$/, 0);
			const { description } = error as Error & { description?: string };
			expect(`${error?.message}\n${description}`).not.toMatch(N8N_GENERIC);
			expect(sandbox.order(orderId)?.order_number).toBe('SO-DROPPED');
		});
	});
});
