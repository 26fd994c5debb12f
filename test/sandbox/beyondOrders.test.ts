import type { Order, Sandbox } from '../../sandbox';
import { CHANNELS, SHIPPING_METHODS, WAREHOUSE_CUSTOMERS, WAREHOUSES } from '../../sandbox';
import { expectValidAgainst } from '../support/openapi';
import type { MetaSchema } from '../../sandbox/meta';
import type { ErrorAnswer, ListAnswer, RecordAnswer } from './helpers';
import { call, get, newOrderBody, put, qs, startTestSandbox } from './helpers';

const newOrder = newOrderBody('N8N-1');

describe('sandbox: create, Trackstar tags, meta and reference lists', () => {
	let sandbox: Sandbox;
	let now = new Date('2025-06-15T12:30:00Z');

	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => now });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	describe('POST /wms/orders', () => {
		it('creates an open order from a body valid against the create schema, and lists it', async () => {
			expectValidAgainst('CreatewmsOrder--WMS_Sandbox--', newOrder);
			const answer = await call<RecordAnswer<Order>>(sandbox, 'POST', '/wms/orders', {
				body: { ...newOrder, shipping_method_id: 'fedex_2day' },
			});
			expect(answer.status).toBe(200);
			expect(answer.body).toMatchObject({ id: answer.body.data.id, unused_fields: [] });
			expect(answer.body.data).toMatchObject({
				order_number: 'N8N-1',
				reference_id: answer.body.data.id,
				status: 'open',
				created_date: '2025-06-15T12:30:00Z',
				shipping_method_name: 'FedEx 2Day',
				carrier_name: 'FedEx',
				line_items: [
					{
						sku: WAREHOUSE_CUSTOMERS[0].products[0].sku,
						quantity: 2,
						unit_price: WAREHOUSE_CUSTOMERS[0].products[0].priceCents / 100,
					},
				],
			});
			expect(answer.body.data.id).toMatch(/^[0-9a-f]{24}$/);
			expect(sandbox.order(answer.body.data.id)).toEqual(answer.body.data);
			expect(sandbox.orders()).toHaveLength(241);
			const listed = await get<ListAnswer<Order>>(
				sandbox,
				`/wms/orders?${qs({ 'order_number[eq]': 'N8N-1' })}`,
			);
			expect(listed.body.data.map((order) => order.id)).toEqual([answer.body.data.id]);
		});

		it('answers 422 naming every required field that is missing, nested ones included', async () => {
			const answer = await call<ErrorAnswer>(sandbox, 'POST', '/wms/orders', {
				body: {
					order_number: 'X',
					ship_to_address: { city: 'Reno' },
					line_items: [{ sku: 'A', quantity: 1 }],
				},
			});
			expect(answer.status).toBe(422);
			expect(answer.body.detail.json).toEqual({
				'ship_to_address.address1': ['Missing data for required field.'],
				'ship_to_address.country': ['Missing data for required field.'],
				'ship_to_address.postal_code': ['Missing data for required field.'],
				'ship_to_address.state': ['Missing data for required field.'],
				'line_items.0.product_id': ['Missing data for required field.'],
			});
			expect(sandbox.orders()).toHaveLength(240);
		});

		it('keeps its own extra fields and reports fields outside its create schema as unused', async () => {
			const answer = await call<RecordAnswer<Order>>(sandbox, 'POST', '/wms/orders', {
				body: {
					...newOrder,
					gift_message: 'Hi',
					warehouse_id: 'wh-1',
					status: 'fulfilled',
					tags: ['x'],
					whatever: 1,
				},
			});
			expect(answer.body.unused_fields).toEqual(['status', 'tags', 'whatever']);
			expect(answer.body.data).toMatchObject({
				status: 'open',
				warehouse_id: 'wh-1',
				additional_fields: { gift_message: 'Hi' },
				tags: [],
			});
		});

		it('refuses empty values like every write', async () => {
			const answer = await call<ErrorAnswer>(sandbox, 'POST', '/wms/orders', {
				body: { ...newOrder, reference_id: '' },
			});
			expect(answer.status).toBe(422);
			expect(answer.body.detail.json.reference_id).toBeDefined();
		});
	});

	describe('PUT /wms/orders/{order_id}/trackstar-tags', () => {
		it('replaces the trackstar_tags of any order', async () => {
			const order = sandbox.orders().find((candidate) => candidate.status === 'cancelled')!;
			const answer = await put(sandbox, `/wms/orders/${order.id}/trackstar-tags`, {
				trackstar_tags: ['a', { b: 'c' }],
			});
			expect(answer.status).toBe(200);
			expect(answer.body).toMatchObject({
				id: order.id,
				unused_fields: [],
				data: { trackstar_tags: ['a', { b: 'c' }] },
			});
			expect(sandbox.order(order.id)).toMatchObject({
				trackstar_tags: ['a', { b: 'c' }],
				updated_date: order.updated_date,
			});
		});

		it('answers 422 for a missing or malformed list and 404 for an unknown order', async () => {
			const id = sandbox.orders()[0].id;
			expect(
				(await put<ErrorAnswer>(sandbox, `/wms/orders/${id}/trackstar-tags`, {})).body.detail.json,
			).toEqual({
				trackstar_tags: ['Missing data for required field.'],
			});
			expect(
				(
					await put(sandbox, `/wms/orders/${id}/trackstar-tags`, {
						trackstar_tags: [{ a: 'b', c: 'd' }],
					})
				).status,
			).toBe(422);
			expect(
				(await put(sandbox, '/wms/orders/nope/trackstar-tags', { trackstar_tags: ['a'] })).status,
			).toBe(404);
		});
	});

	describe('GET /wms/orders/meta', () => {
		it('answers the JSON Schema of a create or an update', async () => {
			const post = await get<MetaSchema>(sandbox, '/wms/orders/meta?method=POST');
			expect(post.status).toBe(200);
			expectValidAgainst('ConnectionMetaResponseSchema', post.body);
			expect(post.body.$ref).toBe('#/definitions/CreateOrder');
			expect(post.body.definitions.CreateOrder.required).toEqual([
				'line_items',
				'order_number',
				'ship_to_address',
			]);

			now = new Date(now.getTime() + 60_000);
			const update = await get<MetaSchema>(sandbox, '/wms/orders/meta?method=PUT');
			expect(update.body.$ref).toBe('#/definitions/UpdateOrder');
		});

		it('answers 422 without a valid method', async () => {
			const answer = await get<ErrorAnswer>(sandbox, '/wms/orders/meta?method=PATCH');
			expect(answer.status).toBe(422);
			expect(answer.body.detail).toEqual({ query: { method: ['Must be one of: POST, PUT.'] } });
		});

		it('answers 429 with retry-after to a second call within a minute, per access token, until reset', async () => {
			expect((await get(sandbox, '/wms/orders/meta?method=POST')).status).toBe(200);
			now = new Date(now.getTime() + 15_000);
			const limited = await get(sandbox, '/wms/orders/meta?method=PUT');
			expect(limited.status).toBe(429);
			expect(limited.headers.get('retry-after')).toBe('45');
			expect(limited.body).toEqual({
				error:
					'Rate limit exceeded: the meta endpoint allows one call per 60 seconds. Retry after 45 seconds.',
				origin: 'trackstar',
			});
			sandbox.reset();
			expect((await get(sandbox, '/wms/orders/meta?method=PUT')).status).toBe(200);
		});

		it('does not count refused calls, and can be turned off', async () => {
			expect((await get(sandbox, '/wms/orders/meta')).status).toBe(422);
			expect((await get(sandbox, '/wms/orders/meta?method=PUT')).status).toBe(200);

			const unlimited = await startTestSandbox({ metaRateLimitSeconds: 0 });
			try {
				expect((await get(unlimited, '/wms/orders/meta?method=PUT')).status).toBe(200);
				expect((await get(unlimited, '/wms/orders/meta?method=PUT')).status).toBe(200);
			} finally {
				await unlimited.close();
			}
		});
	});

	describe('reference lists', () => {
		it.each([
			[
				'/wms/warehouse-customers',
				'WmsWarehouseCustomersListEndpoint',
				WAREHOUSE_CUSTOMERS.map((entry) => entry.id),
			],
			[
				'/wms/shipping-methods',
				'WmsShippingMethodsListEndpoint',
				SHIPPING_METHODS.map((entry) => entry.id),
			],
			[
				'/wms/orders/channels',
				'WmsOrderChannelsListEndpoint',
				CHANNELS.map((entry) => entry.channel_id),
			],
			['/wms/warehouses', 'WmsWarehousesListEndpoint', WAREHOUSES.map((entry) => entry.id)],
		])('%s answers every record in the OpenAPI shape, page by page', async (path, schema, ids) => {
			const all = await get<ListAnswer<{ id: string }>>(sandbox, path);
			expectValidAgainst(schema, all.body);
			expect(all.body.data.map((record) => record.id)).toEqual(ids);
			expect(all.body.next_token).toBeNull();

			const first = await get<ListAnswer<{ id: string }>>(sandbox, `${path}?limit=2`);
			expect(first.body).toMatchObject({ total_count: 2, next_token: expect.any(String) });
			const second = await get<ListAnswer<{ id: string }>>(
				sandbox,
				`${path}?${qs({ limit: 2, page_token: first.body.next_token! })}`,
			);
			expect(second.body.data.map((record) => record.id)).toEqual(ids.slice(2, 4));
		});

		it('answers 422 to parameters it does not know', async () => {
			const answer = await get<ErrorAnswer>(sandbox, '/wms/shipping-methods?name=fedex');
			expect(answer.status).toBe(422);
			expect(answer.body.detail).toEqual({ query: { name: ['Unknown field.'] } });
		});
	});
});
