import type { FreightShipment, Sandbox } from '../../sandbox';
import { FREIGHT_SHIPMENT_STATUSES, HISTORICAL_FREIGHT_SHIPMENTS } from '../../sandbox';
import { expectValidAgainst } from '../support/openapi';
import type { ErrorAnswer, ListAnswer } from './helpers';
import { NOW, call, qs, startTestSandbox } from './helpers';

/** A request to the Freight API with the freight connection's own token, unless overridden. */
const freight = <T>(sandbox: Sandbox, path: string, headers: Record<string, string> = {}) =>
	call<T>(sandbox, 'GET', path, {
		headers: { 'x-trackstar-access-token': sandbox.freightAccessToken, ...headers },
	});

async function listAll(sandbox: Sandbox, query: Record<string, string> = {}) {
	const records: FreightShipment[] = [];
	let token: string | null = null;
	do {
		const page: { status: number; body: ListAnswer<FreightShipment> } = await freight<
			ListAnswer<FreightShipment>
		>(
			sandbox,
			`/freight/shipments?${qs({ ...query, limit: 10, ...(token ? { page_token: token } : {}) })}`,
		);
		expect(page.status).toBe(200);
		expectValidAgainst('FreightShipmentsListEndpoint', page.body);
		records.push(...page.body.data);
		token = page.body.next_token;
	} while (token);
	return records;
}

describe('sandbox Freight API', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it('lists every shipment page by page, and each by ID, in the OpenAPI shapes', async () => {
		const all = await listAll(sandbox);
		expect(all).toEqual(sandbox.freightShipments());
		const one = await freight<{ data: FreightShipment }>(
			sandbox,
			`/freight/shipments/${all[3].id}`,
		);
		expect(one.status).toBe(200);
		expectValidAgainst('FreightShipmentsSingleItemEndpoint', one.body);
		expect(one.body.data).toEqual(all[3]);
	});

	it('ties together: a leg per purchase order the WMS expects, in every status, dated before now', async () => {
		const shipments = sandbox.freightShipments();
		expect(new Set(shipments.map((shipment) => shipment.status))).toEqual(
			new Set(FREIGHT_SHIPMENT_STATUSES),
		);
		const inbound = await call<ListAnswer<{ purchase_order_number: string; status: string }>>(
			sandbox,
			'GET',
			'/wms/inbound-shipments?limit=1000',
		);
		const expected = inbound.body.data.filter((entry) => entry.status !== 'cancelled');
		const carried = shipments.flatMap(
			(shipment) => shipment.additional_fields.purchase_order_numbers as string[],
		);
		for (const entry of expected) expect(carried).toContain(entry.purchase_order_number);
		expect(shipments).toHaveLength(expected.length + HISTORICAL_FREIGHT_SHIPMENTS);
		const now = NOW.toISOString().replace('.000', '');
		for (const shipment of shipments) {
			expect(shipment.created_date <= now && shipment.updated_date <= now).toBe(true);
			expect(shipment.arrival_date !== null).toBe(shipment.status === 'final_destination');
			expect(shipment.shipment_date === null).toBe(shipment.status === 'pre_transit');
		}
	});

	it('filters by created and updated dates and by ids, as the OpenAPI document lists', async () => {
		const shipments = sandbox.freightShipments();
		const since = shipments[20].created_date;
		const recent = await listAll(sandbox, { 'created_date[gte]': since });
		expect(recent.map((shipment) => shipment.id)).toEqual(
			shipments.filter((shipment) => shipment.created_date >= since).map(({ id }) => id),
		);
		const updated = await listAll(sandbox, { 'updated_date[gt]': shipments[30].updated_date });
		expect(updated.every((shipment) => shipment.updated_date > shipments[30].updated_date)).toBe(
			true,
		);
		const picked = await listAll(sandbox, { 'ids[in]': `${shipments[1].id},${shipments[2].id}` });
		expect(picked.map((shipment) => shipment.id)).toEqual([shipments[1].id, shipments[2].id]);
	});

	it('refuses what Trackstar refuses: a filter it does not list (422), an unknown ID (404)', async () => {
		const status = await freight<ErrorAnswer>(sandbox, '/freight/shipments?status=in_transit');
		expect(status.status).toBe(422);
		expect(status.body.detail.query.status).toEqual(['Unknown field.']);
		const missing = await freight(sandbox, '/freight/shipments/nope');
		expect(missing.status).toBe(404);
		expectValidAgainst('HTTPError', missing.body);
		expect(missing.body).toEqual({ error: 'Shipment not found', id: 'nope', origin: 'trackstar' });
	});

	it("answers the freight connection's token only: a WMS or carrier token is refused, and it reads nothing else", async () => {
		for (const token of [sandbox.accessToken, sandbox.carrierAccessToken]) {
			const refused = await freight(sandbox, '/freight/shipments', {
				'x-trackstar-access-token': token,
			});
			expect(refused.status).toBe(401);
			expect(refused.body).toMatchObject({ error: 'Invalid x-trackstar-access-token header' });
		}
		for (const path of ['/wms/orders', '/cart/orders', '/carrier/invoice-line-items']) {
			expect((await freight(sandbox, path)).status).toBe(401);
		}
	});

	it('pages as every list does: a page token only with the filters it was issued for', async () => {
		const first = await freight<ListAnswer<FreightShipment>>(sandbox, '/freight/shipments?limit=5');
		expect(first.body.data).toHaveLength(5);
		const changed = await freight<ErrorAnswer>(
			sandbox,
			`/freight/shipments?limit=5&created_date[gte]=2020-01-01T00:00:00Z&page_token=${first.body.next_token}`,
		);
		expect(changed.status).toBe(422);
		expect(first.headers.get('x-ratelimit-limit')).toBe('10');
	});
});
