/**
 * One measured run in a process of its own, so peak memory is this contender's alone:
 * `tsx scripts/bench/run-one.ts <contender> <list> <target JSON>` prints one JSON line of figures.
 */
import { createHash } from 'node:crypto';

import process from '@n8n-nodes-trackstar/node-runtime/process';
import { printError } from '@n8n-nodes-trackstar/node-runtime/terminal';

import { contenders, LISTS, type Contender, type ListName, type Target } from './contenders';

async function main() {
	const [name, listName, targetJson] = process.argv.slice(2);
	const prepare = contenders[name as Contender];
	if (!prepare) throw new Error(`unknown contender ${name}`);
	const list = LISTS[listName as ListName];
	if (!list) throw new Error(`unknown list ${listName}`);
	const target = JSON.parse(targetJson) as Target;
	const contender = await prepare(list);
	const baselineRss = process.memoryUsage().rss;
	const started = process.hrtime.bigint();
	const result = await contender(target);
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const peakRss = process.resourceUsage().maxRSS * 1024;
	// Which records, in which order, each once: checked against a sequential read by index.ts.
	const listed = result.ids && {
		unique: new Set(result.ids).size,
		digest: createHash('sha256').update(result.ids.join(',')).digest('hex'),
	};
	process.stdout.write(
		`${JSON.stringify({ ms, records: result.records, baselineRss, peakRss, listed })}\n`,
	);
	if (result.held === undefined) process.exitCode = 1; // keeps `held` reachable until measured
}

main().catch((error: unknown) => {
	printError(error instanceof Error ? error.message : error);
	process.exit(1);
});
