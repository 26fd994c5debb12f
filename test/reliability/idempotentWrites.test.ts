import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type {
	CartProduct,
	FaultRule,
	InventoryItem,
	Order,
	RecordedRequest,
	Sandbox,
} from '../../sandbox';
import { WAREHOUSE_CUSTOMERS } from '../../sandbox';
import type { RunNodeResult } from '../harness';
import { expectItemError } from '../harness';
import { FAST_RETRIES } from '../support/faultChecks';
import {
	byId,
	runOrders,
	SHIP_TO_ADDRESS,
	startTestSandbox,
	wmsRequests,
} from '../support/trackstar';
import { runTrackstar, runTrackstarCart } from '../support/trackstarNode';

type Described = Error & { description?: string };
type Json = Record<string, unknown>;

/** The shape of every key the node derives: a prefix and a sha256, nothing of the request in clear. */
const DERIVED_KEY = /^n8n-[0-9a-f]{64}$/;
const KEY_REUSED =
	'Trackstar refused the Idempotency-Key: it was already used within the last 24 hours for another request';
const REPLAY_HINT =
	'Trackstar replayed the answer of an earlier attempt (Idempotent-Replayed) for item 0';
const DISABLED =
	"This endpoint is disabled for this organization or connection: enable it in Trackstar's dashboard";
/** What a 501 says: the system behind Trackstar for the write's path, the WMS or the store, named. */
const notSupported = (system: string) =>
	`The connected ${system} does not support this operation: its Trackstar integration does not implement it`;
const notSupportedCheck = (system: string) =>
	system === 'WMS'
		? 'Connection → Get names the WMS (integration_name) and lists the writes it supports (available_actions)'
		: `Connection → Get (Trackstar node) names the ${system} (integration_name) and lists the writes it supports (available_actions)`;

/** What every case writes to, read once from the freshly seeded sandbox. */
interface Fixture {
	/** Two orders that can still be shipped. */
	shippable: string[];
	/** An order that shipped, to return from. */
	fulfilled: Order;
	item: InventoryItem;
	warehouseId: string;
	/** The order files are attached to. */
	attachTo: string;
	/** Two store orders that can still ship, and a store product with stock (Trackstar Cart). */
	cartShippable: string[];
	cartProduct: CartProduct;
}

function fixtureOf(sandbox: Sandbox): Fixture {
	const item = sandbox.inventoryItems()[0];
	return {
		shippable: sandbox
			.orders()
			.filter((order) => ['open', 'picked', 'packed'].includes(order.status))
			.slice(0, 2)
			.map((order) => order.id),
		fulfilled: sandbox.orders().find((order) => order.status === 'fulfilled')!,
		item,
		warehouseId: Object.keys(item.inventory_by_warehouse_id)[0],
		attachTo: sandbox.orders()[0].id,
		cartShippable: sandbox
			.cartOrders()
			.filter((order) => order.status === 'open')
			.slice(0, 2)
			.map((order) => order.id),
		cartProduct: sandbox.cartProducts().find((product) => product.inventory !== null)!,
	};
}

/** One input item: `n` picks what it writes (its order number, PO number, order), `v` varies the body only. */
type Item = { n: number; v?: number };

interface RunOptions {
	requestOptions?: IDataObject;
	continueOnFail?: boolean;
}

interface WriteCase {
	name: string;
	method: 'POST' | 'PUT';
	path: RegExp;
	run(
		sandbox: Sandbox,
		fixture: Fixture,
		items: Item[],
		options?: RunOptions,
	): Promise<RunNodeResult>;
	/** The record item `n` wrote to, as the sandbox holds it. */
	record(sandbox: Sandbox, fixture: Fixture, n: number): { id: string } | undefined;
	/** How many writes the sandbox holds; absent where it keeps no trace of them. */
	written?(sandbox: Sandbox): number;
	/** A create with a unique field: the node looks it up by that field before sending it again. */
	unique?: { label: string; value: (n: number) => string; query: (n: number) => Json };
}

const product = WAREHOUSE_CUSTOMERS[0].products[2];
const inputOf = (items: Item[]) => items.map(({ n, v = 1 }) => ({ n, v }));
const requestOptionsOf = (options: RunOptions) => options.requestOptions ?? FAST_RETRIES;

const CASES: WriteCase[] = [
	{
		name: 'Order Create',
		method: 'POST',
		path: /^\/wms\/orders$/,
		run: async (sandbox, _fixture, items, options = {}) =>
			await runOrders(sandbox, {
				input: inputOf(items),
				continueOnFail: options.continueOnFail,
				parameters: {
					operation: 'create',
					orderNumber: '={{ "N8N-IDEM-" + $json.n }}',
					shipToAddress: SHIP_TO_ADDRESS,
					lineItems: {
						lineItem: [
							{ productId: product.product_id, sku: product.sku, quantity: '={{ $json.v }}' },
						],
					},
					requestOptions: requestOptionsOf(options),
				},
			}),
		record: (sandbox, _fixture, n) =>
			sandbox.orders().find((order) => order.order_number === `N8N-IDEM-${n}`),
		written: (sandbox) => sandbox.orders().length,
		unique: {
			label: 'order number',
			value: (n) => `N8N-IDEM-${n}`,
			query: (n) => ({ 'order_number[eq]': `N8N-IDEM-${n}`, limit: '10' }),
		},
	},
	{
		name: 'Inbound Shipment Create',
		method: 'POST',
		path: /^\/wms\/inbound-shipments$/,
		run: async (sandbox, fixture, items, options = {}) =>
			await runTrackstar(sandbox, {
				input: inputOf(items),
				continueOnFail: options.continueOnFail,
				parameters: {
					resource: 'inboundShipment',
					operation: 'create',
					purchaseOrderNumber: '={{ "PO-IDEM-" + $json.n }}',
					warehouseId: byId(fixture.warehouseId),
					expectedArrivalDate: '2026-12-15T09:00:00',
					lineItemsInput: 'fields',
					lineItems: {
						lineItem: [{ sku: fixture.item.sku, expectedQuantity: '={{ 10 * $json.v }}' }],
					},
					requestOptions: requestOptionsOf(options),
				},
			}),
		record: (sandbox, _fixture, n) =>
			sandbox
				.inboundShipments()
				.find((shipment) => shipment.purchase_order_number === `PO-IDEM-${n}`),
		written: (sandbox) => sandbox.inboundShipments().length,
		unique: {
			label: 'PO number',
			value: (n) => `PO-IDEM-${n}`,
			query: (n) => ({ 'purchase_order_number[eq]': `PO-IDEM-${n}`, limit: '10' }),
		},
	},
	{
		name: 'Return Create',
		method: 'POST',
		path: /^\/wms\/returns$/,
		run: async (sandbox, fixture, items, options = {}) =>
			await runTrackstar(sandbox, {
				input: inputOf(items),
				continueOnFail: options.continueOnFail,
				parameters: {
					resource: 'return',
					operation: 'create',
					orderId: byId(fixture.fulfilled.id),
					lineItems: { lineItem: [{ sku: fixture.fulfilled.line_items[0].sku, quantity: 1 }] },
					additionalFields: {
						trackstarTags: { tag: [{ name: '={{ "batch-" + $json.n + "-" + $json.v }}' }] },
					},
					requestOptions: requestOptionsOf(options),
				},
			}),
		record: (sandbox, _fixture, n) =>
			sandbox
				.returns()
				.find((record) => JSON.stringify(record.trackstar_tags ?? []).includes(`"batch-${n}-`)),
		written: (sandbox) => sandbox.returns().length,
	},
	{
		name: 'Inventory Item Adjust',
		method: 'PUT',
		path: /^\/wms\/inventory\/[^/]+\/adjust$/,
		run: async (sandbox, fixture, items, options = {}) =>
			await runTrackstar(sandbox, {
				input: inputOf(items),
				continueOnFail: options.continueOnFail,
				parameters: {
					resource: 'inventoryItem',
					operation: 'adjust',
					inventoryItemId: byId(fixture.item.id),
					adjustmentType: 'increase',
					quantity: '={{ 10 * $json.n + $json.v }}',
					warehouseId: byId(fixture.warehouseId),
					requestOptions: requestOptionsOf(options),
				},
			}),
		record: (sandbox, fixture) => sandbox.inventoryItem(fixture.item.id),
		written: (sandbox) =>
			sandbox.ledger().filter((entry) => entry.event_type === 'adjustment').length,
	},
	{
		name: 'Order Ship',
		method: 'POST',
		path: /^\/wms\/orders\/[^/]+\/shipments$/,
		run: async (sandbox, fixture, items, options = {}) =>
			await runTrackstar(sandbox, {
				input: inputOf(items).map((item) => ({ ...item, order: fixture.shippable[item.n - 1] })),
				continueOnFail: options.continueOnFail,
				parameters: {
					resource: 'order',
					operation: 'ship',
					orderId: byId('={{ $json.order }}'),
					trackingNumber: '={{ "TRK-" + $json.n + "-" + $json.v }}',
					shippedDate: '2026-11-19T09:30:00',
					requestOptions: requestOptionsOf(options),
				},
			}),
		record: (sandbox, fixture, n) => sandbox.order(fixture.shippable[n - 1]),
		written: (sandbox) => sandbox.orders().reduce((sum, order) => sum + order.shipments.length, 0),
	},
	{
		name: 'Order Attach File',
		method: 'POST',
		path: /^\/wms\/orders\/[^/]+\/file$/,
		run: async (sandbox, fixture, items, options = {}) =>
			await runTrackstar(sandbox, {
				input: inputOf(items).map((item) => ({
					...item,
					$binary: {
						data: {
							text: `Packing slip ${item.n}\n`,
							fileName: `slip-${item.n}-${item.v}.txt`,
							mimeType: 'text/plain',
						},
					},
				})),
				continueOnFail: options.continueOnFail,
				parameters: {
					resource: 'order',
					operation: 'attachFile',
					orderId: byId(fixture.attachTo),
					requestOptions: requestOptionsOf(options),
				},
			}),
		record: (sandbox, fixture) => sandbox.order(fixture.attachTo),
		// No `written`: the sandbox answers an attach and keeps nothing of it; the log is all there is.
	},
	{
		name: 'Cart Order Create Shipment',
		method: 'POST',
		path: /^\/cart\/orders\/[^/]+\/shipments$/,
		run: async (sandbox, fixture, items, options = {}) =>
			await runTrackstarCart(sandbox, {
				input: inputOf(items).map((item) => ({
					...item,
					order: fixture.cartShippable[item.n - 1],
				})),
				continueOnFail: options.continueOnFail,
				parameters: {
					resource: 'order',
					operation: 'createShipment',
					orderId: byId('={{ $json.order }}'),
					trackingNumber: '={{ "TRK-" + $json.n + "-" + $json.v }}',
					additionalFields: {
						carrierName: 'UPS',
						trackingUrl: 'https://www.ups.com/track',
						requestedShippingMethod: 'Standard',
					},
					requestOptions: requestOptionsOf(options),
				},
			}),
		record: (sandbox, fixture, n) =>
			sandbox.cartOrders().find((order) => order.id === fixture.cartShippable[n - 1]),
		written: (sandbox) =>
			sandbox.cartOrders().reduce((sum, order) => sum + order.shipments.length, 0),
	},
	{
		name: 'Cart Product Adjust Inventory',
		method: 'PUT',
		path: /^\/cart\/products\/[^/]+\/adjust-inventory$/,
		run: async (sandbox, fixture, items, options = {}) =>
			await runTrackstarCart(sandbox, {
				input: inputOf(items),
				continueOnFail: options.continueOnFail,
				parameters: {
					resource: 'product',
					operation: 'adjustInventory',
					productId: byId(fixture.cartProduct.id),
					adjustmentType: 'increase',
					quantity: '={{ 10 * $json.n + $json.v }}',
					requestOptions: requestOptionsOf(options),
				},
			}),
		record: (sandbox, fixture) =>
			sandbox.cartProducts().find((product) => product.id === fixture.cartProduct.id),
		// Stock, not a count of writes: test/nodes/cart/product.test.ts checks one adjustment's effect.
	},
];

/** Requests on Trackstar's APIs (the WMS's and the Cart's), without the admin ones. */
const apiRequests = (sandbox: Sandbox) =>
	sandbox.requests.filter((request) => /^\/(wms|cart)\//.test(request.path));

const keyOf = (request: RecordedRequest) => request.headers['idempotency-key'];
/** Each attempt as [status, replayed]: 0 is a dropped connection. */
const outcomes = (requests: RecordedRequest[]) =>
	requests.map((request) => [request.status, request.replayed === true]);
const hintMessages = (result: RunNodeResult) =>
	((result.hints ?? []) as Array<{ message: string }>).map((hint) => hint.message);

async function until(condition: () => boolean) {
	while (!condition()) await sleep(5);
}

describe('Reliability: every write carries an Idempotency-Key, so a retry never writes twice', () => {
	let sandbox: Sandbox;
	let fixture: Fixture;

	beforeAll(async () => {
		sandbox = await startTestSandbox({ metaRateLimitSeconds: 0 });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		sandbox.reset();
		fixture = fixtureOf(sandbox);
	});

	it('sends no Idempotency-Key with a read', async () => {
		const order = await runOrders(sandbox, {
			parameters: { operation: 'get', orderId: byId(fixture.attachTo) },
		});
		const item = await runTrackstar(sandbox, {
			parameters: {
				resource: 'inventoryItem',
				operation: 'get',
				inventoryItemId: byId(fixture.item.id),
			},
		});

		expect(order.error).toBeUndefined();
		expect(item.error).toBeUndefined();
		expect(wmsRequests(sandbox).map((request) => [request.method, keyOf(request)])).toEqual([
			['GET', undefined],
			['GET', undefined],
		]);
	});

	describe.each(CASES)('$name', (op) => {
		let before: number | undefined;

		beforeEach(() => {
			before = op.written?.(sandbox);
		});

		const writes = () =>
			apiRequests(sandbox).filter(
				(request) => request.method === op.method && op.path.test(request.path),
			);
		const inject = (fault: FaultRule['fault'], rule: Partial<FaultRule> = {}) =>
			sandbox.inject({ method: op.method, path: op.path, fault, ...rule });
		const run = async (items: Item[], options?: RunOptions) =>
			await op.run(sandbox, fixture, items, options);
		/** The writes the sandbox holds since the case began (skipped where it keeps none). */
		const expectWritten = (count: number) => {
			if (op.written) expect(op.written(sandbox) - before!).toBe(count);
		};
		const expectRecord = (json: IDataObject | undefined, n = 1) => {
			const record = op.record(sandbox, fixture, n);
			expect(record).toBeDefined();
			expect(json).toMatchObject({ id: record!.id });
		};

		it('sends its own Idempotency-Key with each item, and new ones in the next run', async () => {
			const first = await run([{ n: 1 }, { n: 2 }]);
			const firstKeys = writes().map(keyOf);
			sandbox.reset();
			fixture = fixtureOf(sandbox);
			const second = await run([{ n: 1 }, { n: 2 }]);
			const secondKeys = writes().map(keyOf);

			expect(first.error).toBeUndefined();
			expect(second.error).toBeUndefined();
			expect(firstKeys).toEqual([
				expect.stringMatching(DERIVED_KEY),
				expect.stringMatching(DERIVED_KEY),
			]);
			expect(secondKeys).toEqual([
				expect.stringMatching(DERIVED_KEY),
				expect.stringMatching(DERIVED_KEY),
			]);
			expect(new Set([...firstKeys, ...secondKeys]).size).toBe(4);
		});

		it('fails before any request when the Idempotency Key option is mapped to nothing', async () => {
			const { error } = await run([{ n: 1 }], {
				requestOptions: { ...FAST_RETRIES, idempotencyKey: '={{ $json.missing }}' },
			});

			expectItemError(error, 'Invalid Request Options: Idempotency Key: is empty', 0);
			expect((error as Described).description).toContain('Map a value unique to this write');
			expect(apiRequests(sandbox)).toEqual([]);
		});

		it('retries a write whose answer was lost after it was applied, and writes it once', async () => {
			inject({ kind: 'drop', when: 'after' });

			const result = await run([{ n: 1 }]);

			expect(result.error).toBeUndefined();
			expectWritten(1);
			expectRecord(result.items[0]?.json);
			if (op.unique) {
				// Found by its unique field: the create is not sent again.
				expect(outcomes(writes())).toEqual([[0, false]]);
				const lookup = apiRequests(sandbox)[1];
				expect(lookup).toMatchObject({ method: 'GET', query: op.unique.query(1), status: 200 });
				expect(keyOf(lookup)).toBeUndefined();
			} else {
				expect(outcomes(writes())).toEqual([
					[0, false],
					[200, true],
				]);
				expect(keyOf(writes()[1])).toBe(keyOf(writes()[0]));
				expect(hintMessages(result)).toContainEqual(expect.stringContaining(REPLAY_HINT));
			}
		});

		it('retries a write whose connection dropped before it was applied, and writes it once', async () => {
			inject({ kind: 'drop', when: 'before' });

			const result = await run([{ n: 1 }]);

			expect(result.error).toBeUndefined();
			expectWritten(1);
			expectRecord(result.items[0]?.json);
			expect(outcomes(writes())).toEqual([
				[0, false],
				[200, false],
			]);
			expect(keyOf(writes()[1])).toBe(keyOf(writes()[0]));
			if (op.unique)
				expect(apiRequests(sandbox).map((request) => request.method)).toEqual([
					'POST',
					'GET',
					'POST',
				]);
		});

		it('does not retry a write answered 502 after it was applied, and says to check for it, not to try again', async () => {
			inject({ kind: 'status', status: 502, when: 'after' });

			const { error } = await run([{ n: 1 }]);

			expectItemError(error, 'Trackstar answered 502: Injected fault: 502', 0);
			const description = (error as Described).description ?? '';
			expect(description).toContain('it may have been applied');
			if (op.unique)
				expect(description).toContain(
					`with ${op.unique.label} "${op.unique.value(1)}" in Trackstar`,
				);
			expect(description).not.toMatch(/try again/i);
			expect(outcomes(writes())).toEqual([[502, false]]);
			expectWritten(1);
		});

		it('waits out the 409 of a timed-out attempt still being handled, and gets its answer replayed: one write', async () => {
			inject({ kind: 'delay', ms: 1200 });

			const result = await run([{ n: 1 }], { requestOptions: { ...FAST_RETRIES, timeout: 0.5 } });

			expect(result.error).toBeUndefined();
			expectWritten(1);
			expectRecord(result.items[0]?.json);
			expect(outcomes(writes())).toEqual([
				[200, false],
				[409, false],
				[200, true],
			]);
			expect(new Set(writes().map(keyOf)).size).toBe(1);
			expect(hintMessages(result)).toContainEqual(expect.stringContaining(REPLAY_HINT));
		});

		it('waits out the 409 of another execution writing with the same key, then gets its answer replayed', async () => {
			const requestOptions = { ...FAST_RETRIES, idempotencyKey: 'idem-concurrent' };
			inject({ kind: 'delay', ms: 600 });

			const firstRun = run([{ n: 1 }], { requestOptions });
			await until(() => writes().length === 1);
			const [first, second] = await Promise.all([firstRun, run([{ n: 1 }], { requestOptions })]);

			expect(first.error).toBeUndefined();
			expect(second.error).toBeUndefined();
			expectWritten(1);
			expect(outcomes(writes())).toEqual([
				[200, false],
				[409, false],
				[200, true],
			]);
			expect(new Set(writes().map(keyOf)).size).toBe(1);
			expect(second.items[0]?.json.id).toBe(first.items[0]?.json.id);
			expect(hintMessages(second)).toContainEqual(expect.stringContaining(REPLAY_HINT));
		});

		it('refuses a key set again with another body, and writes nothing the second time', async () => {
			const requestOptions = { ...FAST_RETRIES, idempotencyKey: 'idem-reused' };

			const first = await run([{ n: 1, v: 1 }], { requestOptions });
			const second = await run([{ n: 1, v: 2 }], { requestOptions });

			expect(first.error).toBeUndefined();
			expectItemError(
				second.error,
				'Trackstar answered 400: Idempotency-Key was already used with another body. Send a new key for a new write.',
				0,
			);
			expect((second.error as Described).description).toContain(KEY_REUSED);
			expectWritten(1);
			expect(outcomes(writes())).toEqual([
				[200, false],
				[400, false],
			]);
			expect(keyOf(writes()[1])).toBe(keyOf(writes()[0]));
		});

		it('answers a run repeated with the same key and body by replay: one write, and a hint saying so', async () => {
			const requestOptions = { ...FAST_RETRIES, idempotencyKey: 'idem-repeated' };

			const first = await run([{ n: 1 }], { requestOptions });
			const second = await run([{ n: 1 }], { requestOptions });

			expect(first.error).toBeUndefined();
			expect(second.error).toBeUndefined();
			expectWritten(1);
			expectRecord(second.items[0]?.json);
			expect(second.items[0]?.json.id).toBe(first.items[0]?.json.id);
			expect(outcomes(writes())).toEqual([
				[200, false],
				[200, true],
			]);
			// The key set is hashed with the endpoint, never sent as typed.
			expect(writes().map(keyOf)).toEqual([expect.stringMatching(DERIVED_KEY), keyOf(writes()[0])]);
			expect(hintMessages(first)).not.toContainEqual(expect.stringContaining(REPLAY_HINT));
			expect(hintMessages(second)).toContainEqual(expect.stringContaining(REPLAY_HINT));
		});

		const system = op.name.startsWith('Cart ') ? 'store' : 'WMS';
		it.each([
			[403, DISABLED, 'This endpoint is disabled for this organization'],
			[501, notSupported(system), 'Not implemented by the integration'],
		])('never retries a %i, and says what it means', async (status, hint, message) => {
			inject({ kind: 'status', status, body: { error: message, origin: 'trackstar' } });

			const { error } = await run([{ n: 1 }]);

			expectItemError(error, `Trackstar answered ${status}: ${message}`, 0);
			const description = (error as Described).description ?? '';
			expect(description.slice(0, hint.length)).toBe(hint);
			if (status === 501) expect(description).toContain(notSupportedCheck(system));
			expect(outcomes(writes())).toEqual([[status, false]]);
			expectWritten(0);
		});

		it('continues on fail with an error item for the write refused and the record for the next, each paired', async () => {
			inject({
				kind: 'status',
				status: 501,
				body: { error: 'Not implemented', origin: 'trackstar' },
			});

			const { items, error } = await run([{ n: 1 }, { n: 2 }], { continueOnFail: true });

			expect(error).toBeUndefined();
			expect(items).toHaveLength(2);
			expect(items[0]).toMatchObject({
				json: { error: 'Trackstar answered 501: Not implemented' },
				pairedItem: { item: 0 },
			});
			expectRecord(items[1].json, 2);
			expect(items[1].pairedItem).toEqual({ item: 1 });
			expect(outcomes(writes())).toEqual([
				[501, false],
				[200, false],
			]);
			expectWritten(1);
		});
	});
});
