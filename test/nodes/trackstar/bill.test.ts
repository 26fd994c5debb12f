import type { Sandbox } from '../../../sandbox';
import { WAREHOUSE_CUSTOMERS } from '../../../sandbox';
import { byId, fromList, startTestSandbox, wmsRequests } from '../../support/trackstar';
import { runTrackstar, searchTrackstarPicker } from '../../support/trackstarNode';

const bill = (parameters: Record<string, unknown>) => ({ resource: 'bill', ...parameters });

describe('Trackstar: Bill', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it("lists one warehouse customer's bills of a month, page by page", async () => {
		const customer = WAREHOUSE_CUSTOMERS[2].id;
		const { items, error } = await runTrackstar(sandbox, {
			timezone: 'UTC',
			parameters: bill({
				operation: 'getAll',
				returnAll: true,
				filters: {
					warehouseCustomerId: { conditions: [{ operator: 'eq', value: fromList(customer) }] },
					createdDate: {
						conditions: [
							{ operator: 'gte', value: '2026-10-01T00:00:00' },
							{ operator: 'lt', value: '2026-11-01T00:00:00' },
						],
					},
				},
			}),
		});
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)[0].query).toEqual({
			'warehouse_customer_id[eq]': customer,
			'created_date[gte]': '2026-10-01T00:00:00Z',
			'created_date[lt]': '2026-11-01T00:00:00Z',
			limit: '1000',
		});
		const charges = items.map((item) => item.json);
		expect(charges.map((charge) => charge.charge_type)).toEqual(
			expect.arrayContaining(['storage', 'receiving']),
		);
		for (const charge of charges) {
			expect(charge).toMatchObject({ warehouse_customer_id: customer, currency_code: 'USD' });
			expect(String(charge.created_date).startsWith('2026-10')).toBe(true);
		}
	});

	it('stops at Limit, and gets one bill found in the picker', async () => {
		const { items } = await runTrackstar(sandbox, {
			parameters: bill({ operation: 'getAll', limit: 3 }),
		});
		expect(items).toHaveLength(3);
		const target = items[2].json;
		const found = await searchTrackstarPicker(sandbox, 'searchBills', {
			filter: String(target.id),
			parameterPath: 'billId',
		});
		expect(found.results.map((result) => result.value)).toEqual([target.id]);

		const one = await runTrackstar(sandbox, {
			parameters: bill({ operation: 'get', billId: byId(String(target.id)) }),
		});
		expect(one.items[0].json).toEqual(target);
	});

	it('names the bill in an error item when it does not exist', async () => {
		const { items } = await runTrackstar(sandbox, {
			continueOnFail: true,
			parameters: bill({ operation: 'get', billId: byId('nope') }),
		});
		expect(items[0].json).toMatchObject({
			id: 'nope',
			error: expect.stringMatching(/^Trackstar answered 404/),
		});
	});
});
