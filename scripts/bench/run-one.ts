/**
 * One measured run in a process of its own, so peak memory is this contender's alone:
 * `tsx scripts/bench/run-one.ts <contender> <target JSON>` prints one JSON line of figures.
 */
import { contenders, type Contender, type Target } from './contenders';

async function main() {
	const [name, targetJson] = process.argv.slice(2);
	const prepare = contenders[name as Contender];
	if (!prepare) throw new Error(`unknown contender ${name}`);
	const target = JSON.parse(targetJson) as Target;
	const contender = await prepare();
	const baselineRss = process.memoryUsage().rss;
	const started = process.hrtime.bigint();
	const result = await contender(target);
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const peakRss = process.resourceUsage().maxRSS * 1024;
	process.stdout.write(`${JSON.stringify({ ms, orders: result.orders, baselineRss, peakRss })}\n`);
	if (result.held === undefined) process.exitCode = 1; // keeps `held` reachable until measured
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
