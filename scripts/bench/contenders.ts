/**
 * The three ways to list every order that the benchmark compares, each run in a fresh process
 * by run-one.ts: a bare HTTP loop (the floor), our node, and n8n's HTTP Request node with its
 * own pagination on next_token, the last two inside n8n's execution engine.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

import type { ICredentialType, IDataObject, INodeType, IVersionedNodeType } from 'n8n-workflow';

// n8n's engine is loaded only by the contenders that run in it: the floor's process stays bare.
const engine = async () => await import('../../test/harness');

export interface Target {
	url: string;
	apiKey: string;
	accessToken: string;
}

export interface ListResult {
	orders: number;
	/** Whatever the contender holds at the end, kept alive until the measurement is taken. */
	held: unknown;
}

export type Contender = 'floor' | 'trackstar' | 'httpRequest';

const dist = join(__dirname, '..', '..', 'dist');
const n8nNodesBase = join(
	homedir(),
	'.cache',
	'n8n-nodes-trackstar',
	'n8n-2.40.5',
	'node_modules',
	'n8n-nodes-base',
	'dist',
	'nodes',
);

/* eslint-disable @typescript-eslint/no-require-imports -- built packages, loaded as n8n loads them */
const load = <T>(file: string, name: string): T => (require(file) as Record<string, T>)[name];
/* eslint-enable @typescript-eslint/no-require-imports */

type Run = (target: Target) => Promise<ListResult>;

/** The least a correct client does: follow next_token, and on a 429 wait for the window's reset. */
const floor = async (): Promise<Run> => async (target) => {
	const orders: IDataObject[] = [];
	let token: string | undefined;
	for (;;) {
		const query = new URLSearchParams({ limit: '1000', ...(token ? { page_token: token } : {}) });
		const response = await fetch(`${target.url}/wms/orders?${query}`, {
			headers: {
				'x-trackstar-api-key': target.apiKey,
				'x-trackstar-access-token': target.accessToken,
			},
		});
		if (response.status === 429) {
			const reset = Number(response.headers.get('x-ratelimit-reset')) * 1000;
			const retryAfter = Number(response.headers.get('retry-after') ?? 1) * 1000;
			await response.arrayBuffer();
			await new Promise((resolve) =>
				setTimeout(resolve, reset > Date.now() ? reset - Date.now() : retryAfter),
			);
			continue;
		}
		if (!response.ok) throw new Error(`GET /wms/orders answered ${response.status}`);
		const page = (await response.json()) as { data: IDataObject[]; next_token?: string | null };
		for (const order of page.data) orders.push(order);
		token = page.next_token ?? undefined;
		// Tested here, after a page was read: a 429 on the first page leaves no token yet.
		if (!token) return { orders: orders.length, held: orders };
	}
};

async function trackstar(): Promise<Run> {
	const { runNode } = await engine();
	const TrackstarOrders = load<new () => INodeType>(
		join(dist, 'nodes/TrackstarOrders/TrackstarOrders.node.js'),
		'TrackstarOrders',
	);
	const TrackstarApi = load<new () => ICredentialType>(
		join(dist, 'credentials/TrackstarApi.credentials.js'),
		'TrackstarApi',
	);
	return async (target) => {
		const result = await runNode({
			node: new TrackstarOrders(),
			credentialTypes: [new TrackstarApi()],
			credentials: {
				trackstarApi: {
					apiKey: target.apiKey,
					accessToken: target.accessToken,
					baseUrl: target.url,
				},
			},
			parameters: { operation: 'getAll', returnAll: true, simplify: false },
		});
		if (result.error) throw result.error;
		return { orders: result.items.length, held: result.items };
	};
}

/**
 * As a user configures it: headers typed in, pagination on next_token until it is empty, and
 * 100 ms between pages to stay under Trackstar's 10 reads per second (the node has no other way
 * to honour a rate limit; a 429 would fail it).
 */
async function httpRequest(): Promise<Run> {
	const { runNode } = await engine();
	const HttpRequest = load<new () => IVersionedNodeType>(
		join(n8nNodesBase, 'HttpRequest/HttpRequest.node.js'),
		'HttpRequest',
	);
	return async (target) => {
		const result = await runNode({
			node: new HttpRequest(),
			credentialTypes: [],
			parameters: {
				method: 'GET',
				url: `${target.url}/wms/orders`,
				sendQuery: true,
				queryParameters: { parameters: [{ name: 'limit', value: '1000' }] },
				sendHeaders: true,
				headerParameters: {
					parameters: [
						{ name: 'x-trackstar-api-key', value: target.apiKey },
						{ name: 'x-trackstar-access-token', value: target.accessToken },
					],
				},
				options: {
					pagination: {
						pagination: {
							paginationMode: 'updateAParameterInEachRequest',
							parameters: {
								parameters: [
									{ type: 'qs', name: 'page_token', value: '={{ $response.body.next_token }}' },
								],
							},
							paginationCompleteWhen: 'other',
							completeExpression: '={{ !$response.body.next_token }}',
							requestInterval: 100,
						},
					},
				},
			},
		});
		if (result.error) throw result.error;
		const orders = result.items.reduce(
			(sum, item) => sum + ((item.json.data as unknown[] | undefined)?.length ?? 0),
			0,
		);
		return { orders, held: result.items };
	};
}

/** Each contender loads what it needs, then returns the run that is measured. */
export const contenders: Record<Contender, () => Promise<Run>> = { floor, trackstar, httpRequest };
