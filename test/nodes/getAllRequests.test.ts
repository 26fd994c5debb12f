import type { IDataObject } from 'n8n-workflow';

import type { Sandbox, SandboxOptions } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { runOrders, SANDBOX_NOW, wmsRequests } from '../support/trackstar';
import { ids, ordersPoller } from '../support/triggers';

/** What a real WMS connection takes to answer a page of 1,000 orders. */
const PAGE_MS = 300;
/** A list that stopped long before now: the seeded orders end here, the sandbox's clock is now. */
const LONG_AGO = new Date('2024-04-30T12:00:00Z');

/**
 * Trackstar's rate-limit headers, which pace the read (a 429 the pacing still meets at the turn of
 * a second is the pacing's, counted in rateLimits.test.ts, not the reader's choice); the sandbox's
 * clock (its Date header) fixed at its now.
 */
async function listSandbox(options: SandboxOptions): Promise<Sandbox> {
	return await startSandbox({
		port: 0,
		now: SANDBOX_NOW,
		clock: () => SANDBOX_NOW,
		pageLatency: { pageMs: PAGE_MS },
		...options,
	});
}

async function readAll(
	sandbox: Sandbox,
	filters: IDataObject = {},
	requestOptions: IDataObject = {},
) {
	const { items, error } = await runOrders(sandbox, {
		parameters: { operation: 'getAll', returnAll: true, simplify: false, filters, requestOptions },
	});
	expect(error).toBeUndefined();
	const requests = wmsRequests(sandbox);
	expect(requests.filter((request) => request.status !== 200)).toHaveLength(0);
	const ranges = new Set(
		requests.map(
			(request) =>
				`${request.query['created_date[gte]'] ?? ''}..${request.query['created_date[lt]'] ?? ''}`,
		),
	);
	const pageAfterPage = Math.max(1, Math.ceil(items.length / 1000));
	return { items, requests: requests.length, ranges, pageAfterPage };
}

/**
 * Trackstar's read limit is per connection and shared by every workflow on it: by default a read
 * sends at most two requests a page-by-page read would not (the first page's dates read again,
 * and the lower range's partial last page), whatever the list; each range beyond two that
 * Concurrent Pages allows adds one at most. Trackstar's pages take 300 ms here, the sandbox's
 * clock is fixed, so no count depends on today's date.
 */
describe('Return All: requests per list', () => {
	const sandboxes: Sandbox[] = [];
	const open = async (options: SandboxOptions) => {
		const sandbox = await listSandbox(options);
		sandboxes.push(sandbox);
		return sandbox;
	};
	afterAll(async () => await Promise.all(sandboxes.map((sandbox) => sandbox.close())));

	it('a list of one page costs one request', async () => {
		const sandbox = await open({ orderCount: 800 });
		const read = await readAll(sandbox);
		expect(read.items).toHaveLength(800);
		expect(read.requests).toBe(1);
	});

	it('a sparse, filtered list is read page after page', async () => {
		const sandbox = await open({ orderCount: 20_000 });
		const expected = sandbox
			.orders()
			.filter((order) => ['exception', 'backordered'].includes(order.status));
		const read = await readAll(sandbox, { status: ['exception', 'backordered'] });
		expect(ids(read.items)).toEqual(expected.map((order) => order.id));
		expect(read.requests).toBe(read.pageAfterPage);
	});

	it('three pages that end long before now cost one request more: the probe of the top, found empty', async () => {
		const sandbox = await open({ orderCount: 2500, now: LONG_AGO });
		const read = await readAll(sandbox);
		expect(ids(read.items)).toEqual(sandbox.orders().map((order) => order.id));
		expect(read.pageAfterPage).toBe(3);
		expect(read.requests).toBe(4);
	});

	it('twenty pages that end long before now: one request more, no range cut beyond what a page showed', async () => {
		const sandbox = await open({ orderCount: 20_000, now: LONG_AGO });
		const read = await readAll(sandbox);
		expect(ids(read.items)).toEqual(sandbox.orders().map((order) => order.id));
		expect(read.requests).toBe(read.pageAfterPage + 1);
		expect(read.ranges.size).toBe(2);
	});

	it.each([7_500, 20_000, 50_000])(
		'%d orders up to now, by default: every order once, in two ranges at once, at most two requests more',
		async (orderCount) => {
			const sandbox = await open({ orderCount });
			const read = await readAll(sandbox);
			expect(ids(read.items)).toEqual(sandbox.orders().map((order) => order.id));
			// The unfiltered first page; the dates below the probe, from the start; the probe's, to the end.
			expect(read.ranges.size).toBe(3);
			expect(read.requests).toBeLessThanOrEqual(read.pageAfterPage + 2);
		},
	);

	it('with Concurrent Pages 4, four ranges at once: at most one request more for each range beyond two', async () => {
		const sandbox = await open({ orderCount: 50_000 });
		const read = await readAll(sandbox, {}, { concurrentPages: 4 });
		expect(ids(read.items)).toEqual(sandbox.orders().map((order) => order.id));
		expect(read.ranges.size).toBe(5);
		expect(read.requests).toBeLessThanOrEqual(read.pageAfterPage + 2 + 2);
	});

	it("the Orders Trigger's backfill poll reads through the same path: three pages ended long ago, four requests", async () => {
		const sandbox = await open({ orderCount: 2500, now: LONG_AGO });
		const poller = ordersPoller(sandbox, {
			event: 'newOrder',
			options: { backfillHours: 24 * 365 * 4, maxRecordsPerPoll: 5000 },
		});
		const { items, error } = await poller.poll();
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2500);
		expect(wmsRequests(sandbox)).toHaveLength(4);
	});

	it('a fast server is read page after page: windows would only add requests', async () => {
		const sandbox = await open({ orderCount: 20_000, pageLatency: {} });
		const read = await readAll(sandbox);
		expect(read.requests).toBe(20);
		expect(read.ranges).toEqual(new Set(['..']));
	});
});
