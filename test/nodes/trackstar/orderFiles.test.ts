import type { Sandbox } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { expectValidAgainst } from '../../support/openapi';
import { byId, runOrders, startTestSandbox, wmsRequests } from '../../support/trackstar';
import { runTrackstar } from '../../support/trackstarNode';

const SLIP = 'Packing slip for order 1001\nTEE-BLK-M x 2\n';

describe('Trackstar: Order Attach File', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	const someOrder = () => sandbox.orders()[0];

	it("uploads the input item's binary as multipart, recorded by the sandbox with its name, type and size", async () => {
		const order = someOrder();
		const { items, error } = await runTrackstar(sandbox, {
			input: [{ $binary: { data: { text: SLIP, fileName: 'slip.txt', mimeType: 'text/plain' } } }],
			parameters: { resource: 'order', operation: 'attachFile', orderId: byId(order.id) },
		});
		expect(error).toBeUndefined();
		const [request] = wmsRequests(sandbox);
		expect(request).toMatchObject({ method: 'POST', path: `/wms/orders/${order.id}/file` });
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(request.body).toEqual({
			multipart: true,
			fields: { file_name: 'slip.txt' },
			files: [
				{
					field: 'file',
					file_name: 'slip.txt',
					content_type: 'text/plain',
					size: Buffer.byteLength(SLIP),
				},
			],
		});
		expectValidAgainst('AttachFileOrderResponse', {
			data: 'success',
			id: order.id,
			unused_fields: [],
		});
		expect(items[0].json).toEqual({
			id: order.id,
			result: 'success',
			file_name: 'slip.txt',
			mime_type: 'text/plain',
			file_size: Buffer.byteLength(SLIP),
			unused_fields: [],
		});
	});

	it('reads the binary field and file name the user names', async () => {
		const { error } = await runTrackstar(sandbox, {
			input: [
				{
					$binary: {
						label: { text: '%PDF-1.4 label', fileName: 'x.pdf', mimeType: 'application/pdf' },
					},
				},
			],
			parameters: {
				resource: 'order',
				operation: 'attachFile',
				orderId: byId(someOrder().id),
				binaryPropertyName: 'label',
				options: { fileName: 'shipping-label.pdf' },
			},
		});
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)[0].body).toMatchObject({
			fields: { file_name: 'shipping-label.pdf' },
			files: [{ file_name: 'shipping-label.pdf', content_type: 'application/pdf', size: 14 }],
		});
	});

	it('says which item lacks the binary field, and sends nothing for it', async () => {
		const { items, error } = await runTrackstar(sandbox, {
			continueOnFail: true,
			input: [
				{ $binary: { data: { text: SLIP, fileName: 'a.txt', mimeType: 'text/plain' } } },
				{ note: 'no file' },
			],
			parameters: { resource: 'order', operation: 'attachFile', orderId: byId(someOrder().id) },
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ result: 'success' });
		expect(items[1]).toMatchObject({
			json: { id: someOrder().id, error: expect.stringMatching(/binary file 'data'/) },
			pairedItem: { item: 1 },
		});
		expect(wmsRequests(sandbox)).toHaveLength(1);
	});

	it('refuses an empty file before any request', async () => {
		const { error } = await runTrackstar(sandbox, {
			input: [{ $binary: { data: { text: '', fileName: 'empty.txt', mimeType: 'text/plain' } } }],
			parameters: { resource: 'order', operation: 'attachFile', orderId: byId(someOrder().id) },
		});
		expectItemError(error, /The file in binary field "data" is empty$/, 0);
		expect(wmsRequests(sandbox)).toHaveLength(0);
	});

	it('the sandbox answers 422 to an upload without a file part', async () => {
		const form = new FormData();
		form.append('file_name', 'nothing.txt');
		const response = await fetch(`${sandbox.url}/wms/orders/${someOrder().id}/file`, {
			method: 'POST',
			headers: {
				'x-trackstar-api-key': sandbox.apiKey,
				'x-trackstar-access-token': sandbox.accessToken,
			},
			body: form,
		});
		expect(response.status).toBe(422);
		expect(await response.json()).toMatchObject({
			detail: { json: { file: ['Missing data for required field.'] } },
		});
	});

	it('Trackstar Orders attaches a file with the same parameters', async () => {
		const { items, error } = await runOrders(sandbox, {
			input: [{ $binary: { data: { text: SLIP, fileName: 'slip.txt', mimeType: 'text/plain' } } }],
			parameters: { operation: 'attachFile', orderId: byId(someOrder().id) },
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ result: 'success', file_size: Buffer.byteLength(SLIP) });
	});
});
