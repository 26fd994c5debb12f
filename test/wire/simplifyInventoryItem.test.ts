import { simplifyInventoryItem } from '../../nodes/shared/resources/inventoryItem/simplifyInventoryItem';

describe('simplifyInventoryItem: one flat row per inventory item', () => {
	it('puts the totals at the top and one row per warehouse below', () => {
		const stock = {
			onhand: 5,
			fulfillable: 3,
			committed: 1,
			sellable: 3,
			awaiting: 0,
			unfulfillable: 1,
		};
		expect(
			simplifyInventoryItem({
				id: 'inv_1',
				sku: 'A',
				name: 'Item A',
				active: true,
				warehouse_customer_id: 'wc_1',
				updated_date: '2026-01-01T00:00:00Z',
				...stock,
				lots: [{ lot_id: 'l1' }],
				inventory_by_warehouse_id: { wh_1: stock },
			}),
		).toEqual({
			id: 'inv_1',
			sku: 'A',
			name: 'Item A',
			active: true,
			warehouse_customer_id: 'wc_1',
			updated_date: '2026-01-01T00:00:00Z',
			...stock,
			warehouses: [{ warehouse_id: 'wh_1', ...stock }],
		});
	});

	it('answers null for a quantity the WMS does not report', () => {
		expect(simplifyInventoryItem({ id: 'x', onhand: 2 })).toMatchObject({
			onhand: 2,
			fulfillable: null,
			warehouses: [],
		});
	});
});
