import type { CartOrder, Sandbox } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { FAST_RETRIES } from '../../support/faultChecks';
import { expectValidAgainst } from '../../support/openapi';
import { byId, cartRequests, startTestSandbox } from '../../support/trackstar';
import { runTrackstarCart, searchTrackstarCartPicker } from '../../support/trackstarNode';

describe('Trackstar Cart: Order', () => {
	let sandbox: Sandbox;
	let orders: CartOrder[];

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		sandbox.reset();
		orders = sandbox.cartOrders();
	});

	it('gets one order by its Trackstar ID, as the store answers it', async () => {
		const order = orders[4];
		const { items, error } = await runTrackstarCart(sandbox, {
			parameters: { resource: 'order', operation: 'get', orderId: byId(order.id), simplify: false },
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([order]);
		expect(cartRequests(sandbox).map(({ path }) => path)).toEqual([`/cart/orders/${order.id}`]);
	});

	it('gets one order by its order number, looked up with order_number[eq], and simplifies it', async () => {
		const order = orders[4];
		const { items, error } = await runTrackstarCart(sandbox, {
			parameters: {
				resource: 'order',
				operation: 'get',
				orderId: { __rl: true, mode: 'orderNumber', value: order.order_number },
			},
		});
		expect(error).toBeUndefined();
		expect(cartRequests(sandbox)[0]).toMatchObject({
			path: '/cart/orders',
			query: { 'order_number[eq]': order.order_number },
		});
		expect(items[0].json).toMatchObject({
			id: order.id,
			order_number: order.order_number,
			status: order.status,
			customer_name: order.ship_to_address.full_name,
			line_item_count: order.line_items.length,
		});
		expect(items[0].json).not.toHaveProperty('bill_to_address');
	});

	it('lists orders by status and order number, reading every page with Return All', async () => {
		const { items, error } = await runTrackstarCart(sandbox, {
			parameters: {
				resource: 'order',
				operation: 'getAll',
				returnAll: true,
				filters: {
					status: ['fulfilled', 'partially_fulfilled'],
					orderNumber: { conditions: [{ operator: 'contains', value: '#10' }] },
				},
				simplify: false,
			},
		});
		expect(error).toBeUndefined();
		const expected = orders.filter(
			(order) =>
				['fulfilled', 'partially_fulfilled'].includes(order.status) &&
				order.order_number.includes('#10'),
		);
		expect(items.map((item) => item.json.id).sort()).toEqual(
			expected.map((order) => order.id).sort(),
		);
		expect(cartRequests(sandbox)[0].query).toMatchObject({
			'status[in]': 'fulfilled,partially_fulfilled',
			'order_number[contains]': '#10',
		});
	});

	it.each([
		[
			{ orderNumber: { conditions: [{ operator: 'eq', value: '' }] } },
			'Invalid Order Number: the condition "Is Equal To" has no value',
		],
		[
			{ updatedDate: { conditions: [{ operator: 'gt', value: '' }] } },
			'Invalid Updated Date: the condition "Is After" has no date',
		],
	])('refuses a filter added but left empty, before any request: %j', async (filters, message) => {
		const { error } = await runTrackstarCart(sandbox, {
			parameters: { resource: 'order', operation: 'getAll', limit: 5, filters },
		});
		expectItemError(error, message, 0);
		expect(cartRequests(sandbox)).toEqual([]);
	});

	it('returns the newest orders up to the Limit, simplified, with their tracking numbers', async () => {
		const { items, error } = await runTrackstarCart(sandbox, {
			parameters: { resource: 'order', operation: 'getAll', limit: 5 },
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id)).toEqual(
			orders
				.slice(-5)
				.reverse()
				.map((order) => order.id),
		);
		const shipped = items.find((item) => item.json.status === 'fulfilled');
		expect(shipped?.json.tracking_numbers).toEqual([
			expect.stringMatching(/^1Z/) as unknown as string,
		]);
	});

	it('fails the item with the order it asked for when the store has no such order', async () => {
		const { items } = await runTrackstarCart(sandbox, {
			continueOnFail: true,
			parameters: { resource: 'order', operation: 'get', orderId: byId('nope') },
		});
		expect(items[0].json).toMatchObject({ id: 'nope', error: expect.stringMatching(/not found/i) });
	});

	it('replaces the Trackstar tags of an order', async () => {
		const { items, error } = await runTrackstarCart(sandbox, {
			parameters: {
				resource: 'order',
				operation: 'setTags',
				orderId: byId(orders[0].id),
				trackstarTags: { tag: [{ name: 'vip' }, { name: 'channel', value: 'instagram' }] },
			},
		});
		expect(error).toBeUndefined();
		expect(cartRequests(sandbox)[0]).toMatchObject({
			method: 'PUT',
			path: `/cart/orders/${orders[0].id}/trackstar-tags`,
			body: { trackstar_tags: ['vip', { channel: 'instagram' }] },
		});
		expect(items[0].json.trackstar_tags).toEqual(['vip', { channel: 'instagram' }]);
	});

	it('offers the newest orders in its picker, and finds one by order number', async () => {
		const all = await searchTrackstarCartPicker(sandbox, 'searchCartOrders');
		expect(all.results[0]).toMatchObject({
			value: orders[orders.length - 1].id,
			name: `${orders[orders.length - 1].order_number} · ${orders[orders.length - 1].status}`,
		});
		const found = await searchTrackstarCartPicker(sandbox, 'searchCartOrders', { filter: '#1005' });
		const numbered = orders.find((order) => order.order_number === '#1005')!;
		expect(found.results.map((result) => result.value)).toEqual([numbered.id]);
	});

	const shipment = {
		trackingNumber: '1Z999AA10123456784',
		additionalFields: {
			carrierName: 'UPS',
			trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
			requestedShippingMethod: 'Standard',
		},
	};

	it('creates a shipment: the store gets the tracking number and carrier, the order comes back fulfilled', async () => {
		const order = orders.find((each) => each.status === 'open')!;
		const { items, error } = await runTrackstarCart(sandbox, {
			parameters: {
				resource: 'order',
				operation: 'createShipment',
				orderId: byId(order.id),
				...shipment,
			},
		});
		expect(error).toBeUndefined();
		const [sent] = cartRequests(sandbox);
		expect(sent).toMatchObject({ method: 'POST', path: `/cart/orders/${order.id}/shipments` });
		expectValidAgainst('CreateShipmentcartOrder--Cart_Sandbox--', sent.body);
		expect(items[0].json).toMatchObject({
			id: order.id,
			status: 'fulfilled',
			shipments: [{ tracking_number: '1Z999AA10123456784', carrier_name: 'UPS' }],
			unused_fields: [],
		});
	});

	it("fails the item with the store's refusal when a field it requires is missing", async () => {
		const order = orders.find((each) => each.status === 'open')!;
		const { error } = await runTrackstarCart(sandbox, {
			parameters: {
				resource: 'order',
				operation: 'createShipment',
				orderId: byId(order.id),
				trackingNumber: '1Z999AA10123456784',
			},
		});
		expectItemError(
			error,
			/^Trackstar answered 422: Invalid request body: \w+: Missing data for required field/,
			0,
		);
	});

	it('never sends a shipment again after a 502 that may have created it, and names the tracking number to look for', async () => {
		const order = orders.find((each) => each.status === 'open')!;
		sandbox.inject({
			method: 'POST',
			path: /shipments$/,
			fault: { kind: 'status', status: 502, when: 'after' },
		});
		const { error } = await runTrackstarCart(sandbox, {
			parameters: {
				resource: 'order',
				operation: 'createShipment',
				orderId: byId(order.id),
				...shipment,
				requestOptions: FAST_RETRIES,
			},
		});
		const description = (error as Error & { description?: string }).description ?? '';
		expect(description).toContain('may have been applied');
		expect(description).toContain(
			'a shipment with tracking number "1Z999AA10123456784" on the order',
		);
		// The store, not a WMS, stands behind a Cart API call.
		expect(description).toMatch(
			/^Trackstar or the store failed while handling this write, and it may have been applied all the same\. Look for .* in Trackstar or the store before running this item again\./,
		);
		expect(description).not.toContain('WMS');
		expect(cartRequests(sandbox)).toHaveLength(1);
	});
});
