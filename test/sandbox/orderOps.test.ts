import type { Order, Sandbox } from '../../sandbox';
import { expectValidAgainst } from '../support/openapi';
import type { ErrorAnswer, RecordAnswer } from './helpers';
import { call, get, startTestSandbox } from './helpers';

/** The packs of an order, as GET /wms/orders/{order_id}/packs answers them. */
interface OrderPacks {
	packs: unknown[];
}

describe('sandbox: ship, packs and files of an order', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const packed = () => sandbox.orders().find((order) => order.status === 'packed')!;

	it('records a shipment on the order, which becomes fulfilled, in the OpenAPI response shape', async () => {
		const order = packed();
		const body = {
			tracking_number: 'T-1',
			shipped_date: '2025-06-15T10:00:00Z',
			packages: [{ package_id: 'box-1', tracking_number: 'T-1' }],
			line_items: [{ sku: order.line_items[0].sku, quantity: 1 }],
		};
		expectValidAgainst('CreateShipmentwmsOrder--WMS_Sandbox--', {
			...body,
			warehouse_id: 'w',
			shipping_cost: 1,
			measurements: { length: 1, width: 1, height: 1, unit: 'in', weight: 1, weight_unit: 'lb' },
		});
		const answer = await call<RecordAnswer<Order>>(
			sandbox,
			'POST',
			`/wms/orders/${order.id}/shipments`,
			{ body },
		);
		expect(answer.status).toBe(200);
		// Less the newer docs' trackstar_* dates, which the document does not list yet (see expectValidOrder).
		const { trackstar_created_date, trackstar_updated_date, ...data } = answer.body.data;
		expect([trackstar_created_date, trackstar_updated_date]).toEqual([
			expect.any(String),
			expect.any(String),
		]);
		expectValidAgainst('wmsCreateShipmentOrderResponse', { ...answer.body, data });
		expect(answer.body.data.status).toBe('fulfilled');
		const stored = sandbox.order(order.id)!;
		expect(stored.shipments.at(-1)).toMatchObject({
			status: 'shipped',
			shipped_date: '2025-06-15T10:00:00Z',
			packages: [{ package_id: 'box-1', tracking_number: 'T-1' }],
			line_items: [{ sku: order.line_items[0].sku, quantity: 1 }],
		});
	});

	it('answers 422 naming a missing tracking number, and refuses a cancelled order', async () => {
		const missing = await call<ErrorAnswer>(
			sandbox,
			'POST',
			`/wms/orders/${packed().id}/shipments`,
			{
				body: { shipped_date: '2025-06-15T10:00:00Z' },
			},
		);
		expect(missing.status).toBe(422);
		expect(missing.body.detail.json).toHaveProperty('tracking_number');
		const cancelled = sandbox.orders().find((order) => order.status === 'cancelled')!;
		const refused = await call(sandbox, 'POST', `/wms/orders/${cancelled.id}/shipments`, {
			body: { tracking_number: 'T', shipped_date: '2025-06-15T10:00:00Z' },
		});
		expect(refused).toMatchObject({ status: 422, body: { origin: 'integration' } });
	});

	it('serves the packs of shipped seeded orders, and none for an open order', async () => {
		const shipped = sandbox.orders().filter((order) => order.status === 'fulfilled');
		for (const order of shipped.slice(0, 10)) {
			const answer = await get<RecordAnswer<OrderPacks>>(sandbox, `/wms/orders/${order.id}/packs`);
			expect(answer.status).toBe(200);
			expectValidAgainst('WmsOrderPacksSingleItemEndpoint', answer.body);
			expect(answer.body.data.packs.length).toBeGreaterThan(0);
		}
		const open = sandbox.orders().find((order) => order.status === 'open')!;
		const none = await get<RecordAnswer<OrderPacks>>(sandbox, `/wms/orders/${open.id}/packs`);
		expect(none.body.data.packs).toEqual([]);
	});

	it('parses a multipart upload and logs its file name, content type and size', async () => {
		const order = sandbox.orders()[0];
		const form = new FormData();
		form.append('file', new Blob(['%PDF-1.4 hello'], { type: 'application/pdf' }), 'slip.pdf');
		form.append('file_name', 'slip.pdf');
		const response = await fetch(`${sandbox.url}/wms/orders/${order.id}/file`, {
			method: 'POST',
			headers: {
				'x-trackstar-api-key': sandbox.apiKey,
				'x-trackstar-access-token': sandbox.accessToken,
			},
			body: form,
		});
		expect(response.status).toBe(200);
		const answer = await response.json();
		expectValidAgainst('AttachFileOrderResponse', answer);
		expect(sandbox.requests.at(-1)!.body).toEqual({
			multipart: true,
			fields: { file_name: 'slip.pdf' },
			files: [{ field: 'file', file_name: 'slip.pdf', content_type: 'application/pdf', size: 14 }],
		});
	});

	it('answers 400 to an upload that is not multipart, and 422 to an empty file', async () => {
		const order = sandbox.orders()[0];
		expect((await call(sandbox, 'POST', `/wms/orders/${order.id}/file`, { body: {} })).status).toBe(
			400,
		);
		const form = new FormData();
		form.append('file', new Blob([], { type: 'text/plain' }), 'empty.txt');
		const response = await fetch(`${sandbox.url}/wms/orders/${order.id}/file`, {
			method: 'POST',
			headers: {
				'x-trackstar-api-key': sandbox.apiKey,
				'x-trackstar-access-token': sandbox.accessToken,
			},
			body: form,
		});
		expect(response.status).toBe(422);
	});
});
