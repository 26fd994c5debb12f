import { LABOR_ACTIVITY_LIST_FILTERS } from '../../nodes/shared/resources/laborActivity';
import { buildKitBody, buildKitCreateBody } from '../../nodes/shared/resources/kit/kitBody';
import { buildListQuery } from '../../nodes/shared/wire/listFilters';
import { buildReturnBody, buildReturnCreateBody } from '../../nodes/shared/resources/return/returnBody';
import { simplifyReturn } from '../../nodes/shared/resources/return/simplifyReturn';

describe('return, kit and labor filter wire mapping', () => {
	it('maps return fields, picked order and warehouse as their IDs, skipping empty rows', () => {
		expect(
			buildReturnBody({
				orderId: { __rl: true, mode: 'list', value: 'ord_1' },
				warehouseId: { __rl: true, mode: 'id', value: 'wh_1' },
				lineItems: { lineItem: [{ sku: 'A', quantity: 2 }, { sku: '' }] },
			}),
		).toEqual({ order_id: 'ord_1', warehouse_id: 'wh_1', line_items: [{ sku: 'A', quantity: 2 }] });
	});

	it('refuses a return line of 0 units, both rows and JSON, and a create with no lines', () => {
		expect(() => buildReturnBody({ lineItems: { lineItem: [{ sku: 'A', quantity: 0 }] } })).toThrow(
			'Line Item 1 quantity',
		);
		expect(() =>
			buildReturnBody({
				lineItems: { lineItem: [{ sku: 'A', quantity: 1 }] },
				lineItemsJson: '[{"sku": "B", "quantity": 1}]',
			}),
		).toThrow('both the rows and Line Items (JSON) are set');
		expect(() => buildReturnCreateBody({ orderId: 'ord_1' })).toThrow('Line Items');
	});

	it('maps kit components to inventory_items, and requires every base field on create', () => {
		const body = buildKitBody({
			sku: 'K',
			componentsJson: [{ sku: 'A', unit_quantity: '2' }],
		});
		expect(body).toEqual({ sku: 'K', inventory_items: [{ sku: 'A', unit_quantity: 2 }] });
		expect(() => buildKitCreateBody({ sku: 'K', name: 'Kit', gtin: '1' })).toThrow('Measurements');
		expect(() => buildKitBody({ components: { component: [{ unitQuantity: 1 }] } })).toThrow(
			'Component 1',
		);
	});

	it('sends labor filters documented bare as field=value, one value each', () => {
		expect(
			buildListQuery(
				{ activityType: 'put_away', warehouseId: { __rl: true, mode: 'list', value: 'wh_1' } },
				LABOR_ACTIVITY_LIST_FILTERS,
				'UTC',
			),
		).toEqual({ activity_type: 'put_away', warehouse_id: 'wh_1' });
		expect(() => buildListQuery({ userId: 'u1, u2' }, LABOR_ACTIVITY_LIST_FILTERS, 'UTC')).toThrow(
			'takes one value',
		);
	});

	it('simplifies a return to its latest arrival and its lines', () => {
		const simple = simplifyReturn({
			id: 'r',
			status: 'receiving',
			line_items: [{ sku: 'A', received_quantity: 1, returned_date: '2026-01-02T00:00:00Z' }],
			shipments: [{ arrived_date: '2026-01-01T00:00:00Z', tracking_number: '1Z' }],
		});
		expect(simple).toMatchObject({
			received_date: '2026-01-02T00:00:00Z',
			tracking_numbers: ['1Z'],
			line_items: [{ sku: 'A', received_quantity: 1 }],
		});
	});
});
