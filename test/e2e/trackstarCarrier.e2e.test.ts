/**
 * The Trackstar Carrier node (a carrier connection's `/carrier/...` API) inside the real n8n app,
 * installed from the package's tarball: a workflow run with `n8n execute` against the sandbox,
 * with the credential of the sandbox's carrier connection, whose token reads /carrier only;
 * checked by its output items, its binary data and what the sandbox and its file store received.
 */
import { carrierRequests } from '../support/trackstar';
import { e2eAppForTestFile, execute, expectSucceeded, onlyOnLine } from './app';
import { manualWorkflow, trackstarCarrierNode } from './workflows';

const app = e2eAppForTestFile(() => [
	manualWorkflow(
		'e2eCarrier01',
		"E2E: Trackstar Carrier, the latest invoice's CSV downloaded, and its charges",
		[
			trackstarCarrierNode('Latest Invoice CSV', {
				resource: 'file',
				operation: 'getAll',
				filters: { fileType: 'csv' },
				download: true,
				binaryPropertyName: 'invoice',
			}),
			// The invoice's week: the seven days before the invoice date its file is named with.
			trackstarCarrierNode('Charges of the Week', {
				resource: 'invoiceLineItem',
				operation: 'getAll',
				returnAll: true,
				filters: {
					transactionDate: {
						conditions: [
							{
								operator: 'gte',
								value:
									"={{ DateTime.fromFormat($json.file_name.split('_').pop().slice(0, 8), 'yyyyMMdd', { zone: 'utc' }).minus({ days: 7 }).toISO() }}",
							},
							{
								operator: 'lt',
								value:
									"={{ DateTime.fromFormat($json.file_name.split('_').pop().slice(0, 8), 'yyyyMMdd', { zone: 'utc' }).toISO() }}",
							},
						],
					},
				},
			}),
		],
	),
]);

/** On n8n 2.x only, as trackstarCart.e2e.test.ts: the node's own code is the same on both lines. */
const test = onlyOnLine(2);

test("File Get Many downloads the last 24 hours' invoice CSV as binary data without the credential, and Get Many lists its charges by transaction date", async () => {
	const run = await execute(app, 'e2eCarrier01');

	expectSucceeded(run);
	const csv = app.sandbox
		.carrierFiles()
		.filter((file) => file.file_type === 'csv')
		.pop()!;
	const [file] = run.items['Latest Invoice CSV'] as Array<{
		json: Record<string, unknown>;
		binary?: Record<string, { fileName?: string; mimeType?: string; fileSize?: string }>;
	}>;
	expect(run.items['Latest Invoice CSV']).toHaveLength(1);
	expect(file.json).toMatchObject({ file_name: csv.file_name, file_type: 'csv' });
	expect(file.binary?.invoice).toMatchObject({ fileName: csv.file_name, mimeType: 'text/csv' });

	const charges = app.sandbox
		.invoiceLineItems()
		.filter((item) => item.invoice_id === csv.invoice_id);
	expect(charges.length).toBeGreaterThan(0);
	expect(run.items['Charges of the Week'].map((item) => item.json.id as string).sort()).toEqual(
		charges.map((item) => item.id).sort(),
	);
	// The CSV's rows are these charges: one row each, after the header.
	expect(csv.content.toString('utf8').trim().split('\r\n')).toHaveLength(charges.length + 1);

	const [list, lines] = carrierRequests(app.sandbox);
	expect(list).toMatchObject({ path: '/carrier/files', query: { file_type: 'csv', limit: '50' } });
	expect(lines.path).toBe('/carrier/invoice-line-items');
	const downloads = app.sandbox.requests.filter((request) =>
		request.path.startsWith('/carrier-files/'),
	);
	expect(downloads.map((request) => [request.path, request.status])).toEqual([
		[`/carrier-files/${csv.file_name}`, 200],
	]);
	expect(downloads[0].headers['x-trackstar-api-key']).toBeUndefined();
	expect(downloads[0].headers['x-trackstar-access-token']).toBeUndefined();
}, 120_000);
