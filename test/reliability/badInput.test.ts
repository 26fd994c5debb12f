import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../sandbox';
import { expectItemError } from '../harness';
import { byId, runOrders, startTestSandbox, wmsRequests } from '../support/trackstar';

const conditions = (operator: string, value: unknown) => ({ conditions: [{ operator, value }] });
const values = (count: number) =>
	Array.from({ length: count }, (_, index) => `v${index}`).join(',');

describe('Reliability: bad input', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const openOrder = () => sandbox.orders().find((order) => order.status === 'open')!;

	it('an empty order ID is refused by n8n itself (a required parameter) before the node runs', async () => {
		await expect(
			runOrders(sandbox, { parameters: { operation: 'cancel', orderId: byId('') } }),
		).rejects.toThrow('Parameter "Order" is required.');
		expect(wmsRequests(sandbox)).toHaveLength(0);
	});

	describe('stops the item before any request with a NodeOperationError naming the field', () => {
		it.each<[string, IDataObject, string | RegExp]>([
			[
				'an order ID mapped from an empty value',
				{ operation: 'cancel', orderId: byId('={{ "" }}') },
				'Order is empty',
			],
			[
				'a whitespace order ID',
				{ operation: 'update', orderId: byId(' \t '), updateFields: { orderNumber: 'x' } },
				'Order is empty',
			],
			['an order ID of ".."', { operation: 'cancel', orderId: byId('..') }, 'Order is ".."'],
			[
				'an order ID of "."',
				{ operation: 'update', orderId: byId(' . '), updateFields: { orderNumber: 'x' } },
				'Order is "."',
			],
			[
				'a filter date that does not parse',
				{ operation: 'getAll', filters: { updatedDate: conditions('gt', 'last tuesday') } },
				'Invalid Updated Date: "last tuesday" is not a date',
			],
			[
				'an impossible calendar date',
				{ operation: 'getAll', filters: { createdDate: conditions('gte', '2026-02-30T00:00:00') } },
				'Invalid Created Date: "2026-02-30T00:00:00" is not a date',
			],
			[
				'an Update date that does not parse',
				{
					operation: 'update',
					orderId: byId('o1'),
					updateFields: { requiredShipDate: 'tomorrow-ish' },
				},
				'Invalid Required Ship Date: "tomorrow-ish" is not a date',
			],
			[
				'a limit of 0',
				{ operation: 'getAll', limit: 0 },
				'Invalid Limit: 0 is not a whole number of 1 or more',
			],
			[
				'a negative limit',
				{ operation: 'getAll', limit: -5 },
				'Invalid Limit: -5 is not a whole number of 1 or more',
			],
			[
				'a fractional limit',
				{ operation: 'getAll', limit: 2.5 },
				'Invalid Limit: 2.5 is not a whole number of 1 or more',
			],
			[
				'a limit mapped from text',
				{ operation: 'getAll', limit: '={{ "ten" }}' },
				'Invalid Limit: ten is not a whole number of 1 or more',
			],
			[
				'101 order IDs',
				{ operation: 'getAll', filters: { ids: values(101) } },
				'Invalid Order IDs: 101 values given; Trackstar accepts at most 100 in one filter',
			],
			[
				'101 values in a one-of filter',
				{ operation: 'getAll', filters: { channel: conditions('in', values(101)) } },
				'Invalid Channel: 101 values given; Trackstar accepts at most 100 in one filter',
			],
			[
				'101 values mapped as a list into a none-of filter',
				{
					operation: 'getAll',
					filters: {
						orderNumber: conditions('nin', `={{ ${JSON.stringify(values(101).split(','))} }}`),
					},
				},
				'Invalid Order Number: 101 values given; Trackstar accepts at most 100 in one filter',
			],
			[
				'invalid JSON in the integration-specific fields',
				{
					operation: 'update',
					orderId: byId('o1'),
					updateFields: { integrationFields: '{"gift_message": ' },
				},
				/^Invalid Integration-Specific Fields \(JSON\): not valid JSON .+$/,
			],
			[
				'a JSON list in the integration-specific fields',
				{
					operation: 'update',
					orderId: byId('o1'),
					updateFields: { integrationFields: '["gift"]' },
				},
				'Invalid Integration-Specific Fields (JSON): must be a JSON object of field names and values',
			],
			[
				'a null in the integration-specific fields',
				{
					operation: 'update',
					orderId: byId('o1'),
					updateFields: { integrationFields: '{"gift": {"message": null}}' },
				},
				'Invalid Integration-Specific Fields (JSON): "gift.message" is null or empty, which Trackstar rejects',
			],
			[
				'"" in the integration-specific fields',
				{
					operation: 'update',
					orderId: byId('o1'),
					updateFields: { integrationFields: '{"gift_message": ""}' },
				},
				'Invalid Integration-Specific Fields (JSON): "gift_message" is null or empty, which Trackstar rejects',
			],
			[
				'"none" in the integration-specific fields',
				{
					operation: 'update',
					orderId: byId('o1'),
					updateFields: { integrationFields: '{"tags": ["a", "None"]}' },
				},
				'Invalid Integration-Specific Fields (JSON): "tags[1]" is null or empty, which Trackstar rejects',
			],
			[
				'"null" typed into a field',
				{ operation: 'update', orderId: byId('o1'), updateFields: { orderNumber: 'null' } },
				/^Invalid Order Number: "null" would be read by Trackstar as an empty value/,
			],
			[
				'"none" typed into a field',
				{ operation: 'update', orderId: byId('o1'), updateFields: { tradingPartner: 'NONE' } },
				/^Invalid Trading Partner: "NONE" would be read by Trackstar as an empty value/,
			],
			[
				'"null" in an address line',
				{
					operation: 'update',
					orderId: byId('o1'),
					updateFields: { shipToAddress: { address: { city: 'null' } } },
				},
				/^Invalid Ship To Address City: "null" would be read/,
			],
			[
				'a number field holding text',
				{ operation: 'update', orderId: byId('o1'), updateFields: { totalTax: 'abc' } },
				'Invalid Total Tax: "abc" is not a number',
			],
			[
				'a fractional quantity',
				{
					operation: 'update',
					orderId: byId('o1'),
					updateFields: { lineItems: { lineItem: [{ sku: 'A', quantity: '1.5' }] } },
				},
				'Invalid Line Item 1 quantity: 1.5 is not a whole number',
			],
			[
				'an Update with every field empty',
				{
					operation: 'update',
					orderId: byId('o1'),
					updateFields: { orderNumber: '', referenceId: '  ' },
				},
				'Nothing to update: every field is empty',
			],
		])('%s', async (_case, parameters, message) => {
			const { error, items } = await runOrders(sandbox, { parameters });

			expect(error?.name).toBe('NodeOperationError');
			expectItemError(error, message, 0);
			expect(items).toHaveLength(0);
			expect(wmsRequests(sandbox)).toHaveLength(0);
		});
	});

	describe('sends what is safe to send, safely', () => {
		it.each([
			['a slash', 'ord/../../admin'],
			['a question mark', 'ord?limit=1'],
			['a hash', 'ord#fragment'],
			['a percent sign', 'ord%2F100'],
			['two dots inside', 'ord..42'],
			['spaces', ' ord 42 '],
		])('percent-encodes an order ID with %s, never changing the path', async (_case, id) => {
			const { error } = await runOrders(sandbox, {
				parameters: { operation: 'cancel', orderId: byId(id) },
			});

			const [request] = wmsRequests(sandbox);
			expect(wmsRequests(sandbox)).toHaveLength(1);
			expect(request.rawPath).toBe(`/wms/orders/${encodeURIComponent(id.trim())}/cancel`);
			expect(request.rawQuery).toBe('');
			// The sandbox's router read exactly one ID segment, the ID as typed (trimmed).
			expectItemError(error, 'Trackstar answered 404: Order not found', 0);
		});

		it('sends numbers typed as text as numbers', async () => {
			const order = openOrder();
			const { error } = await runOrders(sandbox, {
				parameters: {
					operation: 'update',
					orderId: byId(order.id),
					updateFields: {
						totalPrice: '={{ "12.50" }}',
						totalTax: ' 3 ',
						lineItems: { lineItem: [{ sku: 'TEE', quantity: '={{ "2" }}', unitPrice: '6.25' }] },
					},
				},
			});

			expect(error).toBeUndefined();
			expect(wmsRequests(sandbox)[0].body).toEqual({
				total_price: 12.5,
				total_tax: 3,
				line_items: [{ sku: 'TEE', quantity: 2, unit_price: 6.25 }],
			});
		});

		it('reads a limit typed as text', async () => {
			const { items } = await runOrders(sandbox, {
				parameters: { operation: 'getAll', limit: '={{ "7" }}' },
			});
			expect(items.map((item) => item.json.id)).toEqual(
				sandbox
					.orders()
					.reverse()
					.slice(0, 7)
					.map((order) => order.id),
			);
			// Trackstar's first page is asked for whole (the list fits in it) and the newest 7 kept.
			expect(wmsRequests(sandbox).map((request) => request.query)).toEqual([{ limit: '1000' }]);
		});

		it('never sends an empty value: empty fields are left out of the body', async () => {
			const order = openOrder();
			const { error } = await runOrders(sandbox, {
				parameters: {
					operation: 'update',
					orderId: byId(order.id),
					updateFields: {
						orderNumber: '',
						referenceId: '  ',
						serviceLevel: 'Express',
						totalTax: '',
						shipToAddress: { address: { fullName: 'Ada', company: '', city: ' ' } },
						tags: {
							tag: [
								{ name: '', value: '' },
								{ name: 'vip', value: '' },
							],
						},
						integrationFields: '{}',
					},
				},
			});

			expect(error).toBeUndefined();
			expect(wmsRequests(sandbox)[0].body).toEqual({
				service_level: 'Express',
				ship_to_address: { full_name: 'Ada' },
				tags: ['vip'],
			});
		});

		it('drops empty entries inside a filter list that has values', async () => {
			const { error } = await runOrders(sandbox, {
				parameters: {
					operation: 'getAll',
					limit: 5,
					filters: { ids: ' , o-1,', channel: conditions('in', 'shopify,, ,amazon') },
				},
			});

			expect(error).toBeUndefined();
			expect(wmsRequests(sandbox)[0].query).toEqual({
				limit: '5',
				ids: 'o-1',
				'channel[in]': 'shopify,amazon',
			});
		});

		it('never drops a filter that has no value at all: it fails instead (see emptyFilters.test.ts)', async () => {
			const { error } = await runOrders(sandbox, {
				parameters: {
					operation: 'getAll',
					limit: 5,
					filters: { ids: ' , ,', orderNumber: conditions('eq', '') },
				},
			});

			expectItemError(error, 'Invalid Order IDs: the condition "Is One Of" has no value', 0);
			expect(wmsRequests(sandbox)).toHaveLength(0);
		});
	});
});
