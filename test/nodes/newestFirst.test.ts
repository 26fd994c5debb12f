import type { IDataObject } from 'n8n-workflow';

import type { InboundShipment, Order, Sandbox, SandboxOptions } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { runOrders, SANDBOX_NOW, searchPicker, wmsRequests } from '../support/trackstar';
import { searchTrackstarPicker } from '../support/trackstarNode';
import { ids } from '../support/triggers';

/** A list that stopped long before now: the seeded orders end here, the sandbox's clock is now. */
const LONG_AGO = new Date('2024-04-30T12:00:00Z');

/** The sandbox's clock (its Date header, Trackstar's now) fixed, so no count depends on today. */
async function listSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	return await startSandbox({ port: 0, now: SANDBOX_NOW, clock: () => SANDBOX_NOW, ...options });
}

/** The sandbox lists oldest first (created_date, then id): the newest are its list reversed. */
const newestOf = <T>(records: T[], count = records.length) =>
	[...records].reverse().slice(0, count);
const idsOf = (records: Array<{ id: string }>) => records.map((record) => record.id);

async function getMany(sandbox: Sandbox, parameters: IDataObject) {
	const { items, error } = await runOrders(sandbox, {
		parameters: { operation: 'getAll', simplify: false, ...parameters },
	});
	expect(error).toBeUndefined();
	return items;
}

const createdDate = (...conditions: Array<[string, string]>) => ({
	createdDate: { conditions: conditions.map(([operator, value]) => ({ operator, value })) },
});

const LIMITS = [1, 50, 500, 1000, 2500] as const;
type Limit = (typeof LIMITS)[number];

/** Requests a list may cost for each Limit: the figures measured on the sandbox, as upper bounds. */
const everyLimit = (most: number) =>
	Object.fromEntries(LIMITS.map((limit) => [limit, most])) as Record<Limit, number>;

interface ListCase {
	name: string;
	orderCount: number;
	now: Date;
	most: Record<Limit, number>;
	/** Whether the cost is held to that of a Return All of the same list, plus 3. */
	nearReturnAll: boolean;
}

const LISTS: ListCase[] = [
	// Up to a page: Trackstar's first page, asked for whole (1,000), is the list; sorted here.
	{
		name: '240 orders up to now',
		orderCount: 240,
		now: SANDBOX_NOW,
		most: everyLimit(1),
		nearReturnAll: false,
	},
	{
		name: '240 orders that ended long ago',
		orderCount: 240,
		now: LONG_AGO,
		most: everyLimit(1),
		nearReturnAll: false,
	},
	{
		name: '2,500 orders up to now',
		orderCount: 2500,
		now: SANDBOX_NOW,
		most: {
			// The first page's dates give the density; the first range back from now, planned 1.5
			// times what is needed, holds the newest: measured 2.
			1: 2,
			50: 2,
			// That range may come back full and be cut towards its newest end, or short and widened
			// back: measured 3.
			500: 5,
			// A need of a page or more reads its range whole, through its pages; here the range is
			// the whole list (3 pages), so one request more than Return All: measured 4.
			1000: 4,
			2500: 4,
		},
		nearReturnAll: true,
	},
	{
		name: '20,000 orders up to now',
		orderCount: 20_000,
		now: SANDBOX_NOW,
		most: {
			1: 2,
			50: 2,
			// Measured 5: a full range cut towards its newest end, a few times.
			500: 5,
			// The first page, then a range planned 1.5 times what is needed read whole: 1 + 5 and 1 + 9.
			1000: 6,
			2500: 10,
		},
		nearReturnAll: true,
	},
	// Read back from now, the top ranges are empty: the read reaches down to the newest date it
	// knows, then halves the gap to the edge while a range comes back full or empty. Measured 5-11
	// for 2,500 orders, 11-22 for 20,000: bounded, whatever the Limit.
	{
		name: '2,500 orders that ended long ago',
		orderCount: 2500,
		now: LONG_AGO,
		// Measured 11 for Limits 1 to 500, where Return All costs 3: nothing tells where a list
		// that stopped years ago ends, so the read halves the years between its first page and
		// now until it finds the newest orders. The cost of not assuming Trackstar's order.
		most: { 1: 11, 50: 11, 500: 11, 1000: 5, 2500: 5 },
		nearReturnAll: false,
	},
	{
		name: '20,000 orders that ended long ago',
		orderCount: 20_000,
		now: LONG_AGO,
		most: everyLimit(25),
		nearReturnAll: true,
	},
];

describe.each(LISTS)('Get Many with a Limit on $name: the newest orders, newest first', (list) => {
	let sandbox: Sandbox;
	/** What Return All costs on this list (page after page: the sandbox answers fast). */
	let returnAllRequests: number;

	beforeAll(async () => {
		sandbox = await listSandbox({ orderCount: list.orderCount, now: list.now });
		const items = await getMany(sandbox, { returnAll: true });
		expect(items).toHaveLength(list.orderCount);
		returnAllRequests = wmsRequests(sandbox).length;
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it.each(LIMITS)(
		'a Limit of %i: exactly the newest, each once, within the measured requests',
		async (limit) => {
			const items = await getMany(sandbox, { limit });

			expect(ids(items)).toEqual(idsOf(newestOf(sandbox.orders(), limit)));
			const requests = wmsRequests(sandbox);
			expect(requests.every((request) => request.status === 200)).toBe(true);
			expect(requests.every((request) => request.query.limit === '1000')).toBe(true);
			expect(requests[0].query).toEqual({ limit: '1000' });
			if (list.orderCount <= 1000) expect(requests).toHaveLength(1);
			else expect(requests.length).toBeGreaterThanOrEqual(2);
			expect(requests.length).toBeLessThanOrEqual(list.most[limit]);
		},
	);

	if (list.nearReturnAll) {
		it.each(LIMITS)(
			'a Limit of %i never costs more than 3 requests beyond a Return All of the same list',
			async (limit) => {
				await getMany(sandbox, { limit });
				expect(wmsRequests(sandbox).length).toBeLessThanOrEqual(returnAllRequests + 3);
			},
		);
	}
});

describe('Get Many with a Limit: filters and ranges the user set', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await listSandbox({ orderCount: 20_000 });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it("keeps the user's own created_date range: the newest inside it, read back from its upper bound", async () => {
		const all = sandbox.orders();
		const [from, to] = [all[5000].created_date, all[15_000].created_date];
		const items = await getMany(sandbox, {
			limit: 500,
			filters: createdDate(['gte', from], ['lt', to]),
		});

		const inRange = all.filter((order) => order.created_date >= from && order.created_date < to);
		expect(ids(items)).toEqual(idsOf(newestOf(inRange, 500)));
		const requests = wmsRequests(sandbox);
		expect(requests[0].query).toEqual({
			'created_date[gte]': from,
			'created_date[lt]': to,
			limit: '1000',
		});
		// The first range reads down from the user's upper bound, not from now.
		expect(requests.length).toBeGreaterThanOrEqual(2);
		expect(requests[1].query['created_date[lt]']).toBe(to);
		for (const request of requests) {
			expect(request.query['created_date[gte]'] >= from).toBe(true);
			expect(request.query['created_date[lt]'] <= to).toBe(true);
		}
	});

	it("returns every order of the user's range, newest first, when the Limit is more than it holds, and reads nothing below it", async () => {
		const all = sandbox.orders();
		const [from, to] = [all[12_000].created_date, all[13_500].created_date];
		const items = await getMany(sandbox, {
			limit: 2500,
			filters: createdDate(['gte', from], ['lt', to]),
		});

		const inRange = all.filter((order) => order.created_date >= from && order.created_date < to);
		expect(inRange.length).toBeGreaterThan(1000);
		expect(ids(items)).toEqual(idsOf(newestOf(inRange)));
		for (const request of wmsRequests(sandbox)) {
			expect(request.query['created_date[gte]'] >= from).toBe(true);
			expect(request.query['created_date[lt]'] <= to).toBe(true);
		}
	});

	it.each<[string, IDataObject, (order: Order) => boolean]>([
		[
			'a broad filter',
			{ excludeStatus: ['cancelled'], type: ['d2c', 'b2b'] },
			(order) => order.status !== 'cancelled' && ['d2c', 'b2b'].includes(order.type ?? ''),
		],
		[
			'a sparse filter',
			{ status: ['exception', 'backordered'] },
			(order) => ['exception', 'backordered'].includes(order.status),
		],
	])(
		'repeats %s in every request and returns the newest orders that match it',
		async (_case, filters, matches) => {
			const items = await getMany(sandbox, { limit: 500, filters });

			expect(ids(items)).toEqual(idsOf(newestOf(sandbox.orders().filter(matches), 500)));
			const [first, ...rest] = wmsRequests(sandbox);
			for (const request of rest) {
				for (const [key, value] of Object.entries(first.query)) {
					if (key !== 'limit') expect(request.query[key]).toBe(value);
				}
			}
			expect(Object.keys(first.query).length).toBeGreaterThan(1);
		},
	);
});

describe("Get Many with a Limit: lists read in Trackstar's order, and failures", () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await listSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it("with the IDs filter, keeps Trackstar's order in one request that asks only for what is needed", async () => {
		const all = sandbox.orders();
		const chosen = [all[10], all[200], all[50], all[120], all[7]].map((order) => order.id);
		const items = await getMany(sandbox, { limit: 3, filters: { ids: chosen.join(', ') } });

		// Trackstar ignores every other filter with IDs, so no created_date range can be read.
		expect(ids(items)).toEqual(idsOf(all.filter((order) => chosen.includes(order.id)).slice(0, 3)));
		expect(wmsRequests(sandbox).map((request) => request.query)).toEqual([
			{ ids: chosen.join(','), limit: '3' },
		]);
	});

	it('with Continue On Fail, a first page that fails gives one error item paired with its item, and the next item still reads the newest', async () => {
		sandbox.inject({ path: '/wms/orders', fault: { kind: 'status', status: 400 } });
		const { items, error } = await runOrders(sandbox, {
			continueOnFail: true,
			input: [{ run: 1 }, { run: 2 }],
			parameters: { operation: 'getAll', limit: 5, simplify: false },
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(6);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[0].json.error).toEqual(expect.stringMatching(/400/));
		expect(items.slice(1).map((item) => [item.json.id, item.pairedItem])).toEqual(
			idsOf(newestOf(sandbox.orders(), 5)).map((id) => [id, { item: 1 }]),
		);
		expect(wmsRequests(sandbox).map((request) => request.status)).toEqual([400, 200]);
	});
});

/** Every page of a picker, scrolled with the token each page returns, as the editor does. */
async function scroll(
	open: (
		token?: string,
	) => Promise<{ results: Array<{ value: unknown }>; paginationToken?: string }>,
) {
	const pages = [];
	let token: string | undefined;
	do {
		const page = await open(token);
		pages.push(page);
		token = page.paginationToken;
	} while (token !== undefined && pages.length < 200);
	expect(token).toBeUndefined();
	return pages;
}

describe('Order picker: the most recent orders first', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await listSandbox({ orderCount: 2500 });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it('opens on the most recent orders', async () => {
		const { results, paginationToken } = await searchPicker(sandbox, 'searchOrders');

		expect(results.length).toBeGreaterThan(90);
		expect(results.length).toBeLessThanOrEqual(100);
		expect(results.map((result) => result.value)).toEqual(
			idsOf(newestOf(sandbox.orders(), results.length)),
		);
		expect(paginationToken).toEqual(expect.any(String));
		// Trackstar's first page, then one range back from now: measured 2.
		expect(wmsRequests(sandbox).length).toBeLessThanOrEqual(2);
	});

	it('scrolled to the end with the token it returns, lists every order once, newest first, in pages of at most 100', async () => {
		const pages = await scroll(
			async (paginationToken) => await searchPicker(sandbox, 'searchOrders', { paginationToken }),
		);

		expect(pages.length).toBeGreaterThan(20);
		expect(pages.every((page) => page.results.length > 0 && page.results.length <= 100)).toBe(true);
		const listed = pages.flatMap((page) => page.results.map((result) => result.value));
		expect(listed).toEqual(idsOf(newestOf(sandbox.orders())));
	});
});

describe('Order picker: many orders in one second', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await listSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	/** `count` new orders all created at `when`, with IDs that sort among themselves. */
	function burst(count: number, when: string) {
		const template = sandbox.orders()[0];
		for (let index = 0; index < count; index++) {
			const id = `b${String(index).padStart(23, '0')}`;
			sandbox.upsertOrder({
				...template,
				id,
				order_number: `BURST-${index}`,
				reference_id: `burst-${index}`,
				created_date: when,
				updated_date: when,
				trackstar_created_date: when,
				trackstar_updated_date: when,
			});
		}
	}

	const scrollOrders = async () =>
		(
			await scroll(
				async (paginationToken) => await searchPicker(sandbox, 'searchOrders', { paginationToken }),
			)
		).flatMap((page) => page.results.map((result) => result.value));

	it('lists every order once when 60 orders of one second straddle a page boundary', async () => {
		burst(60, newestOf(sandbox.orders())[70].created_date);

		expect(await scrollOrders()).toEqual(idsOf(newestOf(sandbox.orders())));
	});

	it.each([
		['the newest second', '2026-11-20T11:59:00Z'],
		['a second in the middle of the list', '2026-10-01T00:00:00Z'],
	])('lists every order once when 150 orders, more than a page, share %s', async (_case, when) => {
		burst(150, when);
		const expected = idsOf(newestOf(sandbox.orders()));

		const listed = await scrollOrders();
		expect(new Set(listed).size).toBe(listed.length);
		expect(listed).toEqual(expected);
	});
});

describe("Receive's Inbound Shipment picker: the shipments still to receive first", () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await listSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const RECEIVABLE = ['open', 'in-transit', 'receiving'];

	/** A shipment created `minutesAgo` before the sandbox's now. */
	function addShipment(index: number, status: InboundShipment['status'], minutesAgo: number) {
		const when = new Date(SANDBOX_NOW.getTime() - minutesAgo * 60_000)
			.toISOString()
			.replace(/\.\d{3}Z$/, 'Z');
		sandbox.upsertInboundShipment({
			...sandbox.inboundShipments()[0],
			id: `a${String(index).padStart(23, '0')}`,
			purchase_order_number: `PO-NEW-${index}`,
			status,
			created_date: when,
			updated_date: when,
		});
	}

	const pick = (operation: string, paginationToken?: string) =>
		searchTrackstarPicker(sandbox, 'searchInboundShipments', {
			parameters: { resource: 'inboundShipment', operation },
			parameterPath: 'inboundShipmentId',
			paginationToken,
		});

	it('lists open, in-transit and receiving shipments before received and cancelled ones, each newest first', async () => {
		// The newest shipments are done with: Receive still lists them after the ones to receive.
		addShipment(1, 'received', 5);
		addShipment(2, 'cancelled', 10);
		const all = sandbox.inboundShipments();

		const { results, paginationToken } = await pick('receive');

		const receivable = newestOf(all.filter((shipment) => RECEIVABLE.includes(shipment.status)));
		const rest = newestOf(all.filter((shipment) => !RECEIVABLE.includes(shipment.status)));
		expect(receivable.length).toBeGreaterThan(0);
		expect(results.map((result) => result.value)).toEqual(idsOf([...receivable, ...rest]));
		expect(paginationToken).toBeUndefined();
		expect(wmsRequests(sandbox).map((request) => request.query)).toEqual([
			{ 'status[in]': 'open,in-transit,receiving', limit: '1000' },
			{ 'status[nin]': 'open,in-transit,receiving', limit: '1000' },
		]);

		// Any other operation's picker lists them all newest first.
		const other = await pick('get');
		expect(other.results.map((result) => result.value)).toEqual(idsOf(newestOf(all)));
	});

	it('scrolled over more than a page, lists every shipment once: the ones to receive, then the rest', async () => {
		for (let index = 0; index < 150; index++) addShipment(index, 'open', 60 + index);
		addShipment(500, 'received', 1);
		const all = sandbox.inboundShipments();

		const pages = await scroll(async (paginationToken) => await pick('receive', paginationToken));

		expect(pages.length).toBeGreaterThan(1);
		const listed = pages.flatMap((page) => page.results.map((result) => result.value));
		expect(listed).toEqual(
			idsOf([
				...newestOf(all.filter((shipment) => RECEIVABLE.includes(shipment.status))),
				...newestOf(all.filter((shipment) => !RECEIVABLE.includes(shipment.status))),
			]),
		);
	});
});
