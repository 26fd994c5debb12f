import { ORDER_BASE_FIELDS, buildOrderCreateBody, buildOrderWriteBody } from '../../nodes/shared/resources/order/orderBody';
import { buildTrackstarTagsBody } from '../../nodes/shared/wire/tags';
import { locatorValue } from '../../nodes/shared/wire/values';

const required = {
	orderNumber: 'N-1',
	shipToAddress: { address: { address1: '1 Main St', city: 'Reno', country: 'US' } },
	lineItems: { lineItem: [{ sku: 'SKU-1', quantity: 1 }] },
};

describe('buildOrderCreateBody: the create body', () => {
	it('is the write body when every required field is there', () => {
		expect(buildOrderCreateBody({ ...required, totalPrice: 10 }, 'UTC')).toEqual({
			order_number: 'N-1',
			total_price: 10,
			ship_to_address: { address1: '1 Main St', city: 'Reno', country: 'US' },
			line_items: [{ sku: 'SKU-1', quantity: 1 }],
		});
	});

	it.each([
		['orderNumber', '', 'Order Number'],
		['shipToAddress', { address: { city: ' ' } }, 'Ship To Address'],
		['lineItems', { lineItem: [] }, 'Line Items'],
	])('names %s when it is empty', (key, value, label) => {
		expect(() => buildOrderCreateBody({ ...required, [key]: value }, 'UTC')).toThrow(
			`${label}: is empty, and Trackstar needs it to create an order`,
		);
	});
});

describe('resource locator values in the write body', () => {
	it('sends the value of a picked or typed locator, and plain text as before', () => {
		expect(
			buildOrderWriteBody(
				{
					warehouseCustomerId: {
						__rl: true,
						mode: 'list',
						value: 'wc_1',
						cachedResultName: 'Northwind',
					},
					shippingMethod: { __rl: true, mode: 'id', value: ' ups_ground ' },
					channel: 'shopify',
				},
				'UTC',
			),
		).toEqual({
			warehouse_customer_id: 'wc_1',
			shipping_method_id: 'ups_ground',
			channel_object: { channel_id: 'shopify' },
		});
	});

	it('omits a locator left empty', () => {
		expect(
			buildOrderWriteBody({ warehouseCustomerId: { __rl: true, mode: 'list', value: '' } }, 'UTC'),
		).toEqual({});
	});

	it('locatorValue leaves anything that is not a locator as it is', () => {
		expect(locatorValue('abc')).toBe('abc');
		expect(locatorValue(['a'])).toEqual(['a']);
		expect(locatorValue({ mode: 'id', value: 'x' })).toBe('x');
		expect(locatorValue(null)).toBeNull();
	});
});

describe('buildTrackstarTagsBody', () => {
	it('sends strings and one-pair objects under trackstar_tags', () => {
		expect(buildTrackstarTagsBody([{ name: 'a' }, { name: 'b', value: 'c' }])).toEqual({
			trackstar_tags: ['a', { b: 'c' }],
		});
	});

	it('refuses an empty list, which would erase every tag', () => {
		expect(() => buildTrackstarTagsBody([])).toThrow('Trackstar Tags: no tag has a name');
		expect(() => buildTrackstarTagsBody(undefined)).toThrow('Trackstar Tags: no tag has a name');
	});
});

describe('ORDER_BASE_FIELDS', () => {
	it("lists Trackstar's own write fields, from the same table the body is built from", () => {
		expect([...ORDER_BASE_FIELDS].sort()).toEqual(
			[
				'warehouse_customer_id',
				'reference_id',
				'order_number',
				'channel',
				'trading_partner',
				'shipping_method_id',
				'shipping_method_name',
				'service_level',
				'shipping_method',
				'invoice_currency_code',
				'total_price',
				'total_tax',
				'total_discount',
				'total_shipping',
				'status',
				'required_ship_date',
				'channel_object',
				'ship_to_address',
				'line_items',
				'tags',
				'trackstar_tags',
			].sort(),
		);
	});
});
