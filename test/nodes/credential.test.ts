import { createServer, type Server } from '@n8n-nodes-trackstar/node-runtime/http';
import type { AddressInfo } from '@n8n-nodes-trackstar/node-runtime/net';

import type { ICredentialType, INodeType } from 'n8n-workflow';

import { TrackstarApi } from '../../credentials/TrackstarApi.credentials';
import { Trackstar } from '../../nodes/Trackstar/Trackstar.node';
import { TrackstarOrders } from '../../nodes/TrackstarOrders/TrackstarOrders.node';
import { TrackstarOrdersTrigger } from '../../nodes/TrackstarOrdersTrigger/TrackstarOrdersTrigger.node';
import { TrackstarPollingTrigger } from '../../nodes/TrackstarPollingTrigger/TrackstarPollingTrigger.node';
import { TrackstarTrigger } from '../../nodes/TrackstarTrigger/TrackstarTrigger.node';
import { trackstarApiKeyAndToken } from '../../nodes/shared/methods/credentialTest';
import type { Sandbox } from '../../sandbox';
import {
	CARRIER_CONNECTION_ID,
	FREIGHT_CONNECTION_ID,
	SANDBOX_CONNECTION_ID,
} from '../../sandbox/connections';
import { credentialTestMethod, testCredential } from '../harness';
import {
	runOrders,
	startTestSandbox,
	trackstarCredentials,
	wmsRequests,
} from '../support/trackstar';

const NODES: INodeType[] = [
	new Trackstar(),
	new TrackstarOrders(),
	new TrackstarOrdersTrigger(),
	new TrackstarPollingTrigger(),
	new TrackstarTrigger(),
];
const SECRETS = ['key-good', 'token-good', 'key-bad', 'token-bad'];
const CHECK_BASE_URL =
	"check the credential's Base URL (Trackstar's is https://production.trackstarhq.com)";

/** A server that is not Trackstar: every request gets the same answer. */
async function startOtherServer(status: number, contentType: string, body: string) {
	const server = createServer((_request, response) => {
		response.writeHead(status, { 'content-type': contentType });
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const closeServer = async (server: Server) =>
	await new Promise<void>((resolve) => server.close(() => resolve()));

describe('Trackstar API credential', () => {
	let sandbox: Sandbox;
	const test = async (overrides = {}) =>
		await testCredential(new TrackstarApi(), trackstarCredentials(sandbox, overrides), NODES);
	const asked = () =>
		sandbox.requests.map((request) => ({
			request: `${request.method} ${request.path}`,
			accessToken: request.headers['x-trackstar-access-token'],
			body: request.body,
		}));

	beforeAll(async () => {
		sandbox = await startTestSandbox({ apiKey: 'key-good', accessToken: 'token-good' });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it("sends the API key and access token as Trackstar's two headers, from the credential's own definition", async () => {
		await runOrders(sandbox, { parameters: { operation: 'getAll', limit: 1 } });
		const [request] = wmsRequests(sandbox);
		expect(request.headers['x-trackstar-api-key']).toBe('key-good');
		expect(request.headers['x-trackstar-access-token']).toBe('token-good');
	});

	it('is tested by one method, which n8n finds through whichever node that uses the credential it looks at first', () => {
		// n8n runs a credential's own `test` request whenever there is one, and the nodes' method only without.
		expect((new TrackstarApi() as ICredentialType).test).toBeUndefined();
		for (const node of NODES) {
			expect(credentialTestMethod('trackstarApi', [node])).toBe(trackstarApiKeyAndToken);
		}
	});

	it('passes with good keys, naming the connection checked: the API key alone first, then an update of nothing', async () => {
		expect(await test()).toEqual({
			status: 'OK',
			message: `Trackstar accepted the API key and the access token of the sandbox connection (wms, ${SANDBOX_CONNECTION_ID})`,
		});
		expect(asked()).toEqual([
			{ request: 'GET /connections', accessToken: undefined, body: undefined },
			{ request: 'PATCH /connections', accessToken: 'token-good', body: {} },
		]);
		expect(await connectionOfToken(sandbox)).toMatchObject({
			customer_id: 'acme-apparel',
			webhooks_disabled: false,
		});
	});

	it.each([
		['freight', () => sandbox.freightAccessToken, 'flexport', FREIGHT_CONNECTION_ID],
		['carrier', () => sandbox.carrierAccessToken, 'ups', CARRIER_CONNECTION_ID],
	])(
		"passes with the %s connection's token, naming that connection and leaving it as it was",
		async (type, token, integration, id) => {
			const before = await connectionOfToken(sandbox, id);
			expect(await test({ accessToken: token() })).toEqual({
				status: 'OK',
				message: `Trackstar accepted the API key and the access token of the ${integration} connection (${type}, ${id})`,
			});
			// After this test's own read of the connection.
			expect(asked().slice(1)).toEqual([
				{ request: 'GET /connections', accessToken: undefined, body: undefined },
				{ request: 'PATCH /connections', accessToken: token(), body: {} },
			]);
			expect(await connectionOfToken(sandbox, id)).toEqual(before);
		},
	);

	it('reads the Base URL as the node does: spaces and a trailing slash do not break the test', async () => {
		expect((await test({ baseUrl: ` ${sandbox.url}/ ` })).status).toBe('OK');
		expect(asked().map(({ request }) => request)).toEqual([
			'GET /connections',
			'PATCH /connections',
		]);
	});

	it('says Trackstar refused the API key, and where to get one, when the key is wrong', async () => {
		const result = await test({ apiKey: 'key-bad' });
		expect(result).toEqual({
			status: 'Error',
			message:
				'Trackstar refused the API key: copy it again from Settings > API Keys in the Trackstar dashboard (https://dashboard.trackstarhq.com/settings/api-keys)',
		});
		expect(asked().map(({ request }) => request)).toEqual(['GET /connections']);
	});

	it("says Trackstar refused the connection's access token when the token is wrong", async () => {
		const result = await test({ accessToken: 'token-bad' });
		expect(result).toEqual({
			status: 'Error',
			message:
				"Trackstar accepted the API key but refused the access token: copy the token of one of this organization's connections from the Connections page of the Trackstar dashboard (https://dashboard.trackstarhq.com/connections)",
		});
		expect(asked().map(({ request }) => request)).toEqual([
			'GET /connections',
			'PATCH /connections',
		]);
	});

	it('says nothing answered at the Base URL when nothing listens there', async () => {
		const { server, url } = await startOtherServer(200, 'text/plain', '');
		await closeServer(server);
		expect(await test({ baseUrl: url })).toEqual({
			status: 'Error',
			message: `Nothing answered at ${url}: the connection was refused; ${CHECK_BASE_URL}`,
		});
	});

	it.each([
		['an HTML page', 200, 'text/html', '<!doctype html><title>Welcome</title>', 'an HTML page'],
		[
			'a 404 on /connections',
			404,
			'application/json',
			'{"message":"Not Found"}',
			'404: it has no such endpoint',
		],
		[
			'JSON of another API',
			200,
			'application/json',
			'{"ok":true}',
			'JSON that holds no list of connections',
		],
		['text that is not JSON', 502, 'text/plain', 'Bad gateway', 'a 502 that is not JSON'],
	])(
		'says the Base URL is not Trackstar when it answers %s',
		async (_case, status, type, body, what) => {
			const { server, url } = await startOtherServer(status, type, body);
			try {
				expect(await test({ baseUrl: url })).toEqual({
					status: 'Error',
					message: `${url} is not Trackstar's API: it answered GET /connections with ${what}; ${CHECK_BASE_URL}`,
				});
			} finally {
				await closeServer(server);
			}
		},
	);

	it('gives the Base URL without the user and password a proxy address carries', async () => {
		const { server, url } = await startOtherServer(200, 'text/html', '<html></html>');
		try {
			const result = await test({ baseUrl: url.replace('http://', 'http://me:pass-word@') });
			expect(result.message).toBe(
				`${url} is not Trackstar's API: it answered GET /connections with an HTML page; ${CHECK_BASE_URL}`,
			);
		} finally {
			await closeServer(server);
		}
	});

	it("passes on Trackstar's own words for other answers, without the secrets an answer may echo", async () => {
		const { server, url } = await startOtherServer(
			503,
			'application/json',
			'{"error":"upstream refused x-trackstar-api-key: key-good"}',
		);
		try {
			expect(await test({ baseUrl: url })).toEqual({
				status: 'Error',
				message:
					'Trackstar answered 503 while checking the API key: upstream refused x-trackstar-api-key: [redacted]',
			});
		} finally {
			await closeServer(server);
		}
	});

	it('refuses a Base URL that is not http(s) without sending anything', async () => {
		expect(await test({ baseUrl: 'ftp://production.trackstarhq.com' })).toEqual({
			status: 'Error',
			message:
				'The Base URL is not an http(s) address: use https://production.trackstarhq.com, or the address of your proxy or local sandbox',
		});
		expect(sandbox.requests).toEqual([]);
	});

	it('never puts the API key or the access token in a message', async () => {
		const { server, url } = await startOtherServer(200, 'text/html', '<html></html>');
		try {
			const results = await Promise.all([
				test(),
				test({ apiKey: 'key-bad' }),
				test({ accessToken: 'token-bad' }),
				test({ baseUrl: url }),
			]);
			for (const { message } of results) {
				for (const secret of SECRETS) expect(message).not.toContain(secret);
			}
		} finally {
			await closeServer(server);
		}
	});

	it('reaches Trackstar production by default', () => {
		const baseUrl = new TrackstarApi().properties.find((property) => property.name === 'baseUrl');
		expect(baseUrl?.default).toBe('https://production.trackstarhq.com');
	});
});

/** A connection (the WMS access token's unless told) as the sandbox holds it now. */
async function connectionOfToken(sandbox: Sandbox, id = SANDBOX_CONNECTION_ID) {
	const response = await fetch(`${sandbox.url}/connections/${id}`, {
		headers: { 'x-trackstar-api-key': sandbox.apiKey },
	});
	const { data } = (await response.json()) as { data: Array<Record<string, unknown>> };
	return data[0];
}
