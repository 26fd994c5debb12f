import { buildInventoryAdjustBody } from '../../nodes/shared/resources/inventoryItem/inventoryAdjustBody';

describe('buildInventoryAdjustBody: an adjustment as Trackstar takes it', () => {
	it('sends type, quantity and warehouse, and the location when picked', () => {
		expect(
			buildInventoryAdjustBody({
				adjustmentType: 'decrease',
				quantity: '3',
				warehouseId: { __rl: true, mode: 'list', value: 'wh_1' },
				locationId: { __rl: true, mode: 'id', value: 'loc_9' },
			}),
		).toEqual({
			adjustment_type: 'decrease',
			quantity: 3,
			warehouse_id: 'wh_1',
			location_id: 'loc_9',
		});
	});

	it('refuses what Trackstar would refuse, naming the field', () => {
		const valid = { adjustmentType: 'increase', quantity: 1, warehouseId: 'wh_1' };
		expect(() => buildInventoryAdjustBody({ ...valid, adjustmentType: 'set' })).toThrow(
			'Adjustment Type',
		);
		expect(() => buildInventoryAdjustBody({ ...valid, quantity: 1.5 })).toThrow(
			'Quantity: 1.5 is not a whole number',
		);
		expect(() => buildInventoryAdjustBody({ ...valid, quantity: '' })).toThrow(
			'Quantity: is empty',
		);
		expect(() => buildInventoryAdjustBody({ ...valid, warehouseId: '' })).toThrow(
			'Warehouse: is empty',
		);
	});
});
