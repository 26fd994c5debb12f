/**
 * The real n8n app for the end-to-end tests: per test file a user folder of its own, copied from
 * its jest worker's template (run.ts: the package installed from its tarball, the sandbox
 * credential, a credential with a wrong token and the examples, prepared once per run), the
 * file's own workflows imported, its own sandbox, and `n8n execute` with its output parsed.
 */
import { mkdtempSync, rmSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { tmpdir } from '@n8n-nodes-trackstar/node-runtime/os';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';
import { sleep } from 'n8n-workflow';

import type { Execution } from '../../scripts/n8n/execution';
import { DEMO_OWNER, freePort, N8nInstance } from '../../scripts/n8n/instance';
import { N8N_MAJOR } from '../../scripts/n8n/provision';
import { startSandbox, type Sandbox } from '../../sandbox';
import {
	CARRIER_CREDENTIAL,
	API_KEY_ONLY_CREDENTIAL,
	credentialsFor,
	FREIGHT_CREDENTIAL,
	laneOfThisWorker,
	sandboxUrl,
	WRONG_ACCESS_VALUE,
	WRONG_TOKEN_CREDENTIAL,
} from './run';

export {
	API_KEY_ONLY_CREDENTIAL,
	CARRIER_CREDENTIAL,
	FREIGHT_CREDENTIAL,
	WRONG_ACCESS_VALUE,
	WRONG_TOKEN_CREDENTIAL,
};

export interface E2eApp {
	n8n: N8nInstance;
	sandbox: Sandbox;
	close(): Promise<void>;
}

const SANDBOX = { host: '127.0.0.1', orderCount: 2500 } as const;

/**
 * The sandbox on the lane's port, where the template's credentials point; on another port if
 * something else holds that one, with `own` then true (the credentials must be imported again).
 */
async function laneSandbox(port: number): Promise<{ sandbox: Sandbox; own: boolean }> {
	return await startSandbox({ ...SANDBOX, port }).then(
		(sandbox) => ({ sandbox, own: false }),
		async (error: NodeJS.ErrnoException) => {
			if (error.code !== 'EADDRINUSE') throw error;
			return { sandbox: await startSandbox({ ...SANDBOX, port: 0 }), own: true };
		},
	);
}

/** A fresh instance on free ports, so test files and parallel runs never collide. */
export async function startE2eApp(workflows: (sandbox: Sandbox) => object[]): Promise<E2eApp> {
	const lane = laneOfThisWorker();
	const { sandbox, own } = await laneSandbox(lane.sandboxPort);
	const home = mkdtempSync(join(tmpdir(), 'trackstar-e2e-'));
	const n8n = new N8nInstance({
		home,
		port: await freePort(),
		brokerPort: await freePort(),
		owner: DEMO_OWNER,
	});
	const close = async () => {
		await n8n.stop();
		await sandbox.close();
		rmSync(home, { recursive: true, force: true });
	};
	let ready = false;
	try {
		n8n.prepareFrom(lane.template);
		if (own || sandbox.url !== sandboxUrl(lane.sandboxPort)) {
			await n8n.importCredentials(credentialsFor(sandbox.url));
		}
		const ownWorkflows = workflows(sandbox);
		if (ownWorkflows.length > 0) await n8n.importWorkflows(ownWorkflows);
		ready = true;
		return { n8n, sandbox, close };
	} finally {
		// Not ready: everything started is stopped, and the error goes on to jest.
		if (!ready) await close();
	}
}

/**
 * The app for the tests of one file: started before them (installing the package takes minutes),
 * closed after them, the sandbox reset before each. Its fields are there once `beforeAll` has run.
 */
export function e2eAppForTestFile(workflows: (sandbox: Sandbox) => object[]): E2eApp {
	const app = {} as E2eApp;
	beforeAll(async () => {
		Object.assign(app, await startE2eApp(workflows));
	}, 300_000);
	afterAll(async () => {
		await app.close?.();
	});
	beforeEach(() => app.sandbox.reset());
	return app;
}

/** Fails with what n8n printed when the execution did not succeed. */
export function expectSucceeded(run: Execution): void {
	if (run.code !== 0 || run.status !== 'success') {
		throw new Error(
			`n8n execute exited ${run.code} (${run.status ?? 'no status'}):\n${run.output.slice(-3000)}`,
		);
	}
}

export type { Execution };

export async function execute(app: E2eApp, workflowId: string): Promise<Execution> {
	return await app.n8n.execute(workflowId);
}

/** Polls `probe` until it returns a value; fails naming `what` after `timeoutMs`. */
export async function until<T>(
	what: string,
	probe: () => T | undefined,
	timeoutMs: number,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const value = probe();
		if (value !== undefined) return value;
		await sleep(250);
	}
	throw new Error(`Timed out waiting for ${what}`);
}

/**
 * Cases that run on one n8n line only: `test` on n8n `major`.x, `test.skip` on the other line
 * (reported as skipped). Each use says why the other line adds nothing there.
 */
export function onlyOnLine(major: 1 | 2): typeof test {
	return N8N_MAJOR === major ? test : test.skip;
}

/** Whether this run's n8n is on the line `major`. */
export const onLine = (major: 1 | 2): boolean => N8N_MAJOR === major;
