/**
 * PostgreSQL and Redis from Debian's packages, started on loopback for the queue-mode test and
 * stopped after it: a throw-away PostgreSQL cluster (trust auth on 127.0.0.1 only, no fsync)
 * and a Redis without persistence.
 */
import * as childProcess from '@n8n-nodes-trackstar/node-runtime/child-process';
import type { ChildProcess } from '@n8n-nodes-trackstar/node-runtime/child-process';
import {
	chmodSync,
	chownSync,
	existsSync,
	mkdtempSync,
	readdirSync,
	rmSync,
} from '@n8n-nodes-trackstar/node-runtime/fs';
import { tmpdir, userInfo } from '@n8n-nodes-trackstar/node-runtime/os';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';
import { clearTimeout, setTimeout } from '@n8n-nodes-trackstar/node-runtime/timers';
import { sleep } from 'n8n-workflow';

export interface Service {
	port: number;
	stop(): Promise<void>;
}

function postgresBin(name: string): string {
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
	for (const version of versions) {
		const binary = join(root, version, 'bin', name);
		if (existsSync(binary)) return binary;
	}
	throw new Error(`PostgreSQL's ${name} was not found under ${root}: apt-get install postgresql`);
}

/** PostgreSQL refuses to run as root; as root, the cluster belongs to Debian's postgres user. */
function postgresUser(): { uid: number; gid: number } | undefined {
	if (userInfo().uid !== 0) return undefined;
	const uid = Number(childProcess.execFileSync('id', ['-u', 'postgres']).toString().trim());
	const gid = Number(childProcess.execFileSync('id', ['-g', 'postgres']).toString().trim());
	return { uid, gid };
}

async function waitFor(what: string, ready: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			if (await ready()) return;
		} catch {
			// not yet
		}
		await sleep(200);
	}
	throw new Error(`${what} did not become ready within ${timeoutMs / 1000} s`);
}

async function stopProcess(child: ChildProcess, signal: NodeJS.Signals) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill(signal);
	const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
	await exited;
	clearTimeout(timer);
}

export async function startPostgres(
	port: number,
	database: string,
	user: string,
): Promise<Service> {
	const dir = mkdtempSync(join(tmpdir(), 'trackstar-postgres-'));
	const owner = postgresUser();
	if (owner) chownSync(dir, owner.uid, owner.gid);
	chmodSync(dir, 0o700);
	const asOwner = owner ? { uid: owner.uid, gid: owner.gid } : {};
	childProcess.execFileSync(
		postgresBin('initdb'),
		['-D', join(dir, 'data'), '-U', user, '-A', 'trust', '--no-sync'],
		{
			...asOwner,
			stdio: 'ignore',
		},
	);
	const server = childProcess.spawn(
		postgresBin('postgres'),
		[
			'-D',
			join(dir, 'data'),
			'-p',
			String(port),
			'-k',
			dir,
			'-c',
			'listen_addresses=127.0.0.1',
			'-c',
			'fsync=off',
		],
		{ ...asOwner, stdio: 'ignore' },
	);
	await waitFor('PostgreSQL', () => {
		childProcess.execFileSync(postgresBin('pg_isready'), ['-h', '127.0.0.1', '-p', String(port)], {
			stdio: 'ignore',
		});
		return true;
	});
	childProcess.execFileSync(postgresBin('createdb'), [
		'-h',
		'127.0.0.1',
		'-p',
		String(port),
		'-U',
		user,
		database,
	]);
	return {
		port,
		stop: async () => {
			await stopProcess(server, 'SIGINT'); // PostgreSQL's "fast" shutdown
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

export async function startRedis(port: number): Promise<Service> {
	const server = childProcess.spawn(
		'redis-server',
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--daemonize',
			'no',
		],
		{ stdio: 'ignore' },
	);
	await waitFor(
		'Redis',
		() =>
			childProcess
				.execFileSync('redis-cli', ['-p', String(port), 'ping'], {
					stdio: ['ignore', 'pipe', 'ignore'],
				})
				.toString()
				.trim() === 'PONG',
	);
	return { port, stop: async () => await stopProcess(server, 'SIGTERM') };
}
