import { buildOrderWriteBody } from '../../nodes/shared/resources/order/orderBody';
import { parseIntegrationFields } from '../../nodes/shared/wire/integrationFields';

describe('buildOrderWriteBody: Update Fields as the order write body', () => {
	it('maps every plain field to its Trackstar name', () => {
		const body = buildOrderWriteBody(
			{
				warehouseCustomerId: 'wc_1',
				referenceId: 'shopify-123',
				orderNumber: '#1001',
				tradingPartner: 'Target',
				serviceLevel: 'Standard',
				invoiceCurrencyCode: 'EUR',
				totalPrice: 13.49,
				totalTax: 1.5,
				totalDiscount: 2.5,
				totalShipping: 3.5,
				status: 'backordered',
				requiredShipDate: '2024-05-01T09:00:00',
			},
			'America/Chicago',
		);
		expect(body).toEqual({
			warehouse_customer_id: 'wc_1',
			reference_id: 'shopify-123',
			order_number: '#1001',
			trading_partner: 'Target',
			service_level: 'Standard',
			invoice_currency_code: 'EUR',
			total_price: 13.49,
			total_tax: 1.5,
			total_discount: 2.5,
			total_shipping: 3.5,
			status: 'backordered',
			required_ship_date: '2024-05-01T14:00:00Z',
		});
	});

	it('omits empty fields instead of sending null or ""', () => {
		expect(
			buildOrderWriteBody(
				{ orderNumber: '', tradingPartner: '   ', totalTax: '', status: null },
				'UTC',
			),
		).toEqual({});
	});

	it('refuses "null" and "none", which Trackstar rejects', () => {
		expect(() => buildOrderWriteBody({ tradingPartner: 'None' }, 'UTC')).toThrow('Trading Partner');
		expect(() => buildOrderWriteBody({ orderNumber: 'null' }, 'UTC')).toThrow('Order Number');
	});

	it('turns numbers typed as text into numbers and refuses non-numbers', () => {
		expect(buildOrderWriteBody({ totalPrice: '12.50' }, 'UTC')).toEqual({ total_price: 12.5 });
		expect(() => buildOrderWriteBody({ totalPrice: '12,50 USD' }, 'UTC')).toThrow(
			'Total Price: "12,50 USD" is not a number',
		);
	});

	it('sends the Channel and Shipping Method pickers to the Trackstar field their mode names', () => {
		const picked = (mode: string, value: string) => ({ __rl: true, mode, value });
		expect(
			buildOrderWriteBody(
				{ channel: picked('list', 'shopify'), shippingMethod: picked('id', 'fedex_ground') },
				'UTC',
			),
		).toEqual({
			channel_object: { channel_id: 'shopify' },
			shipping_method_id: 'fedex_ground',
		});
		expect(
			buildOrderWriteBody(
				{ channel: picked('name', 'Shopify'), shippingMethod: picked('name', 'FedEx Ground') },
				'UTC',
			),
		).toEqual({
			channel_object: { channel_name: 'Shopify' },
			shipping_method_name: 'FedEx Ground',
		});
	});

	it('sends the legacy fields under their deprecated Trackstar names', () => {
		expect(
			buildOrderWriteBody(
				{ legacyFields: { channel: 'shopify', shippingMethod: 'legacy-method' } },
				'UTC',
			),
		).toEqual({
			channel: 'shopify',
			shipping_method: 'legacy-method',
		});
	});

	it('sends tags as strings, or single key-value pairs when a value is given', () => {
		const body = buildOrderWriteBody(
			{
				tags: {
					tag: [{ name: 'vip' }, { name: 'priority', value: 'high' }, { name: '', value: '' }],
				},
				trackstarTags: { tag: [{ name: 'fraud-review', value: '' }] },
			},
			'UTC',
		);
		expect(body).toEqual({ tags: ['vip', { priority: 'high' }], trackstar_tags: ['fraud-review'] });
	});

	it('refuses a tag value without a name', () => {
		expect(() => buildOrderWriteBody({ tags: { tag: [{ name: '', value: 'x' }] } }, 'UTC')).toThrow(
			'Tags',
		);
	});

	it('sends line items with only the fields set, numbers as numbers', () => {
		const body = buildOrderWriteBody(
			{
				lineItems: {
					lineItem: [
						{ sku: 'TEE-BLK-M', quantity: 2, unitPrice: '19.99', discountAmount: '' },
						{ productId: 'prod_9', sku: '', quantity: '3', unitPrice: 5, discountAmount: '0.5' },
					],
				},
			},
			'UTC',
		);
		expect(body).toEqual({
			line_items: [
				{ sku: 'TEE-BLK-M', quantity: 2, unit_price: 19.99 },
				{ product_id: 'prod_9', quantity: 3, unit_price: 5, discount_amount: 0.5 },
			],
		});
	});

	it('refuses a line item without SKU or product ID, and a fractional quantity', () => {
		expect(() =>
			buildOrderWriteBody({ lineItems: { lineItem: [{ quantity: 1 }] } }, 'UTC'),
		).toThrow('Line Item 1: has neither a SKU nor a product ID');
		expect(() =>
			buildOrderWriteBody({ lineItems: { lineItem: [{ sku: 'A', quantity: 1.5 }] } }, 'UTC'),
		).toThrow('Line Item 1 quantity: 1.5 is not a whole number');
	});

	it('sends only the address lines filled in', () => {
		const body = buildOrderWriteBody(
			{
				shipToAddress: {
					address: {
						fullName: 'Ada Lovelace',
						city: 'London',
						postalCode: 'N1 9GU',
						country: 'GB',
						company: '',
					},
				},
			},
			'UTC',
		);
		expect(body).toEqual({
			ship_to_address: {
				full_name: 'Ada Lovelace',
				city: 'London',
				postal_code: 'N1 9GU',
				country: 'GB',
			},
		});
	});

	it('merges integration-specific JSON fields into the body', () => {
		const body = buildOrderWriteBody(
			{ orderNumber: '#1', integrationFields: '{"gift_message": "Happy birthday", "priority": 2}' },
			'UTC',
		);
		expect(body).toEqual({ order_number: '#1', gift_message: 'Happy birthday', priority: 2 });
	});

	it('refuses a JSON field that a form field also sets, naming it', () => {
		expect(() =>
			buildOrderWriteBody(
				{ orderNumber: '#1', integrationFields: '{"order_number": "#2"}' },
				'UTC',
			),
		).toThrow('"order_number" is set here and also by another field of the node');
	});

	it("adds the JSON's keys to the address the Ship To Address fields set", () => {
		const body = buildOrderWriteBody(
			{
				shipToAddress: { address: { fullName: 'Ada', city: 'Austin' } },
				integrationFields: '{"ship_to_address": {"phone": "555-0100"}, "packing_note": "x"}',
			},
			'UTC',
		);
		expect(body).toEqual({
			ship_to_address: { full_name: 'Ada', city: 'Austin', phone: '555-0100' },
			packing_note: 'x',
		});
	});

	it('refuses an address line set both by its field and in the JSON, naming the dotted key', () => {
		expect(() =>
			buildOrderWriteBody(
				{
					shipToAddress: { address: { city: 'Austin' } },
					integrationFields: '{"ship_to_address": {"city": "Dallas"}}',
				},
				'UTC',
			),
		).toThrow('"ship_to_address.city" is set here and also by another field of the node');
	});

	it('sends the common per-WMS fields: phone and e-mail on addresses, carrier_id, a bill-to address', () => {
		const body = buildOrderWriteBody(
			{
				shipToAddress: { address: { fullName: 'Ada', phoneNumber: '+1 555 0100', email: 'ada@x.io' } },
				billToAddress: { address: { fullName: 'Acme AP', country: 'US' } },
				carrierId: 'UPS',
			},
			'UTC',
		);
		expect(body).toEqual({
			ship_to_address: { full_name: 'Ada', phone_number: '+1 555 0100', email: 'ada@x.io' },
			bill_to_address: { full_name: 'Acme AP', country: 'US' },
			carrier_id: 'UPS',
		});
	});
});

describe('parseIntegrationFields', () => {
	it('reads an empty value as no fields', () => {
		expect(parseIntegrationFields('')).toEqual({});
		expect(parseIntegrationFields('{}')).toEqual({});
	});

	it('takes an object mapped by an expression', () => {
		expect(parseIntegrationFields({ a: 1 })).toEqual({ a: 1 });
	});

	it.each([
		['{"a": ', 'not valid JSON'],
		['[1, 2]', 'must be a JSON object'],
		['"text"', 'must be a JSON object'],
		['{"a": null}', '"a" is null or empty'],
		['{"a": {"b": ""}}', '"a.b" is null or empty'],
		['{"a": ["x", "none"]}', '"a[1]" is null or empty'],
	])('refuses %s', (value, message) => {
		expect(() => parseIntegrationFields(value)).toThrow(message);
	});
});
