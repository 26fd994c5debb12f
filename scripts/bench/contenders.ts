/**
 * The lists the benchmark reads (orders, inventory items) and the three ways to list every
 * record of one that it compares, each run in a fresh process by run-one.ts: a bare HTTP loop
 * (the floor), our node, and n8n's HTTP Request node with its own pagination on next_token, the
 * last two inside n8n's execution engine. A list is described once, in LISTS; every contender
 * runs on any of them.
 */
import { createRequire } from '@n8n-nodes-trackstar/node-runtime/module';
import { homedir } from '@n8n-nodes-trackstar/node-runtime/os';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';
import { setTimeout } from '@n8n-nodes-trackstar/node-runtime/timers';

import type {
	ICredentialType,
	IDataObject,
	INodeParameters,
	INodeType,
	IVersionedNodeType,
} from 'n8n-workflow';

import type { Sandbox, SandboxOptions } from '../../sandbox';
import { REPO_ROOT } from '../support/repoRoot';

// n8n's engine is loaded only by the contenders that run in it: the floor's process stays bare.
const engine = async () => await import('../../test/harness');

export interface Target {
	url: string;
	apiKey: string;
	accessToken: string;
}

export type ListName = 'orders' | 'inventory';

/** One list the benchmark reads: where it lives, how the sandbox seeds it, which node of ours lists it. */
export interface List {
	/** What the tables call its records. */
	noun: string;
	/** Trackstar's list endpoint, paged by `page_token` with `{ data, next_token }` answers. */
	path: string;
	/** The sizes listed by `npm run bench` (the smoke run lists 1,000 of each). */
	sizes: number[];
	/** The sandbox options that seed exactly `size` records. */
	seed: (size: number) => SandboxOptions;
	/** The seeded records, to weigh their JSON. */
	records: (sandbox: Sandbox) => unknown[];
	/** Our node that lists them: its built file, its class, and Get Many with Return All, raw records. */
	node: { file: string; className: string; parameters: INodeParameters };
}

export const LISTS: Record<ListName, List> = {
	orders: {
		noun: 'orders',
		path: '/wms/orders',
		sizes: [10_000, 50_000],
		seed: (size) => ({ orderCount: size }),
		records: (sandbox) => sandbox.orders(),
		node: {
			file: 'nodes/TrackstarOrders/TrackstarOrders.node.js',
			className: 'TrackstarOrders',
			parameters: { operation: 'getAll', returnAll: true, simplify: false },
		},
	},
	inventory: {
		noun: 'inventory items',
		path: '/wms/inventory',
		sizes: [50_000],
		seed: (size) => ({ inventoryCount: size }),
		records: (sandbox) => sandbox.inventoryItems(),
		node: {
			file: 'nodes/Trackstar/Trackstar.node.js',
			className: 'Trackstar',
			parameters: {
				resource: 'inventoryItem',
				operation: 'getAll',
				returnAll: true,
				simplify: false,
			},
		},
	},
};

export interface ListResult {
	records: number;
	/** The IDs listed, in order, to check against a sequential read (raw records only). */
	ids?: string[];
	/** Whatever the contender holds at the end, kept alive until the measurement is taken. */
	held: unknown;
}

export type Contender =
	| 'floor'
	| 'trackstar'
	| 'trackstarSequential'
	| 'trackstar4'
	| 'trackstar8'
	| 'minimalNode'
	| 'httpRequest';

const dist = join(REPO_ROOT, 'dist');
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

/** Built packages, loaded as n8n loads them: required by path. */
const requireBuilt = createRequire(join(REPO_ROOT, 'package.json'));
const load = <T>(file: string, name: string): T => (requireBuilt(file) as Record<string, T>)[name];

type Run = (target: Target) => Promise<ListResult>;
type Prepare = (list: List) => Promise<Run>;

/** The least a correct client does: follow next_token, and on a 429 wait for the window's reset. */
const floor: Prepare = async (list) => async (target) => {
	const records: IDataObject[] = [];
	let token: string | undefined;
	for (;;) {
		const query = new URLSearchParams({ limit: '1000', ...(token ? { page_token: token } : {}) });
		const response = await fetch(`${target.url}${list.path}?${query}`, {
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
		if (!response.ok) throw new Error(`GET ${list.path} answered ${response.status}`);
		const page = (await response.json()) as { data: IDataObject[]; next_token?: string | null };
		for (const record of page.data) records.push(record);
		token = page.next_token ?? undefined;
		// Tested here, after a page was read: a 429 on the first page leaves no token yet.
		if (!token) return { records: records.length, held: records };
	}
};

/** Our node, reading a long list in date windows at once (the default) or with `requestOptions` set. */
const trackstar =
	(requestOptions: INodeParameters = {}): Prepare =>
	async (list) => {
		const { runNode } = await engine();
		const Node = load<new () => INodeType>(join(dist, list.node.file), list.node.className);
		const TrackstarApi = load<new () => ICredentialType>(
			join(dist, 'credentials/TrackstarApi.credentials.js'),
			'TrackstarApi',
		);
		return async (target) => {
			const result = await runNode({
				node: new Node(),
				credentialTypes: [new TrackstarApi()],
				credentials: {
					trackstarApi: {
						apiKey: target.apiKey,
						accessToken: target.accessToken,
						baseUrl: target.url,
					},
				},
				parameters: { ...list.node.parameters, requestOptions },
			});
			if (result.error) throw result.error;
			return {
				records: result.items.length,
				ids: result.items.map((item) => String(item.json.id)),
				held: result.items,
			};
		};
	};

/**
 * The least an n8n node does to list a Trackstar list (`minimalList/MinimalList.node.js`, about
 * twenty lines): the price of n8n's own request helper and item handling. The same file is packed
 * and installed in the real app by app.ts.
 */
export const MINIMAL_LIST_DIR = join(REPO_ROOT, 'scripts', 'bench', 'minimalList');

const minimalNode: Prepare = async (list) => {
	const { runNode } = await engine();
	const MinimalList = load<new () => INodeType>(
		join(MINIMAL_LIST_DIR, 'MinimalList.node.js'),
		'MinimalList',
	);
	return async (target) => {
		const result = await runNode({
			node: new MinimalList(),
			credentialTypes: [],
			parameters: {
				url: `${target.url}${list.path}`,
				apiKey: target.apiKey,
				accessToken: target.accessToken,
			},
		});
		if (result.error) throw result.error;
		return { records: result.items.length, held: result.items };
	};
};

/**
 * n8n's HTTP Request node as a user configures it for a Trackstar list: headers typed in,
 * pagination on next_token until it is empty, and 100 ms between pages to stay under Trackstar's
 * 10 reads per second (the node has no other way to honour a rate limit; a 429 would fail it).
 * Used in n8n's engine here and in the real app by app.ts.
 */
export const httpRequestParameters = (url: string, target: Target): INodeParameters => ({
	method: 'GET',
	url,
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
});

async function httpRequest(list: List): Promise<Run> {
	const { runNode } = await engine();
	const HttpRequest = load<new () => IVersionedNodeType>(
		join(n8nNodesBase, 'HttpRequest/HttpRequest.node.js'),
		'HttpRequest',
	);
	return async (target) => {
		const result = await runNode({
			node: new HttpRequest(),
			credentialTypes: [],
			parameters: httpRequestParameters(`${target.url}${list.path}`, target),
		});
		if (result.error) throw result.error;
		const records = result.items.reduce(
			(sum, item) => sum + ((item.json.data as unknown[] | undefined)?.length ?? 0),
			0,
		);
		return { records, held: result.items };
	};
}

/** Each contender loads what it needs, then returns the run that is measured. */
export const contenders: Record<Contender, Prepare> = {
	floor,
	trackstar: trackstar(),
	trackstarSequential: trackstar({ concurrentPages: 1 }),
	trackstar4: trackstar({ concurrentPages: 4 }),
	trackstar8: trackstar({ concurrentPages: 8 }),
	minimalNode,
	httpRequest,
};
