import type { Order, OrderStatus, Sandbox } from '../../sandbox';
import type { ErrorAnswer, RecordAnswer } from './helpers';
import { call, get, put, startTestSandbox } from './helpers';

describe('sandbox single-order routes', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => new Date('2025-06-15T12:30:00Z') });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const first = (status: OrderStatus) => sandbox.orders().find((order) => order.status === status)!;

	describe('GET /wms/orders/{order_id}', () => {
		it('answers {data: order} for a known id', async () => {
			const order = sandbox.orders()[5];
			const answer = await get(sandbox, `/wms/orders/${order.id}`);
			expect(answer.status).toBe(200);
			expect(answer.body).toEqual({ data: order });
		});

		it('answers 404 with the id for an unknown one', async () => {
			const answer = await get(sandbox, '/wms/orders/000000000000000000000000');
			expect(answer.status).toBe(404);
			expect(answer.body).toEqual({
				error: 'Order not found',
				id: '000000000000000000000000',
				origin: 'trackstar',
			});
		});

		it('decodes the id and keeps an encoded slash inside it', async () => {
			const answer = await get<RecordAnswer<Order>>(sandbox, '/wms/orders/a%2Fb%20c');
			expect(answer.status).toBe(404);
			expect(answer.body.id).toBe('a/b c');
			expect(sandbox.requests.at(-1)).toMatchObject({
				path: '/wms/orders/a/b c',
				rawPath: '/wms/orders/a%2Fb%20c',
			});
		});
	});

	describe('PUT /wms/orders/{order_id}', () => {
		it('applies known fields, sets updated dates and answers {data, id, unused_fields}', async () => {
			const order = first('open');
			const body = {
				order_number: 'NWO-RENAMED',
				total_price: 12.5,
				status: 'confirmed',
				channel_object: { channel_name: 'Amazon' },
				shipping_method_id: 'ups_ground',
				ship_to_address: { city: 'Reno', address3: 'Floor 2' },
				line_items: [{ sku: 'NWO-BNE-MRN-OS', quantity: 2, unit_price: 30 }],
				tags: ['rush', { source: 'n8n' }],
				trackstar_tags: ['x', { team: 'ops' }],
				required_ship_date: '2025-06-20T17:00:00Z',
				shipping_method_name: 'ignored because the id wins',
			};
			const answer = await put(sandbox, `/wms/orders/${order.id}`, body);
			expect(answer.status).toBe(200);
			expect(answer.body).toEqual({
				data: sandbox.order(order.id),
				id: order.id,
				unused_fields: [],
			});
			const updated = sandbox.order(order.id) as Order;
			expect(updated).toMatchObject({
				order_number: 'NWO-RENAMED',
				total_price: 12.5,
				status: 'confirmed',
				channel: 'amazon',
				channel_object: { channel_id: 'amazon', channel_name: 'Amazon' },
				shipping_method_id: 'ups_ground',
				shipping_method_name: 'UPS Ground',
				ship_to_address: { ...order.ship_to_address, city: 'Reno', address3: 'Floor 2' },
				tags: ['rush', 'source:n8n'],
				trackstar_tags: ['x', { team: 'ops' }],
				required_ship_date: '2025-06-20T17:00:00Z',
				updated_date: '2025-06-15T12:30:00Z',
				trackstar_updated_date: '2025-06-15T12:30:00Z',
				created_date: order.created_date,
			});
			expect(updated.line_items).toEqual([
				expect.objectContaining({
					sku: 'NWO-BNE-MRN-OS',
					quantity: 2,
					unit_price: 30,
					is_picked: false,
				}),
			]);
		});

		it('lists unknown and ignored fields in unused_fields without applying them', async () => {
			const order = first('open');
			const answer = await put<RecordAnswer<Order>>(sandbox, `/wms/orders/${order.id}`, {
				gift_message: 'Happy birthday',
				trading_partner: 'Target',
				reference_id: 'REF-1',
			});
			expect(answer.status).toBe(200);
			expect(answer.body.unused_fields).toEqual(['gift_message', 'trading_partner']);
			const updated = sandbox.order(order.id) as Order;
			expect(updated.reference_id).toBe('REF-1');
			expect(updated.trading_partner).toBe(order.trading_partner);
			expect(updated).not.toHaveProperty('gift_message');
		});

		it('applies trading_partner when ignoredUpdateFields is empty', async () => {
			const other = await startTestSandbox({ ignoredUpdateFields: [] });
			try {
				const order = other.orders().find((entry) => entry.status === 'open')!;
				const answer = await put<RecordAnswer<Order>>(other, `/wms/orders/${order.id}`, {
					trading_partner: 'Target',
				});
				expect(answer.body.unused_fields).toEqual([]);
				expect(other.order(order.id)?.trading_partner).toBe('Target');
			} finally {
				await other.close();
			}
		});

		it.each([
			['null', { service_level: null }, 'service_level'],
			['an empty string', { order_number: '' }, 'order_number'],
			['"null"', { reference_id: 'null' }, 'reference_id'],
			['"None"', { channel: 'None' }, 'channel'],
			['a nested null', { ship_to_address: { address2: null } }, 'ship_to_address.address2'],
			[
				'a "none" inside a line item',
				{ line_items: [{ sku: 'none', quantity: 1 }] },
				'line_items.0.sku',
			],
			['an empty unknown field', { custom: '' }, 'custom'],
			['an empty field named like an Object method', { constructor: '' }, 'constructor'],
		])('answers 422 for %s, naming the field in detail.json', async (_name, body, field) => {
			const order = first('open');
			const answer = await put<ErrorAnswer>(sandbox, `/wms/orders/${order.id}`, body);
			expect(answer.status).toBe(422);
			expect(answer.body.origin).toBe('trackstar');
			expect(answer.body.detail.json[field]).toEqual([expect.stringMatching(/null/)]);
			expect(sandbox.order(order.id)).toEqual(order);
		});

		it.each([
			['a string total', { total_price: '12.50' }, 'total_price'],
			[
				'a fractional quantity',
				{ line_items: [{ sku: 'A', quantity: 1.5 }] },
				'line_items.0.quantity',
			],
			[
				'an unknown line item field',
				{ line_items: [{ sku: 'A', quantity: 1, name: 'x' }] },
				'line_items.0.name',
			],
			['a line item without quantity', { line_items: [{ sku: 'A' }] }, 'line_items.0.quantity'],
			['line_items not a list', { line_items: { sku: 'A' } }, 'line_items'],
			['a bad status', { status: 'shipped' }, 'status'],
			[
				'an unknown address field',
				{ ship_to_address: { street: 'Main St' } },
				'ship_to_address.street',
			],
			[
				'both channel keys',
				{ channel_object: { channel_id: 'a', channel_name: 'b' } },
				'channel_object',
			],
			['a bad tag', { tags: [{ a: '1', b: '2' }] }, 'tags.0'],
			['a bad required_ship_date', { required_ship_date: '2025-06-20' }, 'required_ship_date'],
		])('answers 422 for %s', async (_name, body, field) => {
			const answer = await put<ErrorAnswer>(sandbox, `/wms/orders/${first('open').id}`, body);
			expect(answer.status).toBe(422);
			expect(answer.body.detail.json).toHaveProperty([field]);
		});

		it('answers 422 when the body is not a JSON object', async () => {
			const id = first('open').id;
			for (const rawBody of ['not json', '[1,2]', '"text"', '']) {
				const answer = await call(sandbox, 'PUT', `/wms/orders/${id}`, { rawBody });
				expect(answer.status).toBe(422);
			}
		});

		it.each(['cancelled', 'fulfilled'] as const)(
			'answers 422 from the integration for a %s order',
			async (status) => {
				const order = first(status);
				const answer = await put(sandbox, `/wms/orders/${order.id}`, { order_number: 'X' });
				expect(answer.status).toBe(422);
				expect(answer.body).toEqual({
					error: `Order ${order.id} is ${status} and can no longer be updated`,
					origin: 'integration',
				});
			},
		);

		it('answers 404 for an unknown id', async () => {
			const answer = await put(sandbox, '/wms/orders/nope', { order_number: 'X' });
			expect(answer.status).toBe(404);
			expect(answer.body).toMatchObject({ error: 'Order not found', id: 'nope' });
		});
	});

	describe('PUT /wms/orders/{order_id}/cancel', () => {
		it('cancels an open order, then refuses to cancel it again (422)', async () => {
			const order = first('open');
			const answer = await put<RecordAnswer<Order>>(sandbox, `/wms/orders/${order.id}/cancel`);
			expect(answer.status).toBe(200);
			expect(answer.body).toEqual({
				data: sandbox.order(order.id),
				id: order.id,
				unused_fields: [],
			});
			expect(answer.body.data).toMatchObject({
				status: 'cancelled',
				raw_status: 'Canceled',
				updated_date: '2025-06-15T12:30:00Z',
			});
			const again = await put(sandbox, `/wms/orders/${order.id}/cancel`);
			expect(again.status).toBe(422);
			expect(again.body).toEqual({
				error: `Order ${order.id} is already cancelled`,
				origin: 'integration',
			});
		});

		it.each(['fulfilled', 'partially_fulfilled'] as const)(
			'refuses to cancel a %s order',
			async (status) => {
				const answer = await put<ErrorAnswer>(sandbox, `/wms/orders/${first(status).id}/cancel`);
				expect(answer.status).toBe(422);
				expect(answer.body.origin).toBe('integration');
				expect(answer.body.error).toMatch(/shipped/);
			},
		);

		it('answers 404 for an unknown id', async () => {
			expect((await put(sandbox, '/wms/orders/nope/cancel')).status).toBe(404);
		});

		it('is undone by reset()', async () => {
			const order = first('open');
			await put(sandbox, `/wms/orders/${order.id}/cancel`);
			sandbox.reset();
			expect(sandbox.order(order.id)?.status).toBe('open');
			expect(sandbox.requests).toEqual([]);
		});
	});
});
