import type { Order, Sandbox } from '../../sandbox';
import type { RecordAnswer } from './helpers';
import { call, expectValidOrder, put, startTestSandbox } from './helpers';

const newOrder = {
	order_number: 'N8N-2',
	ship_to_address: {
		address1: '1 Main St',
		city: 'Reno',
		state: 'NV',
		postal_code: '89502',
		country: 'US',
	},
	line_items: [{ product_id: 'p-1', quantity: 1 }],
};

const UPS_GROUND = {
	shipping_method_id: 'ups_ground',
	shipping_method: 'ups_ground',
	shipping_method_name: 'UPS Ground',
	carrier_id: 'ups',
	carrier_name: 'UPS',
	scac: 'UPGN',
	service_level: 'Standard',
};

describe('sandbox writes keep the fields Trackstar derives from a channel or shipping method', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startTestSandbox({
			clock: () => new Date('2025-06-15T12:30:00Z'),
			extraShippingMethods: 2,
		});
	});
	afterAll(async () => await sandbox.close());
	/** An updatable order on LTL freight and no channel (a transfer), as seeded. */
	let freightOrder: Order;
	beforeEach(() => {
		sandbox.reset();
		freightOrder = sandbox
			.orders()
			.find(
				(order) =>
					order.shipping_method_id === 'ltl_freight' &&
					!['fulfilled', 'cancelled'].includes(order.status),
			)!;
	});

	async function update(body: Record<string, unknown>, order = freightOrder): Promise<Order> {
		const answer = await put<RecordAnswer<Order>>(sandbox, `/wms/orders/${order.id}`, body);
		expect(answer.status).toBe(200);
		expect(answer.body.unused_fields).toEqual([]);
		expectValidOrder(answer.body.data);
		return answer.body.data;
	}

	describe('shipping method', () => {
		it.each([
			['shipping_method_id', { shipping_method_id: 'ups_ground' }],
			['the deprecated shipping_method (an ID)', { shipping_method: 'ups_ground' }],
			['shipping_method_name, in any case', { shipping_method_name: 'ups ground' }],
		])(
			'%s sets the ID, the name, the carrier and the service level together',
			async (_name, body) => {
				expect(freightOrder).toMatchObject({
					shipping_method: 'ltl_freight',
					service_level: 'Freight',
				});
				expect(await update(body)).toMatchObject(UPS_GROUND);
			},
		);

		it('lets shipping_method_id win over shipping_method and shipping_method_name', async () => {
			const updated = await update({
				shipping_method_name: 'FedEx 2Day',
				shipping_method: 'usps_priority',
				shipping_method_id: 'ups_ground',
			});
			expect(updated).toMatchObject(UPS_GROUND);
			expect(
				await update({ shipping_method_name: 'FedEx 2Day', shipping_method: 'usps_priority' }),
			).toMatchObject({
				shipping_method_id: 'usps_priority',
				shipping_method_name: 'USPS Priority Mail',
			});
		});

		it('keeps a service_level the body gives', async () => {
			const updated = await update({ shipping_method_id: 'ups_ground', service_level: 'Economy' });
			expect(updated).toMatchObject({ ...UPS_GROUND, service_level: 'Economy' });
			expect(await update({ service_level: 'Rush' })).toMatchObject({
				...UPS_GROUND,
				service_level: 'Rush',
			});
		});

		it('resolves against the served list, made-up freight lanes included', async () => {
			expect(await update({ shipping_method_id: 'freight_lane_002' })).toMatchObject({
				shipping_method: 'freight_lane_002',
				shipping_method_name: 'Freight Lane 002',
				carrier_id: 'xpo',
				scac: 'CNWY',
				service_level: 'Freight',
			});
		});

		it("clears the carrier for an unknown method rather than keep the previous method's", async () => {
			expect(await update({ shipping_method_id: 'drone_air' })).toMatchObject({
				shipping_method_id: 'drone_air',
				shipping_method: 'drone_air',
				shipping_method_name: null,
				carrier_id: null,
				carrier_name: null,
				scac: null,
				service_level: 'Freight',
			});
			expect(await update({ shipping_method_name: 'Drone Air' })).toMatchObject({
				shipping_method_id: null,
				shipping_method: null,
				shipping_method_name: 'Drone Air',
				carrier_id: null,
			});
		});
	});

	describe('channel', () => {
		const AMAZON = {
			channel: 'amazon',
			channel_object: { channel_id: 'amazon', channel_name: 'Amazon' },
		};

		it.each([
			['channel_object.channel_id', { channel_object: { channel_id: 'amazon' } }],
			['channel_object.channel_name, in any case', { channel_object: { channel_name: 'AMAZON' } }],
			['the deprecated channel (an ID)', { channel: 'amazon' }],
		])('%s sets channel and both channel_object fields together', async (_name, body) => {
			expect(await update(body)).toMatchObject(AMAZON);
		});

		it('lets channel_object win over channel, whatever their order', async () => {
			expect(
				await update({ channel_object: { channel_id: 'amazon' }, channel: 'faire' }),
			).toMatchObject(AMAZON);
			expect(
				await update({ channel: 'faire', channel_object: { channel_name: 'Amazon' } }),
			).toMatchObject(AMAZON);
		});

		it('keeps an unknown channel as given: an ID without a name, a name with an ID made from it', async () => {
			expect(await update({ channel_object: { channel_id: 'etsy' } })).toMatchObject({
				channel: 'etsy',
				channel_object: { channel_id: 'etsy', channel_name: null },
			});
			expect(await update({ channel_object: { channel_name: 'Etsy Shop' } })).toMatchObject({
				channel: 'etsy_shop',
				channel_object: { channel_id: 'etsy_shop', channel_name: 'Etsy Shop' },
			});
		});
	});

	it("applies the create schema's forms on create, and reports channel_object and shipping_method_name unused, as Trackstar's sandbox WMS does", async () => {
		for (const method of [
			{ shipping_method_id: 'ups_ground' },
			{ shipping_method: 'ups_ground' },
		]) {
			const answer = await call<RecordAnswer<Order>>(sandbox, 'POST', '/wms/orders', {
				body: { ...newOrder, channel: 'amazon', ...method },
			});
			expect(answer.status).toBe(200);
			expect(answer.body.unused_fields).toEqual([]);
			expect(answer.body.data).toMatchObject({
				channel: 'amazon',
				channel_object: { channel_id: 'amazon', channel_name: 'Amazon' },
				...UPS_GROUND,
			});
			expectValidOrder(answer.body.data);
		}

		const ignored = await call<RecordAnswer<Order>>(sandbox, 'POST', '/wms/orders', {
			body: {
				...newOrder,
				channel_object: { channel_name: 'Amazon' },
				shipping_method_name: 'UPS Ground',
			},
		});
		expect(ignored.status).toBe(200);
		expect([...ignored.body.unused_fields].sort()).toEqual([
			'channel_object',
			'shipping_method_name',
		]);
		expectValidOrder(ignored.body.data);
	});
});
