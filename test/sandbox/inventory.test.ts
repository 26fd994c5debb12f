import type { InventoryItem, LedgerEntry, Sandbox } from '../../sandbox';
import {
	CATALOG_ITEM_COUNT,
	LEDGER_EVENT_TYPES,
	LOW_STOCK_SKUS,
	LOW_STOCK_THRESHOLD,
	WAREHOUSES,
	WAREHOUSE_CUSTOMERS,
	seedCatalog,
	seedOrders,
} from '../../sandbox';
import { expectValidAgainst } from '../support/openapi';
import type { FilterCase } from './catalogCases';
import { dateCases, ids, listAll, operatorCases } from './catalogCases';
import type { ErrorAnswer, ListAnswer, RecordAnswer } from './helpers';
import { NOW, call, get, put, qs, startTestSandbox } from './helpers';

const reno = WAREHOUSES[0].id;
const allentown = WAREHOUSES[1].id;
const COMMITTING = ['open', 'confirmed', 'processing', 'picked', 'packed', 'partially_fulfilled'];

describe('sandbox catalog seed', () => {
	const orders = seedOrders({ count: 240, seed: 42, now: NOW });
	const catalog = seedCatalog({ now: NOW, orders });
	const stocks = (item: InventoryItem) => Object.entries(item.inventory_by_warehouse_id);

	it('is deterministic', () => {
		expect(seedCatalog({ now: NOW, orders })).toEqual(catalog);
	});

	it('has a product and an inventory item, with the ids the orders use, for every SKU the orders sell', () => {
		const products = new Map(catalog.products.map((product) => [product.id, product]));
		const items = new Map(catalog.inventory.map((item) => [item.id, item]));
		for (const order of orders) {
			for (const line of order.line_items) {
				expect(products.get(line.product_id)?.sku).toBe(line.sku);
				const itemId = products.get(line.product_id)?.inventory_items[0]
					.inventory_item_id as string;
				expect(items.get(itemId)?.sku).toBe(line.sku);
			}
			for (const shipment of order.shipments)
				for (const line of shipment.line_items)
					expect(items.get(line.inventory_item_id)?.sku).toBe(line.sku);
		}
		expect(catalog.inventory).toHaveLength(CATALOG_ITEM_COUNT);
		expect(catalog.products.filter((product) => product.is_kit)).toHaveLength(2);
		for (const kit of catalog.products.filter((product) => product.is_kit)) {
			for (const component of kit.inventory_items)
				expect(items.get(component.inventory_item_id)?.sku).toBe(component.sku);
		}
	});

	it('keeps onhand = committed + unfulfillable + fulfillable per warehouse, totals as sums, locations and lots holding onhand', () => {
		for (const item of catalog.inventory) {
			const sum = {
				onhand: 0,
				committed: 0,
				fulfillable: 0,
				unfulfillable: 0,
				awaiting: 0,
				sellable: 0,
			};
			for (const [warehouseId, stock] of stocks(item)) {
				expect(stock.onhand).toBe(stock.committed + stock.unfulfillable + stock.fulfillable);
				expect(stock.sellable).toBe(stock.fulfillable);
				expect(stock.unsellable).toBe(0);
				const located = item.locations.filter((entry) => entry.warehouse_id === warehouseId);
				expect(located.reduce((total, entry) => total + entry.quantity, 0)).toBe(stock.onhand);
				if (item.lots.length > 0) {
					const lots = item.lots.filter((lot) => lot.warehouse_id === warehouseId);
					expect(lots.reduce((total, lot) => total + lot.onhand, 0)).toBe(stock.onhand);
				}
				for (const key of Object.keys(sum) as Array<keyof typeof sum>) sum[key] += stock[key];
			}
			expect(item).toMatchObject(sum);
		}
	});

	it('commits what the open orders still have to ship from each warehouse', () => {
		const expected = new Map<string, number>();
		const itemOf = new Map(
			catalog.products.map((product) => [product.id, product.inventory_items[0].inventory_item_id]),
		);
		for (const order of orders.filter((entry) => COMMITTING.includes(entry.status))) {
			for (const line of order.line_items) {
				const itemId = itemOf.get(line.product_id) as string;
				const shipped = order.shipments
					.flatMap((shipment) => shipment.line_items)
					.filter((entry) => entry.inventory_item_id === itemId)
					.reduce((total, entry) => total + entry.quantity, 0);
				const key = `${itemId}|${order.warehouse_id}`;
				if (line.quantity > shipped)
					expected.set(key, (expected.get(key) ?? 0) + line.quantity - shipped);
			}
		}
		const actual = new Map<string, number>();
		for (const item of catalog.inventory)
			for (const [warehouseId, stock] of stocks(item))
				if (stock.committed > 0) actual.set(`${item.id}|${warehouseId}`, stock.committed);
		expect(actual).toEqual(expected);
		expect(actual.size).toBeGreaterThan(10);
	});

	it(`has exactly the low-stock SKUs at or below ${LOW_STOCK_THRESHOLD} fulfillable, all active`, () => {
		const low = catalog.inventory.filter((item) => item.fulfillable <= LOW_STOCK_THRESHOLD);
		expect(Object.fromEntries(low.map((item) => [item.sku, item.fulfillable]))).toEqual(
			LOW_STOCK_SKUS,
		);
		expect(low.every((item) => item.active)).toBe(true);
	});

	it('has ledger entries that add up to onhand per item and warehouse, the orders shipments among them', () => {
		const balance = new Map<string, number>();
		for (const entry of catalog.ledger) {
			const key = `${entry.inventory_item_id}|${entry.warehouse_id}`;
			balance.set(key, (balance.get(key) ?? 0) + entry.quantity);
		}
		for (const item of catalog.inventory)
			for (const [warehouseId, stock] of stocks(item))
				expect(balance.get(`${item.id}|${warehouseId}`) ?? 0).toBe(stock.onhand);
		const shipments = catalog.ledger.filter((entry) => entry.event_type === 'order_shipment');
		const orderIds = new Set(orders.map((order) => order.id));
		expect(shipments.length).toBeGreaterThan(50);
		expect(
			shipments.every((entry) => orderIds.has(entry.object_id as string) && entry.quantity < 0),
		).toBe(true);
		expect(new Set(catalog.ledger.map((entry) => entry.event_type)).size).toBeGreaterThanOrEqual(5);
		for (const item of catalog.inventory) {
			const last = catalog.ledger
				.filter((entry) => entry.inventory_item_id === item.id)
				.map((entry) => entry.created_date)
				.sort()
				.at(-1);
			expect(item.updated_date).toBe(last);
		}
		const now = NOW.toISOString().replace('.000', '');
		expect(
			catalog.ledger.every(
				(entry) => entry.created_date <= now && entry.entry_date <= entry.created_date,
			),
		).toBe(true);
	});

	it('generates items up to inventoryCount fast', () => {
		const started = Date.now();
		const large = seedCatalog({ now: NOW, orders, inventoryCount: 50_000 });
		expect(Date.now() - started).toBeLessThan(5000);
		expect(large.inventory).toHaveLength(50_000);
		expect(new Set(ids(large.inventory)).size).toBe(50_000);
		expect(large.ledger).toEqual(catalog.ledger);
		expectValidAgainst('WmsInventoryListEndpoint', {
			data: large.inventory.slice(0, 500),
			next_token: null,
			total_count: 500,
		});
	});
});

describe('sandbox inventory routes', () => {
	let sandbox: Sandbox;
	const clock = new Date('2025-06-15T12:30:00Z');
	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => clock });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const bySku = (sku: string) =>
		sandbox.inventoryItems().find((item) => item.sku === sku) as InventoryItem;

	describe('GET /wms/inventory', () => {
		it('lists every item in the OpenAPI shape, page by page with the filters repeated', async () => {
			const all = await get(sandbox, '/wms/inventory');
			expect(all.status).toBe(200);
			expectValidAgainst('WmsInventoryListEndpoint', all.body);
			expect(all.body).toEqual({
				data: sandbox.inventoryItems(),
				next_token: null,
				total_count: CATALOG_ITEM_COUNT,
			});

			const query = { active: 'true', 'sku[contains]': '-' };
			const paged = await listAll<InventoryItem>(sandbox, '/wms/inventory', { ...query, limit: 5 });
			expect(ids(paged)).toEqual(ids(sandbox.inventoryItems().filter((item) => item.active)));
			const first = await get<ListAnswer<InventoryItem>>(
				sandbox,
				`/wms/inventory?${qs({ ...query, limit: 5 })}`,
			);
			const changed = await get<ErrorAnswer>(
				sandbox,
				`/wms/inventory?${qs({ active: 'false', page_token: first.body.next_token! })}`,
			);
			expect(changed.status).toBe(422);
			expect(Object.keys(changed.body.detail.query)).toEqual(['page_token']);
		});

		const items = seedCatalog({
			now: NOW,
			orders: seedOrders({ count: 240, seed: 42, now: NOW }),
		}).inventory;
		const middle = items[Math.floor(items.length / 2)];
		const customer = WAREHOUSE_CUSTOMERS[1].id;
		const cases: Array<FilterCase<InventoryItem>> = [
			...dateCases(middle, { created: items[3], updated: items[5] }),
			...operatorCases<InventoryItem>(
				'warehouse_customer_id',
				['eq', 'neq', 'in', 'nin', 'contains', 'not_contains'],
				(r) => r.warehouse_customer_id,
				{
					pick: customer,
					other: WAREHOUSE_CUSTOMERS[2].id,
					fragment: customer.slice(-3),
				},
			),
			...operatorCases<InventoryItem>(
				'sku',
				['eq', 'in', 'nin', 'contains', 'not_contains'],
				(r) => r.sku,
				{
					pick: 'STC-MUG-ENM-12',
					other: 'NWO-BNE-MRN-OS',
					fragment: 'WB-',
				},
			),
			['active=true', { active: 'true' }, (r) => r.active],
			['active=false', { active: 'false' }, (r) => !r.active],
		];
		it.each(cases)('filters by %s', async (_name, query, predicate) => {
			const answer = await get<ListAnswer<InventoryItem>>(sandbox, `/wms/inventory?${qs(query)}`);
			expect(answer.status).toBe(200);
			expect(ids(answer.body.data)).toEqual(ids(sandbox.inventoryItems().filter(predicate)));
		});

		it('takes ids and ids[in] over every other filter', async () => {
			const chosen = [items[2].id, items[7].id];
			for (const param of ['ids', 'ids[in]']) {
				const answer = await get<ListAnswer<InventoryItem>>(
					sandbox,
					`/wms/inventory?${qs({ [param]: chosen.join(','), active: 'false' })}`,
				);
				expect(ids(answer.body.data)).toEqual(chosen);
			}
		});

		it.each([
			['sku[neq]', 'x', /Unknown operator "neq" for sku/],
			['active', 'yes', /Not a valid boolean/],
			['active[neq]', 'true', /Unknown operator/],
			['created_date[gte]', '2025-06-01', /Not a valid datetime/],
			['warehouse', 'x', /Unknown field/],
			['limit', '0', /greater than or equal to 1/],
		])('answers 422 naming %s=%s', async (param, value, message) => {
			const answer = await get<ErrorAnswer>(sandbox, `/wms/inventory?${qs({ [param]: value })}`);
			expect(answer.status).toBe(422);
			expectValidAgainst('ValidationError', answer.body);
			expect(answer.body.detail.query[param][0]).toMatch(message);
		});
	});

	describe('GET /wms/inventory/{inventory_id}', () => {
		it('answers {data: item}', async () => {
			const item = bySku('STC-WB-ETH-12OZ');
			const answer = await get(sandbox, `/wms/inventory/${item.id}`);
			expectValidAgainst('WmsInventorySingleItemEndpoint', answer.body);
			expect(answer.body).toEqual({ data: item });
		});

		it('answers 404 with the id for an unknown one', async () => {
			const answer = await get(sandbox, '/wms/inventory/nope');
			expect(answer.status).toBe(404);
			expectValidAgainst('HTTPError', answer.body);
			expect(answer.body).toEqual({
				error: 'Inventory item not found',
				id: 'nope',
				origin: 'trackstar',
			});
		});
	});

	describe('PUT /wms/inventory/{inventory_id}/adjust', () => {
		const adjust = <T = RecordAnswer<InventoryItem>>(id: string, body: unknown) =>
			put<T>(sandbox, `/wms/inventory/${id}/adjust`, body);

		it('increases onhand and fulfillable in the warehouse and location, and writes a ledger entry', async () => {
			const item = bySku('NWO-BNE-MRN-OS');
			const before = item.inventory_by_warehouse_id[reno];
			const body = { quantity: 12, adjustment_type: 'increase', warehouse_id: reno };
			expectValidAgainst('AdjustInventorywmsInventoryItem--WMS_Sandbox--', body);
			const answer = await adjust(item.id, body);
			expect(answer.status).toBe(200);
			expectValidAgainst('wmsAdjustInventoryInventoryItemResponse', answer.body);
			expect(answer.body).toEqual({
				data: sandbox.inventoryItem(item.id),
				id: item.id,
				unused_fields: [],
			});
			const after = answer.body.data;
			expect(after.inventory_by_warehouse_id[reno]).toEqual({
				...before,
				onhand: before.onhand + 12,
				fulfillable: before.fulfillable + 12,
				sellable: before.fulfillable + 12,
			});
			expect(after).toMatchObject({
				onhand: item.onhand + 12,
				fulfillable: item.fulfillable + 12,
				updated_date: '2025-06-15T12:30:00Z',
			});
			const binId = item.locations.find((entry) => entry.warehouse_id === reno)?.location_id;
			expect(after.locations.find((entry) => entry.location_id === binId)?.quantity).toBe(
				(item.locations.find((entry) => entry.location_id === binId)?.quantity ?? 0) + 12,
			);

			const ledger = await get<ListAnswer<LedgerEntry>>(
				sandbox,
				`/wms/inventory/ledger?${qs({ 'created_date[gte]': '2025-06-15T12:30:00Z' })}`,
			);
			expectValidAgainst('WmsInventoryLedgerListEndpoint', ledger.body);
			expect(ledger.body.data).toEqual([
				expect.objectContaining({
					inventory_item_id: item.id,
					sku: item.sku,
					quantity: 12,
					event_type: 'adjustment',
					warehouse_id: reno,
					location_id: binId,
					entry_date: '2025-06-15T12:30:00Z',
				}),
			]);
		});

		it('decreases from a given location, and from the lots of a lot-tracked item', async () => {
			const item = bySku('STC-WB-ETH-12OZ');
			const location = item.locations.find(
				(entry) => entry.warehouse_id === allentown && entry.quantity >= 3,
			)!;
			const answer = await adjust(item.id, {
				quantity: 3,
				adjustment_type: 'decrease',
				warehouse_id: allentown,
				location_id: location.location_id,
			});
			expect(answer.status).toBe(200);
			const after = answer.body.data;
			expect(after.inventory_by_warehouse_id[allentown].onhand).toBe(
				item.inventory_by_warehouse_id[allentown].onhand - 3,
			);
			expect(
				after.locations.find((entry) => entry.location_id === location.location_id)?.quantity,
			).toBe(location.quantity - 3);
			const lots = after.lots.filter((lot) => lot.warehouse_id === allentown);
			expect(lots.reduce((total, lot) => total + lot.onhand, 0)).toBe(
				after.inventory_by_warehouse_id[allentown].onhand,
			);
			expect(sandbox.ledger().at(-1)).toMatchObject({
				quantity: -3,
				location_id: location.location_id,
			});
		});

		it('reports fields outside its body in unused_fields', async () => {
			const item = bySku('NWO-BNE-MRN-OS');
			const answer = await adjust(item.id, {
				quantity: 1,
				adjustment_type: 'increase',
				warehouse_id: reno,
				reason: 'count',
			});
			expect(answer.body.unused_fields).toEqual(['reason']);
		});

		it.each([
			[{}, ['quantity', 'adjustment_type', 'warehouse_id']],
			[
				{ quantity: 1.5, adjustment_type: 'add', warehouse_id: 7 },
				['quantity', 'adjustment_type', 'warehouse_id'],
			],
			[{ quantity: 0, adjustment_type: 'increase', warehouse_id: reno }, ['quantity']],
			[{ quantity: 1, adjustment_type: 'increase', warehouse_id: '' }, ['warehouse_id']],
			[
				{ quantity: 1, adjustment_type: 'increase', warehouse_id: reno, location_id: null },
				['location_id'],
			],
			[{ quantity: 1, adjustment_type: 'increase', warehouse_id: 'nowhere' }, ['warehouse_id']],
			[
				{ quantity: 1, adjustment_type: 'increase', warehouse_id: reno, location_id: 'nowhere' },
				['location_id'],
			],
		])('answers 422 naming the fields at fault in %j', async (body, fields) => {
			const item = bySku('NWO-BNE-MRN-OS');
			const answer = await adjust<ErrorAnswer>(item.id, body);
			expect(answer.status).toBe(422);
			expectValidAgainst('ValidationError', answer.body);
			expect(Object.keys(answer.body.detail.json)).toEqual(fields);
			expect(sandbox.inventoryItem(item.id)).toEqual(item);
		});

		it('refuses a decrease beyond the fulfillable stock as the WMS, naming quantity', async () => {
			const item = bySku('JSA-MST-DAY-50');
			const answer = await adjust(item.id, {
				quantity: 1,
				adjustment_type: 'decrease',
				warehouse_id: reno,
			});
			expect(answer.status).toBe(422);
			expect(answer.body).toMatchObject({
				origin: 'integration',
				detail: { json: { quantity: [expect.stringContaining('only 0 fulfillable')] } },
			});
			expect(sandbox.ledger()).toHaveLength(
				seedCatalog({ now: NOW, orders: sandbox.orders() }).ledger.length,
			);
		});

		it('answers 404 for an unknown item, after validating the body', async () => {
			expect(
				(await adjust('nope', { quantity: 1, adjustment_type: 'increase', warehouse_id: reno }))
					.status,
			).toBe(404);
			expect((await adjust('nope', {})).status).toBe(422);
		});
	});

	describe('GET /wms/inventory/ledger', () => {
		it('lists the ledger in the OpenAPI shape, page by page', async () => {
			const all = await get<ListAnswer<LedgerEntry>>(sandbox, '/wms/inventory/ledger');
			expectValidAgainst('WmsInventoryLedgerListEndpoint', all.body);
			expect(all.body.data).toEqual(sandbox.ledger());
			const paged = await listAll<LedgerEntry>(sandbox, '/wms/inventory/ledger', {
				'event_type[neq]': 'other',
				limit: 100,
			});
			expect(ids(paged)).toEqual(
				ids(sandbox.ledger().filter((entry) => entry.event_type !== 'other')),
			);
		});

		const ledger = seedCatalog({
			now: NOW,
			orders: seedOrders({ count: 240, seed: 42, now: NOW }),
		}).ledger;
		const middle = ledger[Math.floor(ledger.length / 2)];
		const owner = new Map(
			seedCatalog({ now: NOW, orders: [] }).inventory.map((item) => [
				item.id,
				item.warehouse_customer_id,
			]),
		);
		const customer = WAREHOUSE_CUSTOMERS[3].id;
		const cases: Array<FilterCase<LedgerEntry>> = [
			...operatorCases<LedgerEntry>(
				'created_date',
				['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'nin'],
				(r) => r.created_date,
				{
					pick: middle.created_date,
					other: ledger[10].created_date,
				},
			),
			...operatorCases<LedgerEntry>('updated_date', ['gte', 'lt'], (r) => r.updated_date, {
				pick: middle.updated_date,
			}),
			...operatorCases<LedgerEntry>(
				'event_type',
				['eq', 'neq', 'in', 'nin', 'contains', 'not_contains'],
				(r) => r.event_type,
				{
					pick: 'adjustment',
					other: 'movement',
				},
			),
			...operatorCases<LedgerEntry>(
				'warehouse_customer_id',
				['eq', 'neq', 'in', 'nin'],
				(r) => owner.get(r.inventory_item_id) ?? null,
				{
					pick: customer,
					other: WAREHOUSE_CUSTOMERS[0].id,
				},
			),
		];
		it.each(cases)('filters by %s', async (_name, query, predicate) => {
			const answer = await get<ListAnswer<LedgerEntry>>(
				sandbox,
				`/wms/inventory/ledger?${qs(query)}`,
			);
			expect(answer.status).toBe(200);
			expect(ids(answer.body.data)).toEqual(ids(sandbox.ledger().filter(predicate)));
		});

		it('knows every event type and refuses others', async () => {
			for (const type of LEDGER_EVENT_TYPES)
				expect((await get(sandbox, `/wms/inventory/ledger?event_type=${type}`)).status).toBe(200);
			const answer = await get<ErrorAnswer>(sandbox, '/wms/inventory/ledger?event_type=theft');
			expect(answer.status).toBe(422);
			expect(answer.body.detail.query.event_type[0]).toMatch(/^Must be one of: adjustment, /);
			expect(
				(await get<ErrorAnswer>(sandbox, '/wms/inventory/ledger?sku=X')).body.detail.query,
			).toEqual({
				sku: ['Unknown field.'],
			});
		});
	});

	describe('PUT /wms/inventory/{inventory_id}/trackstar-tags', () => {
		it('replaces the tags and answers {data, id, unused_fields}', async () => {
			const item = bySku('BPS-BWL-SS-2');
			const body = { trackstar_tags: ['audit', { bin: 'A-01' }] };
			expectValidAgainst('AddTrackstarTaginventorySchema--Base_Schema--', body);
			const answer = await put(sandbox, `/wms/inventory/${item.id}/trackstar-tags`, body);
			expectValidAgainst('wmsAddTrackstarTagInventoryItemResponse', answer.body);
			expect(answer.body).toEqual({
				data: { ...item, trackstar_tags: body.trackstar_tags },
				id: item.id,
				unused_fields: [],
			});
			expect(sandbox.inventoryItem(item.id)?.trackstar_tags).toEqual(body.trackstar_tags);
		});

		it('answers 422 for a bad body and 404 for an unknown item', async () => {
			const item = bySku('BPS-BWL-SS-2');
			expect(
				(await put(sandbox, `/wms/inventory/${item.id}/trackstar-tags`, { trackstar_tags: 'x' }))
					.status,
			).toBe(422);
			expect(
				(await put(sandbox, '/wms/inventory/nope/trackstar-tags', { trackstar_tags: [] })).status,
			).toBe(404);
		});
	});

	it('serves a generated long list with inventoryCount', async () => {
		const large = await startTestSandbox({ inventoryCount: 50_000 });
		try {
			const first = await get<ListAnswer<InventoryItem>>(large, '/wms/inventory?limit=1000');
			expect(first.body.data).toHaveLength(1000);
			expect(first.body.next_token).toEqual(expect.any(String));
			expect(large.inventoryItems()).toHaveLength(50_000);
		} finally {
			await large.close();
		}
	});

	it('is refused without credentials and faulted like every route', async () => {
		expect(
			(
				await call(sandbox, 'GET', '/wms/inventory', {
					headers: { 'x-trackstar-access-token': '' },
				})
			).status,
		).toBe(401);
		sandbox.inject({ path: '/wms/inventory/ledger', fault: { kind: 'status', status: 503 } });
		expect((await get(sandbox, '/wms/inventory/ledger')).status).toBe(503);
		expect((await get(sandbox, '/wms/inventory/ledger')).status).toBe(200);
		expect((await call(sandbox, 'POST', '/wms/inventory')).status).toBe(405);
	});
});
