import type { Sandbox } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { startTestSandbox } from '../../support/trackstar';
import { runTrackstar } from '../../support/trackstarNode';

const catalogRequests = (sandbox: Sandbox) =>
	sandbox.requests.filter((request) => request.path.startsWith('/integrations'));

describe("Trackstar: Integration, Trackstar's catalog of what customers can connect", () => {
	let sandbox: Sandbox;
	let now = new Date('2026-11-20T12:00:00Z');

	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => now });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		now = new Date('2026-11-20T12:00:00Z');
		sandbox.reset();
	});

	it('lists the integrations of a type, one item each, with their write operations', async () => {
		const { items, error } = await runTrackstar(sandbox, {
			parameters: { resource: 'integration', operation: 'getAll', integrationType: 'wms' },
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.integration_name)).toEqual([
			'sandbox',
			'shiphero',
			'logiwa',
			'extensiv-3pl-central',
			'ongoing',
		]);
		expect(items[2].json).toMatchObject({
			display_name: 'Logiwa',
			write_operations: expect.arrayContaining([
				expect.objectContaining({ action: 'create_order', url: 'POST /wms/orders' }),
			]),
		});
		expect(catalogRequests(sandbox)).toMatchObject([{ path: '/integrations/wms', status: 200 }]);
	});

	it('gets one by name; every item of a run shares one read, as Trackstar allows one a minute', async () => {
		const { items, error } = await runTrackstar(sandbox, {
			input: [{}, {}, {}],
			parameters: {
				resource: 'integration',
				operation: 'get',
				integrationType: 'wms',
				integrationName: 'extensiv-3pl-central',
			},
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.display_name, item.pairedItem])).toEqual([
			['Extensiv (3PL Central)', { item: 0 }],
			['Extensiv (3PL Central)', { item: 1 }],
			['Extensiv (3PL Central)', { item: 2 }],
		]);
		expect(catalogRequests(sandbox)).toHaveLength(1);
	});

	it('says an unknown name is unknown, and that the catalog answers once a minute', async () => {
		const unknown = await runTrackstar(sandbox, {
			parameters: {
				resource: 'integration',
				operation: 'get',
				integrationType: 'wms',
				integrationName: 'nope',
			},
		});
		expectItemError(unknown.error, 'Trackstar answered 404: Integration not found', 0);

		await runTrackstar(sandbox, {
			parameters: { resource: 'integration', operation: 'getAll', integrationType: 'wms' },
		});
		const limited = await runTrackstar(sandbox, {
			parameters: { resource: 'integration', operation: 'getAll', integrationType: 'wms' },
		});
		expect(limited.error?.message).toMatch(/^Trackstar answered 429/);
		expect((limited.error as { description?: string }).description).toContain(
			'Trackstar answers its integrations catalog about once a minute.',
		);
		// One attempt each: the 429 is not waited out.
		expect(catalogRequests(sandbox).map((request) => request.status)).toEqual([404, 200, 429]);
	});

	it('lists no cart integration in the sandbox, as an empty output', async () => {
		const { items, error } = await runTrackstar(sandbox, {
			parameters: { resource: 'integration', operation: 'getAll', integrationType: 'cart' },
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([]);
	});
});
