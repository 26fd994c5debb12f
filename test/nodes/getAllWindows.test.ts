import { clearTimeout, setTimeout } from '@n8n-nodes-trackstar/node-runtime/timers';
import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import {
	SANDBOX_NOW,
	runOrders,
	startTestSandbox as startSeededSandbox,
	wmsRequests,
} from '../support/trackstar';
import { ids, ordersPoller, wholeSecondNow } from '../support/triggers';

/** The seeded orders run up to the sandbox's now, and its answers' Date header says that now. */
const startTestSandbox = (options: Parameters<typeof startSeededSandbox>[0] = {}) =>
	startSeededSandbox({ clock: () => SANDBOX_NOW, ...options });

const returnAll = (requestOptions: IDataObject = {}) => ({
	parameters: { operation: 'getAll', returnAll: true, simplify: false, requestOptions },
});

/** The windows a read used: each distinct created_date range among the requests. */
function windowsOf(sandbox: Sandbox) {
	const ranges = wmsRequests(sandbox).map(
		(request) =>
			`${request.query['created_date[gte]'] ?? ''}..${request.query['created_date[lt]'] ?? ''}`,
	);
	return new Set(ranges);
}

/** The most list requests the sandbox was answering at one time. */
function mostAtOnce(sandbox: Sandbox, pageMs: number) {
	const starts = wmsRequests(sandbox).map((request) => request.receivedAt);
	return Math.max(
		...starts.map(
			(start) => starts.filter((other) => other >= start && other < start + pageMs).length,
		),
	);
}

/** Pages this slow are read in windows; faster ones keep up with the read limit one at a time. */
const SLOW_PAGE_MS = 300;

function expectEachOnce(items: Array<{ json: IDataObject }>) {
	const seen = ids(items);
	expect(new Set(seen).size).toBe(seen.length);
}

describe('Get Many with Return All: a long list read in created_date windows at once', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox({ orderCount: 6000, rateLimit: { enforce: true } });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it('returns every order once, in the order a page-by-page read gives, with several pages in flight and no 429', async () => {
		sandbox.setPageLatency({ pageMs: SLOW_PAGE_MS });
		const { items, error } = await runOrders(sandbox, returnAll());

		expect(error).toBeUndefined();
		expect(ids(items)).toEqual(sandbox.orders().map((order) => order.id));
		expect(windowsOf(sandbox).size).toBeGreaterThan(1);
		expect(mostAtOnce(sandbox, SLOW_PAGE_MS)).toBeGreaterThan(1);
		expect(wmsRequests(sandbox).filter((request) => request.status === 429)).toHaveLength(0);
	});

	it("reads pages that come back within the read limit's interval one after another: alone, they keep up with it", async () => {
		// 2 reads a second: a page answered within 500 ms keeps up with the limit on its own, on any machine.
		const slowLimit = await startTestSandbox({ orderCount: 3000, rateLimit: { read: 2 } });
		try {
			const { items } = await runOrders(slowLimit, returnAll());

			expect(ids(items)).toEqual(slowLimit.orders().map((order) => order.id));
			expect(wmsRequests(slowLimit)).toHaveLength(3);
			expect(windowsOf(slowLimit)).toEqual(new Set(['..']));
		} finally {
			await slowLimit.close();
		}
	});

	it('reads page after page, as before, with Concurrent Pages set to 1', async () => {
		sandbox.setPageLatency({ pageMs: SLOW_PAGE_MS });
		const { items } = await runOrders(sandbox, returnAll({ concurrentPages: 1 }));

		expect(ids(items)).toEqual(sandbox.orders().map((order) => order.id));
		expect(wmsRequests(sandbox)).toHaveLength(6);
		expect(windowsOf(sandbox)).toEqual(new Set(['..']));
	});

	it("keeps the user's own created_date range, narrowing the windows inside it", async () => {
		const all = sandbox.orders();
		const [from, to] = [all[1000].created_date, all[5000].created_date];
		const { items } = await runOrders(sandbox, {
			parameters: {
				...returnAll().parameters,
				filters: {
					createdDate: {
						conditions: [
							{ operator: 'gte', value: from },
							{ operator: 'lt', value: to },
						],
					},
				},
			},
		});

		const expected = all.filter((order) => order.created_date >= from && order.created_date < to);
		expect(ids(items)).toEqual(expected.map((order) => order.id));
		for (const request of wmsRequests(sandbox)) {
			expect(request.query['created_date[gte]'] >= from).toBe(true);
			expect(request.query['created_date[lt]'] <= to).toBe(true);
		}
	});

	it('reads a Limit back from now one request at a time, not in windows at once: the newest orders, each once', async () => {
		sandbox.setPageLatency({ pageMs: SLOW_PAGE_MS });
		const { items, error } = await runOrders(sandbox, {
			parameters: { operation: 'getAll', limit: 2500, simplify: false },
		});

		expect(error).toBeUndefined();
		expect(ids(items)).toEqual(
			sandbox
				.orders()
				.reverse()
				.slice(0, 2500)
				.map((order) => order.id),
		);
		expectEachOnce(items);
		// Concurrent Pages is Return All's: a Limit reads its ranges one after another.
		expect(mostAtOnce(sandbox, SLOW_PAGE_MS)).toBe(1);
		expect(wmsRequests(sandbox).every((request) => request.query.limit === '1000')).toBe(true);
		expect(wmsRequests(sandbox).filter((request) => request.status === 429)).toHaveLength(0);
	});

	it('costs a list of one page no extra request', async () => {
		const since = sandbox.orders()[5500].created_date;
		const { items } = await runOrders(sandbox, {
			parameters: {
				...returnAll().parameters,
				filters: { createdDate: { conditions: [{ operator: 'gte', value: since }] } },
			},
		});

		expect(items.length).toBeGreaterThan(0);
		expect(items.length).toBeLessThan(1000);
		expect(wmsRequests(sandbox)).toHaveLength(1);
	});

	it("fails the whole list when a window's page fails, naming the window and the page", async () => {
		sandbox.setPageLatency({ pageMs: SLOW_PAGE_MS });
		sandbox.inject({
			path: '/wms/orders',
			after: 3,
			times: Infinity,
			fault: { kind: 'status', status: 500 },
		});
		const { items, error } = await runOrders(sandbox, returnAll({ maxRetries: 0 }));

		expect(items).toHaveLength(0);
		expect(error?.message).toMatch(
			/^Could not list \/wms\/orders: page \d+ of the window created_date (from|before) .+ failed: /,
		);
		expect(String((error as { description?: string }).description)).toMatch(
			/had been read; none are returned/,
		);
	});

	it("retries a window's page that failed once, and returns the whole list", async () => {
		sandbox.setPageLatency({ pageMs: SLOW_PAGE_MS });
		sandbox.inject({ path: '/wms/orders', after: 3, fault: { kind: 'status', status: 503 } });
		const { items, error } = await runOrders(sandbox, returnAll({ retryDelay: 10 }));

		expect(error).toBeUndefined();
		expect(ids(items)).toEqual(sandbox.orders().map((order) => order.id));
		expect(wmsRequests(sandbox).filter((request) => request.status === 503)).toHaveLength(1);
	});

	it('returns each order once when orders change, and one arrives, during the read', async () => {
		sandbox.setPageLatency({ pageMs: SLOW_PAGE_MS });
		const before = sandbox.orders();
		const changed = [before[10], before[3000], before[5990]];
		const timer = setTimeout(() => {
			for (const order of changed) {
				sandbox.upsertOrder({
					...order,
					status: 'exception',
					updated_date: '2026-11-20T12:30:00Z',
				});
			}
			const newest = before[before.length - 1];
			sandbox.upsertOrder({
				...newest,
				id: 'ffffffffffffffffffffffff',
				created_date: '2026-11-20T12:30:00Z',
			});
		}, 250);
		const { items, error } = await runOrders(sandbox, returnAll());
		clearTimeout(timer);

		expect(error).toBeUndefined();
		expectEachOnce(items);
		// Every order that existed before the read is in it, wherever the change found it.
		expect(new Set(ids(items))).toEqual(
			new Set([
				...before.map((order) => order.id),
				...ids(items).filter((id) => id === 'ffffffffffffffffffffffff'),
			]),
		);
	});
});

describe("Get Many with Return All: records on a window's boundary", () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox({ orderCount: 5000 });
		// 500 orders to a second: every split falls on a second that holds orders on both sides.
		const base = Date.parse('2026-11-01T00:00:00Z');
		sandbox.orders().forEach((order, index) => {
			const created = new Date(base + Math.floor(index / 500) * 1000)
				.toISOString()
				.replace('.000Z', 'Z');
			sandbox.upsertOrder({ ...order, created_date: created });
		});
	});
	afterAll(async () => await sandbox.close());

	it('returns every order of a shared second once, in list order', async () => {
		sandbox.setPageLatency({ pageMs: SLOW_PAGE_MS });
		const expected = sandbox.orders().map((order) => order.id);
		sandbox.requests.length = 0;
		const { items } = await runOrders(sandbox, returnAll());

		expect(ids(items)).toEqual(expected);
		expect(windowsOf(sandbox).size).toBeGreaterThan(1);
	});
});

describe('Get Many with Return All: a list not in created_date order', () => {
	let sandbox: Sandbox;
	let lateIds: string[];

	// Trackstar does not document its list order. Listed as synced, orders created long ago but
	// synced late come last, after far newer ones: each range must still be read to its end.
	beforeAll(async () => {
		sandbox = await startTestSandbox({ orderCount: 8000, listOrder: 'synced' });
		// Synced as created, in created_date order: the list ascends by created_date where it is read first.
		for (const order of sandbox.orders())
			sandbox.upsertOrder({ ...order, trackstar_created_date: order.created_date });
		const orders = sandbox.orders();
		const latestSync = orders.map((order) => order.trackstar_created_date).sort()[
			orders.length - 1
		];
		const late = [5, 1500, 3200, 4999, 6100, 7000].map((index) => orders[index]);
		late.forEach((order, index) =>
			sandbox.upsertOrder({
				...order,
				trackstar_created_date: new Date(Date.parse(latestSync) + (index + 1) * 1000)
					.toISOString()
					.replace('.000Z', 'Z'),
			}),
		);
		lateIds = late.map((order) => order.id);
	});
	afterAll(async () => await sandbox.close());

	it('returns every order once, those synced late included', async () => {
		sandbox.setPageLatency({ pageMs: SLOW_PAGE_MS });
		const { items, error } = await runOrders(sandbox, returnAll());

		expect(error).toBeUndefined();
		expectEachOnce(items);
		expect(new Set(ids(items))).toEqual(new Set(sandbox.orders().map((order) => order.id)));
		expect(ids(items)).toEqual(expect.arrayContaining(lateIds));
		expect(windowsOf(sandbox).size).toBeGreaterThan(1);
	});
});

describe('Orders Trigger: a backfill reads its long first poll in windows', () => {
	let sandbox: Sandbox;
	let start: number;

	beforeAll(async () => {
		start = wholeSecondNow();
		sandbox = await startSandbox({
			port: 0,
			now: new Date(start - 1000),
			orderCount: 6000,
			pageLatency: { pageMs: SLOW_PAGE_MS },
		});
	});
	afterAll(async () => await sandbox.close());

	it('emits every order of the backfill once, oldest first, over polls of at most 1,000 (the default bound)', async () => {
		const poller = ordersPoller(sandbox, {
			event: 'newOrder',
			options: { backfillHours: 24 * 100 },
		});
		const items: Array<{ json: IDataObject }> = [];
		const perPoll: number[] = [];
		for (let poll = 0; poll < 8; poll++) {
			const taken = (await poller.poll()).items ?? [];
			if (taken.length === 0) break;
			perPoll.push(taken.length);
			items.push(...taken);
		}
		expect(perPoll).toEqual([1000, 1000, 1000, 1000, 1000, 1000]);

		const expected = sandbox
			.orders()
			.sort((a, b) => (a.trackstar_created_date + a.id < b.trackstar_created_date + b.id ? -1 : 1));
		expect(ids(items)).toEqual(expected.map((order) => order.id));
		expect(windowsOf(sandbox).size).toBeGreaterThan(1);
	});
});

describe('Get Many with Return All: a list that grows denser towards now', () => {
	let sandbox: Sandbox;

	// The sandbox seeds a growing business: the last tenth of its 90 days holds a quarter of it.
	beforeAll(async () => {
		sandbox = await startTestSandbox({ orderCount: 20_000 });
	});
	afterAll(async () => await sandbox.close());

	it('splits the dense recent dates among the page slots, so that no range is read alone at the end', async () => {
		sandbox.setPageLatency({ pageMs: SLOW_PAGE_MS });
		const { items, error } = await runOrders(sandbox, returnAll({ concurrentPages: 4 }));

		expect(error).toBeUndefined();
		expect(ids(items)).toEqual(sandbox.orders().map((order) => order.id));
		const pagesPerRange = new Map<string, number>();
		for (const request of wmsRequests(sandbox)) {
			const range = `${request.query['created_date[gte]'] ?? ''}..${request.query['created_date[lt]'] ?? ''}`;
			pagesPerRange.set(range, (pagesPerRange.get(range) ?? 0) + 1);
		}
		// 20 pages over 4 slots: 5 each if evenly shared; each range costs at most one partial page
		// more, and there are at most two ranges per slot.
		expect(Math.max(...pagesPerRange.values())).toBeLessThanOrEqual(7);
		expect(wmsRequests(sandbox).length).toBeLessThanOrEqual(20 + 2 * 4);
	});
});
