import { simplifyOrder } from '../../nodes/shared/resources/order/simplifyOrder';

describe('simplifyOrder', () => {
	it('keeps the fields a person scans and counts lines, units and tracking numbers', () => {
		const simplified = simplifyOrder({
			id: 'o1',
			order_number: '#1',
			reference_id: 'r1',
			status: 'fulfilled',
			type: 'd2c',
			channel: 'shopify',
			warehouse_customer_id: 'wc',
			warehouse_id: 'wh',
			created_date: '2024-01-01T00:00:00Z',
			updated_date: '2024-01-02T00:00:00Z',
			required_ship_date: '2024-01-03T00:00:00Z',
			ship_to_address: { full_name: 'Ada', country: 'GB', city: 'London' },
			shipping_method_name: 'Royal Mail',
			invoice_currency_code: 'GBP',
			total_price: 10,
			total_tax: 1,
			total_discount: 0,
			total_shipping: 2,
			line_items: [{ sku: 'A', quantity: 2 }, { sku: 'B', quantity: 1 }],
			shipments: [
				{ packages: [{ tracking_number: 'T1' }, { tracking_number: 'T2' }] },
				{ packages: [{ tracking_number: 'T1' }, { tracking_number: null }] },
			],
			raw_status: 'shipped',
		});
		expect(simplified).toEqual({
			id: 'o1',
			order_number: '#1',
			reference_id: 'r1',
			status: 'fulfilled',
			type: 'd2c',
			channel: 'shopify',
			warehouse_customer_id: 'wc',
			warehouse_id: 'wh',
			created_date: '2024-01-01T00:00:00Z',
			updated_date: '2024-01-02T00:00:00Z',
			required_ship_date: '2024-01-03T00:00:00Z',
			customer_name: 'Ada',
			ship_to_country: 'GB',
			shipping_method_name: 'Royal Mail',
			invoice_currency_code: 'GBP',
			total_price: 10,
			total_tax: 1,
			total_discount: 0,
			total_shipping: 2,
			line_item_count: 2,
			unit_count: 3,
			tracking_numbers: ['T1', 'T2'],
		});
	});

	it('copes with an order without address, lines or shipments', () => {
		expect(simplifyOrder({ id: 'o2' })).toMatchObject({ id: 'o2', line_item_count: 0, unit_count: 0, tracking_numbers: [] });
	});
});
