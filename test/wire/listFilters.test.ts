import { INVENTORY_LIST_FILTERS } from '../../nodes/shared/resources/inventoryItem';
import { LEDGER_LIST_FILTERS } from '../../nodes/shared/resources/inventoryItem/inventoryItem.getLedger.operation';
import { buildListQuery } from '../../nodes/shared/wire/listFilters';

describe('buildListQuery: any list described as data, as Trackstar query parameters', () => {
	it('sends a yes/no filter as true or false, and nothing when unset', () => {
		expect(buildListQuery({ active: false }, INVENTORY_LIST_FILTERS, 'UTC')).toEqual({
			active: 'false',
		});
		expect(buildListQuery({ active: 'true' }, INVENTORY_LIST_FILTERS, 'UTC')).toEqual({
			active: 'true',
		});
		expect(buildListQuery({}, INVENTORY_LIST_FILTERS, 'UTC')).toEqual({});
		expect(() => buildListQuery({ active: 'yes' }, INVENTORY_LIST_FILTERS, 'UTC')).toThrow(
			'Active: "yes" is not true or false',
		);
	});

	it('sends an enum multi-select as one [in] or [nin] list, refusing values Trackstar does not know', () => {
		expect(
			buildListQuery(
				{ eventType: ['adjustment', 'movement'], excludeEventType: ['other'] },
				LEDGER_LIST_FILTERS,
				'UTC',
			),
		).toEqual({ 'event_type[in]': 'adjustment,movement', 'event_type[nin]': 'other' });
		expect(() => buildListQuery({ eventType: ['restock'] }, LEDGER_LIST_FILTERS, 'UTC')).toThrow(
			'Event Type: unknown value "restock"',
		);
	});

	it('refuses a comparison a list does not take, e.g. SKU is not equal to', () => {
		expect(() =>
			buildListQuery(
				{ sku: { conditions: [{ operator: 'neq', value: 'A' }] } },
				INVENTORY_LIST_FILTERS,
				'UTC',
			),
		).toThrow('SKU: the comparison "neq" is not available for this filter');
	});

	it('sends IDs as one comma list', () => {
		expect(buildListQuery({ ids: 'a, b' }, INVENTORY_LIST_FILTERS, 'UTC')).toEqual({ ids: 'a,b' });
	});
});
