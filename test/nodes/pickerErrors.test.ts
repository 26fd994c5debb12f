import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { Sandbox } from '../../sandbox';
import { TrackstarApi } from '../../credentials/TrackstarApi.credentials';
import { TrackstarOrders } from '../../nodes/TrackstarOrders/TrackstarOrders.node';
import { runListSearch } from '../harness';
import { pickerErrorAsShown, serverErrorBody } from '../support/editorPickerError';
import { FAST_RETRIES } from '../support/faultChecks';
import { startTestSandbox, trackstarCredentials, wmsRequests } from '../support/trackstar';

/** The server's error body for a picker opened with this credential (it must fail). */
async function pickerFailure(
	method: string,
	parameterPath: string,
	credentials: ICredentialDataDecryptedObject,
) {
	const error = await runListSearch({
		node: new TrackstarOrders(),
		credentialTypes: [new TrackstarApi()],
		credentials: { trackstarApi: credentials },
		parameters: { operation: 'update', requestOptions: FAST_RETRIES },
		method,
		parameterPath,
	}).then(
		() => {
			throw new Error(`${method} did not fail`);
		},
		(thrown: Error) => thrown,
	);
	return serverErrorBody(error);
}

describe('Trackstar Orders: a picker that fails says so in one sentence', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it('names the refused API key, keeps its hyphens, and shows the status once and no item', async () => {
		const body = await pickerFailure(
			'searchOrders',
			'orderId',
			trackstarCredentials(sandbox, { apiKey: 'wrong-api-key' }),
		);
		const shown = pickerErrorAsShown(body);
		// The hyphens are U+2011, which the editor leaves alone where it strips "-".
		expect(shown).toBe(
			[
				'Could not load list',
				'401 - Trackstar refused the API key (Invalid x\u2011trackstar\u2011api\u2011key header).',
				'Check your credential',
			].join('\n'),
		);
		expect(shown.match(/401/g)).toHaveLength(1);
		expect(body).toMatchObject({ name: 'NodeApiError', httpCode: '401', context: {} });
		expect(body.description).toBeUndefined();
		const text = JSON.stringify(body);
		expect(text).not.toContain('[item');
		expect(text).not.toContain('wrong-api-key');
		expect(text).not.toContain(sandbox.accessToken);
	});

	it('names the refused access token', async () => {
		const body = await pickerFailure(
			'searchOrders',
			'orderId',
			trackstarCredentials(sandbox, { accessToken: 'wrong-token' }),
		);
		expect(pickerErrorAsShown(body)).toBe(
			[
				'Could not load list',
				'401 - Trackstar refused the access token (Invalid x\u2011trackstar\u2011access\u2011token header).',
				'Check your credential',
			].join('\n'),
		);
		expect(body.message.match(/401/g)).toBeNull();
		const text = JSON.stringify(body);
		expect(text).not.toContain('[item');
		expect(text).not.toContain('wrong-token');
		expect(text).not.toContain(sandbox.apiKey);
	});

	it('tells a Trackstar outage from a refused credential', async () => {
		sandbox.inject({
			path: '/wms/orders/channels',
			times: Infinity,
			fault: { kind: 'status', status: 503 },
		});
		const body = await pickerFailure(
			'searchChannels',
			'updateFields.channel',
			trackstarCredentials(sandbox),
		);
		expect(pickerErrorAsShown(body)).toBe(
			[
				'Could not load list',
				'503 - Trackstar could not list channels (Injected fault: 503). Try again later.',
			].join('\n'),
		);
		expect(wmsRequests(sandbox).length).toBeGreaterThan(1);
	});

	it('shows no status for an answer that is not a list', async () => {
		sandbox.inject({ path: '/wms/warehouses', fault: { kind: 'badJson' } });
		const body = await pickerFailure(
			'searchWarehouses',
			'updateFields.warehouseId',
			trackstarCredentials(sandbox),
		);
		expect(pickerErrorAsShown(body)).toBe(
			[
				'Could not load list',
				'Trackstar answered with something other than a list of warehouses. Try again later.',
			].join('\n'),
		);
	});

	it('says where it could not reach Trackstar, without an item', async () => {
		sandbox.inject({ times: Infinity, fault: { kind: 'drop' } });
		const body = await pickerFailure(
			'searchShippingMethods',
			'updateFields.shippingMethod',
			trackstarCredentials(sandbox),
		);
		expect(pickerErrorAsShown(body)).toBe(
			[
				'Could not load list',
				`Could not reach Trackstar at ${sandbox.url}: the connection was reset.`,
			].join('\n'),
		);
	});
});
