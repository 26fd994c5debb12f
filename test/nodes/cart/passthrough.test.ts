import type { Sandbox } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { cartRequests, startTestSandbox } from '../../support/trackstar';
import { runTrackstarCart } from '../../support/trackstarNode';

describe("Trackstar Cart: Passthrough, a request to the store's own API", () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it('sends it to POST /cart/passthrough and returns the store’s status, headers and body', async () => {
		const { items, error } = await runTrackstarCart(sandbox, {
			parameters: {
				resource: 'passthrough',
				operation: 'passthrough',
				passthroughMethod: 'GET',
				passthroughPath: '/products.json',
			},
		});
		expect(error).toBeUndefined();
		expect(cartRequests(sandbox)).toMatchObject([
			{
				method: 'POST',
				path: '/cart/passthrough',
				body: { method: 'GET', path: '/products.json' },
			},
		]);
		expect(items[0].json).toMatchObject({ status_code: 200 });
		expect((items[0].json.body as { products: unknown[] }).products).toHaveLength(
			sandbox.cartProducts().length,
		);
	});

	it("fails the item with the store's answer, naming the store, when it refuses", async () => {
		const { error } = await runTrackstarCart(sandbox, {
			parameters: {
				resource: 'passthrough',
				operation: 'passthrough',
				passthroughMethod: 'GET',
				passthroughPath: '/nothing',
			},
		});
		expectItemError(error, /^The store answered 404 to GET \/nothing/, 0);
	});
});
