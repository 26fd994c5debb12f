import type { Order, Sandbox } from '../../sandbox';
import type { ErrorAnswer, ListAnswer } from './helpers';
import { get, qs, startTestSandbox } from './helpers';

describe('sandbox pagination and query validation', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());

	async function readAll(filters: Record<string, string>, limit: number) {
		const ids: string[] = [];
		const pages: number[] = [];
		let token: string | null = null;
		do {
			const params: Record<string, string | number> = { ...filters, limit };
			if (token) params.page_token = token;
			const answer = await get<ListAnswer<Order>>(sandbox, `/wms/orders?${qs(params)}`);
			expect(answer.status).toBe(200);
			expect(answer.body.total_count).toBe(answer.body.data.length);
			ids.push(...answer.body.data.map((order) => order.id));
			pages.push(answer.body.data.length);
			token = answer.body.next_token;
		} while (token !== null);
		return { ids, pages };
	}

	it('walks every page with no order missing or repeated, next_token null on the last', async () => {
		const { ids, pages } = await readAll({}, 50);
		expect(pages).toEqual([50, 50, 50, 50, 40]);
		expect(ids).toEqual(sandbox.orders().map((order) => order.id));
	});

	it('pages through filtered results when every filter is repeated', async () => {
		const filters = {
			'status[nin]': 'cancelled',
			'created_date[gte]': sandbox.orders()[30].created_date,
		};
		const expected = sandbox
			.orders()
			.filter(
				(order) =>
					order.status !== 'cancelled' && order.created_date >= filters['created_date[gte]'],
			)
			.map((order) => order.id);
		const { ids } = await readAll(filters, 17);
		expect(ids).toEqual(expected);
	});

	it('allows a different limit on later pages', async () => {
		const first = await get<ListAnswer<Order>>(sandbox, `/wms/orders?${qs({ limit: 10 })}`);
		const second = await get<ListAnswer<Order>>(
			sandbox,
			`/wms/orders?${qs({ limit: 3, page_token: first.body.next_token! })}`,
		);
		expect(second.body.data.map((order) => order.id)).toEqual(
			sandbox
				.orders()
				.slice(10, 13)
				.map((order) => order.id),
		);
	});

	it('defaults to pages of 1000 and answers next_token null when everything fits', async () => {
		const answer = await get(sandbox, '/wms/orders');
		expect(answer.body).toMatchObject({ next_token: null, total_count: 240 });
	});

	it('refuses a page_token sent without the filters it was issued for (422)', async () => {
		const first = await get<ListAnswer<Order>>(
			sandbox,
			`/wms/orders?${qs({ status: 'fulfilled', limit: 5 })}`,
		);
		const dropped = await get<ErrorAnswer>(
			sandbox,
			`/wms/orders?${qs({ limit: 5, page_token: first.body.next_token! })}`,
		);
		expect(dropped.status).toBe(422);
		expect(dropped.body.origin).toBe('trackstar');
		expect(dropped.body.detail.query.page_token[0]).toMatch(/repeat every filter/);
		const changed = await get(
			sandbox,
			`/wms/orders?${qs({ status: 'open', limit: 5, page_token: first.body.next_token! })}`,
		);
		expect(changed.status).toBe(422);
	});

	it('refuses a malformed page_token (422)', async () => {
		for (const token of ['not-a-token', 'eyJ4IjoxfQ', '%%%']) {
			const answer = await get<ErrorAnswer>(sandbox, `/wms/orders?${qs({ page_token: token })}`);
			expect(answer.status).toBe(422);
			expect(answer.body.detail.query).toHaveProperty('page_token');
		}
	});

	it.each([
		['an unknown parameter', { colour: 'red' }, 'colour'],
		['a parameter named like an Object method', { constructor: '1' }, 'constructor'],
		['an unknown operator', { 'status[gt]': 'open' }, 'status[gt]'],
		[
			'in on required_ship_date',
			{ 'required_ship_date[in]': '2025-06-01T00:00:00Z' },
			'required_ship_date[in]',
		],
		['a date without seconds', { 'created_date[gt]': '2025-06-01T00:00Z' }, 'created_date[gt]'],
		['a date with milliseconds', { updated_date: '2025-06-01T00:00:00.000Z' }, 'updated_date'],
		[
			'a date with an offset',
			{ 'updated_date[lt]': '2025-06-01T00:00:00+00:00' },
			'updated_date[lt]',
		],
		['an impossible date', { 'created_date[lt]': '2025-02-30T00:00:00Z' }, 'created_date[lt]'],
		[
			'a bad date in a list',
			{ 'created_date[in]': '2025-06-01T00:00:00Z,yesterday' },
			'created_date[in]',
		],
		['a bad status', { status: 'shipped' }, 'status'],
		['a bad type in a list', { 'type[in]': 'd2c,retail' }, 'type[in]'],
		[
			'101 values',
			{ 'order_number[in]': Array.from({ length: 101 }, (_, i) => `N${i}`).join(',') },
			'order_number[in]',
		],
		['101 ids', { ids: Array.from({ length: 101 }, (_, i) => `id${i}`).join(',') }, 'ids'],
		['limit 0', { limit: '0' }, 'limit'],
		['limit 1001', { limit: '1001' }, 'limit'],
		['a non-numeric limit', { limit: 'ten' }, 'limit'],
		['an empty value', { channel: '' }, 'channel'],
	])('answers 422 for %s, naming the parameter in detail.query', async (_name, params, param) => {
		const answer = await get<ErrorAnswer>(sandbox, `/wms/orders?${qs(params)}`);
		expect(answer.status).toBe(422);
		expect(answer.body).toMatchObject({
			origin: 'trackstar',
			error: expect.stringContaining(param),
		});
		expect(answer.body.detail.query[param]).toEqual([expect.any(String)]);
	});

	it('answers 422 for a parameter given twice', async () => {
		const answer = await get<ErrorAnswer>(sandbox, '/wms/orders?status=open&status=picked');
		expect(answer.status).toBe(422);
		expect(answer.body.detail.query).toHaveProperty('status');
	});

	it('accepts limit 1 and limit 1000', async () => {
		expect((await get<ListAnswer<Order>>(sandbox, '/wms/orders?limit=1')).body.total_count).toBe(1);
		expect((await get<ListAnswer<Order>>(sandbox, '/wms/orders?limit=1000')).body.total_count).toBe(
			240,
		);
	});
});
