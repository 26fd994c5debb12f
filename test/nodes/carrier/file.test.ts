import type { INodeExecutionData } from 'n8n-workflow';

import type { Sandbox } from '../../../sandbox';
import { DOWNLOAD_URL_SECONDS } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { expectValidCarrier } from '../../support/carrierSchemas';
import { SANDBOX_NOW, carrierRequests, startTestSandbox } from '../../support/trackstar';
import { runTrackstarCarrier } from '../../support/trackstarNode';

/** The bytes of an output item's binary field, as n8n keeps them in memory. */
const bytesOf = (item: INodeExecutionData, field = 'data') =>
	Buffer.from(item.binary![field].data, 'base64');

const fileStoreRequests = (sandbox: Sandbox) =>
	sandbox.requests.filter((request) => request.path.startsWith('/carrier-files/'));

const EVER = '2000-01-01T00:00:00Z';

describe('Trackstar Carrier: File', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		// The files of "the last 24 hours" are the clock's: fixed at the seed's now.
		sandbox = await startTestSandbox({ clock: () => SANDBOX_NOW });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it("lists the last 24 hours' files by default, as Trackstar answers them, downloading nothing", async () => {
		const { items, error } = await runTrackstarCarrier(sandbox, {
			parameters: { resource: 'file', operation: 'getAll' },
		});
		expect(error).toBeUndefined();
		const stored = sandbox.carrierFiles().slice(-2);
		expect(items.map((item) => item.json.file_name)).toEqual(stored.map((file) => file.file_name));
		for (const item of items) {
			expectValidCarrier('CarrierFileSchema', item.json);
			expect(item.binary).toBeUndefined();
		}
		expect(carrierRequests(sandbox).map(({ path, query }) => [path, query])).toEqual([
			['/carrier/files', { limit: '50' }],
		]);
		expect(fileStoreRequests(sandbox)).toEqual([]);
	});

	it('lists by time range, type and name, each sent bare in UTC as the guide documents', async () => {
		const stored = sandbox.carrierFiles();
		const end = stored[9].generated_time;
		const { items, error } = await runTrackstarCarrier(sandbox, {
			timezone: 'Europe/Amsterdam',
			parameters: {
				resource: 'file',
				operation: 'getAll',
				returnAll: true,
				filters: { startTime: '2000-01-01T01:00:00', endTime: end, fileType: 'csv' },
			},
		});
		expect(error).toBeUndefined();
		expect(carrierRequests(sandbox)[0].query).toEqual({
			start_time: EVER,
			end_time: end,
			file_type: 'csv',
			limit: '1000',
		});
		expect(items.map((item) => item.json.file_name)).toEqual(
			stored
				.filter((file) => file.file_type === 'csv' && file.generated_time <= end)
				.map((file) => file.file_name),
		);
	});

	it.each([
		[{ startTime: '' }, 'Invalid Start Time: the condition "Is Equal To" has no date'],
		[{ fileType: '' }, 'Invalid File Type: the condition "Is Equal To" has no value'],
		[
			{ startTime: '2026-11-20T00:00:00Z', endTime: '2026-11-19T00:00:00Z' },
			'Invalid End Time: 2026-11-19T00:00:00Z is before Start Time 2026-11-20T00:00:00Z, so no file can match',
		],
	])('refuses before any request: %j', async (filters, message) => {
		const { error } = await runTrackstarCarrier(sandbox, {
			parameters: { resource: 'file', operation: 'getAll', filters },
		});
		expectItemError(error, message, 0);
		expect(sandbox.requests).toEqual([]);
	});

	it('downloads each file into binary data from its presigned URL, sending the file store no Trackstar header', async () => {
		const { items, error } = await runTrackstarCarrier(sandbox, {
			parameters: {
				resource: 'file',
				operation: 'getAll',
				download: true,
				binaryPropertyName: 'invoice',
			},
		});
		expect(error).toBeUndefined();
		const [csv, pdf] = sandbox.carrierFiles().slice(-2);
		expect(items).toHaveLength(2);
		expect(items[0].binary!.invoice).toMatchObject({
			fileName: csv.file_name,
			mimeType: 'text/csv',
			fileExtension: 'csv',
		});
		expect(bytesOf(items[0], 'invoice')).toEqual(csv.content);
		expect(items[1].binary!.invoice).toMatchObject({
			fileName: pdf.file_name,
			mimeType: 'application/pdf',
		});
		expect(bytesOf(items[1], 'invoice').subarray(0, 8).toString()).toBe('%PDF-1.4');
		expect(items[0].json.file_name).toBe(csv.file_name);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);

		const downloads = fileStoreRequests(sandbox);
		expect(downloads.map((request) => request.path)).toEqual([
			`/carrier-files/${csv.file_name}`,
			`/carrier-files/${pdf.file_name}`,
		]);
		for (const download of downloads) {
			expect(download.headers['x-trackstar-api-key']).toBeUndefined();
			expect(download.headers['x-trackstar-access-token']).toBeUndefined();
			expect(JSON.stringify(download.headers)).not.toContain(sandbox.apiKey);
			expect(download.status).toBe(200);
		}
	});

	it("fails the item when the file store refuses the URL, saying it expires 20 minutes after listing; Continue On Fail keeps the others' items", async () => {
		sandbox.inject({
			path: /^\/carrier-files\//,
			fault: {
				kind: 'status',
				status: 403,
				body: { Code: 'AccessDenied', Message: 'Request has expired' },
			},
		});
		const { error } = await runTrackstarCarrier(sandbox, {
			parameters: { resource: 'file', operation: 'getAll', download: true },
		});
		const [csv] = sandbox.carrierFiles().slice(-2);
		expectItemError(
			error,
			`The download of "${csv.file_name}" was refused: ${new URL(sandbox.url).host} answered 403`,
			0,
		);
		const expiry = new Date(SANDBOX_NOW.getTime() + DOWNLOAD_URL_SECONDS * 1000)
			.toISOString()
			.replace('.000', '');
		expect((error as { description?: string }).description).toContain(
			`expire 20 minutes after the list is read (this one at ${expiry})`,
		);
		expect(JSON.stringify(error)).not.toContain('X-Amz-Signature');

		sandbox.reset();
		sandbox.inject({ path: /^\/carrier-files\//, fault: { kind: 'status', status: 503 } });
		const { items } = await runTrackstarCarrier(sandbox, {
			continueOnFail: true,
			input: [{}, {}],
			parameters: { resource: 'file', operation: 'getAll', download: true },
		});
		expect(items[0]).toMatchObject({
			json: { error: expect.stringMatching(/answered 503$/) },
			pairedItem: { item: 0 },
		});
		expect(items.slice(1).map((item) => [item.pairedItem, item.binary?.data?.fileName])).toEqual([
			[{ item: 1 }, sandbox.carrierFiles().slice(-2)[0].file_name],
			[{ item: 1 }, sandbox.carrierFiles().slice(-2)[1].file_name],
		]);
	});

	it("fails with Trackstar's refusal of a WMS connection's token, which cannot read /carrier", async () => {
		const { error } = await runTrackstarCarrier(sandbox, {
			credentials: {
				apiKey: sandbox.apiKey,
				accessToken: sandbox.accessToken,
				baseUrl: sandbox.url,
			},
			parameters: { resource: 'file', operation: 'getAll' },
		});
		expectItemError(error, /^Trackstar answered 401/, 0);
	});
});
