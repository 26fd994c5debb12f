import { TrackstarApi } from '../../credentials/TrackstarApi.credentials';
import type { Sandbox } from '../../sandbox';
import { testCredential } from '../harness';
import { runOrders, startTestSandbox, trackstarCredentials, wmsRequests } from '../support/trackstar';

describe('Trackstar API credential', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox({ apiKey: 'key-good', accessToken: 'token-good' });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it("sends the API key and access token as Trackstar's two headers, from the credential's own definition", async () => {
		await runOrders(sandbox, { parameters: { operation: 'getAll', limit: 1 } });
		const [request] = wmsRequests(sandbox);
		expect(request.headers['x-trackstar-api-key']).toBe('key-good');
		expect(request.headers['x-trackstar-access-token']).toBe('token-good');
	});

	it('passes the Test button with a good key and token, with one cheap read', async () => {
		const result = await testCredential(new TrackstarApi(), trackstarCredentials(sandbox));
		expect(result.status).toBe('OK');
		expect(wmsRequests(sandbox).map((request) => [request.method, request.path, request.query])).toEqual([
			['GET', '/wms/orders', { limit: '1' }],
		]);
	});

	it('reads the Base URL as the node does: spaces and a trailing slash do not break the Test button', async () => {
		const result = await testCredential(new TrackstarApi(), trackstarCredentials(sandbox, { baseUrl: ` ${sandbox.url}/ ` }));
		expect(result.status).toBe('OK');
		expect(wmsRequests(sandbox).map((request) => request.path)).toEqual(['/wms/orders']);
		await runOrders(sandbox, {
			credentials: trackstarCredentials(sandbox, { baseUrl: ` ${sandbox.url}/ ` }),
			parameters: { operation: 'getAll', limit: 1 },
		});
		expect(wmsRequests(sandbox).map((request) => request.path)).toEqual(['/wms/orders', '/wms/orders']);
	});

	it.each([
		['API key', { apiKey: 'key-bad' }],
		['access token', { accessToken: 'token-bad' }],
	])('fails the Test button with a wrong %s (401)', async (_what, overrides) => {
		const result = await testCredential(new TrackstarApi(), trackstarCredentials(sandbox, overrides));
		expect(result.status).toBe('Error');
		expect(result.httpStatus).toBe(401);
		expect(result.message).not.toContain('key-bad');
		expect(result.message).not.toContain('token-bad');
	});

	it('reaches Trackstar production by default', () => {
		const baseUrl = new TrackstarApi().properties.find((property) => property.name === 'baseUrl');
		expect(baseUrl?.default).toBe('https://production.trackstarhq.com');
	});
});
