/**
 * CI: `npm run demo` stopped the ways a process manager, an IDE's stop button or a script stops
 * it (a signal to the npm process alone, not to its group), or by its parent dying, and once
 * mid-start. Nothing it started may be left running, and no port it took may stay held.
 */
import * as childProcess from '@n8n-nodes-trackstar/node-runtime/child-process';
import { createServer } from '@n8n-nodes-trackstar/node-runtime/net';
import process from '@n8n-nodes-trackstar/node-runtime/process';
import { print, printError } from '@n8n-nodes-trackstar/node-runtime/terminal';

import { sleep } from 'n8n-workflow';

import { descendants, isAlive } from '../support/processTree';
import { REPO_ROOT } from '../support/repoRoot';

const PORTS = [5678, 5679, 4010];
const READY = 'is running with n8n-nodes-trackstar';
const STARTING_N8N = 'Starting n8n';

interface Way {
	name: string;
	/** The line of the demo's output after which it is stopped. */
	after: string;
	stop(npm: childProcess.ChildProcess): void;
}

const WAYS: Way[] = [
	{ name: 'SIGINT to the npm process', after: READY, stop: (npm) => npm.kill('SIGINT') },
	{ name: 'SIGTERM to the npm process', after: READY, stop: (npm) => npm.kill('SIGTERM') },
	{
		name: 'the npm process killed (SIGKILL): the demo is orphaned',
		after: READY,
		stop: (npm) => npm.kill('SIGKILL'),
	},
	{
		name: 'SIGTERM while n8n is starting',
		after: STARTING_N8N,
		stop: (npm) => npm.kill('SIGTERM'),
	},
];

async function portIsFree(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

async function tryWay(way: Way): Promise<void> {
	for (const port of PORTS) {
		if (!(await portIsFree(port))) throw new Error(`Port ${port} is taken before the demo starts`);
	}
	// Its own process group, so that nothing but the signal below reaches it.
	const npm = childProcess.spawn('npm', ['run', 'demo'], {
		cwd: REPO_ROOT,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const seen = new Set<number>();
	const record = () => descendants(npm.pid).forEach((pid) => seen.add(pid));
	npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const deadline = Date.now() + 15 * 60_000;
	while (!output.includes(way.after)) {
		if (npm.exitCode !== null)
			throw new Error(
				`The demo exited ${npm.exitCode} before "${way.after}":\n${output.slice(-3000)}`,
			);
		if (Date.now() > deadline)
			throw new Error(`The demo never printed "${way.after}":\n${output.slice(-3000)}`);
		record();
		await sleep(250);
	}
	record();
	const started = Date.now();
	way.stop(npm);
	const gone = async () =>
		[...seen].every((pid) => !isAlive(pid)) &&
		(await Promise.all(PORTS.map(portIsFree))).every(Boolean);
	while (!(await gone())) {
		if (Date.now() - started > 60_000) {
			const left = [...seen].filter(isAlive);
			const held = (
				await Promise.all(PORTS.map(async (port) => ((await portIsFree(port)) ? undefined : port)))
			).filter(Boolean);
			const table = left.length
				? childProcess.execFileSync('ps', ['-o', 'pid,args', '-p', left.join(',')], {
						encoding: 'utf8',
					})
				: '';
			left.forEach((pid) => process.kill(pid, 'SIGKILL'));
			throw new Error(
				`After ${way.name}, 60 s later: still running\n${table}ports held: ${held.join(', ') || 'none'}`,
			);
		}
		await sleep(250);
	}
	print(
		`Stopped by ${way.name}: ${seen.size} processes ended, ports ${PORTS.join(', ')} free, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
	);
}

async function main() {
	for (const way of WAYS) await tryWay(way);
}

main().catch((error: unknown) => {
	printError(error instanceof Error ? error.message : error);
	process.exit(1);
});
