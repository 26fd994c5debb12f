import type { Sandbox } from '../../sandbox';
import { WAREHOUSE_CUSTOMERS, WAREHOUSES } from '../../sandbox';
import { TrackstarApi } from '../../credentials/TrackstarApi.credentials';
import { TrackstarOrders } from '../../nodes/TrackstarOrders/TrackstarOrders.node';
import { runListSearch } from '../harness';
import {
	byId,
	fromList,
	runOrders,
	searchPicker,
	startTestSandbox,
	trackstarCredentials,
	wmsRequests,
} from '../support/trackstar';

describe('Trackstar Orders: pickers (From List)', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	describe('Order', () => {
		it('lists the most recent orders first, a page at a time, following the pagination token to the end', async () => {
			const pages = [];
			let token: string | undefined;
			do {
				const page = await searchPicker(sandbox, 'searchOrders', { paginationToken: token });
				pages.push(page);
				token = page.paginationToken;
			} while (token && pages.length < 10);
			expect(pages.length).toBeGreaterThan(1);
			expect(pages.at(-1)!.paginationToken).toBeUndefined();

			const ids = pages.flatMap((page) => page.results.map((result) => result.value));
			// The sandbox lists oldest first (created_date, then id): the newest are its list reversed.
			expect(ids).toEqual(
				sandbox
					.orders()
					.reverse()
					.map((order) => order.id),
			);
			const order = sandbox.orders().at(-1)!;
			expect(pages[0].results[0]).toEqual({
				name: `${order.order_number} · ref ${order.reference_id} · ${order.status}`,
				value: order.id,
				url: order.external_system_url ?? undefined,
			});
			// A page ends on a whole second: the next one starts at an older second, so none is split.
			const dateOf = (id: unknown) => sandbox.order(String(id))!.created_date;
			for (const [index, page] of pages.slice(1).entries()) {
				expect(page.results.length).toBeLessThanOrEqual(100);
				expect(dateOf(pages[index].results.at(-1)!.value) > dateOf(page.results[0].value)).toBe(
					true,
				);
			}
			// The 240 orders fit in one Trackstar page: each picker page is one request, asked whole
			// and read back from below the page before.
			const requests = wmsRequests(sandbox);
			expect(requests).toHaveLength(pages.length);
			expect(
				requests.map((request) => [request.path, request.query.limit, request.status]),
			).toEqual(pages.map(() => ['/wms/orders', '1000', 200]));
			expect(requests[0].query['created_date[lt]']).toBeUndefined();
			for (const [index, request] of requests.slice(1).entries()) {
				expect(request.query['created_date[lt]'] > dateOf(pages[index + 1].results[0].value)).toBe(
					true,
				);
				expect(
					request.query['created_date[lt]'] <= dateOf(pages[index].results.at(-1)!.value),
				).toBe(true);
			}
		});

		it('finds orders by order number, ignoring case, the most recent first', async () => {
			const { results } = await searchPicker(sandbox, 'searchOrders', { filter: 'jsa-1000' });
			const expected = sandbox
				.orders()
				.reverse()
				.filter((order) => order.order_number.toLowerCase().includes('jsa-1000'));
			expect(expected.length).toBeGreaterThan(0);
			expect(results.map((result) => result.value)).toEqual(expected.map((order) => order.id));
			expect(wmsRequests(sandbox).map((request) => request.query)).toEqual([
				{ 'order_number[contains-insensitive]': 'jsa-1000', limit: '1000' },
				{ 'reference_id[contains-insensitive]': 'jsa-1000', limit: '1000' },
			]);
		});

		it('pages through many matches by number, the most recent first, then moves on to reference IDs', async () => {
			const seen: string[] = [];
			const tokens: Array<string | undefined> = [];
			let token: string | undefined;
			do {
				const page = await searchPicker(sandbox, 'searchOrders', {
					filter: '-1',
					paginationToken: token,
				});
				seen.push(...page.results.map((result) => String(result.value)));
				token = page.paginationToken;
				tokens.push(token);
			} while (token && tokens.length < 10);
			expect(seen).toEqual(
				sandbox
					.orders()
					.reverse()
					.map((order) => order.id),
			);
			expect(tokens.slice(0, 2).map((next) => JSON.parse(next!).field)).toEqual([
				'order_number',
				'order_number',
			]);
			expect(
				wmsRequests(sandbox).map((request) =>
					Object.keys(request.query).find((key) => key.includes('contains')),
				),
			).toEqual([
				'order_number[contains-insensitive]',
				'order_number[contains-insensitive]',
				'order_number[contains-insensitive]',
				'reference_id[contains-insensitive]',
			]);
		});

		it('finds an order by its reference ID', async () => {
			const order = sandbox.orders()[17];
			const { results, paginationToken } = await searchPicker(sandbox, 'searchOrders', {
				filter: order.reference_id,
			});
			expect(results.map((result) => result.value)).toEqual([order.id]);
			expect(paginationToken).toBeUndefined();
		});

		it('picks the order that an operation then uses', async () => {
			const [result] = (
				await searchPicker(sandbox, 'searchOrders', { filter: sandbox.orders()[3].order_number })
			).results;
			sandbox.reset();
			const { items } = await runOrders(sandbox, {
				parameters: { operation: 'get', orderId: fromList(String(result.value)), simplify: false },
			});
			expect(items[0].json.id).toBe(sandbox.orders()[3].id);
		});
	});

	describe('Warehouse Customer', () => {
		it("lists the connection's warehouse customers by name", async () => {
			const { results, paginationToken } = await searchPicker(sandbox, 'searchWarehouseCustomers', {
				parameterPath: 'updateFields.warehouseCustomerId',
			});
			expect(results).toEqual(
				WAREHOUSE_CUSTOMERS.map((customer) => ({ name: customer.name, value: customer.id })),
			);
			expect(paginationToken).toBeUndefined();
			expect(wmsRequests(sandbox)).toMatchObject([
				{ method: 'GET', path: '/wms/warehouse-customers', query: { limit: '100' }, status: 200 },
			]);
		});

		it('narrows the list to the names or IDs containing the search text', async () => {
			const { results } = await searchPicker(sandbox, 'searchWarehouseCustomers', {
				filter: 'COFFEE',
			});
			expect(results).toEqual([
				{ name: 'Summit Trail Coffee Co.', value: WAREHOUSE_CUSTOMERS[2].id },
			]);
			const byIdSearch = await searchPicker(sandbox, 'searchWarehouseCustomers', {
				filter: WAREHOUSE_CUSTOMERS[3].id,
			});
			expect(byIdSearch.results.map((result) => result.name)).toEqual(['Brightside Pet Supply']);
		});

		it('sends the picked customer in an update, and filters Get Many by it', async () => {
			const order = sandbox.orders().find((candidate) => candidate.status === 'open')!;
			await runOrders(sandbox, {
				parameters: {
					operation: 'update',
					orderId: byId(order.id),
					updateFields: { warehouseCustomerId: fromList(WAREHOUSE_CUSTOMERS[1].id) },
				},
			});
			expect(wmsRequests(sandbox)[0].body).toEqual({
				warehouse_customer_id: WAREHOUSE_CUSTOMERS[1].id,
			});

			sandbox.reset();
			const { items } = await runOrders(sandbox, {
				parameters: {
					operation: 'getAll',
					returnAll: true,
					filters: {
						warehouseCustomerId: {
							conditions: [{ operator: 'eq', value: fromList(WAREHOUSE_CUSTOMERS[1].id) }],
						},
					},
				},
			});
			expect(wmsRequests(sandbox)[0].query).toMatchObject({
				'warehouse_customer_id[eq]': WAREHOUSE_CUSTOMERS[1].id,
			});
			expect(items.length).toBeGreaterThan(0);
			expect(
				items.every((item) => item.json.warehouse_customer_id === WAREHOUSE_CUSTOMERS[1].id),
			).toBe(true);
		});

		it('still takes a list of IDs By ID in a Get Many filter, and plain text saved before pickers existed', async () => {
			const ids = `${WAREHOUSE_CUSTOMERS[0].id}, ${WAREHOUSE_CUSTOMERS[2].id}`;
			await runOrders(sandbox, {
				parameters: {
					operation: 'getAll',
					limit: 5,
					filters: {
						warehouseCustomerId: { conditions: [{ operator: 'in', value: byId(ids) }] },
						channel: { conditions: [{ operator: 'eq', value: 'shopify' }] },
					},
				},
			});
			expect(wmsRequests(sandbox)[0].query).toMatchObject({
				'warehouse_customer_id[in]': `${WAREHOUSE_CUSTOMERS[0].id},${WAREHOUSE_CUSTOMERS[2].id}`,
				'channel[eq]': 'shopify',
			});
		});
	});

	describe('Shipping Method', () => {
		it('lists shipping methods with their carrier, searchable by carrier', async () => {
			const all = await searchPicker(sandbox, 'searchShippingMethods');
			expect(all.results).toHaveLength(9);
			expect(all.results).toContainEqual({
				name: 'LTL Freight (XPO Logistics)',
				value: 'ltl_freight',
			});
			expect(all.results).toContainEqual({ name: 'FedEx Ground', value: 'fedex_ground' });

			const fedex = await searchPicker(sandbox, 'searchShippingMethods', { filter: 'fedex' });
			expect(fedex.results.map((result) => result.value)).toEqual(['fedex_ground', 'fedex_2day']);
			expect(wmsRequests(sandbox).map((request) => request.path)).toEqual([
				'/wms/shipping-methods',
				'/wms/shipping-methods',
			]);
		});
	});

	describe('Warehouse', () => {
		it('lists the warehouses with their code, searchable by code, and sends the picked one as warehouse_id', async () => {
			const all = await searchPicker(sandbox, 'searchWarehouses');
			expect(all.results).toEqual(
				WAREHOUSES.map((warehouse) => ({
					name: `${warehouse.name} (${warehouse.code})`,
					value: warehouse.id,
				})),
			);
			const toronto = await searchPicker(sandbox, 'searchWarehouses', { filter: 'yyz' });
			expect(toronto.results).toEqual([
				{ name: 'Mississauga, ON (YYZ1)', value: WAREHOUSES[2].id },
			]);
			expect(wmsRequests(sandbox).map((request) => [request.path, request.status])).toEqual([
				['/wms/warehouses', 200],
				['/wms/warehouses', 200],
			]);

			sandbox.reset();
			const order = sandbox.orders().find((candidate) => candidate.status === 'open')!;
			const { items } = await runOrders(sandbox, {
				parameters: {
					operation: 'update',
					orderId: byId(order.id),
					updateFields: { warehouseId: fromList(WAREHOUSES[2].id) },
				},
			});
			expect(wmsRequests(sandbox)[0].body).toEqual({ warehouse_id: WAREHOUSES[2].id });
			// The sandbox WMS takes a warehouse only when an order is created: an update reports it unused.
			expect(items[0].json.unused_fields).toEqual(['warehouse_id']);
		});
	});

	describe('Channel', () => {
		it('lists the order channels, searchable by name', async () => {
			const all = await searchPicker(sandbox, 'searchChannels');
			expect(all.results.map((result) => result.value)).toEqual([
				'shopify',
				'amazon',
				'walmart',
				'tiktok_shop',
				'faire',
				'edi',
			]);
			const tiktok = await searchPicker(sandbox, 'searchChannels', { filter: 'tik' });
			expect(tiktok.results).toEqual([{ name: 'TikTok Shop', value: 'tiktok_shop' }]);
			expect(wmsRequests(sandbox)[0]).toMatchObject({ path: '/wms/orders/channels', status: 200 });
		});
	});

	it("fails with Trackstar's message when the credential is refused, never showing the secrets", async () => {
		const search = runListSearch({
			node: new TrackstarOrders(),
			credentialTypes: [new TrackstarApi()],
			credentials: { trackstarApi: trackstarCredentials(sandbox, { accessToken: 'wrong-token' }) },
			parameters: { operation: 'update' },
			method: 'searchChannels',
			parameterPath: 'updateFields.channel',
		});
		await expect(search).rejects.toThrow(
			'Trackstar refused the access token (Invalid x\u2011trackstar\u2011access\u2011token header). Check your credential.',
		);
		await search.catch((error: Error) => {
			expect(JSON.stringify(error)).not.toContain('wrong-token');
			expect(JSON.stringify(error)).not.toContain(sandbox.apiKey);
		});
	});
});

describe('Trackstar Orders: pickers over long lists', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox({ extraShippingMethods: 250 });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it('pages through hundreds of shipping methods as the list scrolls', async () => {
		const seen: string[] = [];
		let token: string | undefined;
		let calls = 0;
		do {
			const page = await searchPicker(sandbox, 'searchShippingMethods', { paginationToken: token });
			seen.push(...page.results.map((result) => String(result.value)));
			token = page.paginationToken;
			calls++;
		} while (token);
		expect(calls).toBe(3);
		expect(seen).toHaveLength(259);
		expect(new Set(seen).size).toBe(259);
		expect(seen.at(-1)).toBe('freight_lane_250');
	});

	it('reads on past pages without a match, so a search never comes back empty while more remain', async () => {
		const { results, paginationToken } = await searchPicker(sandbox, 'searchShippingMethods', {
			filter: 'lane 250',
		});
		expect(results).toEqual([
			{ name: 'Freight Lane 250 (XPO Logistics)', value: 'freight_lane_250' },
		]);
		expect(paginationToken).toBeUndefined();
		expect(wmsRequests(sandbox).map((request) => request.query.page_token === undefined)).toEqual([
			true,
			false,
			false,
		]);
	});
});
