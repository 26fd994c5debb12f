import type { IDataObject } from 'n8n-workflow';

import type { FaultRule, Sandbox } from '../../sandbox';
import { freePort } from '../../scripts/n8n/instance';
import { clearLoggedLines, loggedLines } from '../harness';
import { FAST_RETRIES } from '../support/faultChecks';
import {
	byId,
	runOrders,
	startTestSandbox,
	trackstarCredentials,
	wmsRequests,
} from '../support/trackstar';

const SANDBOX_API_CREDENTIAL = 'tsk_live_5e4d3c2b1a0f9e8d7c6b5a4938271605';
const SANDBOX_ACCESS_CREDENTIAL = 'tat_8170665544f8e7d6c5b4a3928170aabb';
const SECRETS = [SANDBOX_API_CREDENTIAL, SANDBOX_ACCESS_CREDENTIAL];

/** Everything n8n keeps of a run, as text: the error with its description and cause, items, run data. */
const everything = (run: unknown) =>
	JSON.stringify(run, (_key, value: unknown) =>
		value instanceof Error
			? { ...value, message: value.message, stack: value.stack, cause: value.cause }
			: value,
	);

interface ErrorPath {
	name: string;
	parameters: IDataObject;
	faults?: FaultRule[];
	baseUrl?: () => Promise<string>;
	accessToken?: string;
	expected: RegExp;
}

const getMany = {
	operation: 'getAll',
	limit: 5,
	requestOptions: { ...FAST_RETRIES, maxRetries: 2 },
};
const echoSecrets = {
	error: `Invalid headers: x-trackstar-api-key=${SANDBOX_API_CREDENTIAL}; x-trackstar-access-token=${SANDBOX_ACCESS_CREDENTIAL}`,
};

const ERROR_PATHS: ErrorPath[] = [
	{
		name: '401 (a refused token)',
		parameters: getMany,
		accessToken: `${SANDBOX_ACCESS_CREDENTIAL}x`,
		expected: /answered 401/,
	},
	{
		name: '401 whose message echoes the headers',
		parameters: getMany,
		faults: [{ fault: { kind: 'status', status: 401, body: echoSecrets } }],
		expected:
			/answered 401: Invalid headers: x-trackstar-api-key=\[redacted\]; x-trackstar-access-token=\[redacted\]/,
	},
	{
		name: '403',
		parameters: getMany,
		faults: [{ fault: { kind: 'status', status: 403 } }],
		expected: /answered 403/,
	},
	{
		name: '404',
		parameters: { operation: 'cancel', orderId: byId('ord_missing') },
		expected: /answered 404: Order not found/,
	},
	{
		name: '422 with details echoing the headers',
		parameters: getMany,
		faults: [
			{
				fault: {
					kind: 'status',
					status: 422,
					body: {
						error: 'Invalid',
						detail: { header: { [SANDBOX_API_CREDENTIAL]: [SANDBOX_ACCESS_CREDENTIAL] } },
					},
				},
			},
		],
		expected: /answered 422/,
	},
	{
		name: '429 after every retry',
		parameters: getMany,
		faults: [{ times: Infinity, fault: { kind: 'rateLimit', retryAfter: 0 } }],
		expected: /answered 429/,
	},
	{
		name: '503 after every retry',
		parameters: getMany,
		faults: [{ times: Infinity, fault: { kind: 'status', status: 503 } }],
		expected: /answered 503/,
	},
	{
		name: 'a connection refused',
		parameters: getMany,
		baseUrl: async () => `http://127.0.0.1:${await freePort()}`,
		expected: /the connection was refused/,
	},
	{
		name: 'a dropped connection',
		parameters: getMany,
		faults: [{ times: Infinity, fault: { kind: 'drop' } }],
		expected: /the connection was reset/,
	},
	{
		name: 'a timeout',
		parameters: { ...getMany, requestOptions: { ...getMany.requestOptions, timeout: 0.5 } },
		faults: [{ times: Infinity, fault: { kind: 'delay', ms: 2000 } }],
		expected: /no answer within 0.5 s/,
	},
	{
		name: 'a body that is not JSON',
		parameters: getMany,
		faults: [{ fault: { kind: 'badJson' } }],
		expected: /unexpected body: not JSON/,
	},
	{
		name: 'a failed page',
		parameters: { ...getMany, returnAll: true, limit: undefined },
		faults: [
			{ after: 1, times: Infinity, fault: { kind: 'status', status: 500, body: echoSecrets } },
		],
		expected: /page 2 failed: Trackstar answered 500/,
	},
	{
		name: 'a write whose answer holds no order',
		parameters: { operation: 'update', orderId: byId('ord_x'), updateFields: { orderNumber: 'A' } },
		// On the write itself: before it, a run without a saved WMS schema asks for the connection's.
		faults: [{ path: '/wms/orders/ord_x', fault: { kind: 'body', body: { unused_fields: [] } } }],
		expected: /holds no order/,
	},
	{
		name: 'bad input',
		parameters: {
			operation: 'update',
			orderId: byId('ord_x'),
			updateFields: { integrationFields: '{"gift_message": ' },
		},
		expected: /Invalid Integration-Specific Fields/,
	},
	{
		name: 'bad Request Options',
		parameters: { ...getMany, requestOptions: { maxRetries: -1 } },
		expected: /Invalid Request Options: Max Retries/,
	},
];

describe('Reliability: the API key and access token never appear, on any error path', () => {
	let sandbox: Sandbox;
	let consoleSpies: jest.SpyInstance[];

	beforeAll(async () => {
		// More than 1000 orders, so that "a failed page" has a page 2.
		sandbox = await startTestSandbox({
			apiKey: SANDBOX_API_CREDENTIAL,
			accessToken: SANDBOX_ACCESS_CREDENTIAL,
			orderCount: 1100,
		});
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		sandbox.reset();
		clearLoggedLines();
		consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
			jest.spyOn(console, method).mockImplementation(() => {}),
		);
	});
	afterEach(() => consoleSpies.forEach((spy) => spy.mockRestore()));

	const cases = ERROR_PATHS.flatMap((path) => [
		{ ...path, continueOnFail: false },
		{ ...path, continueOnFail: true },
	]);

	it.each(cases)('$name (Continue On Fail: $continueOnFail)', async (path) => {
		for (const rule of path.faults ?? []) sandbox.inject(rule);
		const credentials = trackstarCredentials(sandbox, {
			...(path.baseUrl ? { baseUrl: await path.baseUrl() } : {}),
			...(path.accessToken ? { accessToken: path.accessToken } : {}),
		});

		const run = await runOrders(sandbox, {
			parameters: path.parameters,
			credentials,
			continueOnFail: path.continueOnFail,
		});

		const error = run.error as (Error & { description?: string }) | undefined;
		let shown: string;
		if (path.continueOnFail) {
			expect(error).toBeUndefined();
			expect(run.items).toHaveLength(1);
			expect(run.items[0].json.error).toMatch(path.expected);
			shown = everything(run.items);
		} else {
			expect(error?.message).toMatch(path.expected);
			shown = `${error?.message}\n${error?.description}`;
		}
		const logged = everything(loggedLines);
		const printed = everything(consoleSpies.map((spy) => spy.mock.calls));
		for (const secret of SECRETS) {
			expect(shown).not.toContain(secret);
			expect(everything(run)).not.toContain(secret);
			expect(logged).not.toContain(secret);
			expect(printed).not.toContain(secret);
		}
		if (!path.baseUrl && path.name !== 'bad input' && path.name !== 'bad Request Options') {
			// The secrets did travel, in the headers where they belong.
			expect(wmsRequests(sandbox)[0].headers['x-trackstar-api-key']).toBe(SANDBOX_API_CREDENTIAL);
		}
	});

	it('the engine logged something to search (the check above is not vacuous)', async () => {
		await runOrders(sandbox, { parameters: getMany });
		expect(loggedLines.length).toBeGreaterThan(0);
	});
});
