/**
 * `npm run bench`: lists 10,000 and 50,000 orders (Trackstar Orders) and 50,000 inventory items
 * (the Trackstar node) through our node, through n8n's HTTP Request node and through a bare HTTP
 * loop (the floor), alternating contenders over several repetitions, each run in a fresh process
 * against one sandbox (the lists are described in contenders.ts); then a bulk Update of 1,000
 * orders through our node with the sandbox enforcing 50 writes/s. Prints the figures.
 * `npm run bench -- --smoke` runs tiny sizes once, to show it still works (CI);
 * `--only=list` or `--only=bulk` runs one half.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { startSandbox } from '../../sandbox';
import { ALLOWED_WRITES_PER_SECOND, bulkUpdate, type BulkUpdateFigures } from './bulkUpdate';
import { LISTS, type Contender, type List, type ListName, type Target } from './contenders';

const run = promisify(execFile);
const smoke = process.argv.includes('--smoke');
const REPETITIONS = smoke ? 1 : Number(process.env.BENCH_REPETITIONS ?? 5);
const BULK_UPDATES = smoke ? 60 : 1_000;
const CONTENDERS: Contender[] = ['floor', 'trackstar', 'httpRequest'];

interface Measurement {
	ms: number;
	records: number;
	baselineRss: number;
	peakRss: number;
}

async function measure(
	contender: Contender,
	listName: ListName,
	target: Target,
): Promise<Measurement> {
	const { stdout } = await run(
		process.execPath,
		['--import', 'tsx', join(__dirname, 'run-one.ts'), contender, listName, JSON.stringify(target)],
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

async function listing(listName: ListName, size: number) {
	const list: List = LISTS[listName];
	// Trackstar's limits enforced (10 reads/s per token, 429 above): every contender must live with them.
	const sandbox = await startSandbox({
		...list.seed(size),
		port: 0,
		host: '127.0.0.1',
		rateLimit: { enforce: true },
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
	const runs: Record<Contender, Measurement[]> = { floor: [], trackstar: [], httpRequest: [] };
	const tooManyRequests: Record<Contender, number[]> = {
		floor: [],
		trackstar: [],
		httpRequest: [],
	};
	try {
		for (let repetition = 0; repetition < REPETITIONS; repetition++) {
			// Rotate who goes first, so no contender always gets the warm (or the cold) slot.
			const order = CONTENDERS.map(
				(_, index) => CONTENDERS[(index + repetition) % CONTENDERS.length],
			);
			for (const contender of order) {
				const before = sandbox.requests.length;
				const measurement = await measure(contender, listName, target);
				const requests = sandbox.requests.slice(before);
				runs[contender].push(measurement);
				tooManyRequests[contender].push(
					requests.filter((request) => request.status === 429).length,
				);
				if (measurement.records !== size)
					throw new Error(`${contender} listed ${measurement.records} of ${size} ${list.noun}`);
			}
		}
	} finally {
		await sandbox.close();
	}
	const floorMs = median(runs.floor.map((m) => m.ms));
	const httpMs = median(runs.httpRequest.map((m) => m.ms));
	console.log(
		`\nList ${size.toLocaleString('en')} ${list.noun} (GET ${list.path}, JSON ${mb(jsonBytes)} MB, ${size / 1000} pages of 1000, 10 reads/s enforced, ${REPETITIONS} runs each, medians)`,
	);
	console.table(
		CONTENDERS.map((contender) => {
			const ms = median(runs[contender].map((m) => m.ms));
			const peak = median(runs[contender].map((m) => m.peakRss));
			const baseline = median(runs[contender].map((m) => m.baselineRss));
			return {
				contender,
				'wall ms': Math.round(ms),
				'vs floor': ratio(ms, floorMs),
				'vs HTTP Request': ratio(ms, httpMs),
				'peak RSS MB': mb(peak),
				'peak / JSON': ratio(peak, jsonBytes),
				'(peak - start) / JSON': ratio(peak - baseline, jsonBytes),
				'429s (median)': median(tooManyRequests[contender]),
				lost: 0,
			};
		}),
	);
}

function printBulk(runs: BulkUpdateFigures[]) {
	console.log(
		`\nBulk Update of ${runs[0].updates.toLocaleString('en')} orders, sandbox enforcing 50 writes/s per token`,
	);
	console.table(
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

async function main() {
	console.log(
		`node ${process.version}, ${process.platform}/${process.arch}; ${smoke ? 'smoke run' : `${REPETITIONS} repetitions`}`,
	);
	const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
	if (only !== 'bulk')
		for (const listName of Object.keys(LISTS) as ListName[])
			for (const size of smoke ? [1_000] : LISTS[listName].sizes) await listing(listName, size);
	if (only !== 'list')
		printBulk([await bulkUpdate(BULK_UPDATES, 1), await bulkUpdate(BULK_UPDATES, 2)]);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
