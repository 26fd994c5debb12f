import { buildOrderListQuery } from '../../nodes/shared/resources/order/orderFilters';

const conditions = (...rows: Array<[string, unknown]>) => ({
	conditions: rows.map(([operator, value]) => ({ operator, value })),
});

describe('buildOrderListQuery: the Filters collection as GET /wms/orders parameters', () => {
	it('sends nothing when no filter is set', () => {
		expect(buildOrderListQuery({}, 'UTC')).toEqual({});
	});

	it('sends every date comparison as field[op] in UTC seconds', () => {
		const query = buildOrderListQuery(
			{
				createdDate: conditions(['gt', '2024-03-10T00:00:00Z'], ['lt', '2024-03-22T00:00:00Z']),
				updatedDate: conditions(['gte', '2024-04-01T08:00:00+02:00'], ['lte', '2024-04-02T00:00:00Z']),
				requiredShipDate: conditions(['eq', '2024-05-01T00:00:00Z'], ['neq', '2024-05-02T00:00:00Z']),
				trackstarCreatedDate: conditions(['gt', '2024-01-01T00:00:00Z']),
				trackstarUpdatedDate: conditions(['gte', '2024-01-02T00:00:00Z']),
			},
			'UTC',
		);
		expect(query).toEqual({
			'created_date[gt]': '2024-03-10T00:00:00Z',
			'created_date[lt]': '2024-03-22T00:00:00Z',
			'updated_date[gte]': '2024-04-01T06:00:00Z',
			'updated_date[lte]': '2024-04-02T00:00:00Z',
			'required_ship_date[eq]': '2024-05-01T00:00:00Z',
			'required_ship_date[neq]': '2024-05-02T00:00:00Z',
			'trackstar_created_date[gt]': '2024-01-01T00:00:00Z',
			'trackstar_updated_date[gte]': '2024-01-02T00:00:00Z',
		});
	});

	it("reads picker dates in the workflow's timezone", () => {
		const query = buildOrderListQuery({ createdDate: conditions(['gt', '2024-01-15T09:00:00']) }, 'Europe/Paris');
		expect(query).toEqual({ 'created_date[gt]': '2024-01-15T08:00:00Z' });
	});

	it('merges "is one of" dates from several conditions into one comma list', () => {
		const query = buildOrderListQuery(
			{
				createdDate: conditions(
					['in', '2024-01-01T00:00:00Z'],
					['in', '2024-01-02T00:00:00Z,2024-01-03T00:00:00Z'],
					['nin', ['2024-02-01T00:00:00Z']],
				),
			},
			'UTC',
		);
		expect(query).toEqual({
			'created_date[in]': '2024-01-01T00:00:00Z,2024-01-02T00:00:00Z,2024-01-03T00:00:00Z',
			'created_date[nin]': '2024-02-01T00:00:00Z',
		});
	});

	it('sends statuses as status[in] and excluded statuses as status[nin]', () => {
		expect(
			buildOrderListQuery({ status: ['exception', 'backordered'], excludeStatus: ['cancelled'] }, 'UTC'),
		).toEqual({ 'status[in]': 'exception,backordered', 'status[nin]': 'cancelled' });
	});

	it('sends order types as type[in] and excluded types as type[nin]', () => {
		expect(buildOrderListQuery({ type: ['b2b', 'transfer'], excludeType: ['dropship'] }, 'UTC')).toEqual({
			'type[in]': 'b2b,transfer',
			'type[nin]': 'dropship',
		});
	});

	it('sends warehouse customer and channel with equals, not-equals, one-of, none-of and contains', () => {
		const query = buildOrderListQuery(
			{
				warehouseCustomerId: conditions(['eq', 'wc_1'], ['neq', 'wc_2']),
				channel: conditions(['in', 'shopify, amazon'], ['nin', 'faire'], ['contains', 'shop'], ['not_contains', 'test']),
			},
			'UTC',
		);
		expect(query).toEqual({
			'warehouse_customer_id[eq]': 'wc_1',
			'warehouse_customer_id[neq]': 'wc_2',
			'channel[in]': 'shopify,amazon',
			'channel[nin]': 'faire',
			'channel[contains]': 'shop',
			'channel[not_contains]': 'test',
		});
	});

	it('sends order numbers and reference IDs, one or many, with the case-insensitive forms', () => {
		const query = buildOrderListQuery(
			{
				orderNumber: conditions(['eq', '#1001'], ['in-insensitive', ['so-1', 'SO-2']]),
				referenceId: conditions(['in', 'r1,r2,r3'], ['contains-insensitive', 'abc'], ['eq-insensitive', 'X']),
			},
			'UTC',
		);
		expect(query).toEqual({
			'order_number[eq]': '#1001',
			'order_number[in-insensitive]': 'so-1,SO-2',
			'reference_id[in]': 'r1,r2,r3',
			'reference_id[contains-insensitive]': 'abc',
			'reference_id[eq-insensitive]': 'X',
		});
	});

	it('sends order IDs as one comma list', () => {
		expect(buildOrderListQuery({ ids: 'a1, b2\nc3' }, 'UTC')).toEqual({ ids: 'a1,b2,c3' });
		expect(buildOrderListQuery({ ids: ['a1', 'b2'] }, 'UTC')).toEqual({ ids: 'a1,b2' });
	});

	it('refuses conditions left empty, unless asked to leave them out', () => {
		const empty = { createdDate: conditions(['gt', '']), channel: conditions(['eq', '  ']) };
		expect(() => buildOrderListQuery(empty, 'UTC')).toThrow('Created Date: the condition "Is After" has no date');
		expect(() => buildOrderListQuery({ channel: conditions(['eq', '  ']) }, 'UTC')).toThrow(
			'Channel: the condition "Is Equal To" has no value',
		);
		expect(buildOrderListQuery(empty, 'UTC', { ignoreEmpty: true })).toEqual({});
	});

	it('refuses a comparison the filter does not have', () => {
		expect(() => buildOrderListQuery({ requiredShipDate: conditions(['in', '2024-01-01']) }, 'UTC')).toThrow(
			'Required Ship Date: the comparison "in" is not available for this filter',
		);
		expect(() => buildOrderListQuery({ orderNumber: conditions(['neq', 'x']) }, 'UTC')).toThrow('Order Number');
	});

	it('refuses two different values for a one-value comparison, and several values in one', () => {
		expect(() =>
			buildOrderListQuery({ createdDate: conditions(['gt', '2024-01-01'], ['gt', '2024-02-01']) }, 'UTC'),
		).toThrow('Created Date: two "gt" conditions with different values');
		expect(() => buildOrderListQuery({ channel: conditions(['eq', ['a', 'b']]) }, 'UTC')).toThrow(
			'Channel: the comparison "eq" takes one value but got 2',
		);
	});

	it('reads a comma as part of the value in a one-value comparison, and as a separator in a list', () => {
		expect(buildOrderListQuery({ orderNumber: conditions(['eq', 'PO 12,345']) }, 'UTC')).toEqual({
			'order_number[eq]': 'PO 12,345',
		});
		expect(buildOrderListQuery({ orderNumber: conditions(['in', 'A-1, A-2']) }, 'UTC')).toEqual({
			'order_number[in]': 'A-1,A-2',
		});
	});

	it('refuses a date that does not parse, naming the filter', () => {
		expect(() => buildOrderListQuery({ updatedDate: conditions(['gt', 'last tuesday']) }, 'UTC')).toThrow(
			'Updated Date: "last tuesday" is not a date',
		);
	});

	it('refuses unknown statuses and types mapped by an expression', () => {
		expect(() => buildOrderListQuery({ status: ['shipped'] }, 'UTC')).toThrow('Status: unknown value "shipped"');
		expect(() => buildOrderListQuery({ type: 'retail' }, 'UTC')).toThrow('Order Type: unknown value "retail"');
	});

	it('refuses more than 100 values in a one-of filter, after merging conditions', () => {
		const fifty = (prefix: string) => Array.from({ length: 51 }, (_, index) => `${prefix}${index}`);
		expect(() =>
			buildOrderListQuery({ channel: conditions(['in', fifty('a')], ['in', fifty('b')]) }, 'UTC'),
		).toThrow('at most 100');
	});
});
