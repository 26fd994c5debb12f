/**
 * Ship, Get Packs and Attach File of an order, and a Connection workflow, in the real n8n app
 * installed from the package's tarball, run with `n8n execute` against the sandbox. Attach File
 * takes a binary made upstream by n8n's own Convert to File node, through n8n's binary store.
 *
 * Runs on both n8n lines: Attach File takes its binary from n8n's binary data store, which
 * n8n 1.x and 2.x keep differently; Ship and Connection are the Trackstar node's writes and reads
 * on 1.x beside it.
 */
import type { Sandbox } from '../../sandbox';
import { byId, wmsRequests } from '../support/trackstar';
import { e2eAppForTestFile, execute, expectSucceeded } from './app';
import { manualWorkflow, trackstarResourceNode as trackstar } from './workflows';

const SLIP = 'Packing slip\nTEE-BLK-M x 2\nMUG-WHT x 1\nThank you for your order!\n';

const packedOrder = (sandbox: Sandbox) =>
	sandbox.orders().find((order) => order.status === 'packed')!;

const workflows = (sandbox: Sandbox) => [
	manualWorkflow(
		'e2eTsAttachFil1',
		'E2E: Trackstar, attach a packing slip made by Convert to File',
		[
			{
				name: 'Slip Text',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				parameters: { mode: 'raw', jsonOutput: JSON.stringify({ slip: SLIP }), options: {} },
			},
			{
				name: 'Slip as File',
				type: 'n8n-nodes-base.convertToFile',
				typeVersion: 1.1,
				parameters: {
					operation: 'toText',
					sourceProperty: 'slip',
					options: { fileName: 'slip.txt' },
				},
			},
			trackstar('Attach Slip', {
				resource: 'order',
				operation: 'attachFile',
				orderId: byId(sandbox.orders()[0].id),
			}),
		],
	),
	manualWorkflow('e2eTsShipPacks1', 'E2E: Trackstar, ship an order, then read its packs', [
		trackstar('Ship It', {
			resource: 'order',
			operation: 'ship',
			orderId: byId(packedOrder(sandbox).id),
			trackingNumber: '1Z-E2E-0001',
			packages: { package: [{ packageId: 'box-1', trackingNumber: '1Z-E2E-0001' }] },
		}),
		trackstar('Its Packs', {
			resource: 'order',
			operation: 'getPacks',
			orderId: byId('={{ $json.id }}'),
		}),
	]),
	manualWorkflow('e2eTsConnection', "E2E: Trackstar, the credential's connection, then a sync", [
		trackstar("Credential's Connection", { resource: 'connection', operation: 'get' }),
		trackstar('Sync Returns', {
			resource: 'connection',
			operation: 'sync',
			functionsToSync: ['get_returns'],
		}),
	]),
];

const app = e2eAppForTestFile(workflows);

test('Attach File uploads the binary that Convert to File made, multipart, with its size', async () => {
	const order = app.sandbox.orders()[0];
	const run = await execute(app, 'e2eTsAttachFil1');

	expectSucceeded(run);
	expect(run.items['Attach Slip'][0].json).toMatchObject({
		id: order.id,
		result: 'success',
		file_name: 'slip.txt',
		file_size: Buffer.byteLength(SLIP),
	});
	const [upload] = wmsRequests(app.sandbox);
	expect(upload).toMatchObject({ method: 'POST', path: `/wms/orders/${order.id}/file` });
	expect(upload.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
	expect(upload.body).toEqual({
		multipart: true,
		fields: { file_name: 'slip.txt' },
		files: [
			{
				field: 'file',
				file_name: 'slip.txt',
				content_type: expect.stringMatching(/^text\/plain/),
				size: Buffer.byteLength(SLIP),
			},
		],
	});
}, 120_000);

test('Ship marks the order fulfilled with its tracking number, and Get Packs shows the package', async () => {
	const order = packedOrder(app.sandbox);
	const run = await execute(app, 'e2eTsShipPacks1');

	expectSucceeded(run);
	expect(run.items['Ship It'][0].json).toMatchObject({ id: order.id, status: 'fulfilled' });
	expect(run.items['Its Packs'][0].json.packs).toEqual([
		expect.objectContaining({ pack_id: 'box-1' }),
	]);
	expect(wmsRequests(app.sandbox).map((request) => `${request.method} ${request.path}`)).toEqual([
		`POST /wms/orders/${order.id}/shipments`,
		`GET /wms/orders/${order.id}/packs`,
	]);
}, 120_000);

test("Connection Get reads the credential's connection with its failing sync, and Sync starts one", async () => {
	const run = await execute(app, 'e2eTsConnection');

	expectSucceeded(run);
	const connection = run.items["Credential's Connection"][0].json as {
		sync_schedules: Array<{ function_name: string; sync_status: string }>;
	};
	expect(connection.sync_schedules).toContainEqual(
		expect.objectContaining({ function_name: 'get_returns', sync_status: 'error' }),
	);
	expect(run.items['Sync Returns'][0].json).toMatchObject({
		syncing: true,
		functions_to_sync: ['get_returns'],
	});
	const calls = app.sandbox.requests
		.filter((request) => request.path.startsWith('/connections'))
		.map((request) => `${request.method} ${request.path}`);
	expect(calls).toEqual(['GET /connections', 'POST /connections/sync']);
}, 120_000);
