import type { Sandbox } from '../../sandbox';
import { get, startTestSandbox } from './helpers';

async function timed(sandbox: Sandbox, path: string) {
	const started = Date.now();
	const response = await get(sandbox, path);
	return { ms: Date.now() - started, status: response.status };
}

describe('sandbox: page latency', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it('holds every list page back for the fixed time, and one order answers at once', async () => {
		sandbox.setPageLatency({ pageMs: 1000 });
		const page = await timed(sandbox, '/wms/orders?limit=5');
		const id = sandbox.orders()[0].id;
		const one = await timed(sandbox, `/wms/orders/${id}`);

		expect(page).toEqual({ status: 200, ms: expect.any(Number) });
		expect(page.ms).toBeGreaterThanOrEqual(1000);
		expect(one.ms).toBeLessThan(1000);
	});

	it('adds the time per record on the page, so a larger page takes longer', async () => {
		sandbox.setPageLatency({ perRecordMs: 2 });
		const small = await timed(sandbox, '/wms/orders?limit=10');
		const large = await timed(sandbox, '/wms/orders?limit=200');

		expect(small.ms).toBeGreaterThanOrEqual(20);
		expect(large.ms).toBeGreaterThanOrEqual(400);
	});

	it('answers at once again after a reset', async () => {
		sandbox.setPageLatency({ pageMs: 1000 });
		sandbox.reset();
		expect((await timed(sandbox, '/wms/orders?limit=5')).ms).toBeLessThan(1000);
	});
});
