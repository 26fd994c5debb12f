import type { Return, Sandbox } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { expectValidAgainst } from '../../support/openapi';
import {
	byId,
	fromList,
	startTestSandbox,
	wmsRequests,
	writeInfoRequests,
} from '../../support/trackstar';
import { runTrackstar, searchTrackstarPicker } from '../../support/trackstarNode';

const returns = (parameters: Record<string, unknown>) => ({ resource: 'return', ...parameters });
type Described = Error & { description?: string };

describe('Trackstar: Return', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox({ metaRateLimitSeconds: 0 });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const listReturns = async () => {
		const { items } = await runTrackstar(sandbox, {
			parameters: returns({ operation: 'getAll', returnAll: true, simplify: false }),
		});
		sandbox.reset();
		return items.map((item) => item.json as unknown as Return);
	};
	const fulfilled = () => sandbox.orders().find((order) => order.status === 'fulfilled')!;

	it("lists the returns received yesterday in the workflow's time zone, each simplified with its lines", async () => {
		const { items, error } = await runTrackstar(sandbox, {
			timezone: 'America/New_York',
			parameters: returns({
				operation: 'getAll',
				returnAll: true,
				filters: {
					status: ['received'],
					updatedDate: {
						conditions: [
							{ operator: 'gte', value: '2026-11-19T00:00:00' },
							{ operator: 'lt', value: '2026-11-20T00:00:00' },
						],
					},
				},
			}),
		});
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)[0].query).toEqual({
			'status[in]': 'received',
			'updated_date[gte]': '2026-11-19T05:00:00Z',
			'updated_date[lt]': '2026-11-20T05:00:00Z',
			limit: '1000',
		});
		expect(items.length).toBeGreaterThan(0);
		for (const { json } of items) {
			expect(json).toMatchObject({ status: 'received', received_date: json.updated_date });
			expect(String(json.updated_date) >= '2026-11-19T05:00:00Z').toBe(true);
			const [line] = json.line_items as Array<Record<string, unknown>>;
			expect(Object.keys(line).sort()).toEqual(
				[
					'sku',
					'inventory_item_id',
					'expected_quantity',
					'received_quantity',
					'restocked_quantity',
					'return_reason',
				].sort(),
			);
			expect(line.received_quantity).toBe(line.expected_quantity);
		}
	});

	it('gets one return, whole when Simplify is off', async () => {
		const [first] = await listReturns();
		const { items } = await runTrackstar(sandbox, {
			parameters: returns({ operation: 'get', returnId: byId(first.id), simplify: false }),
		});
		expect(items[0].json).toEqual(first);
		expect(wmsRequests(sandbox)[0].path).toBe(`/wms/returns/${first.id}`);
	});

	it('creates a return for an order from rows, and from a JSON list mapped from the input', async () => {
		const order = fulfilled();
		const sku = order.line_items[0].sku!;
		const rows = await runTrackstar(sandbox, {
			parameters: returns({
				operation: 'create',
				orderId: fromList(order.id),
				lineItems: { lineItem: [{ sku, quantity: 1 }] },
				additionalFields: { trackstarTags: { tag: [{ name: 'refund' }] } },
			}),
		});
		expect(rows.error).toBeUndefined();
		const [request] = wmsRequests(sandbox);
		expect(request).toMatchObject({ method: 'POST', path: '/wms/returns' });
		expect(request.body).toEqual({
			order_id: order.id,
			line_items: [{ sku, quantity: 1 }],
			trackstar_tags: ['refund'],
		});
		expectValidAgainst('CreatewmsReturn--WMS_Sandbox--', request.body);
		expect(rows.items[0].json).toMatchObject({
			status: 'open',
			order_id: order.id,
			unused_fields: [],
		});

		sandbox.reset();
		const lines = order.line_items.map((line) => ({ sku: line.sku, quantity: 1 }));
		const json = await runTrackstar(sandbox, {
			input: [{ order: order.id, lines }],
			parameters: returns({
				operation: 'create',
				orderId: byId('={{ $json.order }}'),
				lineItemsInput: 'json',
				lineItemsJson: '={{ $json.lines }}',
			}),
		});
		expect(json.error).toBeUndefined();
		expect(wmsRequests(sandbox)[0].body).toEqual({ order_id: order.id, line_items: lines });
	});

	it('refuses line items with no SKU or no quantity before any request, naming the field and the item', async () => {
		const order = fulfilled();
		const { items } = await runTrackstar(sandbox, {
			continueOnFail: true,
			input: [{}, {}],
			parameters: returns({
				operation: 'create',
				orderId: byId(order.id),
				lineItemsInput: 'json',
				lineItemsJson: '={{ $itemIndex === 0 ? [{"quantity": 1}] : [{"sku": "A"}] }}',
			}),
		});
		expect(items.map((item) => [item.json.error, item.pairedItem])).toEqual([
			['Invalid Line Items (JSON) item 1: has no SKU', { item: 0 }],
			['Invalid Line Items (JSON) item 1: has no quantity', { item: 1 }],
		]);
		expect(items[0]).toMatchObject({ json: { order_id: order.id }, pairedItem: { item: 0 } });
		const empty = await runTrackstar(sandbox, {
			parameters: returns({ operation: 'create', orderId: byId(order.id) }),
		});
		expectItemError(empty.error, 'Invalid Line Items: is empty', 0);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it('shows the fields the WMS ignored, and says why a SKU the order lacks was refused', async () => {
		const order = fulfilled();
		const created = await runTrackstar(sandbox, {
			parameters: returns({
				operation: 'create',
				orderId: byId(order.id),
				lineItems: { lineItem: [{ sku: order.line_items[0].sku, quantity: 1 }] },
				additionalFields: { integrationFields: '{"gift_note": "sorry"}' },
			}),
		});
		expect(created.items[0].json.unused_fields).toEqual(['gift_note']);
		expect(JSON.stringify(created.hints)).toContain('The WMS ignored gift_note');

		const refused = await runTrackstar(sandbox, {
			parameters: returns({
				operation: 'create',
				orderId: byId(order.id),
				lineItems: { lineItem: [{ sku: 'NOT-ON-ORDER', quantity: 1 }] },
			}),
		});
		expect(refused.error?.message).toMatch(/^Trackstar answered 422: .*NOT-ON-ORDER/);
	});

	it('never repeats a Create answered 500, which may have been applied, but waits out a 429', async () => {
		const order = fulfilled();
		const create = returns({
			operation: 'create',
			orderId: byId(order.id),
			lineItems: { lineItem: [{ sku: order.line_items[0].sku, quantity: 1 }] },
			requestOptions: { retryDelay: 0 },
		});
		sandbox.inject({ method: 'POST', fault: { kind: 'status', status: 500 } });
		const failed = await runTrackstar(sandbox, { parameters: create });
		expect((failed.error as Described).description).toContain('Not retried');
		expect(wmsRequests(sandbox)).toHaveLength(1);

		sandbox.reset();
		sandbox.inject({ method: 'POST', fault: { kind: 'rateLimit', retryAfter: 0 } });
		const retried = await runTrackstar(sandbox, { parameters: create });
		expect(retried.error).toBeUndefined();
		expect(wmsRequests(sandbox).map((request) => request.status)).toEqual([429, 200]);
	});

	it("updates an open return's line items and sets its Trackstar tags", async () => {
		const open = (await listReturns()).find((entry) => entry.status === 'open')!;
		const sku = sandbox.order(open.order_id!)!.line_items[0].sku;
		const updated = await runTrackstar(sandbox, {
			parameters: returns({
				operation: 'update',
				returnId: byId(open.id),
				updateFields: { lineItems: { lineItem: [{ sku, quantity: 2 }] } },
			}),
		});
		expect(wmsRequests(sandbox)[0]).toMatchObject({
			method: 'PUT',
			body: { line_items: [{ sku, quantity: 2 }] },
		});
		expect(updated.items[0].json).toMatchObject({ id: open.id, unused_fields: [] });

		const tagged = await runTrackstar(sandbox, {
			parameters: returns({
				operation: 'setTags',
				returnId: byId(open.id),
				trackstarTags: { tag: [{ name: 'refund', value: 'issued' }] },
			}),
		});
		expect(tagged.items[0].json).toMatchObject({ trackstar_tags: [{ refund: 'issued' }] });
	});

	it('cancels an open return, and names a received one in an error item when the WMS refuses', async () => {
		const all = await listReturns();
		const open = all.find((entry) => entry.status === 'open')!;
		const received = all.find((entry) => entry.status === 'received')!;
		const { items } = await runTrackstar(sandbox, {
			continueOnFail: true,
			input: [{ id: open.id }, { id: received.id }],
			parameters: returns({ operation: 'cancel', returnId: byId('={{ $json.id }}') }),
		});
		expect(items[0].json).toMatchObject({ id: open.id, status: 'cancelled' });
		expect(items[1]).toMatchObject({
			json: {
				id: received.id,
				error: expect.stringContaining('can no longer be cancelled'),
				httpCode: '422',
			},
			pairedItem: { item: 1 },
		});
		expect(wmsRequests(sandbox).map((request) => `${request.method} ${request.path}`)).toEqual([
			`PUT /wms/returns/${open.id}/cancel`,
			`PUT /wms/returns/${received.id}/cancel`,
		]);
	});

	it('lists the fields the WMS requires and adds for a new return', async () => {
		const { items } = await runTrackstar(sandbox, {
			parameters: returns({ operation: 'getWritableFields', writeOperation: 'create' }),
		});
		// The connected integration's write-info: the same answer the WMS Fields load from.
		expect(writeInfoRequests(sandbox)).toMatchObject([
			{ path: '/integrations/wms/sandbox/write-info', status: 200 },
		]);
		expect(wmsRequests(sandbox)).toEqual([]);
		expect(items[0].json).toMatchObject({
			required_fields: ['order_id', 'line_items', 'line_items[].sku', 'line_items[].quantity'],
			integration_specific_fields: ['return_reason', 'rma_number'],
		});
	});

	it('explains a 501: this WMS does not support returns', async () => {
		sandbox.inject({ path: '/wms/returns', fault: { kind: 'status', status: 501 } });
		const { error } = await runTrackstar(sandbox, {
			parameters: returns({ operation: 'getAll', limit: 5 }),
		});
		expect(error?.message).toMatch(/^Trackstar answered 501/);
		expect((error as Described).description).toContain('does not support this operation');
	});

	it('finds a return in the picker by its order ID', async () => {
		const [first] = await listReturns();
		const found = await searchTrackstarPicker(sandbox, 'searchReturns', {
			filter: first.order_id!,
			parameterPath: 'returnId',
		});
		expect(found.results.map((result) => result.value)).toContain(first.id);
		expect(found.results[0].name).toContain(`order ${first.order_id}`);
	});
});
