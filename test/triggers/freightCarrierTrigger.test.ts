import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { pollingPollerWithToken } from '../support/pollingTrigger';
import { at, ids, wholeSecondNow } from '../support/triggers';

describe('Trackstar Polling Trigger: freight shipments and carrier invoice line items', () => {
	let sandbox: Sandbox;
	let start: number;

	beforeEach(async () => {
		start = wholeSecondNow();
		sandbox = await startSandbox({ port: 0, now: new Date(start - 1000) });
	});
	afterEach(async () => await sandbox.close());

	const reads = (path: string) => sandbox.requests.filter((request) => request.path === path);

	it('learns the freight shipments in one request, then emits a new one once and its update once', async () => {
		const newShipments = pollingPollerWithToken(
			sandbox,
			{ resource: 'freightShipment', event: 'new' },
			sandbox.freightAccessToken,
		);
		const updatedShipments = pollingPollerWithToken(
			sandbox,
			{ resource: 'freightShipment', event: 'updated' },
			sandbox.freightAccessToken,
		);
		expect((await newShipments.poll()).emitted).toBe(false);
		expect((await updatedShipments.poll()).emitted).toBe(false);
		expect(reads('/freight/shipments').map((request) => Object.keys(request.query).sort())).toEqual(
			[
				['created_date[gte]', 'limit'],
				['limit', 'updated_date[gte]'],
			],
		);

		const [template] = sandbox.freightShipments();
		const created = at(start, 5);
		sandbox.upsertFreightShipment({
			...template,
			id: 'fs-new',
			status: 'pre_transit',
			created_date: created,
			updated_date: created,
		});
		expect(ids((await newShipments.poll()).items)).toEqual(['fs-new']);
		expect(ids((await updatedShipments.poll()).items)).toEqual(['fs-new']);

		sandbox.upsertFreightShipment({
			...sandbox.freightShipments().find((shipment) => shipment.id === 'fs-new')!,
			status: 'in_transit',
			updated_date: at(start, 9),
		});
		expect((await newShipments.poll()).emitted).toBe(false);
		const moved = await updatedShipments.poll();
		expect(moved.items.map((item) => [item.json.id, item.json.status])).toEqual([
			['fs-new', 'in_transit'],
		]);
		expect((await updatedShipments.poll()).emitted).toBe(false);
		// One list request a poll, never another API.
		expect(sandbox.requests.map((request) => request.path)).toEqual(
			Array(7).fill('/freight/shipments'),
		);
	});

	it('emits a carrier invoice line item once when it arrives and once when it changes', async () => {
		const poller = pollingPollerWithToken(
			sandbox,
			{ resource: 'carrierInvoiceLineItem', event: 'updated' },
			sandbox.carrierAccessToken,
		);
		expect((await poller.poll()).emitted).toBe(false);

		const [template] = sandbox.invoiceLineItems();
		sandbox.upsertInvoiceLineItem({
			...template,
			id: 'li-new',
			charge_description: 'Fuel Surcharge',
			net_cost: 1.25,
			created_date: at(start, 4),
			updated_date: at(start, 4),
			trackstar_tags: [],
		});
		const arrived = await poller.poll();
		expect(arrived.items.map((item) => [item.json.id, item.json.net_cost])).toEqual([
			['li-new', 1.25],
		]);
		sandbox.upsertInvoiceLineItem({
			...sandbox.invoiceLineItems().find((lineItem) => lineItem.id === 'li-new')!,
			net_cost: 1.5,
			updated_date: at(start, 8),
		});
		expect((await poller.poll()).items.map((item) => item.json.net_cost)).toEqual([1.5]);
		expect((await poller.poll()).emitted).toBe(false);
		expect(reads('/carrier/invoice-line-items')).toHaveLength(4);
		expect(sandbox.requests).toHaveLength(4);
	});

	it("fails a freight poll made with a WMS connection's token, naming the connection the resource needs", async () => {
		const poller = pollingPollerWithToken(
			sandbox,
			{ resource: 'freightShipment', event: 'new' },
			sandbox.accessToken,
		);
		const { error } = await poller.poll();
		expect(error?.message).toMatch(/^Trackstar answered 401/);
		const description = (error as { description?: string }).description ?? '';
		expect(description.split('\n')[0]).toContain(
			'Freight Shipment reads /freight/shipments, which only the access token of a freight connection can read.',
		);
		expect(sandbox.requests.map((request) => request.path)).toEqual(['/freight/shipments']);
	});
});
