import type { FreightShipment, Sandbox } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { expectValidAgainst } from '../../support/openapi';
import {
	byId,
	freightRequests,
	startTestSandbox,
	trackstarCredentials,
} from '../../support/trackstar';
import { runTrackstarFreight, searchTrackstarFreightPicker } from '../../support/trackstarNode';

describe('Trackstar Freight: Shipment', () => {
	let sandbox: Sandbox;
	let shipments: FreightShipment[];

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		sandbox.reset();
		shipments = sandbox.freightShipments();
	});

	it("gets one shipment by its Trackstar ID, as Trackstar answers it, with the freight connection's token", async () => {
		const shipment = shipments[7];
		const { items, error } = await runTrackstarFreight(sandbox, {
			parameters: { operation: 'get', shipmentId: byId(shipment.id), simplify: false },
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([shipment]);
		expectValidAgainst('FreightShipmentSchema', items[0].json);
		const [request] = freightRequests(sandbox);
		expect(request).toMatchObject({ method: 'GET', path: `/freight/shipments/${shipment.id}` });
		expect(request.headers['x-trackstar-access-token']).toBe(sandbox.freightAccessToken);
		expect(freightRequests(sandbox)).toHaveLength(1);
	});

	it('simplifies a shipment: status with its name, mode, dates, cost, link; no raw status or integration fields', async () => {
		const shipment = shipments.find((each) => each.status === 'arrival_port')!;
		const { items } = await runTrackstarFreight(sandbox, {
			parameters: { resource: 'shipment', operation: 'get', shipmentId: byId(shipment.id) },
		});
		expect(items[0].json).toEqual({
			id: shipment.id,
			status: 'arrival_port',
			status_name: 'At Arrival Port',
			shipment_method: shipment.shipment_method,
			shipment_date: shipment.shipment_date,
			eta_date: shipment.eta_date,
			arrival_date: null,
			cost: shipment.cost,
			updated_date: shipment.updated_date,
			external_system_url: shipment.external_system_url,
		});
	});

	it('returns the newest shipments up to the Limit, by created date', async () => {
		const { items, error } = await runTrackstarFreight(sandbox, {
			parameters: { operation: 'getAll', limit: 5, simplify: false },
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual(shipments.slice(-5).reverse());
		expect(freightRequests(sandbox).map(({ path, query }) => [path, query])).toEqual([
			['/freight/shipments', { limit: '1000' }],
		]);
	});

	it('lists every shipment created since a date with Return All, sending created_date[gte] in UTC', async () => {
		const since = shipments[25].created_date;
		const { items, error } = await runTrackstarFreight(sandbox, {
			timezone: 'America/New_York',
			parameters: {
				operation: 'getAll',
				returnAll: true,
				filters: { createdDate: { conditions: [{ operator: 'gte', value: since }] } },
				simplify: false,
			},
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.id).sort()).toEqual(
			shipments
				.filter((each) => each.created_date >= since)
				.map((each) => each.id)
				.sort(),
		);
		expect(freightRequests(sandbox)[0].query).toMatchObject({ 'created_date[gte]': since });
	});

	it('lists the shipments of the IDs given, in one request', async () => {
		const { items } = await runTrackstarFreight(sandbox, {
			parameters: {
				operation: 'getAll',
				returnAll: true,
				filters: { ids: `${shipments[2].id}, ${shipments[9].id}` },
			},
		});
		expect(items.map((item) => item.json.id)).toEqual([shipments[2].id, shipments[9].id]);
		expect(freightRequests(sandbox).map(({ query }) => query.ids)).toEqual([
			`${shipments[2].id},${shipments[9].id}`,
		]);
	});

	it.each([
		[
			{ updatedDate: { conditions: [{ operator: 'gt', value: '' }] } },
			'Invalid Updated Date: the condition "Is After" has no date',
		],
		[{ ids: ' , ' }, 'Invalid Shipment IDs: the condition "Is One Of" has no value'],
	])('refuses a filter added but left empty, before any request: %j', async (filters, message) => {
		const { error } = await runTrackstarFreight(sandbox, {
			parameters: { operation: 'getAll', limit: 5, filters },
		});
		expectItemError(error, message, 0);
		expect(freightRequests(sandbox)).toEqual([]);
	});

	it('with Continue On Fail, fails only the item whose shipment Trackstar does not have, naming it', async () => {
		const { items } = await runTrackstarFreight(sandbox, {
			continueOnFail: true,
			input: [{ id: shipments[0].id }, { id: 'nope' }],
			parameters: { operation: 'get', shipmentId: byId('={{ $json.id }}'), simplify: false },
		});
		expect(items).toHaveLength(2);
		expect(items[0]).toMatchObject({ json: shipments[0], pairedItem: { item: 0 } });
		expect(items[1]).toMatchObject({
			json: { id: 'nope', error: expect.stringMatching(/Shipment not found/) },
			pairedItem: { item: 1 },
		});
	});

	it("fails with Trackstar's refusal of a WMS connection's token, which cannot read /freight", async () => {
		const { error } = await runTrackstarFreight(sandbox, {
			credentials: trackstarCredentials(sandbox),
			parameters: { operation: 'getAll', limit: 5 },
		});
		expectItemError(error, /^Trackstar answered 401/, 0);
		expect((error as { description?: string }).description).toMatch(
			/this call needs a freight forwarder connection's token/,
		);
		expect(freightRequests(sandbox)).toHaveLength(1);
	});

	it('offers the newest shipments in its picker, named by status, mode and ETA, and finds them by status name', async () => {
		const all = await searchTrackstarFreightPicker(sandbox);
		const newest = shipments[shipments.length - 1];
		expect(all.results[0]).toEqual({
			name: `${newest.id} · Pre-Transit · ${newest.shipment_method} · ETA ${newest.eta_date!.slice(0, 10)}`,
			value: newest.id,
			url: newest.external_system_url,
		});
		expect(all.results).toHaveLength(shipments.length);
		const atPort = await searchTrackstarFreightPicker(sandbox, { filter: 'arrival port' });
		expect(atPort.results.map((result) => result.value)).toEqual(
			shipments
				.filter((each) => each.status === 'arrival_port')
				.reverse()
				.map((each) => each.id),
		);
	});
});
