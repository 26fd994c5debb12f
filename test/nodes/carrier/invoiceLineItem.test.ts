import type { InvoiceLineItem, Sandbox } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { expectValidCarrier } from '../../support/carrierSchemas';
import { byId, carrierRequests, startTestSandbox } from '../../support/trackstar';
import { runTrackstarCarrier, searchTrackstarCarrierPicker } from '../../support/trackstarNode';

describe('Trackstar Carrier: Invoice Line Item', () => {
	let sandbox: Sandbox;
	let lineItems: InvoiceLineItem[];

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		sandbox.reset();
		lineItems = sandbox.invoiceLineItems();
	});

	it("gets one charge by its Trackstar ID, as Trackstar answers it, with the carrier connection's token", async () => {
		const item = lineItems[11];
		const { items, error } = await runTrackstarCarrier(sandbox, {
			parameters: { operation: 'get', invoiceLineItemId: byId(item.id), simplify: false },
		});
		expect(error).toBeUndefined();
		expect(items.map((each) => each.json)).toEqual([item]);
		expectValidCarrier('CarrierInvoiceLineItemSchema', items[0].json);
		const [request] = carrierRequests(sandbox);
		expect(request).toMatchObject({
			method: 'GET',
			path: `/carrier/invoice-line-items/${item.id}`,
		});
		expect(request.headers['x-trackstar-access-token']).toBe(sandbox.carrierAccessToken);
	});

	it("simplifies a charge: what it is and what it costs, without the carrier's raw columns", async () => {
		const item = lineItems[11];
		const { items } = await runTrackstarCarrier(sandbox, {
			parameters: {
				resource: 'invoiceLineItem',
				operation: 'get',
				invoiceLineItemId: byId(item.id),
			},
		});
		expect(items[0].json).toEqual({
			id: item.id,
			transaction_date: item.transaction_date,
			account_id: item.account_id,
			invoice_id: item.invoice_id,
			tracking_number: item.tracking_number,
			charge_description: item.charge_description,
			gross_cost: item.gross_cost,
			net_cost: item.net_cost,
		});
	});

	it('lists the charges of a period by transaction date, in UTC, every page with Return All', async () => {
		const { items, error } = await runTrackstarCarrier(sandbox, {
			timezone: 'America/Chicago',
			parameters: {
				operation: 'getAll',
				returnAll: true,
				filters: {
					transactionDate: {
						conditions: [
							{ operator: 'gte', value: '2026-10-01T00:00:00' },
							{ operator: 'lte', value: '2026-10-31T23:59:59' },
						],
					},
				},
			},
		});
		expect(error).toBeUndefined();
		expect(carrierRequests(sandbox)[0].query).toMatchObject({
			'transaction_date[gte]': '2026-10-01T05:00:00Z',
			'transaction_date[lte]': '2026-11-01T04:59:59Z',
		});
		const expected = lineItems.filter(
			(item) =>
				item.transaction_date >= '2026-10-01T05:00:00Z' &&
				item.transaction_date <= '2026-11-01T04:59:59Z',
		);
		expect(expected.length).toBeGreaterThan(10);
		expect(items.map((item) => item.json.id).sort()).toEqual(expected.map(({ id }) => id).sort());
		expect(Object.keys(items[0].json)).not.toContain('raw');
	});

	it("returns the newest charges up to the Limit; a package's transportation charge is the label cost the WMS recorded", async () => {
		const { items } = await runTrackstarCarrier(sandbox, {
			parameters: { operation: 'getAll', limit: 10 },
		});
		expect(items.map((item) => item.json.id)).toEqual(
			lineItems
				.slice(-10)
				.reverse()
				.map((item) => item.id),
		);
		const tracking = items[0].json.tracking_number;
		const order = sandbox
			.orders()
			.find((each) =>
				each.shipments.some((shipment) =>
					shipment.packages.some((pack) => pack.tracking_number === tracking),
				),
			)!;
		const pack = order.shipments
			.flatMap((shipment) => shipment.packages)
			.find((each) => each.tracking_number === tracking)!;
		// Surcharges come on top of it, each a line item of the same tracking number.
		const freightCharge = lineItems.find(
			(item) =>
				item.tracking_number === tracking && item.charge_description === 'Transportation Charges',
		)!;
		expect(freightCharge.net_cost).toBe(pack.shipping_cost);
	});

	it.each([
		[
			{ transactionDate: { conditions: [{ operator: 'gte', value: '' }] } },
			'Invalid Transaction Date: the condition "Is On or After" has no date',
		],
		[{ ids: '' }, 'Invalid Invoice Line Item IDs: the condition "Is One Of" has no value'],
	])('refuses a filter added but left empty, before any request: %j', async (filters, message) => {
		const { error } = await runTrackstarCarrier(sandbox, {
			parameters: { operation: 'getAll', limit: 5, filters },
		});
		expectItemError(error, message, 0);
		expect(carrierRequests(sandbox)).toEqual([]);
	});

	it('replaces the Trackstar tags of a charge, in one request', async () => {
		const item = lineItems[3];
		const { items, error } = await runTrackstarCarrier(sandbox, {
			parameters: {
				operation: 'setTags',
				invoiceLineItemId: byId(item.id),
				trackstarTags: { tag: [{ name: 'disputed' }, { name: 'reason', value: 'duplicate' }] },
			},
		});
		expect(error).toBeUndefined();
		const requests = carrierRequests(sandbox);
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({
			method: 'PUT',
			path: `/carrier/invoice-line-items/${item.id}/trackstar-tags`,
			body: { trackstar_tags: ['disputed', { reason: 'duplicate' }] },
		});
		expect(items[0].json).toMatchObject({
			id: item.id,
			trackstar_tags: ['disputed', { reason: 'duplicate' }],
			unused_fields: [],
		});
		expect(sandbox.invoiceLineItems()[3].trackstar_tags).toEqual([
			'disputed',
			{ reason: 'duplicate' },
		]);
	});

	it('sends tags whose answer was lost again with the same Idempotency-Key: Trackstar replays, nothing is written twice', async () => {
		const item = lineItems[3];
		sandbox.inject({ method: 'PUT', fault: { kind: 'drop', when: 'after' } });
		const { items, error } = await runTrackstarCarrier(sandbox, {
			parameters: {
				operation: 'setTags',
				invoiceLineItemId: byId(item.id),
				trackstarTags: { tag: [{ name: 'reconciled' }] },
				requestOptions: { retryDelay: 1 },
			},
		});
		expect(error).toBeUndefined();
		const [first, retry] = carrierRequests(sandbox);
		expect(first.headers['idempotency-key']).toBeDefined();
		expect(retry.headers['idempotency-key']).toBe(first.headers['idempotency-key']);
		expect(retry.replayed).toBe(true);
		expect(items[0].json.trackstar_tags).toEqual(['reconciled']);
	});

	it('with Continue On Fail, fails only the item whose line item Trackstar does not have, naming it', async () => {
		const { items } = await runTrackstarCarrier(sandbox, {
			continueOnFail: true,
			input: [{ id: 'nope' }, { id: lineItems[0].id }],
			parameters: { operation: 'get', invoiceLineItemId: byId('={{ $json.id }}') },
		});
		expect(items[0]).toMatchObject({
			json: { id: 'nope', error: expect.stringMatching(/Invoice line item not found/) },
			pairedItem: { item: 0 },
		});
		expect(items[1]).toMatchObject({ json: { id: lineItems[0].id }, pairedItem: { item: 1 } });
	});

	it('finds a charge in its picker by tracking number, named by charge, amount and invoice', async () => {
		const item = lineItems[lineItems.length - 1];
		const found = await searchTrackstarCarrierPicker(sandbox, {
			filter: item.tracking_number!.toLowerCase(),
		});
		const charges = lineItems.filter((each) => each.tracking_number === item.tracking_number);
		expect(found.results.map((result) => result.value).sort()).toEqual(
			charges.map((each) => each.id).sort(),
		);
		expect(found.results.find((result) => result.value === item.id)?.name).toBe(
			`${item.tracking_number} · ${item.charge_description} · ${item.net_cost} (${item.invoice_id})`,
		);
	});
});
