import { buildCartShipmentBody } from '../../nodes/shared/cartResources/cartOrder/cartShipmentBody';
import { buildCartInventoryAdjustBody } from '../../nodes/shared/cartResources/cartProduct/cartInventoryAdjustBody';
import { InvalidValueError } from '../../nodes/shared/wire/invalidValue';

describe('Create Shipment body (POST /cart/orders/{order_id}/shipments)', () => {
	it('sends the tracking number, and only the additional fields given', () => {
		expect(buildCartShipmentBody({ trackingNumber: ' 1Z9 ', additional: {} }, 'UTC')).toEqual({
			tracking_number: '1Z9',
		});
		expect(
			buildCartShipmentBody(
				{
					trackingNumber: '1Z9',
					additional: {
						carrierName: 'UPS',
						carrierId: 'ups',
						trackingUrl: 'https://ups.example/1Z9',
						requestedShippingMethod: 'Standard',
						shippedDate: '2026-11-19T09:30:00',
						shippingCost: 4.5,
						integrationFields: '{"shipping_groups": ["sg_1"]}',
					},
				},
				'America/New_York',
			),
		).toEqual({
			tracking_number: '1Z9',
			carrier_name: 'UPS',
			carrier_id: 'ups',
			tracking_url: 'https://ups.example/1Z9',
			requested_shipping_method: 'Standard',
			shipped_date: '2026-11-19T14:30:00Z',
			shipping_cost: 4.5,
			shipping_groups: ['sg_1'],
		});
	});

	it('refuses an empty tracking number', () => {
		expect(() => buildCartShipmentBody({ trackingNumber: '', additional: {} }, 'UTC')).toThrow(
			InvalidValueError,
		);
	});
});

describe('Adjust Inventory body (PUT /cart/products/{product_id}/adjust-inventory)', () => {
	it('sends the type and quantity, and the warehouse and reason when given', () => {
		expect(
			buildCartInventoryAdjustBody({ adjustmentType: 'increase', quantity: 3, additional: {} }),
		).toEqual({ adjustment_type: 'increase', quantity: 3 });
		expect(
			buildCartInventoryAdjustBody({
				adjustmentType: 'decrease',
				quantity: '2',
				additional: {
					warehouseId: { __rl: true, mode: 'list', value: '71209346' },
					reason: 'damaged',
				},
			}),
		).toEqual({
			adjustment_type: 'decrease',
			quantity: 2,
			warehouse_id: '71209346',
			reason: 'damaged',
		});
	});

	it.each([
		['an unknown type', { adjustmentType: 'set', quantity: 1 }],
		['a quantity of 0', { adjustmentType: 'increase', quantity: 0 }],
		['a fractional quantity', { adjustmentType: 'increase', quantity: 1.5 }],
		['no quantity', { adjustmentType: 'increase', quantity: '' }],
	])('refuses %s', (_case, input) => {
		expect(() => buildCartInventoryAdjustBody({ ...input, additional: {} })).toThrow(
			InvalidValueError,
		);
	});
});
