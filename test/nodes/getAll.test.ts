import type { Sandbox } from '../../sandbox';
import { runOrders, SANDBOX_NOW, startTestSandbox, wmsRequests } from '../support/trackstar';

const conditions = (...rows: Array<[string, unknown]>) => ({
	conditions: rows.map(([operator, value]) => ({ operator, value })),
});

describe('Trackstar Orders: Get Many', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	/** The sandbox lists oldest first (created_date, then id): the newest are its list reversed. */
	const newest = (count: number) => sandbox.orders().reverse().slice(0, count);

	it('returns the 50 newest orders by default, newest first, simplified, each paired with the input item, in one request for a list that fits in a page', async () => {
		const { items, error } = await runOrders(sandbox, { parameters: { operation: 'getAll' } });

		expect(error).toBeUndefined();
		expect(items).toHaveLength(50);
		expect(items.map((item) => item.json.id)).toEqual(newest(50).map((order) => order.id));
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(Object.keys(items[0].json).sort()).toEqual(
			[
				'id',
				'order_number',
				'reference_id',
				'status',
				'type',
				'channel',
				'warehouse_customer_id',
				'warehouse_id',
				'created_date',
				'updated_date',
				'required_ship_date',
				'customer_name',
				'ship_to_country',
				'shipping_method_name',
				'invoice_currency_code',
				'total_price',
				'total_tax',
				'total_discount',
				'total_shipping',
				'line_item_count',
				'unit_count',
				'tracking_numbers',
			].sort(),
		);
		// The 240 orders fit in Trackstar's first page, asked for whole (1,000) and sorted here.
		expect(wmsRequests(sandbox).map((request) => request.query)).toEqual([{ limit: '1000' }]);
	});

	it('returns the newest orders whole when Simplify is off', async () => {
		const { items } = await runOrders(sandbox, {
			parameters: { operation: 'getAll', limit: 3, simplify: false },
		});
		expect(items.map((item) => item.json)).toEqual(newest(3));
	});

	it('sends every filter as Trackstar spells it: field[op], comma lists, UTC seconds', async () => {
		const { error } = await runOrders(sandbox, {
			timezone: 'America/New_York',
			parameters: {
				operation: 'getAll',
				limit: 10,
				filters: {
					createdDate: conditions(['gte', '2026-01-01T00:00:00'], ['lt', '2026-12-01T00:00:00Z']),
					updatedDate: conditions(
						['gt', '2026-06-01T08:00:00+02:00'],
						['nin', '2026-01-01T00:00:00Z,2026-01-02T00:00:00Z'],
					),
					requiredShipDate: conditions(
						['lte', '2027-01-01T00:00:00Z'],
						['neq', '2026-12-24T00:00:00Z'],
					),
					trackstarUpdatedDate: conditions(['gt', '2025-01-01T00:00:00Z']),
					trackstarCreatedDate: conditions(['eq', '2026-05-05T05:05:05Z']),
					status: ['exception', 'backordered'],
					excludeStatus: ['cancelled'],
					type: ['d2c', 'b2b'],
					excludeType: ['transfer'],
					warehouseCustomerId: conditions(['in', 'wc_a, wc_b'], ['neq', 'wc_c']),
					channel: conditions(['eq', 'shopify'], ['not_contains', 'test']),
					orderNumber: conditions(['contains-insensitive', 'so-']),
					referenceId: conditions(['nin', ['r1', 'r2']]),
				},
			},
		});

		expect(error).toBeUndefined();
		const [request] = wmsRequests(sandbox);
		expect(request.query).toEqual({
			'created_date[gte]': '2026-01-01T05:00:00Z',
			'created_date[lt]': '2026-12-01T00:00:00Z',
			'updated_date[gt]': '2026-06-01T06:00:00Z',
			'updated_date[nin]': '2026-01-01T00:00:00Z,2026-01-02T00:00:00Z',
			'required_ship_date[lte]': '2027-01-01T00:00:00Z',
			'required_ship_date[neq]': '2026-12-24T00:00:00Z',
			'trackstar_updated_date[gt]': '2025-01-01T00:00:00Z',
			'trackstar_created_date[eq]': '2026-05-05T05:05:05Z',
			'status[in]': 'exception,backordered',
			'status[nin]': 'cancelled',
			'type[in]': 'd2c,b2b',
			'type[nin]': 'transfer',
			'warehouse_customer_id[in]': 'wc_a,wc_b',
			'warehouse_customer_id[neq]': 'wc_c',
			'channel[eq]': 'shopify',
			'channel[not_contains]': 'test',
			'order_number[contains-insensitive]': 'so-',
			'reference_id[nin]': 'r1,r2',
			// A Limit reads Trackstar's first page whole and keeps the newest 10 of it.
			limit: '1000',
		});
		// n8n's HTTP client percent-encodes brackets, commas and colons, which Trackstar decodes.
		expect(request.rawQuery).toContain('status%5Bin%5D=exception%2Cbackordered');
		expect(request.rawQuery).toContain('created_date%5Bgte%5D=2026-01-01T05%3A00%3A00Z');
	});

	it('returns only orders that match the filters', async () => {
		const customer = sandbox.orders()[0].warehouse_customer_id;
		const { items } = await runOrders(sandbox, {
			parameters: {
				operation: 'getAll',
				returnAll: true,
				filters: {
					status: ['open', 'exception', 'backordered'],
					warehouseCustomerId: conditions(['eq', customer]),
					updatedDate: conditions(['gte', '2026-10-01T00:00:00Z']),
				},
				simplify: false,
			},
		});

		const expected = sandbox
			.orders()
			.filter(
				(order) =>
					['open', 'exception', 'backordered'].includes(order.status) &&
					order.warehouse_customer_id === customer &&
					order.updated_date >= '2026-10-01T00:00:00Z',
			);
		expect(expected.length).toBeGreaterThan(0);
		expect(items.map((item) => item.json.id)).toEqual(expected.map((order) => order.id));
	});

	it('sends order IDs as one comma list and returns those orders', async () => {
		const ids = sandbox
			.orders()
			.slice(5, 8)
			.map((order) => order.id);
		const { items } = await runOrders(sandbox, {
			parameters: { operation: 'getAll', returnAll: true, filters: { ids: ids.join(', ') } },
		});
		expect(wmsRequests(sandbox)[0].query.ids).toBe(ids.join(','));
		expect(items.map((item) => item.json.id).sort()).toEqual([...ids].sort());
	});

	it('runs once per input item, with filters from expressions, pairing each order with its item', async () => {
		const [first, second] = sandbox.orders();
		const { items } = await runOrders(sandbox, {
			input: [{ number: first.order_number }, { number: second.order_number }],
			parameters: {
				operation: 'getAll',
				filters: {
					orderNumber: { conditions: [{ operator: 'eq', value: '={{ $json.number }}' }] },
				},
			},
		});

		expect(items.map((item) => [item.json.order_number, item.pairedItem])).toEqual([
			[first.order_number, { item: 0 }],
			[second.order_number, { item: 1 }],
		]);
		expect(wmsRequests(sandbox).map((request) => request.query['order_number[eq]'])).toEqual([
			first.order_number,
			second.order_number,
		]);
	});
});

describe('Trackstar Orders: Get Many pagination', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		// Trackstar's clock (its Date header) at the sandbox's now: a Limit reads back from it.
		sandbox = await startTestSandbox({ orderCount: 3600, clock: () => SANDBOX_NOW });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it('follows next_token over every page with Return All, repeating the filters on each page', async () => {
		const { items, error } = await runOrders(sandbox, {
			parameters: {
				operation: 'getAll',
				returnAll: true,
				filters: { excludeStatus: ['cancelled'], type: ['d2c', 'b2b', 'dropship'] },
				// Page after page; the same list read in date windows at once is in getAllWindows.test.ts.
				requestOptions: { concurrentPages: 1 },
			},
		});

		expect(error).toBeUndefined();
		const expected = sandbox
			.orders()
			.filter((order) => order.status !== 'cancelled' && order.type !== 'transfer');
		expect(items.map((item) => item.json.id)).toEqual(expected.map((order) => order.id));
		expect(new Set(items.map((item) => item.json.id)).size).toBe(items.length);

		const requests = wmsRequests(sandbox);
		expect(requests.length).toBe(Math.ceil(expected.length / 1000));
		expect(requests.length).toBeGreaterThanOrEqual(3);
		for (const [page, request] of requests.entries()) {
			expect(request.query['status[nin]']).toBe('cancelled');
			expect(request.query['type[in]']).toBe('d2c,b2b,dropship');
			expect(request.query.limit).toBe('1000');
			expect(request.query.page_token === undefined).toBe(page === 0);
		}
		const tokens = requests.slice(1).map((request) => request.query.page_token);
		expect(new Set(tokens).size).toBe(tokens.length);
	});

	it('returns the newest orders across a page boundary, newest first, none twice, repeating the filter in every request', async () => {
		const { items, error } = await runOrders(sandbox, {
			parameters: { operation: 'getAll', limit: 1500, filters: { excludeType: ['transfer'] } },
		});

		expect(error).toBeUndefined();
		const expected = sandbox
			.orders()
			.reverse()
			.filter((order) => order.type !== 'transfer')
			.slice(0, 1500);
		expect(items.map((item) => item.json.id)).toEqual(expected.map((order) => order.id));
		expect(new Set(items.map((item) => item.json.id)).size).toBe(1500);
		const requests = wmsRequests(sandbox);
		// More than a page: Trackstar's first page, then created_date ranges read back from now.
		expect(requests.length).toBeGreaterThanOrEqual(2);
		for (const request of requests) {
			expect(request.query['type[nin]']).toBe('transfer');
			expect(request.query.limit).toBe('1000');
		}
	});

	it.each([1, 600, 1000])(
		'reads a list of up to a page in one request for a limit of %i',
		async (limit) => {
			const all = sandbox.orders();
			const since = all[3000].created_date;
			const inRange = all.filter((order) => order.created_date >= since);
			expect(inRange.length).toBeLessThanOrEqual(1000);

			const { items } = await runOrders(sandbox, {
				parameters: {
					operation: 'getAll',
					limit,
					filters: { createdDate: conditions(['gte', since]) },
				},
			});

			expect(items.map((item) => item.json.id)).toEqual(
				inRange
					.reverse()
					.slice(0, limit)
					.map((order) => order.id),
			);
			expect(wmsRequests(sandbox).map((request) => request.query)).toEqual([
				{ 'created_date[gte]': since, limit: '1000' },
			]);
		},
	);
});
