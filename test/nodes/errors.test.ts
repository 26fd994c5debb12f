import { createServer } from 'node:net';

import type { Sandbox } from '../../sandbox';
import { byId, runOrders, startTestSandbox, trackstarCredentials, wmsRequests } from '../support/trackstar';

const API_KEY = 'tsk_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const ACCESS_TOKEN = 'tat_3c2b1a09f8e7d6c5b4a3928170665544';
const WRONG_TOKEN = 'tat_wrong_0011223344556677889900aabbcc';

/** Everything n8n keeps of a run, as text, to search for secrets. */
const everything = (run: unknown) =>
	JSON.stringify(run, (_key, value: unknown) =>
		value instanceof Error ? { ...value, message: value.message, stack: value.stack } : value,
	);

async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return port;
}

describe('Trackstar Orders: errors', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox({ apiKey: API_KEY, accessToken: ACCESS_TOKEN });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const openOrderId = () => sandbox.orders().find((order) => order.status === 'open')!.id;

	it("turns a 401 into an error naming the status, Trackstar's message and the request ID, without secrets", async () => {
		const run = await runOrders(sandbox, {
			credentials: trackstarCredentials(sandbox, { accessToken: WRONG_TOKEN }),
			parameters: { operation: 'getAll' },
		});

		const error = run.error as Error & { description?: string; httpCode?: string };
		expect(error.message).toBe('Trackstar answered 401: Invalid x-trackstar-access-token header [item 0]');
		expect(error.httpCode).toBe('401');
		expect(error.description).toContain('Check both in the Trackstar API credential');
		expect(error.description).toMatch(/X-Request-Id: \S+/);
		const text = everything(run);
		for (const secret of [API_KEY, ACCESS_TOKEN, WRONG_TOKEN]) expect(text).not.toContain(secret);
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

	it('says where it could not connect when nothing answers, without secrets', async () => {
		const port = await closedPort();
		const run = await runOrders(sandbox, {
			credentials: trackstarCredentials(sandbox, { baseUrl: `http://127.0.0.1:${port}` }),
			parameters: { operation: 'getAll' },
		});
		expect(run.error?.message).toBe(`Could not reach Trackstar at http://127.0.0.1:${port}: the connection was refused [item 0]`);
		const text = everything(run);
		for (const secret of [API_KEY, ACCESS_TOKEN]) expect(text).not.toContain(secret);
	});

	describe('bad input stops the item before any request, naming the field', () => {
		it.each([
			['an order ID mapped from an empty value', { operation: 'cancel', orderId: byId('={{ "" }}') }, 'Order is empty [item 0]'],
			['a blank order ID', { operation: 'update', orderId: byId('   '), updateFields: { orderNumber: 'x' } }, 'Order is empty [item 0]'],
			['an order ID of ".."', { operation: 'cancel', orderId: byId('..') }, 'Order is ".." [item 0]'],
			[
				'a date that does not parse',
				{ operation: 'getAll', filters: { updatedDate: { conditions: [{ operator: 'gt', value: 'last tuesday' }] } } },
				'Invalid Updated Date: "last tuesday" is not a date [item 0]',
			],
			[
				'invalid JSON in the integration fields',
				{ operation: 'update', orderId: byId('o1'), updateFields: { integrationFields: '{"a": ' } },
				/^Invalid Integration-Specific Fields \(JSON\): not valid JSON .+ \[item 0\]$/,
			],
			['a limit of 0', { operation: 'getAll', limit: 0 }, 'Invalid Limit: 0 is not a whole number of 1 or more [item 0]'],
			['a negative limit', { operation: 'getAll', limit: -5 }, 'Invalid Limit: -5 is not a whole number of 1 or more [item 0]'],
			['a fractional limit', { operation: 'getAll', limit: 2.5 }, 'Invalid Limit: 2.5 is not a whole number of 1 or more [item 0]'],
			[
				'more than 100 values in a one-of filter',
				{ operation: 'getAll', filters: { ids: Array.from({ length: 101 }, (_, index) => `o${index}`).join(',') } },
				'Invalid Order IDs: 101 values given; Trackstar accepts at most 100 in one filter [item 0]',
			],
			[
				'"none" typed into a field',
				{ operation: 'update', orderId: byId('o1'), updateFields: { tradingPartner: 'none' } },
				/^Invalid Trading Partner: "none" would be read by Trackstar as an empty value/,
			],
			[
				'a number field holding text',
				{ operation: 'update', orderId: byId('o1'), updateFields: { totalTax: 'abc' } },
				'Invalid Total Tax: "abc" is not a number [item 0]',
			],
		])('%s', async (_case, parameters, message) => {
			const { error, items } = await runOrders(sandbox, { parameters });
			expect(error?.name).toBe('NodeOperationError');
			if (typeof message === 'string') expect(error?.message).toBe(message);
			else expect(error?.message).toMatch(message);
			expect(items).toHaveLength(0);
			expect(wmsRequests(sandbox)).toHaveLength(0);
		});
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
		expect(items[2].json).toMatchObject({ error: 'Invalid Updated Date: "soon" is not a date [item 1]' });
		expect(wmsRequests(sandbox)).toHaveLength(1);
	});
});
