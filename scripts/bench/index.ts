/**
 * `npm run bench`: lists 10,000 and 50,000 orders (Trackstar Orders) and 50,000 inventory items
 * (the Trackstar node) through our node, through n8n's HTTP Request node and through a bare HTTP
 * loop (the floor), alternating contenders over several repetitions, each run in a fresh process
 * against one sandbox (the lists are described in contenders.ts); then a bulk Update of 1,000
 * orders through our node with the sandbox enforcing 50 writes/s. Between them: 50,000 orders
 * with no limit enforced (CPU: ours, windowed and not, against a minimal n8n node), and 50,000
 * orders whose pages take 300 ms and 1,000 ms (ours windowed and not, against the read limit's
 * ceiling), and the CPU list again in the real app (`n8n execute`, app.ts; `--profile` profiles
 * it). Prints the figures. `npm run bench -- --smoke` runs tiny sizes once, to show it still
 * works (CI); `--only=list|cpu|slow|app|bulk` runs one part. BENCH_SLOW_CONTENDERS (e.g.
 * `trackstar,trackstar4`) and BENCH_SLOW_REPETITIONS / BENCH_SLOWEST_REPETITIONS (0 skips the
 * 300 ms or 1,000 ms list) narrow the slow-page part.
 */
import { createHash } from 'node:crypto';

import * as childProcess from '@n8n-nodes-trackstar/node-runtime/child-process';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';
import process from '@n8n-nodes-trackstar/node-runtime/process';
import { print, printError, printTable } from '@n8n-nodes-trackstar/node-runtime/terminal';
import { promisify } from '@n8n-nodes-trackstar/node-runtime/util';

import { startSandbox } from '../../sandbox';
import { REPO_ROOT } from '../support/repoRoot';
import { appListing, type AppContender, type AppFigures, UNBOUND_READS } from './realAppList';
import { ALLOWED_WRITES_PER_SECOND, bulkUpdate, type BulkUpdateFigures } from './bulkUpdate';
import { LISTS, type Contender, type List, type ListName, type Target } from './contenders';

const run = promisify(childProcess.execFile);
const smoke = process.argv.includes('--smoke');
const REPETITIONS = smoke ? 1 : Number(process.env.BENCH_REPETITIONS ?? 5);
const BULK_UPDATES = smoke ? 60 : 1_000;
const CONTENDERS: Contender[] = ['floor', 'trackstar', 'httpRequest'];
/**
 * Neither latency nor the rate limit binding (the sandbox sends the headers, refuses nothing):
 * what is left is each contender's CPU, ours against the least an n8n node does.
 */
const CPU_CONTENDERS: Contender[] = ['floor', 'minimalNode', 'trackstar', 'trackstarSequential'];
/** Slow pages, as Trackstar's megabyte pages are: how near each gets to the read limit. */
const SLOW_PAGE_CONTENDERS: Contender[] = (process.env.BENCH_SLOW_CONTENDERS?.split(',') as
	| Contender[]
	| undefined) ?? [
	'floor',
	'trackstar',
	'trackstar4',
	'trackstar8',
	'trackstarSequential',
	'httpRequest',
];
/** Milliseconds per page of the slow-page lists (50,000 orders), and runs of each. */
const SLOW_PAGES = smoke
	? [{ pageMs: 300, repetitions: 1 }]
	: [
			{ pageMs: 300, repetitions: Number(process.env.BENCH_SLOW_REPETITIONS ?? 3) },
			{ pageMs: 1000, repetitions: Number(process.env.BENCH_SLOWEST_REPETITIONS ?? 1) },
		].filter(({ repetitions }) => repetitions > 0);
/** Runs of each contender in the real app, where every run is an `n8n execute` of its own. */
const APP_REPETITIONS = Number(process.env.BENCH_APP_REPETITIONS ?? 5);
/** Trackstar's read limit per access token and second. */
const READS_PER_SECOND = 10;

interface Measurement {
	ms: number;
	records: number;
	baselineRss: number;
	peakRss: number;
	/** Our node's IDs: how many distinct, and a digest of them in order. */
	listed?: { unique: number; digest: string };
}

interface Scenario {
	listName: ListName;
	size: number;
	contenders: Contender[];
	repetitions: number;
	pageMs?: number;
	/** Answer 429 above 10 reads/s; default true. Otherwise the headers allow 1,000 reads/s. */
	enforce?: boolean;
}

async function measure(
	contender: Contender,
	listName: ListName,
	target: Target,
): Promise<Measurement> {
	const { stdout } = await run(
		process.execPath,
		[
			'--import',
			'tsx',
			join(REPO_ROOT, 'scripts', 'bench', 'run-one.ts'),
			contender,
			listName,
			JSON.stringify(target),
		],
		{ maxBuffer: 1024 * 1024, env: { ...process.env, N8N_LOG_LEVEL: 'silent' } },
	);
	return JSON.parse(stdout.trim().split('\n').pop()!) as Measurement;
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const ratio = (value: number, to: number) => `${(value / to).toFixed(2)}x`;

const empty = <T>(contenders: Contender[]) =>
	Object.fromEntries(contenders.map((contender) => [contender, [] as T[]])) as Record<
		Contender,
		T[]
	>;

async function listing({
	listName,
	size,
	contenders,
	repetitions,
	pageMs,
	enforce = true,
}: Scenario) {
	const list: List = LISTS[listName];
	// Trackstar's limits enforced (10 reads/s per token, 429 above): every contender must live with them.
	const sandbox = await startSandbox({
		...list.seed(size),
		port: 0,
		host: '127.0.0.1',
		rateLimit: enforce ? { enforce } : UNBOUND_READS,
		pageLatency: pageMs ? { pageMs } : undefined,
	});
	const target: Target = {
		url: sandbox.url,
		apiKey: sandbox.apiKey,
		accessToken: sandbox.accessToken,
	};
	const records = list.records(sandbox);
	if (records.length !== size)
		throw new Error(`the sandbox seeded ${records.length} ${list.noun}, not ${size}`);
	const jsonBytes = Buffer.byteLength(JSON.stringify(records));
	// A sequential read's IDs, in its order: what every windowed read must give back.
	const sequentialDigest = createHash('sha256')
		.update(records.map((record) => String((record as { id: string }).id)).join(','))
		.digest('hex');
	const runs = empty<Measurement>(contenders);
	const tooManyRequests = empty<number>(contenders);
	const requestCounts = empty<number>(contenders);
	const mismatches = empty<string>(contenders);
	try {
		for (let repetition = 0; repetition < repetitions; repetition++) {
			// Rotate who goes first, so no contender always gets the warm (or the cold) slot.
			const order = contenders.map(
				(_, index) => contenders[(index + repetition) % contenders.length],
			);
			for (const contender of order) {
				const before = sandbox.requests.length;
				const measurement = await measure(contender, listName, target);
				const requests = sandbox.requests.slice(before);
				runs[contender].push(measurement);
				tooManyRequests[contender].push(
					requests.filter((request) => request.status === 429).length,
				);
				requestCounts[contender].push(requests.length);
				if (measurement.records !== size)
					throw new Error(`${contender} listed ${measurement.records} of ${size} ${list.noun}`);
				const { listed } = measurement;
				if (listed && listed.unique !== size)
					mismatches[contender].push(`${size - listed.unique} twice`);
				else if (listed && listed.digest !== sequentialDigest)
					mismatches[contender].push('order differs');
			}
		}
	} finally {
		await sandbox.close();
	}
	// A narrowed run (BENCH_SLOW_CONTENDERS) compares with its first contender.
	const floorMs = median(
		runs[contenders.includes('floor') ? 'floor' : contenders[0]].map((m) => m.ms),
	);
	const pages = Math.ceil(size / 1000);
	const ceilingMs = (pages / READS_PER_SECOND) * 1000;
	const reference =
		(['minimalNode', 'httpRequest'] as const).find((name) => contenders.includes(name)) ??
		contenders[0];
	const referenceMs = median(runs[reference].map((m) => m.ms));
	print(
		`\nList ${size.toLocaleString('en')} ${list.noun} (GET ${list.path}, JSON ${mb(jsonBytes)} MB, ${pages} pages of 1000, ${pageMs ? `${pageMs} ms per page, ` : ''}${enforce ? '10 reads/s enforced' : 'headers allowing 1,000 reads/s'}, ${repetitions} run${repetitions === 1 ? '' : 's'} each, medians)`,
	);
	printTable(
		contenders.map((contender) => {
			const ms = median(runs[contender].map((m) => m.ms));
			const peak = median(runs[contender].map((m) => m.peakRss));
			const baseline = median(runs[contender].map((m) => m.baselineRss));
			return {
				contender,
				'wall ms': Math.round(ms),
				'vs floor': ratio(ms, floorMs),
				[`vs ${reference}`]: ratio(ms, referenceMs),
				...(pageMs ? { 'of read ceiling': `${((ceilingMs / ms) * 100).toFixed(0)}%` } : {}),
				'peak RSS MB': mb(peak),
				'(peak - start) / JSON': ratio(peak - baseline, jsonBytes),
				'requests (median)': median(requestCounts[contender]),
				'429s (median)': median(tooManyRequests[contender]),
				'same as sequential': runs[contender][0].listed
					? mismatches[contender].join(', ') || 'yes'
					: '-',
			};
		}),
	);
}

function printBulk(runs: BulkUpdateFigures[]) {
	print(
		`\nBulk Update of ${runs[0].updates.toLocaleString('en')} orders, sandbox enforcing 50 writes/s per token`,
	);
	printTable(
		runs.map((figures) => ({
			executions: figures.executions === 1 ? 'one' : 'two at once, one token',
			'wall s': (figures.ms / 1000).toFixed(1),
			'ideal s': (figures.updates / ALLOWED_WRITES_PER_SECOND).toFixed(1),
			'writes/s': figures.rate.toFixed(1),
			'of allowed': `${((figures.rate / ALLOWED_WRITES_PER_SECOND) * 100).toFixed(0)}%`,
			requests: figures.requests,
			'429s': figures.tooManyRequests,
			'failed items': figures.failedItems,
			'orders lost': figures.lost,
			'applied twice': figures.appliedTwice,
		})),
	);
}

function printApp({ version, size, runs, profiles }: AppFigures) {
	const startUp = median(runs.startUp.map((run) => run.wallMs));
	const net = (contender: AppContender) =>
		median(runs[contender].map((run) => run.wallMs)) - startUp;
	const nodeMs = (contender: AppContender) =>
		median(runs[contender].map((run) => run.nodeMs ?? Number.NaN));
	print(
		`\nList ${size.toLocaleString('en')} orders in the real app (n8n ${version}, \`n8n execute\`, Simplify off, headers allowing 1,000 reads/s, no latency, ${runs.startUp.length} runs each, medians; net = wall less the start-up workflow's)`,
	);
	printTable(
		(Object.keys(runs) as AppContender[]).map((contender) => ({
			contender,
			'wall ms': Math.round(median(runs[contender].map((run) => run.wallMs))),
			'net ms': contender === 'startUp' ? '-' : Math.round(net(contender)),
			'net vs minimalNode':
				contender === 'startUp' ? '-' : ratio(net(contender), net('minimalNode')),
			'node ms': contender === 'startUp' ? '-' : Math.round(nodeMs(contender)),
			'node vs minimalNode':
				contender === 'startUp' ? '-' : ratio(nodeMs(contender), nodeMs('minimalNode')),
			requests: median(runs[contender].map((run) => run.requests ?? 0)),
			// The unfiltered first page, the probe, and a range below it: read in ranges.
			'runs probed': runs[contender].filter((run) => (run.ranges ?? 0) > 1).length,
			'runs in ranges': runs[contender].filter((run) => (run.ranges ?? 0) > 2).length,
		})),
	);
	for (const [contender, summary] of Object.entries(profiles ?? {})) {
		if (!summary || contender === 'startUp') continue;
		print(
			`\nProfile of ${contender} (ms per run, ${summary.runs} runs): ${summary.totalMs} ms sampled; n8n-nodes-trackstar's own code ${summary.byOwner.find((entry) => entry.owner === 'n8n-nodes-trackstar')?.ms ?? 0} ms, ${summary.oursInclusiveMs} ms with what it calls`,
		);
		printTable(summary.byOwner.slice(0, 12));
		printTable(summary.topFunctions);
	}
}

async function main() {
	print(
		`node ${process.version}, ${process.platform}/${process.arch}; ${smoke ? 'smoke run' : `${REPETITIONS} repetitions`}`,
	);
	const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
	if (only === undefined || only === 'list')
		for (const listName of Object.keys(LISTS) as ListName[])
			for (const size of smoke ? [1_000] : LISTS[listName].sizes)
				await listing({ listName, size, contenders: CONTENDERS, repetitions: REPETITIONS });
	if (only === undefined || only === 'cpu')
		await listing({
			listName: 'orders',
			size: smoke ? 3_000 : 50_000,
			contenders: CPU_CONTENDERS,
			repetitions: REPETITIONS,
			enforce: false,
		});
	if (only === undefined || only === 'slow')
		for (const { pageMs, repetitions } of SLOW_PAGES)
			await listing({
				listName: 'orders',
				size: smoke ? 3_000 : 50_000,
				contenders: SLOW_PAGE_CONTENDERS,
				repetitions,
				pageMs,
			});
	if (only === undefined || only === 'app')
		printApp(
			await appListing(
				smoke ? 3_000 : 50_000,
				smoke ? 1 : APP_REPETITIONS,
				process.argv.includes('--profile'),
			),
		);
	if (only === undefined || only === 'bulk')
		printBulk([await bulkUpdate(BULK_UPDATES, 1), await bulkUpdate(BULK_UPDATES, 2)]);
}

main().catch((error: unknown) => {
	printError(error);
	process.exit(1);
});
