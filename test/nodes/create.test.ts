import type { Sandbox } from '../../sandbox';
import { WAREHOUSE_CUSTOMERS, WAREHOUSES } from '../../sandbox';
import { errorItemIndex, expectItemError } from '../harness';
import { expectValidAgainst } from '../support/openapi';
import {
	byId,
	byName,
	fromList,
	runOrders,
	startTestSandbox,
	wmsRequests,
	writeInfoRequests,
} from '../support/trackstar';

/** Trackstar's create schema for its own sandbox WMS: the variant whose required fields nearly every WMS shares. */
const CREATE_SCHEMA = 'CreatewmsOrder--WMS_Sandbox--';

const product = WAREHOUSE_CUSTOMERS[0].products[2];

const address = {
	address: {
		fullName: 'Ada Lovelace',
		company: '',
		address1: '12 St James Square',
		address2: '',
		city: 'Reno',
		state: 'NV',
		postalCode: '89502',
		country: 'US',
	},
};

const lineItems = {
	lineItem: [
		{
			productId: product.product_id,
			sku: product.sku,
			quantity: 2,
			unitPrice: '32',
			discountAmount: '',
		},
	],
};

describe('Trackstar Orders: Create', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	async function create(
		parameters: Record<string, unknown>,
		options: { continueOnFail?: boolean } = {},
	) {
		return await runOrders(sandbox, {
			continueOnFail: options.continueOnFail,
			parameters: {
				operation: 'create',
				orderNumber: 'N8N-1001',
				shipToAddress: address,
				lineItems,
				...parameters,
			},
		});
	}

	function sentBody() {
		const [request] = wmsRequests(sandbox);
		expect(request).toMatchObject({ method: 'POST', path: '/wms/orders' });
		return request.body as Record<string, unknown>;
	}

	it('sends the required fields and the additional ones, valid against the create schema', async () => {
		const { items, error, hints } = await create({
			additionalFields: {
				referenceId: 'shopify-7001',
				tradingPartner: 'Target',
				shippingMethod: fromList('ups_ground'),
				serviceLevel: 'Standard',
				invoiceCurrencyCode: 'USD',
				totalPrice: 64,
				totalTax: 5.12,
				totalDiscount: 0,
				totalShipping: 7.5,
				legacyFields: { channel: 'shopify' },
				trackstarTags: { tag: [{ name: 'source', value: 'n8n' }] },
			},
		});

		expect(error).toBeUndefined();
		const body = sentBody();
		expectValidAgainst(CREATE_SCHEMA, body);
		expect(body).toEqual({
			order_number: 'N8N-1001',
			reference_id: 'shopify-7001',
			trading_partner: 'Target',
			shipping_method_id: 'ups_ground',
			service_level: 'Standard',
			invoice_currency_code: 'USD',
			total_price: 64,
			total_tax: 5.12,
			total_discount: 0,
			total_shipping: 7.5,
			channel: 'shopify',
			ship_to_address: {
				full_name: 'Ada Lovelace',
				address1: '12 St James Square',
				city: 'Reno',
				state: 'NV',
				postal_code: '89502',
				country: 'US',
			},
			line_items: [
				{ product_id: product.product_id, sku: product.sku, quantity: 2, unit_price: 32 },
			],
			trackstar_tags: [{ source: 'n8n' }],
		});

		expect(items).toHaveLength(1);
		const created = items[0].json;
		expect(created).toMatchObject({
			order_number: 'N8N-1001',
			reference_id: 'shopify-7001',
			status: 'open',
			shipping_method_name: 'UPS Ground',
			unused_fields: [],
		});
		expect(sandbox.order(created.id as string)).toMatchObject({ order_number: 'N8N-1001' });
		expect(hints).toEqual([]);
	});

	it('takes the same Channel and Shipping Method pickers as Update, each mode sent as its Trackstar field', async () => {
		const { items, error } = await create({
			additionalFields: { channel: byName('Amazon'), shippingMethod: byName('FedEx 2Day') },
		});
		expect(error).toBeUndefined();
		expect(sentBody()).toMatchObject({
			channel_object: { channel_name: 'Amazon' },
			shipping_method_name: 'FedEx 2Day',
		});
		// Trackstar's own sandbox WMS creates orders from neither (its create schema has only the legacy channel).
		expect((items[0].json.unused_fields as string[]).sort()).toEqual([
			'channel_object',
			'shipping_method_name',
		]);
	});

	it('sends only what was filled in when just the required fields are given', async () => {
		const { error } = await create({});
		expect(error).toBeUndefined();
		expect(Object.keys(sentBody()).sort()).toEqual([
			'line_items',
			'order_number',
			'ship_to_address',
		]);
		expectValidAgainst(CREATE_SCHEMA, sentBody());
	});

	it("merges the WMS's own fields from the JSON extras into the body", async () => {
		const { items } = await create({
			additionalFields: {
				integrationFields: '{"gift_message": "Happy birthday", "warehouse_id": "wh-reno"}',
			},
		});
		expect(sentBody()).toMatchObject({ gift_message: 'Happy birthday', warehouse_id: 'wh-reno' });
		expect(items[0].json).toMatchObject({
			warehouse_id: 'wh-reno',
			additional_fields: { gift_message: 'Happy birthday' },
			unused_fields: [],
		});
	});

	it('sends the picked warehouse as warehouse_id, which this WMS keeps on the order', async () => {
		const { items, hints } = await create({
			additionalFields: { warehouseId: fromList(WAREHOUSES[1].id) },
		});
		expect(sentBody()).toMatchObject({ warehouse_id: WAREHOUSES[1].id });
		expect(items[0].json).toMatchObject({ warehouse_id: WAREHOUSES[1].id, unused_fields: [] });
		expect(hints).toEqual([]);

		sandbox.reset();
		const twice = await create({
			additionalFields: {
				warehouseId: fromList(WAREHOUSES[1].id),
				integrationFields: `{"warehouse_id": "${WAREHOUSES[0].id}"}`,
			},
		});
		expectItemError(
			twice.error,
			'Invalid Integration-Specific Fields (JSON): "warehouse_id" is set here and also by another field of the node',
			0,
		);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it('shows the fields the WMS ignored in the output and as a warning hint', async () => {
		const { items, hints } = await create({
			additionalFields: {
				warehouseCustomerId: byId(WAREHOUSE_CUSTOMERS[1].id),
				integrationFields: '{"packing_note": "fragile"}',
			},
		});
		expect(sentBody()).toMatchObject({
			warehouse_customer_id: WAREHOUSE_CUSTOMERS[1].id,
			packing_note: 'fragile',
		});
		expect(items[0].json.unused_fields).toEqual(['warehouse_customer_id', 'packing_note']);
		expect(hints).toEqual([
			expect.objectContaining({
				type: 'warning',
				location: 'outputPane',
				message: expect.stringContaining(
					'The WMS ignored warehouse_customer_id, packing_note (unused_fields) for item 0',
				),
			}),
		]);
	});

	it('creates one order per input item, mapping each from its item', async () => {
		const { items } = await runOrders(sandbox, {
			input: [{ number: 'A-1' }, { number: 'A-2' }],
			parameters: {
				operation: 'create',
				orderNumber: '={{ $json.number }}',
				shipToAddress: address,
				lineItems,
			},
		});
		expect(items.map((item) => [item.json.order_number, item.pairedItem])).toEqual([
			['A-1', { item: 0 }],
			['A-2', { item: 1 }],
		]);
		expect(sandbox.orders()).toHaveLength(242);
	});

	it('refuses an empty required field before any request, naming it', async () => {
		const { error } = await create({ orderNumber: '  ' });
		expectItemError(
			error,
			'Invalid Order Number: is empty, and Trackstar needs it to create an order',
			0,
		);
		const noLines = await create({ lineItems: {} });
		expect(noLines.error?.message).toContain('Invalid Line Items: is empty');
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it('takes line items as JSON mapped from each input item, however many it has', async () => {
		const other = WAREHOUSE_CUSTOMERS[0].products[3];
		const { items, error } = await runOrders(sandbox, {
			input: [
				{
					number: 'S-1',
					lines: [
						{ product_id: product.product_id, sku: product.sku, quantity: 1, unit_price: 32 },
					],
				},
				{
					number: 'S-2',
					lines: [
						{ product_id: product.product_id, quantity: 2 },
						{ product_id: other.product_id, sku: other.sku, quantity: '4', discount_amount: '1.5' },
					],
				},
			],
			parameters: {
				operation: 'create',
				orderNumber: '={{ $json.number }}',
				shipToAddress: address,
				lineItemsInput: 'json',
				lineItemsJson: '={{ $json.lines }}',
			},
		});
		expect(error).toBeUndefined();
		const bodies = wmsRequests(sandbox).map((request) => request.body as Record<string, unknown>);
		for (const body of bodies) expectValidAgainst(CREATE_SCHEMA, body);
		expect(bodies.map((body) => body.line_items)).toEqual([
			[{ product_id: product.product_id, sku: product.sku, quantity: 1, unit_price: 32 }],
			[
				{ product_id: product.product_id, quantity: 2 },
				{ product_id: other.product_id, sku: other.sku, quantity: 4, discount_amount: 1.5 },
			],
		]);
		expect(items.map((item) => (item.json.line_items as unknown[]).length)).toEqual([1, 2]);
	});

	it("ignores the line item rows when the input is JSON, and passes a WMS's own line item fields through", async () => {
		const { error } = await create(
			{
				lineItemsInput: 'json',
				lineItemsJson: `[{"product_id": "${product.product_id}", "quantity": 1, "warehouse_id": "wh-reno"}]`,
			},
			{ continueOnFail: false },
		);
		expect(sentBody().line_items).toEqual([
			{ product_id: product.product_id, quantity: 1, warehouse_id: 'wh-reno' },
		]);
		// The sandbox WMS has no warehouse_id on a line, so Trackstar refuses it by name.
		expectItemError(
			error,
			'Trackstar answered 422: Invalid request body: line_items.0.warehouse_id: Unknown field.',
			0,
		);
	});

	it.each([
		['not JSON', '[{"sku": "A"', 'Invalid Line Items (JSON): not valid JSON'],
		[
			'not a list',
			'{"sku": "A", "quantity": 1}',
			'Invalid Line Items (JSON): must be a JSON list of line items',
		],
		['a line that is not an object', '["A"]', 'Invalid Line Items (JSON) item 1: is not an object'],
		[
			'a line without a product',
			'[{"quantity": 1, "unit_price": 3}]',
			'Invalid Line Items (JSON) item 1: has neither a SKU nor a product ID',
		],
		[
			'a line without a quantity',
			'[{"sku": "A", "quantity": 1}, {"sku": "B"}]',
			'Invalid Line Items (JSON) item 2: has no quantity',
		],
		[
			'a fractional quantity',
			'[{"sku": "A", "quantity": 1.5}]',
			'Invalid Line Items (JSON) item 1 quantity: 1.5 is not a whole number',
		],
		[
			'a price that is not a number',
			'[{"sku": "A", "quantity": 1, "unit_price": "ten"}]',
			'Invalid Line Items (JSON) item 1 unit price: "ten" is not a number',
		],
		[
			'a null field',
			'[{"sku": "A", "quantity": 1, "warehouse_id": null}]',
			'Invalid Line Items (JSON) item 1: "warehouse_id" is null or empty',
		],
		[
			'an empty list',
			'[]',
			'Invalid Line Items: is empty, and Trackstar needs it to create an order',
		],
	])(
		'refuses line items JSON with %s before any request',
		async (_case, lineItemsJson, message) => {
			const { error } = await create({ lineItemsInput: 'json', lineItemsJson });
			expect(error?.name).toBe('NodeOperationError');
			expect(error?.message).toContain(message);
			expect(errorItemIndex(error)).toBe(0);
			expect(wmsRequests(sandbox)).toEqual([]);
		},
	);

	it('refuses, before any request, a field the connected WMS requires, naming it and the WMS', async () => {
		const { error } = await create(
			{ shipToAddress: { address: { ...address.address, postalCode: '' } } },
			{ continueOnFail: false },
		);
		expectItemError(
			error,
			'Invalid Ship To Address > Postal Code: "ship_to_address.postal_code" is empty, and sandbox (the connected WMS) requires it for POST /wms/orders',
			0,
		);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it("passes on Trackstar's 422 naming the field when the WMS's schema could not be read", async () => {
		sandbox.inject({
			path: '/integrations/wms/sandbox/write-info',
			fault: { kind: 'status', status: 503 },
		});
		const { items, hints } = await create(
			{ shipToAddress: { address: { ...address.address, postalCode: '' } } },
			{ continueOnFail: true },
		);
		// The schema call failed once and was not repeated; the write went out unchecked.
		expect(writeInfoRequests(sandbox).map((request) => request.status)).toEqual([503]);
		expect(items[0].json.error).toBe(
			'Trackstar answered 422: Invalid request body: ship_to_address.postal_code: Missing data for required field.',
		);
		expect(hints).toEqual([
			expect.objectContaining({
				message: expect.stringMatching(
					/^Sent item 0 without checking the WMS's required fields: its schema could not be read \(Trackstar answered 503/,
				),
			}),
		]);
	});
});
