/**
 * Brings up what `npm run demo` shows: the Trackstar sandbox, and the real n8n app with this
 * package installed from its tarball, a "Trackstar API (sandbox)" credential, the example
 * workflows imported (the webhook ones active) and an owner login, so the editor opens at once.
 * The browser check starts the same thing on other ports.
 */
import * as childProcess from '@n8n-nodes-trackstar/node-runtime/child-process';
import { mkdtempSync, rmSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { homedir, tmpdir } from '@n8n-nodes-trackstar/node-runtime/os';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';
import process from '@n8n-nodes-trackstar/node-runtime/process';

import { startSandbox, type Sandbox } from '../../sandbox';
import { DEMO_OWNER, N8nInstance, packPackage, type N8nOwner } from '../n8n/instance';
import { REPO_ROOT } from '../support/repoRoot';
import { readExamples, sandboxCredentials } from './examples';

/** The examples that start from a webhook, active in the demo so a curl can run them. */
export const WEBHOOK_EXAMPLES = {
	cancel: { id: 'tsCancelWebhook1', path: 'trackstar/cancel-orders' },
	storefront: { id: 'tsCreateStorefront1', path: 'trackstar/storefront-orders' },
} as const;

export const webhookUrl = (demo: Demo, example: keyof typeof WEBHOOK_EXAMPLES) =>
	`${demo.n8n.url}/webhook/${WEBHOOK_EXAMPLES[example].path}`;

/** The AI-agent example: its MCP Server Trigger, active in the demo, at /mcp/<path>. */
export const MCP_EXAMPLE = { id: 'tsAgentTools1', path: 'trackstar' } as const;

/** What a storefront posts to the storefront example: a paid order, Shopify-shaped. */
export const STOREFRONT_ORDER_FILE = join(REPO_ROOT, 'scripts', 'demo', 'storefront-order.json');

export interface DemoOptions {
	n8nPort?: number;
	sandboxPort?: number;
	/** The WMS the sandbox's connection is (SandboxOptions.integration); the sandbox's own by default. */
	integration?: string;
	/** n8n's user folder; recreated on every start so the demo always begins from the same state. */
	home?: string;
	/** Progress lines, e.g. console.log. */
	say?: (line: string) => void;
	/** Workflows imported beside the examples, e.g. the browser check's own. */
	workflows?: object[];
}

export interface Demo {
	n8n: N8nInstance;
	sandbox: Sandbox;
	owner: N8nOwner;
	stop(): Promise<void>;
}

/**
 * Installs n8n (a few minutes the first time) in a child process rather than in this one, so a
 * signal that stops the demo meanwhile is handled at once and stops the install with it.
 */
async function provisionInChildProcess(): Promise<void> {
	const child = childProcess.spawn(
		process.execPath,
		['--import', 'tsx', join(REPO_ROOT, 'scripts', 'n8n', 'provision.ts')],
		{
			cwd: REPO_ROOT,
			stdio: ['ignore', 'inherit', 'inherit'],
		},
	);
	const code = await new Promise<number | null>((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', resolve);
	});
	if (code !== 0) throw new Error(`Installing n8n failed (exit ${code}); its output is above`);
}

export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
	const say = options.say ?? (() => undefined);
	const n8nPort = options.n8nPort ?? 5678;
	const home =
		options.home ?? join(homedir(), '.cache', 'n8n-nodes-trackstar', `demo-home-${n8nPort}`);

	say('Starting the Trackstar sandbox...');
	const sandbox = await startSandbox({
		port: options.sandboxPort ?? 4010,
		host: '127.0.0.1',
		...(options.integration ? { integration: options.integration } : {}),
		// A few orders move every two minutes, as a real warehouse's do: the examples and the Orders Trigger find recent changes.
		activity: true,
	});
	let n8n: N8nInstance | undefined;
	const stop = async () => {
		await n8n?.stop();
		await sandbox.close();
	};
	let started = false;
	try {
		say(
			'Providing n8n (installed once into ~/.cache/n8n-nodes-trackstar; the first time takes a few minutes)...',
		);
		await provisionInChildProcess();
		n8n = new N8nInstance({
			home,
			port: n8nPort,
			owner: DEMO_OWNER,
			env: { N8N_LOG_LEVEL: 'warn' },
		});
		const packDir = mkdtempSync(join(tmpdir(), 'n8n-nodes-trackstar-pack-'));
		try {
			say('Installing this package into n8n from its npm pack tarball...');
			await n8n.prepare(await packPackage(packDir));
		} finally {
			rmSync(packDir, { recursive: true, force: true });
		}
		say('Importing the sandbox credentials and the example workflows...');
		await n8n.importCredentials(sandboxCredentials(sandbox));
		await n8n.importWorkflows([...readExamples(), ...(options.workflows ?? [])]);
		for (const { id } of [...Object.values(WEBHOOK_EXAMPLES), MCP_EXAMPLE]) await n8n.publish(id);
		say(`Starting n8n ${n8n.version}...`);
		await n8n.start();
		for (const { path } of Object.values(WEBHOOK_EXAMPLES)) await n8n.waitForWebhook(path);
		await n8n.waitForWebhook(MCP_EXAMPLE.path, 60_000, 'mcp');
		started = true;
		return { n8n, sandbox, owner: DEMO_OWNER, stop };
	} finally {
		// A start that failed on the way stops what it had started; its error goes on to the caller.
		if (!started) await stop();
	}
}
