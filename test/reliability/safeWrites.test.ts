import type { Sandbox } from '../../sandbox';
import { WAREHOUSE_CUSTOMERS } from '../../sandbox';
import { expectItemError } from '../harness';
import { FAST_RETRIES, statuses } from '../support/faultChecks';
import { runOrders, SHIP_TO_ADDRESS, startTestSandbox, wmsRequests } from '../support/trackstar';

type Described = Error & { description?: string };

const product = WAREHOUSE_CUSTOMERS[0].products[2];
const createOrder = {
	operation: 'create',
	orderNumber: 'N8N-SAFE-1',
	shipToAddress: SHIP_TO_ADDRESS,
	lineItems: { lineItem: [{ productId: product.product_id, sku: product.sku, quantity: 1 }] },
	requestOptions: FAST_RETRIES,
};

describe('Reliability: a Create (POST) is never sent twice where it may have been applied', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const created = () => sandbox.orders().filter((order) => order.order_number === 'N8N-SAFE-1');

	it('retries a Create refused with 429 (not processed) and creates one order', async () => {
		sandbox.inject({ method: 'POST', fault: { kind: 'rateLimit', retryAfter: 0 } });

		const { items, error } = await runOrders(sandbox, { parameters: createOrder });

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(created()).toHaveLength(1);
		expect(statuses(sandbox)).toEqual([429, 200]);
	});

	it.each([500, 502, 503, 504])(
		'does not repeat a Create answered %i, and says it may have been applied',
		async (status) => {
			sandbox.inject({ method: 'POST', fault: { kind: 'status', status } });

			const { error } = await runOrders(sandbox, { parameters: createOrder });

			expectItemError(error, `Trackstar answered ${status}: Injected fault: ${status}`, 0);
			expect((error as Described).description).toContain(
				'Not retried: Trackstar may already have applied this POST, and sending it again could apply it twice.',
			);
			expect(wmsRequests(sandbox)).toHaveLength(1);
		},
	);

	it('finds a Create whose answer was lost by its order number before sending it again: one order, returned', async () => {
		sandbox.inject({ method: 'POST', fault: { kind: 'drop', when: 'after' } });

		const { items, error } = await runOrders(sandbox, { parameters: createOrder });

		expect(error).toBeUndefined();
		expect(created()).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: created()[0].id, order_number: 'N8N-SAFE-1' });
		expect(wmsRequests(sandbox).map((request) => [request.method, request.query])).toEqual([
			['POST', {}],
			['GET', { 'order_number[eq]': 'N8N-SAFE-1', limit: '10' }],
		]);
	});

	it('waits out a Create that timed out but is still being handled (409), and gets its answer replayed: one order', async () => {
		sandbox.inject({ method: 'POST', fault: { kind: 'delay', ms: 2000 } });

		const { items, error } = await runOrders(sandbox, {
			parameters: { ...createOrder, requestOptions: { ...FAST_RETRIES, timeout: 0.5 } },
		});

		expect(error).toBeUndefined();
		expect(created()).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: created()[0].id });
		const posts = wmsRequests(sandbox).filter((request) => request.method === 'POST');
		expect(posts.map((request) => request.headers['idempotency-key'])).toEqual(
			posts.map(() => posts[0].headers['idempotency-key']),
		);
		expect(posts.some((request) => request.status === 409)).toBe(true);
	});
});
