/**
 * The processes a process started, however deep (n8n runs in its own process group, its task
 * runner under it, npm under the provisioning step), read from `ps` so it works on Linux and macOS.
 */
import * as childProcess from '@n8n-nodes-trackstar/node-runtime/child-process';
import process from '@n8n-nodes-trackstar/node-runtime/process';
import { clearInterval, setInterval } from '@n8n-nodes-trackstar/node-runtime/timers';

import { sleep } from 'n8n-workflow';

/** Every live descendant of `root`, children before grandchildren. */
export function descendants(root: number = process.pid): number[] {
	const children = new Map<number, number[]>();
	const table = childProcess.execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
	for (const line of table.split('\n')) {
		const [pid, ppid] = line.trim().split(/\s+/).map(Number);
		if (!pid || Number.isNaN(ppid)) continue;
		children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	}
	const found: number[] = [];
	const queue = [...(children.get(root) ?? [])];
	while (queue.length > 0) {
		const pid = queue.shift()!;
		found.push(pid);
		queue.push(...(children.get(pid) ?? []));
	}
	return found;
}

export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function signal(pid: number, name: NodeJS.Signals): void {
	try {
		process.kill(pid, name);
	} catch {
		// gone already
	}
}

/**
 * Ends every descendant of this process: SIGTERM, then SIGKILL for any still alive after
 * `graceMs`. Read before signalling, since a killed parent's children are re-parented and would
 * no longer be found.
 */
export async function stopDescendants(graceMs = 5_000): Promise<void> {
	const pids = descendants();
	pids.forEach((pid) => signal(pid, 'SIGTERM'));
	const deadline = Date.now() + graceMs;
	while (pids.some(isAlive) && Date.now() < deadline) {
		await sleep(100);
	}
	pids.filter(isAlive).forEach((pid) => signal(pid, 'SIGKILL'));
}

/** Calls `onOrphaned` once when this process's parent dies (it is then re-parented). */
export function whenParentDies(onOrphaned: () => void, everyMs = 500): void {
	const parent = process.ppid;
	const timer = setInterval(() => {
		if (process.ppid === parent) return;
		clearInterval(timer);
		onOrphaned();
	}, everyMs);
	timer.unref();
}
