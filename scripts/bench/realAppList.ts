/**
 * The CPU list in the real app: n8n (the version the demo runs) with this package and the
 * benchmark's minimal node installed from their `npm pack` tarballs, as community packages, and
 * each contender's workflow run by `n8n execute`, one process per run, against a sandbox whose
 * rate limit never binds, with no latency. A workflow holding only the
 * manual trigger gives n8n's start-up, subtracted from the others ("net"); each run also reports
 * the listing node's own `executionTime` from the run data n8n prints. With `--profile`, every
 * run is also profiled (`--cpu-prof`) and the profiles are summed up by profileSummary.ts.
 */
import {
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
} from '@n8n-nodes-trackstar/node-runtime/fs';
import { createRequire } from '@n8n-nodes-trackstar/node-runtime/module';
import { tmpdir } from '@n8n-nodes-trackstar/node-runtime/os';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';
import process from '@n8n-nodes-trackstar/node-runtime/process';

import type { IVersionedNodeType } from 'n8n-workflow';

import { startSandbox } from '../../sandbox';
import { sandboxCredential, EXAMPLE_CREDENTIAL } from '../demo/examples';
import { freePort, N8nInstance, packPackage } from '../n8n/instance';
import { httpRequestParameters, LISTS, MINIMAL_LIST_DIR } from './contenders';
import { summarizeProfiles, type ProfileSummary } from './profileSummary';

/**
 * The CPU lists' sandbox: rate-limit headers on every answer, as Trackstar sends them, but a
 * limit so high that neither a 429 nor our pacing (which obeys the headers) ever holds a page.
 */
export const UNBOUND_READS = { enforce: false, read: 1000 };

export type AppContender = 'startUp' | 'minimalNode' | 'trackstar' | 'httpRequest';

/** The listing node of each contender's workflow, after the manual trigger. */
const LISTING_NODE = 'List';

export interface AppRun {
	wallMs: number;
	/** The listing node's `executionTime` in the run data. */
	nodeMs?: number;
	/** Records listed: items for our node and the minimal node, page records for HTTP Request. */
	records?: number;
	/** Requests the sandbox received during the run (all of them list pages), and how many of them ranges. */
	requests?: number;
	ranges?: number;
}

export interface AppFigures {
	version: string;
	size: number;
	runs: Record<AppContender, AppRun[]>;
	profiles?: Partial<Record<AppContender, ProfileSummary>>;
}

function workflow(id: string, list?: { type: string; typeVersion: number; parameters: object }) {
	const trigger = {
		id: `${id}-trigger`,
		name: 'Start',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	return {
		id,
		name: `Bench: ${id}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: list
			? [
					trigger,
					{
						id: `${id}-list`,
						name: LISTING_NODE,
						position: [240, 0],
						...list,
						...(list.type.startsWith('n8n-nodes-trackstar.')
							? { credentials: { trackstarApi: EXAMPLE_CREDENTIAL } }
							: {}),
					},
				]
			: [trigger],
		connections: list
			? { Start: { main: [[{ node: LISTING_NODE, type: 'main', index: 0 }]] } }
			: {},
	};
}

/** Occurrences of `needle` in `buffer` from `start` on. */
function count(buffer: Buffer, needle: string, start: number): number {
	let found = 0;
	for (let at = buffer.indexOf(needle, start); at !== -1; at = buffer.indexOf(needle, at + 1))
		found++;
	return found;
}

/**
 * What `n8n execute` printed (its whole run data, hundreds of megabytes as JSON for 50,000
 * orders): the listing node's `executionTime`, and how many records it output, counted by a key
 * every order has once (`"warehouse_customer_id"`), without parsing the document.
 */
function readRun(file: string): Pick<AppRun, 'nodeMs' | 'records'> {
	const printed = readFileSync(file);
	const runData = printed.indexOf('"runData"');
	const node = printed.indexOf(`"${LISTING_NODE}": [`, runData);
	if (runData === -1 || node === -1) return {};
	const time = /"executionTime": (\d+)/.exec(
		printed.subarray(node, printed.indexOf('"data"', node)).toString(),
	);
	return {
		nodeMs: time ? Number(time[1]) : undefined,
		records: count(printed, '"warehouse_customer_id"', node),
	};
}

export async function appListing(
	size: number,
	repetitions: number,
	profile: boolean,
): Promise<AppFigures> {
	const list = LISTS.orders;
	const sandbox = await startSandbox({
		...list.seed(size),
		port: 0,
		host: '127.0.0.1',
		rateLimit: UNBOUND_READS,
	});
	const work = mkdtempSync(join(tmpdir(), 'trackstar-bench-app-'));
	const port = await freePort();
	const n8n = new N8nInstance({
		home: join(work, 'home'),
		port,
		brokerPort: await freePort(),
		env: { N8N_LOG_LEVEL: 'info' },
	});
	try {
		await n8n.prepare(
			await packPackage(join(work, 'pack')),
			await packPackage(join(work, 'pack'), MINIMAL_LIST_DIR),
		);
		await n8n.importCredentials([sandboxCredential(sandbox)]);
		const target = { url: sandbox.url, apiKey: sandbox.apiKey, accessToken: sandbox.accessToken };
		const nodesBase = join(n8n.appDir, 'node_modules', 'n8n-nodes-base', 'dist', 'nodes');
		// n8n's own node, for its version: required by path from the installed app, as n8n loads it.
		const requireFromApp = createRequire(join(n8n.appDir, 'package.json'));
		const { HttpRequest } = requireFromApp(join(nodesBase, 'HttpRequest/HttpRequest.node.js')) as {
			HttpRequest: new () => IVersionedNodeType;
		};
		await n8n.importWorkflows([
			workflow('startUp'),
			workflow('trackstar', {
				type: 'n8n-nodes-trackstar.trackstarOrders',
				typeVersion: 1,
				parameters: list.node.parameters,
			}),
			workflow('minimalNode', {
				type: 'n8n-nodes-bench-minimal.minimalList',
				typeVersion: 1,
				parameters: { ...target, url: `${sandbox.url}${list.path}` },
			}),
			workflow('httpRequest', {
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: new HttpRequest().currentVersion,
				parameters: httpRequestParameters(`${sandbox.url}${list.path}`, target),
			}),
		]);
		const contenders: AppContender[] = ['startUp', 'minimalNode', 'trackstar', 'httpRequest'];
		const runs = Object.fromEntries(contenders.map((c) => [c, [] as AppRun[]])) as Record<
			AppContender,
			AppRun[]
		>;
		const profileDir = join(work, 'profiles');
		for (let repetition = 0; repetition < repetitions; repetition++) {
			const order = contenders.map(
				(_, index) => contenders[(index + repetition) % contenders.length],
			);
			for (const contender of order) {
				const printed = join(work, `${contender}.out`);
				const started = process.hrtime.bigint();
				const sentBefore = sandbox.requests.length;
				const result = await n8n.cli(['execute', `--id=${contender}`, '--rawOutput'], {
					stdoutTo: printed,
					env: profile
						? {
								NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${join(profileDir, contender)}`,
							}
						: undefined,
				});
				const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
				if (result.code !== 0)
					throw new Error(`n8n execute ${contender} exited ${result.code}:\n${result.stderr}`);
				const sent = sandbox.requests.slice(sentBefore);
				const ranges = new Set(
					sent.map(
						(request) =>
							`${request.query['created_date[gte]']}..${request.query['created_date[lt]']}`,
					),
				).size;
				const run = { wallMs, ...readRun(printed), requests: sent.length, ranges };
				rmSync(printed);
				if (contender !== 'startUp' && run.records !== size)
					throw new Error(`${contender} listed ${run.records} of ${size} orders in the app`);
				runs[contender].push(run);
			}
		}
		const profiles = profile
			? Object.fromEntries(
					contenders.map((contender) => {
						const dir = join(profileDir, contender);
						mkdirSync(dir, { recursive: true });
						return [
							contender,
							summarizeProfiles(
								readdirSync(dir).map((file) => join(dir, file)),
								repetitions,
							),
						];
					}),
				)
			: undefined;
		return { version: n8n.version, size, runs, profiles };
	} finally {
		await sandbox.close();
		rmSync(work, { recursive: true, force: true });
	}
}
