import type { CarrierFile, InvoiceLineItem, Sandbox } from '../../sandbox';
import { DOWNLOAD_URL_SECONDS, UPS_ACCOUNT, UPS_COLUMNS } from '../../sandbox';
import { expectValidCarrier } from '../support/carrierSchemas';
import type { ErrorAnswer, ListAnswer, RecordAnswer } from './helpers';
import { NOW, call, qs, startTestSandbox } from './helpers';

/** A request to the Carrier API with the carrier connection's own token, unless overridden. */
const carrier = <T>(
	sandbox: Sandbox,
	method: string,
	path: string,
	options: { body?: unknown; headers?: Record<string, string> } = {},
) =>
	call<T>(sandbox, method, path, {
		...options,
		headers: { 'x-trackstar-access-token': sandbox.carrierAccessToken, ...options.headers },
	});

async function listAll<T>(sandbox: Sandbox, path: string, query: Record<string, string> = {}) {
	const records: T[] = [];
	let token: string | null = null;
	do {
		const page: { status: number; body: ListAnswer<T> } = await carrier<ListAnswer<T>>(
			sandbox,
			'GET',
			`${path}?${qs({ ...query, limit: 10, ...(token ? { page_token: token } : {}) })}`,
		);
		expect(page.status).toBe(200);
		records.push(...page.body.data);
		token = page.body.next_token;
	} while (token);
	return records;
}

/** The CSV's rows by column name (the sandbox's CSVs quote nothing but commas and quotes). */
function csvRows(text: string): Array<Record<string, string>> {
	const [header, ...lines] = text.trim().split('\r\n');
	const columns = header.split(',');
	return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
}

const MINUTE = 60_000;

describe('sandbox Carrier API', () => {
	let sandbox: Sandbox;
	let now = NOW;
	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => now });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		now = NOW;
		sandbox.reset();
	});

	describe('invoice line items', () => {
		it('lists every line item page by page, and each by ID, in the shapes of carrier-schemas.json', async () => {
			const first = await carrier<ListAnswer<InvoiceLineItem>>(
				sandbox,
				'GET',
				'/carrier/invoice-line-items?limit=10',
			);
			expectValidCarrier('CarrierInvoiceLineItemsListEndpoint', first.body);
			const all = await listAll<InvoiceLineItem>(sandbox, '/carrier/invoice-line-items');
			expect(all).toEqual(sandbox.invoiceLineItems());
			expect(all.length).toBeGreaterThan(50);
			const one = await carrier<{ data: InvoiceLineItem }>(
				sandbox,
				'GET',
				`/carrier/invoice-line-items/${all[7].id}`,
			);
			expectValidCarrier('CarrierInvoiceLineItemsSingleItemEndpoint', one.body);
			expect(one.body.data).toEqual(all[7]);
		});

		it("ties together: the charges of the WMS's UPS packages, one per charge, net = gross - incentive", async () => {
			const lineItems = sandbox.invoiceLineItems();
			const upsTracking = new Set(
				sandbox
					.orders()
					.flatMap((order) => order.shipments.flatMap((shipment) => shipment.packages))
					.filter((pack) => pack.carrier_id === 'ups')
					.map((pack) => pack.tracking_number),
			);
			for (const item of lineItems) {
				expect(upsTracking.has(item.tracking_number)).toBe(true);
				expect(item.account_id).toBe(UPS_ACCOUNT);
				expect(item.invoice_id).toMatch(/^ULN-\d{10}$/);
				expect(item.gross_cost - item.net_cost).toBeCloseTo(
					Number(item.raw['Incentive Amount']),
					2,
				);
				expect(item.transaction_date < item.created_date).toBe(true);
			}
			const freightCharges = lineItems.filter(
				(item) => item.charge_description === 'Transportation Charges',
			);
			expect(new Set(freightCharges.map((item) => item.tracking_number)).size).toBe(
				freightCharges.length,
			);
			expect(new Set(lineItems.map((item) => item.charge_description))).toEqual(
				new Set(['Transportation Charges', 'Fuel Surcharges', 'Accessorial Charges', 'Taxes']),
			);
		});

		it('filters by transaction date, created date and ids', async () => {
			const lineItems = sandbox.invoiceLineItems();
			const from = lineItems[40].transaction_date;
			const sinceThen = await listAll<InvoiceLineItem>(sandbox, '/carrier/invoice-line-items', {
				'transaction_date[gte]': from,
				'transaction_date[lte]': NOW.toISOString().replace('.000', ''),
			});
			expect(sinceThen.map((item) => item.id)).toEqual(
				lineItems.filter((item) => item.transaction_date >= from).map((item) => item.id),
			);
			const created = await listAll<InvoiceLineItem>(sandbox, '/carrier/invoice-line-items', {
				'created_date[gt]': lineItems[60].created_date,
			});
			expect(created.every((item) => item.created_date > lineItems[60].created_date)).toBe(true);
			const picked = await listAll<InvoiceLineItem>(sandbox, '/carrier/invoice-line-items', {
				ids: `${lineItems[3].id},${lineItems[4].id}`,
			});
			expect(picked.map((item) => item.id)).toEqual([lineItems[3].id, lineItems[4].id]);
			const unknown = await carrier<ErrorAnswer>(
				sandbox,
				'GET',
				'/carrier/invoice-line-items?tracking_number=1Z',
			);
			expect(unknown.status).toBe(422);
		});

		it('sets trackstar_tags, answered as every tags write, and 404s an unknown line item', async () => {
			const item = sandbox.invoiceLineItems()[5];
			const tagged = await carrier<RecordAnswer<InvoiceLineItem>>(
				sandbox,
				'PUT',
				`/carrier/invoice-line-items/${item.id}/trackstar-tags`,
				{ body: { trackstar_tags: ['disputed', { reason: 'duplicate' }] } },
			);
			expect(tagged.status).toBe(200);
			expectValidCarrier('CarrierAddTrackstarTagInvoiceLineItemResponse', tagged.body);
			expect(tagged.body).toMatchObject({ id: item.id, unused_fields: [] });
			expect(sandbox.invoiceLineItems()[5].trackstar_tags).toEqual([
				'disputed',
				{ reason: 'duplicate' },
			]);
			const missing = await carrier(sandbox, 'GET', '/carrier/invoice-line-items/nope');
			expect(missing.status).toBe(404);
			expect(missing.body).toEqual({
				error: 'Invoice line item not found',
				id: 'nope',
				origin: 'trackstar',
			});
		});
	});

	describe('files', () => {
		it("lists the last 24 hours' invoice files by default, a CSV and a PDF, with URLs valid 20 minutes", async () => {
			const answer = await carrier<ListAnswer<CarrierFile>>(sandbox, 'GET', '/carrier/files');
			expect(answer.status).toBe(200);
			expectValidCarrier('CarrierFilesListEndpoint', answer.body);
			expect(answer.body.data.map((file) => file.file_type)).toEqual(['csv', 'pdf']);
			for (const file of answer.body.data) {
				expect(Date.parse(file.generated_time)).toBeGreaterThan(NOW.getTime() - 24 * 60 * MINUTE);
				expect(Date.parse(file.download_url_expires_at)).toBe(
					NOW.getTime() + DOWNLOAD_URL_SECONDS * 1000,
				);
				expect(file.download_url).toContain(`${sandbox.url}/carrier-files/`);
			}
		});

		it('lists by start and end time, type and name, bare as the guide shows; ids are not a files filter', async () => {
			const stored = sandbox.carrierFiles();
			const all = await listAll<CarrierFile>(sandbox, '/carrier/files', {
				start_time: '2000-01-01T00:00:00Z',
			});
			expect(all.map((file) => file.file_name)).toEqual(stored.map((file) => file.file_name));
			const csvs = await listAll<CarrierFile>(sandbox, '/carrier/files', {
				start_time: '2000-01-01T00:00:00Z',
				end_time: stored[5].generated_time,
				file_type: 'csv',
			});
			expect(csvs.map((file) => file.file_name)).toEqual(
				stored
					.filter(
						(file) => file.file_type === 'csv' && file.generated_time <= stored[5].generated_time,
					)
					.map((file) => file.file_name),
			);
			const named = await listAll<CarrierFile>(sandbox, '/carrier/files', {
				start_time: '2000-01-01T00:00:00Z',
				file_name: stored[2].file_name,
			});
			expect(named.map((file) => file.file_name)).toEqual([stored[2].file_name]);
			for (const query of [
				'ids=x',
				'start_time[gte]=2026-01-01T00:00:00Z',
				'start_time=yesterday',
			]) {
				const refused = await carrier<ErrorAnswer>(sandbox, 'GET', `/carrier/files?${query}`);
				expect(refused.status).toBe(422);
			}
		});

		it("downloads a file from its presigned URL, which needs no Trackstar header; the CSV's rows are the line items", async () => {
			const [csv] = (await carrier<ListAnswer<CarrierFile>>(sandbox, 'GET', '/carrier/files')).body
				.data;
			const response = await fetch(csv.download_url);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe('text/csv');
			const rows = csvRows(await response.text());
			expect(Object.keys(rows[0])).toEqual([...UPS_COLUMNS]);
			const invoice = rows[0]['Invoice Number'];
			const items = sandbox.invoiceLineItems().filter((item) => item.invoice_id === invoice);
			expect(
				rows
					.map((row) => [
						row['Tracking Number'],
						row['Charge Description'],
						Number(row['Net Amount']),
						Number(row['Basis Value']),
					])
					.sort(),
			).toEqual(
				items
					.map((item) => [
						item.tracking_number,
						item.charge_description,
						item.net_cost,
						item.gross_cost,
					])
					.sort(),
			);
			const download = sandbox.requests[sandbox.requests.length - 1];
			// The file store's requests are logged like Trackstar's, without rate-limit headers.
			expect(download).toMatchObject({ path: `/carrier-files/${csv.file_name}`, status: 200 });
			expect(response.headers.get('x-ratelimit-limit')).toBeNull();
		});

		it('refuses an expired URL, or one changed in any part, as S3 does (403)', async () => {
			const [file] = (await carrier<ListAnswer<CarrierFile>>(sandbox, 'GET', '/carrier/files')).body
				.data;
			const tampered = await fetch(file.download_url.replace(/Signature=\w{4}/, 'Signature=0000'));
			expect(tampered.status).toBe(403);
			expect(await tampered.text()).toContain('SignatureDoesNotMatch');
			const other = await fetch(file.download_url.replace(file.file_name, 'other.csv'));
			expect(other.status).toBe(403);
			now = new Date(NOW.getTime() + DOWNLOAD_URL_SECONDS * 1000 + 1000);
			const expired = await fetch(file.download_url);
			expect(expired.status).toBe(403);
			expect(await expired.text()).toContain('Request has expired');
		});
	});

	it("answers the carrier connection's token only: a WMS or freight token is refused, and it reads nothing else", async () => {
		for (const token of [sandbox.accessToken, sandbox.freightAccessToken]) {
			for (const path of ['/carrier/invoice-line-items', '/carrier/files']) {
				const refused = await carrier(sandbox, 'GET', path, {
					headers: { 'x-trackstar-access-token': token },
				});
				expect(refused.status).toBe(401);
			}
		}
		for (const path of ['/wms/orders', '/cart/orders', '/freight/shipments']) {
			expect((await carrier(sandbox, 'GET', path)).status).toBe(401);
		}
	});
});
