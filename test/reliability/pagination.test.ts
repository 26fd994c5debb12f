import type { Sandbox } from '../../sandbox';
import { expectItemError } from '../harness';
import { FAST_RETRIES, expectNoDuplicates, statuses } from '../support/faultChecks';
import { runOrders, startTestSandbox, wmsRequests } from '../support/trackstar';

type Described = Error & { description?: string; httpCode?: string };

/** 2,500 orders: three pages of Trackstar's largest size (1000, 1000, 500). */
const ORDER_COUNT = 2500;

describe('Reliability: pagination faults', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox({ orderCount: ORDER_COUNT });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const listEverything = (continueOnFail = false) =>
		runOrders(sandbox, {
			continueOnFail,
			// Page after page: these cases follow one page sequence; a window's failure is in getAllWindows.test.ts.
			parameters: {
				operation: 'getAll',
				returnAll: true,
				simplify: true,
				requestOptions: { ...FAST_RETRIES, concurrentPages: 1 },
			},
		});
	const pageTokens = () => wmsRequests(sandbox).map((request) => request.query.page_token);

	function expectEveryOrderOnce(ids: unknown[]) {
		expectNoDuplicates(ids);
		expect(ids).toEqual(sandbox.orders().map((order) => order.id));
	}

	it('reads every page when nothing fails (the baseline)', async () => {
		const { items, error } = await listEverything();
		expect(error).toBeUndefined();
		expectEveryOrderOnce(items.map((item) => item.json.id));
		expect(statuses(sandbox)).toEqual([200, 200, 200]);
	});

	it('retries a page that failed once and returns every order once', async () => {
		sandbox.inject({ path: '/wms/orders', after: 1, fault: { kind: 'status', status: 503 } });

		const { items, error } = await listEverything();

		expect(error).toBeUndefined();
		expectEveryOrderOnce(items.map((item) => item.json.id));
		expect(statuses(sandbox)).toEqual([200, 503, 200, 200]);
		const tokens = pageTokens();
		expect(tokens[1]).toBeDefined();
		expect(tokens[2]).toBe(tokens[1]);
	});

	it('retries a page whose connection dropped and returns every order once', async () => {
		sandbox.inject({ path: '/wms/orders', after: 2, fault: { kind: 'drop' } });

		const { items, error } = await listEverything();

		expect(error).toBeUndefined();
		expectEveryOrderOnce(items.map((item) => item.json.id));
		expect(statuses(sandbox)).toEqual([200, 200, 0, 200]);
	});

	it('retries a rate-limited page and returns every order once', async () => {
		sandbox.inject({ path: '/wms/orders', after: 1, fault: { kind: 'rateLimit', retryAfter: 0 } });

		const { items, error } = await listEverything();

		expect(error).toBeUndefined();
		expectEveryOrderOnce(items.map((item) => item.json.id));
		expect(statuses(sandbox)).toEqual([200, 429, 200, 200]);
	});

	it('fails the whole list when page 3 keeps failing, saying how far it got and which page failed', async () => {
		sandbox.inject({
			path: '/wms/orders',
			after: 2,
			times: Infinity,
			fault: { kind: 'status', status: 502 },
		});

		const { items, error } = await listEverything();

		expect(items).toHaveLength(0);
		expect(error?.name).toBe('NodeApiError');
		expectItemError(
			error,
			'Could not list /wms/orders: page 3 failed: Trackstar answered 502: Injected fault: 502',
			0,
		);
		expect((error as Described).httpCode).toBe('502');
		const failedToken = pageTokens()[2];
		expect((error as Described).description).toContain(
			'2 pages (2000 orders) had been read; none are returned, because the list would be incomplete.\n' +
				`Failed: page 3, page_token ${failedToken}.\n` +
				'The WMS behind Trackstar did not answer properly. Try again later.\nTried 6 times',
		);
		expect(statuses(sandbox)).toEqual([200, 200, 502, 502, 502, 502, 502, 502]);
	});

	it('with Continue On Fail, a list that fails is one error item, never a partial list', async () => {
		sandbox.inject({
			path: '/wms/orders',
			after: 1,
			times: Infinity,
			fault: { kind: 'status', status: 500 },
		});

		const { items, error } = await listEverything(true);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			error:
				'Could not list /wms/orders: page 2 failed: Trackstar answered 500: Injected fault: 500',
			httpCode: '500',
		});
		expect(items[0].json.description).toContain(
			'1 page (1000 orders) had been read; none are returned',
		);
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('stops on a page token that repeats instead of reading forever', async () => {
		sandbox.inject({ path: '/wms/orders', after: 1, fault: { kind: 'repeatToken' } });

		const { items, error } = await listEverything();

		expect(items).toHaveLength(0);
		expectItemError(
			error,
			'Could not list /wms/orders: page 3 failed: Trackstar returned a page token it had already returned',
			0,
		);
		expect((error as Described).description).toContain(
			`2 pages (2000 orders) had been read; none are returned, because the list would be incomplete.\nFailed: page 3, page_token ${pageTokens()[1]}.`,
		);
		expect(statuses(sandbox)).toEqual([200, 200]);
	});

	it('fails clearly on a page without a data list', async () => {
		sandbox.inject({
			path: '/wms/orders',
			after: 1,
			fault: { kind: 'body', body: { next_token: null } },
		});

		const { items, error } = await listEverything();

		expect(items).toHaveLength(0);
		expect(error?.name).toBe('NodeApiError');
		expectItemError(
			error,
			'Could not list /wms/orders: page 2 failed: Trackstar answered without a data list',
			0,
		);
		expect((error as Described).description).toContain('1 page (1000 orders) had been read');
	});

	it('fails clearly on a page that is not JSON', async () => {
		sandbox.inject({ path: '/wms/orders', after: 1, fault: { kind: 'badJson' } });

		const { items, error } = await listEverything();

		expect(items).toHaveLength(0);
		expectItemError(
			error,
			'Could not list /wms/orders: page 2 failed: Trackstar answered 200 with an unexpected body: not JSON',
			0,
		);
		expect(statuses(sandbox)).toEqual([200, 200]);
	});

	it('fails clearly on a first page without a data list', async () => {
		sandbox.inject({ path: '/wms/orders', fault: { kind: 'body', body: { orders: [] } } });

		const { error } = await listEverything();

		expectItemError(
			error,
			'Could not list /wms/orders: page 1 failed: Trackstar answered without a data list',
			0,
		);
		expect((error as Described).description).toContain('0 pages (0 orders) had been read');
	});
});
