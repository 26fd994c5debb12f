import type { INode, NodeApiError } from 'n8n-workflow';

import { sameFailureForItem, trackstarApiError } from '../../nodes/shared/transport/errors';
import type { Sandbox } from '../../sandbox';
import { expectItemError, itemErrorOf } from '../harness';
import { runOrders, startTestSandbox, writeInfoRequests } from '../support/trackstar';

/** Requests on Trackstar's routes (the sandbox's admin routes left out). */
const trackstarRequests = (sandbox: Sandbox) =>
	sandbox.requests.filter((request) => !request.path.startsWith('/__sandbox'));

describe("Trackstar Orders: Get Writable Fields, from the connected integration's write-info", () => {
	let sandbox: Sandbox;
	let now = new Date('2026-11-20T12:00:00Z');

	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => now });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	async function writableFields(
		writeOperation: string,
		extra: Record<string, unknown> = {},
		input?: object[],
	) {
		return await runOrders(sandbox, {
			input: input as never,
			parameters: { operation: 'getWritableFields', writeOperation, ...extra },
		});
	}

	it('lists what the WMS requires, accepts and adds for creating an order', async () => {
		const { items, error } = await writableFields('create');

		expect(error).toBeUndefined();
		// Which integration the credential's connection is, then that integration's write-info.
		expect(trackstarRequests(sandbox)).toMatchObject([
			{ method: 'GET', path: '/connections', status: 200 },
			{ method: 'GET', path: '/integrations/wms/sandbox/write-info', status: 200 },
		]);
		const result = items[0].json;
		expect(result).toMatchObject({
			operation: 'create',
			method: 'POST',
			integration_type: 'wms',
			integration_name: 'sandbox',
		});
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
		expect(result.optional_fields).toEqual(
			expect.arrayContaining(['reference_id', 'total_price', 'line_items[].sku', 'gift_message']),
		);
		expect(result.integration_specific_fields).toEqual(['gift_message', 'warehouse_id']);
		expect(result.fields).toEqual(
			expect.arrayContaining([
				{
					field: 'line_items[].quantity',
					type: 'integer',
					required: true,
					integration_specific: false,
				},
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

	it("tells about updates from the same answer and can add Trackstar's raw document", async () => {
		const { items } = await writableFields('update', { includeSchema: true });
		expect(writeInfoRequests(sandbox)).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			operation: 'update',
			method: 'PUT',
			required_fields: ['line_items[].quantity'],
		});
		expect(items[0].json.integration_specific_fields).toEqual(['packing_note']);
		expect(items[0].json.schema).toMatchObject({
			openapi: '3.1.0',
			paths: { '/wms/orders/{order_id}': { put: expect.any(Object) } },
			components: { schemas: expect.any(Object) },
		});
	});

	it('asks Trackstar once per execution, however many items come in', async () => {
		const { items, error } = await writableFields('update', {}, [{}, {}, {}]);
		expect(error).toBeUndefined();
		expect(trackstarRequests(sandbox)).toHaveLength(2);
		expect(items).toHaveLength(3);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[2].json).toEqual(items[0].json);
	});

	it('with Continue On Fail, tells the one failed answer to every item under its own index', async () => {
		sandbox.inject({
			path: '/integrations/wms/sandbox/write-info',
			times: Infinity,
			fault: { kind: 'status', status: 501 },
		});
		const { items, error } = await runOrders(sandbox, {
			continueOnFail: true,
			input: [{}, {}, {}],
			parameters: { operation: 'getWritableFields', writeOperation: 'create' },
		});
		expect(error).toBeUndefined();
		expect(writeInfoRequests(sandbox)).toHaveLength(1);
		const failed = [expect.stringMatching(/^Trackstar answered 501: .+$/), '501'];
		expect(items.map((item) => [item.json.error, item.json.httpCode, item.pairedItem])).toEqual([
			[...failed, { item: 0 }],
			[...failed, { item: 1 }],
			[...failed, { item: 2 }],
		]);
		expect(new Set(items.map((item) => item.json.error)).size).toBe(1);
	});

	it('gives the shared failure to each item as its own error, under its own item index', () => {
		const node: INode = {
			id: 'node',
			name: 'Trackstar Orders',
			type: 'n8n-nodes-trackstar.trackstarOrders',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		};
		const failure = trackstarApiError(
			node,
			{ status: 501, body: { error: 'Not implemented' }, method: 'GET', path: '/wms/orders/meta' },
			0,
		);
		expect(itemErrorOf(failure)).toEqual({
			message: 'Trackstar answered 501: Not implemented',
			itemIndex: 0,
		});
		expect(sameFailureForItem(node, failure, 0)).toBe(failure);

		const forItem2 = sameFailureForItem(node, failure, 2) as NodeApiError;
		expect(forItem2).not.toBe(failure);
		expect(itemErrorOf(forItem2)).toEqual({ message: failure.message, itemIndex: 2 });
		expect([forItem2.description, forItem2.httpCode]).toEqual([failure.description, '501']);
		expect(itemErrorOf(failure)?.itemIndex).toBe(0);
	});

	it('says plainly that the endpoint allows about one call a minute when it is hit again', async () => {
		await writableFields('create');
		now = new Date(now.getTime() + 20_000);
		const { error } = await writableFields('update');

		// One attempt: a second call within the minute is refused again, never waited out.
		expect(writeInfoRequests(sandbox).map((request) => request.status)).toEqual([200, 429]);
		expectItemError(
			error,
			'Trackstar answered 429: Rate limit exceeded: the write-info endpoint allows one call per 60 seconds. Retry after 40 seconds.',
			0,
		);
		const description = (error as { description?: string }).description ?? '';
		expect(description).toContain('Trackstar answers write-info about once a minute.');
		expect(description).toContain('Trackstar asks to wait 40 seconds before the next call.');

		now = new Date(now.getTime() + 40_000);
		const again = await writableFields('update');
		expect(again.error).toBeUndefined();
		expect(writeInfoRequests(sandbox).map((request) => request.status)).toEqual([200, 429, 200]);
	});
});
