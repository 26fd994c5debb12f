import type { Sandbox } from '../../sandbox';
import { expectItemError } from '../harness';
import { expectValidAgainst } from '../support/openapi';
import {
	byId,
	byName,
	fromList,
	runOrders,
	startTestSandbox,
	wmsRequests,
} from '../support/trackstar';

const UPDATE_SCHEMA = 'UpdateOrderSchema--Base_Schema--';

describe('Trackstar Orders: Update', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const openOrder = () => sandbox.orders().find((order) => order.status === 'open')!;

	async function update(orderId: string, updateFields: Record<string, unknown>, timezone?: string) {
		return await runOrders(sandbox, {
			timezone,
			parameters: { operation: 'update', orderId: byId(orderId), updateFields },
		});
	}

	function sentBody() {
		const [request] = wmsRequests(sandbox);
		expectValidAgainst(UPDATE_SCHEMA, request.body);
		return request.body;
	}

	it('sends every plain field under its Trackstar name, valid against the update schema', async () => {
		const order = openOrder();
		const { items, error } = await update(
			order.id,
			{
				warehouseCustomerId: order.warehouse_customer_id,
				referenceId: 'shopify-5001',
				orderNumber: 'SO-5001',
				tradingPartner: 'Target',
				shippingMethod: fromList('ups_ground'),
				serviceLevel: 'Standard',
				invoiceCurrencyCode: 'CAD',
				totalPrice: 120.5,
				totalTax: 9.75,
				totalDiscount: 5,
				totalShipping: 12,
				status: 'backordered',
				requiredShipDate: '2026-12-01T17:00:00',
			},
			'America/Los_Angeles',
		);

		expect(error).toBeUndefined();
		expect(sentBody()).toEqual({
			warehouse_customer_id: order.warehouse_customer_id,
			reference_id: 'shopify-5001',
			order_number: 'SO-5001',
			trading_partner: 'Target',
			shipping_method_id: 'ups_ground',
			service_level: 'Standard',
			invoice_currency_code: 'CAD',
			total_price: 120.5,
			total_tax: 9.75,
			total_discount: 5,
			total_shipping: 12,
			status: 'backordered',
			required_ship_date: '2026-12-02T01:00:00Z',
		});
		expect(wmsRequests(sandbox)[0]).toMatchObject({
			method: 'PUT',
			path: `/wms/orders/${order.id}`,
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			id: order.id,
			order_number: 'SO-5001',
			status: 'backordered',
			total_price: 120.5,
			required_ship_date: '2026-12-02T01:00:00Z',
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('shows the fields the WMS ignored as unused_fields, and as a warning hint', async () => {
		const { items, hints } = await update(openOrder().id, {
			tradingPartner: 'Walmart',
			orderNumber: 'SO-1',
		});
		expect(items[0].json.unused_fields).toEqual(['trading_partner']);
		expect(items[0].json.order_number).toBe('SO-1');
		expect(hints).toEqual([
			{
				type: 'warning',
				location: 'outputPane',
				message:
					'The WMS ignored trading_partner (unused_fields) for item 0. Get Writable Fields lists what it accepts; the WMS Fields offer only those.',
			},
		]);
	});

	it('gathers the same ignored fields of several items into one hint', async () => {
		const open = sandbox
			.orders()
			.filter((order) => order.status === 'open')
			.slice(0, 3);
		const { items, hints } = await runOrders(sandbox, {
			input: open.map((order) => ({ id: order.id })),
			parameters: {
				operation: 'update',
				orderId: byId('={{ $json.id }}'),
				updateFields: { tradingPartner: 'Target' },
			},
		});
		expect(items.map((item) => item.json.unused_fields)).toEqual([
			['trading_partner'],
			['trading_partner'],
			['trading_partner'],
		]);
		expect(hints).toEqual([
			expect.objectContaining({ message: expect.stringContaining('for items 0, 1, 2.') }),
		]);
	});

	it('reads unused_fields [""] (the docs\' example answer) as none', async () => {
		const order = openOrder();
		sandbox.inject({
			method: 'PUT',
			fault: {
				kind: 'status',
				status: 200,
				body: { data: { ...order, trading_partner: 'Target' }, id: order.id, unused_fields: [''] },
			},
		});
		const { items, hints } = await update(order.id, { tradingPartner: 'Target' });
		expect(items[0].json.unused_fields).toEqual([]);
		expect(hints).toEqual([]);
	});

	it('adds no hint when the WMS used every field', async () => {
		const { hints } = await update(openOrder().id, { orderNumber: 'SO-2' });
		expect(hints).toEqual([]);
	});

	it.each([
		['picked from the list', fromList('amazon'), { channel_id: 'amazon' }, 'amazon'],
		['given by ID', byId('tiktok_shop'), { channel_id: 'tiktok_shop' }, 'tiktok_shop'],
		['given by name', byName('Amazon'), { channel_name: 'Amazon' }, 'amazon'],
	])('sends the channel %s as channel_object', async (_how, channel, channelObject, channelId) => {
		const { items, error } = await update(openOrder().id, { channel });
		expect(error).toBeUndefined();
		expect(sentBody()).toEqual({ channel_object: channelObject });
		expect(items[0].json).toMatchObject({ channel_object: { channel_id: channelId } });
	});

	it.each([
		['picked from the list', fromList('fedex_2day'), { shipping_method_id: 'fedex_2day' }],
		['given by ID', byId('fedex_2day'), { shipping_method_id: 'fedex_2day' }],
		['given by name', byName('FedEx 2Day'), { shipping_method_name: 'FedEx 2Day' }],
	])(
		'sends the shipping method %s under the field that mode names',
		async (_how, shippingMethod, sent) => {
			const { items, error } = await update(openOrder().id, { shippingMethod });
			expect(error).toBeUndefined();
			expect(sentBody()).toEqual(sent);
			expect(items[0].json).toMatchObject({
				shipping_method_id: 'fedex_2day',
				shipping_method_name: 'FedEx 2Day',
			});
		},
	);

	it("sends the legacy fields under Trackstar's deprecated names, only from Legacy Fields", async () => {
		await update(openOrder().id, {
			legacyFields: { channel: 'shopify', shippingMethod: 'fedex_2day' },
		});
		expect(sentBody()).toEqual({ channel: 'shopify', shipping_method: 'fedex_2day' });
	});

	it('sends line items with numbers as numbers, replacing the order lines', async () => {
		const order = openOrder();
		const { items } = await update(order.id, {
			lineItems: {
				lineItem: [
					{ sku: 'TEE-BLK-M', quantity: 2, unitPrice: '19.99', discountAmount: '' },
					{ productId: 'prod_42', sku: '', quantity: 1, unitPrice: '', discountAmount: '1.5' },
				],
			},
		});
		expect(sentBody()).toEqual({
			line_items: [
				{ sku: 'TEE-BLK-M', quantity: 2, unit_price: 19.99 },
				{ product_id: 'prod_42', quantity: 1, discount_amount: 1.5 },
			],
		});
		expect((items[0].json.line_items as unknown[]).length).toBe(2);
	});

	it('takes line items as JSON, mapped from the input item, and refuses rows and JSON together', async () => {
		const order = openOrder();
		const { items } = await runOrders(sandbox, {
			input: [
				{
					lines: [
						{ sku: 'TEE-BLK-M', quantity: '3' },
						{ product_id: 'prod_42', quantity: 1, unit_price: 5 },
					],
				},
			],
			parameters: {
				operation: 'update',
				orderId: byId(order.id),
				updateFields: { lineItemsJson: '={{ $json.lines }}' },
			},
		});
		expect(sentBody()).toEqual({
			line_items: [
				{ sku: 'TEE-BLK-M', quantity: 3 },
				{ product_id: 'prod_42', quantity: 1, unit_price: 5 },
			],
		});
		expect((items[0].json.line_items as unknown[]).length).toBe(2);

		sandbox.reset();
		const both = await update(order.id, {
			lineItems: { lineItem: [{ sku: 'TEE-BLK-M', quantity: 1 }] },
			lineItemsJson: '[{"sku": "TEE-BLK-M", "quantity": 1}]',
		});
		expectItemError(
			both.error,
			'Invalid Line Items: both the rows and Line Items (JSON) are set',
			0,
		);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it('leaves the line items alone when Line Items (JSON) is an empty list', async () => {
		const { error } = await update(openOrder().id, {
			lineItemsJson: '[]',
			tradingPartner: 'Target',
		});
		expect(error).toBeUndefined();
		expect(sentBody()).toEqual({ trading_partner: 'Target' });
	});

	it('sends tags and Trackstar tags as strings and key-value pairs', async () => {
		const { items } = await update(openOrder().id, {
			tags: {
				tag: [
					{ name: 'vip', value: '' },
					{ name: 'priority', value: 'high' },
				],
			},
			trackstarTags: { tag: [{ name: 'fraud-check', value: 'passed' }] },
		});
		expect(sentBody()).toEqual({
			tags: ['vip', { priority: 'high' }],
			trackstar_tags: [{ 'fraud-check': 'passed' }],
		});
		// Trackstar's order schema lists tags as strings: a key-value tag reads back as "key:value".
		expect(items[0].json.tags).toEqual(['vip', 'priority:high']);
	});

	it('sends only the address lines filled in', async () => {
		await update(openOrder().id, {
			shipToAddress: {
				address: {
					fullName: 'Grace Hopper',
					company: '',
					address1: '1 Navy Way',
					address2: '',
					city: 'Arlington',
					state: 'VA',
					postalCode: '22202',
					country: 'US',
				},
			},
		});
		expect(sentBody()).toEqual({
			ship_to_address: {
				full_name: 'Grace Hopper',
				address1: '1 Navy Way',
				city: 'Arlington',
				state: 'VA',
				postal_code: '22202',
				country: 'US',
			},
		});
	});

	it('merges integration-specific JSON fields into the body and reports those the WMS ignored', async () => {
		const { items } = await update(openOrder().id, {
			orderNumber: 'SO-77',
			integrationFields: '{"gift_message": "Happy birthday", "carrier_account": {"number": "A1"}}',
		});
		expect(sentBody()).toEqual({
			order_number: 'SO-77',
			gift_message: 'Happy birthday',
			carrier_account: { number: 'A1' },
		});
		expect(items[0].json.unused_fields).toEqual(
			expect.arrayContaining(['gift_message', 'carrier_account']),
		);
	});

	it('never sends fields left empty', async () => {
		await update(openOrder().id, {
			orderNumber: 'SO-9',
			referenceId: '',
			tradingPartner: '  ',
			serviceLevel: '',
		});
		expect(sentBody()).toEqual({ order_number: 'SO-9' });
	});

	it('percent-encodes the order ID into one path segment', async () => {
		const { error } = await update('weird/id?x=1#frag %', { orderNumber: 'SO-1' });
		const [request] = wmsRequests(sandbox);
		expect(request.rawPath).toBe('/wms/orders/weird%2Fid%3Fx%3D1%23frag%20%25');
		expect(error?.message).toContain('404');
	});

	it('stops before any request when no field has a value', async () => {
		const { error } = await update(openOrder().id, { orderNumber: '' });
		expectItemError(error, 'Nothing to update: every field is empty', 0);
		expect(wmsRequests(sandbox)).toHaveLength(0);
	});

	it("passes on Trackstar's refusal with the WMS as its origin", async () => {
		const cancelled = sandbox.orders().find((order) => order.status === 'cancelled')!;
		const { error } = await update(cancelled.id, { orderNumber: 'SO-1' });
		expectItemError(error, /^Trackstar answered 422: .*cancelled.*$/, 0);
		expect((error as { description?: string }).description).toContain('Origin: integration');
	});
});
