/**
 * One real n8n instance for the demo, the end-to-end tests and the browser check: its own user
 * folder, this package installed from its `npm pack` tarball the way a user's install puts it,
 * credentials and workflows imported with n8n's own CLI, and `n8n start` run as a child process
 * group that `stop()` ends completely.
 */
import * as childProcess from '@n8n-nodes-trackstar/node-runtime/child-process';
import type { ChildProcess } from '@n8n-nodes-trackstar/node-runtime/child-process';
import {
	closeSync,
	cpSync,
	createWriteStream,
	mkdirSync,
	mkdtempSync,
	openSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from '@n8n-nodes-trackstar/node-runtime/fs';
import { createRequire } from '@n8n-nodes-trackstar/node-runtime/module';
import { createServer } from '@n8n-nodes-trackstar/node-runtime/net';
import { tmpdir } from '@n8n-nodes-trackstar/node-runtime/os';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';
import process from '@n8n-nodes-trackstar/node-runtime/process';
import { clearTimeout, setTimeout } from '@n8n-nodes-trackstar/node-runtime/timers';
import { promisify } from '@n8n-nodes-trackstar/node-runtime/util';
import { sleep } from 'n8n-workflow';

import { REPO_ROOT } from '../support/repoRoot';
import { readExecution, type Execution } from './execution';
import { provision } from './provision';

const run = promisify(childProcess.execFile);

export interface N8nCredential {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

export interface N8nOwner {
	email: string;
	password: string;
	firstName: string;
	lastName: string;
}

export interface N8nInstanceOptions {
	/** The instance's user folder; wiped and recreated. */
	home: string;
	port: number;
	/** The task broker's port, which every n8n command opens; default `port + 1`. */
	brokerPort?: number;
	/** Extra environment for every n8n command (log level, timezone...). */
	env?: Record<string, string>;
	owner?: N8nOwner;
}

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** The demo owner's sign-in word, printed by the demo and in README: not a secret. */
const DEMO_SIGN_IN = 'Trackstar-demo-1';

export const DEMO_OWNER: N8nOwner = {
	email: 'demo@trackstar.local',
	password: DEMO_SIGN_IN,
	firstName: 'Demo',
	lastName: 'Operator',
};

/** A loopback port nothing listens on now, for instances that may run beside others. */
export async function freePort(): Promise<number> {
	return await new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/**
 * Packs the built package (dist/ must be current), or the package in `dir`, and returns the
 * tarball's path.
 */
export async function packPackage(destination: string, dir = REPO_ROOT): Promise<string> {
	mkdirSync(destination, { recursive: true });
	const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', destination], {
		cwd: dir,
		env: { ...process.env, npm_config_loglevel: 'error' },
	});
	const [{ filename }] = JSON.parse(stdout) as Array<{ filename: string }>;
	return join(destination, filename);
}

function ownerHash(appDir: string, password: string): string {
	// n8n's own bcryptjs, so the hash is what n8n checks at login.
	const requireFromApp = createRequire(join(appDir, 'package.json'));
	const bcrypt = requireFromApp('bcryptjs') as { hashSync(value: string, rounds: number): string };
	return bcrypt.hashSync(password, 10);
}

/** What this process has running, for `stopAllInstances`: `n8n start`s and CLI commands. */
const started = new Set<N8nInstance>();
const commands = new Set<ChildProcess>();

/** Stops every n8n process this process started (for a Ctrl+C that comes mid-way). */
export async function stopAllInstances(): Promise<void> {
	for (const command of commands) command.kill('SIGTERM');
	await Promise.all([...started].map(async (instance) => await instance.stop()));
}

export class N8nInstance {
	readonly url: string;
	readonly logFile: string;
	private readonly app = provision();
	private readonly env: NodeJS.ProcessEnv;
	private server: ChildProcess | undefined;
	/** The owner's session, kept: n8n answers 429 to a few logins in a row. */
	private session: string | undefined;

	constructor(private readonly options: N8nInstanceOptions) {
		this.url = `http://127.0.0.1:${options.port}`;
		this.logFile = join(options.home, 'n8n.log');
		this.env = {
			...this.app.env,
			// As a user runs it, whatever runs this (jest sets NODE_ENV=test, which n8n obeys).
			NODE_ENV: 'production',
			N8N_USER_FOLDER: options.home,
			N8N_PORT: String(options.port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			// Every n8n command starts a task broker; beside its own port, not n8n's default 5679.
			N8N_RUNNERS_BROKER_PORT: String(options.brokerPort ?? options.port + 1),
			N8N_HOST: '127.0.0.1',
			N8N_EDITOR_BASE_URL: `${this.url}/`,
			WEBHOOK_URL: `${this.url}/`,
			N8N_ENCRYPTION_KEY: 'trackstar-local-instance-not-a-secret',
			N8N_SECURE_COOKIE: 'false',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_LOG_LEVEL: 'info',
			DB_SQLITE_POOL_SIZE: '2',
			...(options.owner
				? {
						N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
						N8N_INSTANCE_OWNER_EMAIL: options.owner.email,
						N8N_INSTANCE_OWNER_FIRST_NAME: options.owner.firstName,
						N8N_INSTANCE_OWNER_LAST_NAME: options.owner.lastName,
						N8N_INSTANCE_OWNER_PASSWORD_HASH: ownerHash(this.app.appDir, options.owner.password),
					}
				: {}),
			...options.env,
		};
	}

	get version(): string {
		return this.app.version;
	}

	/** The n8n install, whose `node_modules` tools such as an MCP client come from. */
	get appDir(): string {
		return this.app.appDir;
	}

	/** A fresh user folder with the package tarballs installed as community packages. */
	async prepare(...tarballs: string[]): Promise<void> {
		rmSync(this.options.home, { recursive: true, force: true });
		await this.install(...tarballs);
	}

	/**
	 * A fresh user folder copied from `template`, the user folder of an instance prepared (and
	 * given credentials and workflows) before and not running: its installed packages, database
	 * and settings. Installing and n8n's database migrations then happen once, not per instance.
	 */
	prepareFrom(template: string): void {
		rmSync(this.options.home, { recursive: true, force: true });
		cpSync(template, this.options.home, { recursive: true, verbatimSymlinks: true });
		rmSync(this.logFile, { force: true });
	}

	/** Installs the package tarballs into the user folder as community packages. */
	private async install(...tarballs: string[]): Promise<void> {
		const nodesDir = join(this.options.home, '.n8n', 'nodes');
		mkdirSync(nodesDir, { recursive: true });
		writeFileSync(join(nodesDir, 'package.json'), '{"name":"installed-nodes","private":true}\n');
		// As n8n installs community packages: production files only, n8n-workflow from n8n itself.
		await run(
			'npm',
			[
				'install',
				'--no-audit',
				'--no-fund',
				'--ignore-scripts',
				'--omit=dev',
				'--legacy-peer-deps',
				...tarballs,
			],
			{ cwd: nodesDir, env: { ...process.env, npm_config_loglevel: 'error' } },
		);
	}

	/**
	 * Runs an `n8n` CLI command to completion; never throws for a non-zero exit. Output goes to
	 * files, not pipes: n8n exits right after printing, and a pipe would lose the tail of a large
	 * execution's JSON (writes to a file are synchronous). With `stdoutTo`, stdout stays in that
	 * file, unread (an execution of 50,000 records prints hundreds of megabytes); `env` adds to
	 * the instance's environment for this command.
	 */
	async cli(
		args: string[],
		{ stdoutTo, env }: { stdoutTo?: string; env?: Record<string, string> } = {},
	): Promise<CliResult> {
		const dir = mkdtempSync(join(tmpdir(), 'n8n-cli-'));
		const stdoutFile = stdoutTo ?? join(dir, 'stdout');
		const stderrFile = join(dir, 'stderr');
		const stdout = openSync(stdoutFile, 'w');
		const stderr = openSync(stderrFile, 'w');
		try {
			const child = childProcess.spawn(this.app.nodeBinary, [this.app.n8nBinary, ...args], {
				env: { ...this.env, ...env },
				cwd: this.options.home,
				stdio: ['ignore', stdout, stderr],
			});
			commands.add(child);
			child.once('exit', () => commands.delete(child));
			const { code, signal } = await new Promise<{ code: number; signal: string | null }>(
				(resolve, reject) => {
					child.once('error', reject);
					child.once('exit', (exitCode, signal) =>
						resolve({ code: exitCode ?? (signal ? 128 : 1), signal }),
					);
				},
			);
			// Said at the end of what it printed, where a failing test shows it.
			const ended = signal ? `\n(n8n ${args[0]} ended by ${signal})` : '';
			return {
				code,
				stdout: stdoutTo ? '' : readFileSync(stdoutFile, 'utf8'),
				stderr: readFileSync(stderrFile, 'utf8') + ended,
			};
		} finally {
			closeSync(stdout);
			closeSync(stderr);
			rmSync(dir, { recursive: true, force: true });
		}
	}

	/** `n8n execute`: runs a workflow from its manual trigger, in a process of its own. */
	async execute(workflowId: string): Promise<Execution> {
		return readExecution(await this.cli(['execute', `--id=${workflowId}`, '--rawOutput']));
	}

	private async cliOrThrow(args: string[]): Promise<CliResult> {
		const result = await this.cli(args);
		if (result.code !== 0) {
			throw new Error(
				`n8n ${args.join(' ')} exited with ${result.code}:\n${result.stdout}\n${result.stderr}`,
			);
		}
		return result;
	}

	async importCredentials(credentials: N8nCredential[]): Promise<void> {
		const file = join(this.options.home, 'credentials.import.json');
		writeFileSync(file, JSON.stringify(credentials, null, 2));
		await this.cliOrThrow(['import:credentials', `--input=${file}`]);
		rmSync(file);
	}

	async importWorkflows(workflows: object[]): Promise<void> {
		const file = join(this.options.home, 'workflows.import.json');
		writeFileSync(file, JSON.stringify(workflows, null, 2));
		await this.cliOrThrow(['import:workflow', `--input=${file}`]);
		rmSync(file);
	}

	get major(): number {
		return this.app.major;
	}

	/**
	 * Marks a workflow to be active (its triggers and webhooks live) from the next start: n8n 2.x
	 * publishes it; n8n 1.x, which has no `publish:workflow`, activates it.
	 */
	async publish(workflowId: string): Promise<void> {
		await this.cliOrThrow(
			this.app.major >= 2
				? ['publish:workflow', `--id=${workflowId}`]
				: ['update:workflow', `--id=${workflowId}`, '--active=true'],
		);
	}

	/**
	 * `n8n start` (or, in queue mode, `n8n worker`, whose health server then listens on this
	 * instance's port) in its own process group; resolves once it reports ready.
	 */
	async start(role: 'main' | 'worker' = 'main', timeoutMs = 120_000): Promise<void> {
		const log = createWriteStream(this.logFile, { flags: 'a' });
		const command = role === 'main' ? ['start'] : ['worker', '--concurrency=1'];
		const env =
			role === 'main'
				? this.env
				: {
						...this.env,
						QUEUE_HEALTH_CHECK_ACTIVE: 'true',
						QUEUE_HEALTH_CHECK_PORT: String(this.options.port),
						N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
					};
		const server = childProcess.spawn(this.app.nodeBinary, [this.app.n8nBinary, ...command], {
			env,
			cwd: this.options.home,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		this.server = server;
		this.session = undefined;
		started.add(this);
		server.stdout.pipe(log);
		server.stderr.pipe(log);
		// The end of n8n's output, for the error when it exits while starting: the user folder, and
		// so the log, is removed when the test that started it ends.
		let lastOutput = '';
		const keep = (chunk: Buffer) => {
			lastOutput = (lastOutput + chunk.toString()).slice(-2000);
		};
		server.stdout.on('data', keep);
		server.stderr.on('data', keep);
		const exited = new Promise<never>((_, reject) =>
			server.once('exit', (code) =>
				reject(
					new Error(
						`n8n exited with ${code} while starting; see ${this.logFile}. Its last output:\n${lastOutput}`,
					),
				),
			),
		);
		const deadline = Date.now() + timeoutMs;
		const ready = (async () => {
			while (Date.now() < deadline) {
				try {
					const response = await fetch(`${this.url}/healthz/readiness`);
					if (response.ok) return;
				} catch {
					// not listening yet
				}
				await sleep(500);
			}
			throw new Error(
				`n8n did not answer on ${this.url} within ${timeoutMs / 1000} s; see ${this.logFile}`,
			);
		})();
		let up = false;
		try {
			await Promise.race([ready, exited]);
			if (role === 'main' && this.app.major < 2) await this.setUpOwner();
			up = true;
		} finally {
			// Not up: stopped, and the error goes on to the caller.
			if (!up) await this.stop();
		}
		exited.catch(() => undefined);
	}

	/**
	 * Waits until a published workflow's production webhook at `path` is registered: n8n reports
	 * ready before it has activated the published workflows. A GET (the examples' webhooks take
	 * POST) is answered "not registered for GET" once the path exists, so nothing is executed.
	 * An MCP Server Trigger answers GET with an event stream that never ends: its body is dropped.
	 */
	async waitForWebhook(
		path: string,
		timeoutMs = 60_000,
		prefix: 'webhook' | 'mcp' = 'webhook',
	): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			const response = await fetch(`${this.url}/${prefix}/${path}`);
			if (response.status !== 404) {
				await response.body?.cancel();
				return;
			}
			if ((await response.text()).includes('not registered for GET')) return;
			await sleep(250);
		}
		throw new Error(
			`n8n did not register the webhook /${prefix}/${path} within ${timeoutMs / 1000} s; see ${this.logFile}`,
		);
	}

	/**
	 * n8n 1.x has no N8N_INSTANCE_OWNER_* settings: its owner is set up, as a user's first visit to
	 * the editor does, through its owner-setup endpoint (once; a restarted instance has one).
	 * 1.x reports ready before it has registered its REST API: until then the endpoint is a 404.
	 */
	private async setUpOwner(timeoutMs = 60_000): Promise<void> {
		const owner = this.options.owner;
		if (!owner) return;
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const response = await fetch(`${this.url}/rest/owner/setup`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(owner),
			});
			const body = await response.text();
			if (response.ok || /already set ?up/i.test(body)) return;
			if (response.status !== 404 || Date.now() > deadline) {
				throw new Error(
					`n8n ${this.version} refused the owner's setup: ${response.status} ${body}`,
				);
			}
			await sleep(250);
		}
	}

	/** Logs the owner in through n8n's REST API and returns the session cookie. */
	async login(): Promise<string> {
		if (this.session) return this.session;
		const owner = this.options.owner;
		if (!owner) throw new Error('This instance was created without an owner');
		const response = await fetch(`${this.url}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
		});
		const cookie = response.headers.getSetCookie().find((value) => value.startsWith('n8n-auth='));
		if (!response.ok || !cookie)
			throw new Error(`n8n refused the owner's login: ${response.status}`);
		this.session = cookie.split(';')[0];
		return this.session;
	}

	/** Ends `n8n start` and everything it spawned (task runners); SIGKILL after a grace period. */
	async stop(graceMs = 15_000): Promise<void> {
		const server = this.server;
		this.server = undefined;
		started.delete(this);
		if (!server || server.exitCode !== null || server.pid === undefined) return;
		const gone = new Promise<void>((resolve) => server.once('exit', () => resolve()));
		const signal = (name: NodeJS.Signals) => {
			try {
				process.kill(-server.pid!, name);
			} catch {
				// already gone
			}
		};
		signal('SIGTERM');
		const timer = setTimeout(() => signal('SIGKILL'), graceMs);
		await gone;
		clearTimeout(timer);
		signal('SIGKILL'); // anything left in the group
	}
}
