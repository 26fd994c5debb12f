import type { Sandbox } from '../../sandbox';
import { runOrders, startTestSandbox, wmsRequests } from '../support/trackstar';

describe('Trackstar Orders: Get Writable Fields', () => {
	let sandbox: Sandbox;
	let now = new Date('2026-11-20T12:00:00Z');

	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => now });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	async function writableFields(writeOperation: string, extra: Record<string, unknown> = {}, input?: object[]) {
		return await runOrders(sandbox, {
			input: input as never,
			parameters: { operation: 'getWritableFields', writeOperation, ...extra },
		});
	}

	it('lists what the WMS requires, accepts and adds for creating an order', async () => {
		const { items, error } = await writableFields('create');

		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)).toMatchObject([
			{ method: 'GET', path: '/wms/orders/meta', query: { method: 'POST' }, status: 200 },
		]);
		const result = items[0].json;
		expect(result).toMatchObject({ operation: 'create', method: 'POST' });
		expect(result.required_fields).toEqual([
			'order_number',
			'ship_to_address',
			'ship_to_address.address1',
			'ship_to_address.city',
			'ship_to_address.state',
			'ship_to_address.postal_code',
			'ship_to_address.country',
			'line_items',
			'line_items[].product_id',
			'line_items[].quantity',
		]);
		expect(result.optional_fields).toEqual(expect.arrayContaining(['reference_id', 'total_price', 'line_items[].sku', 'gift_message']));
		expect(result.integration_specific_fields).toEqual(['gift_message', 'warehouse_id']);
		expect(result.fields).toEqual(
			expect.arrayContaining([
				{ field: 'line_items[].quantity', type: 'integer', required: true, integration_specific: false },
				{
					field: 'gift_message',
					type: 'string',
					required: false,
					integration_specific: true,
					description: 'Printed on the packing slip (this WMS only).',
				},
			]),
		);
		expect(result).not.toHaveProperty('schema');
	});

	it("asks about updates with method=PUT and can add Trackstar's raw schema", async () => {
		const { items } = await writableFields('update', { includeSchema: true });
		expect(wmsRequests(sandbox)[0].query).toEqual({ method: 'PUT' });
		expect(items[0].json).toMatchObject({ operation: 'update', method: 'PUT', required_fields: ['line_items[].quantity'] });
		expect(items[0].json.integration_specific_fields).toEqual(['packing_note']);
		expect(items[0].json.schema).toMatchObject({ $ref: '#/definitions/UpdateOrder', definitions: expect.any(Object) });
	});

	it('asks Trackstar once per execution, however many items come in', async () => {
		const { items, error } = await writableFields('update', {}, [{}, {}, {}]);
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)).toHaveLength(1);
		expect(items).toHaveLength(3);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[2].json).toEqual(items[0].json);
	});

	it('with Continue On Fail, tells the one failed answer to every item under its own index', async () => {
		sandbox.inject({ path: '/wms/orders/meta', times: Infinity, fault: { kind: 'status', status: 501 } });
		const { items, error } = await runOrders(sandbox, {
			continueOnFail: true,
			input: [{}, {}, {}],
			parameters: { operation: 'getWritableFields', writeOperation: 'create' },
		});
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)).toHaveLength(1);
		expect(items.map((item) => [String(item.json.error).match(/^Trackstar answered 501: .+ \[item (\d)\]$/)?.[1], item.pairedItem])).toEqual([
			['0', { item: 0 }],
			['1', { item: 1 }],
			['2', { item: 2 }],
		]);
	});

	it('says plainly that the endpoint allows about one call a minute when it is hit again', async () => {
		await writableFields('create');
		now = new Date(now.getTime() + 20_000);
		const { error } = await writableFields('update');

		expect(wmsRequests(sandbox).map((request) => request.status)).toEqual([200, 429]);
		expect(error?.message).toBe(
			'Trackstar answered 429: Rate limit exceeded: the meta endpoint allows one call per 60 seconds. Retry after 40 seconds. [item 0]',
		);
		const description = (error as { description?: string }).description ?? '';
		expect(description).toContain('about once a minute per connection. Wait a minute and run again.');
		expect(description).toContain('Trackstar asks to wait 40 seconds before the next call.');

		now = new Date(now.getTime() + 40_000);
		const again = await writableFields('update');
		expect(again.error).toBeUndefined();
		expect(wmsRequests(sandbox).map((request) => request.status)).toEqual([200, 429, 200]);
	});
});
