/**
 * The real n8n app for the end-to-end tests: one user folder per test file with the package
 * installed from its tarball (dist/ must be built), the sandbox credential, a credential with a
 * wrong token, and `n8n execute` with its output parsed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readExamples, sandboxCredential } from '../../scripts/demo/examples';
import type { Execution } from '../../scripts/n8n/execution';
import { DEMO_OWNER, freePort, N8nInstance, packPackage } from '../../scripts/n8n/instance';
import { startSandbox, type Sandbox } from '../../sandbox';

export const WRONG_TOKEN_CREDENTIAL = {
	id: 'TrackstarBadToken',
	name: 'Trackstar API (wrong token)',
} as const;
export const WRONG_TOKEN = 'e2e-wrong-access-token';

export interface E2eApp {
	n8n: N8nInstance;
	sandbox: Sandbox;
	close(): Promise<void>;
}

/** A fresh instance on free ports, so test files and parallel runs never collide. */
export async function startE2eApp(workflows: (sandbox: Sandbox) => object[]): Promise<E2eApp> {
	const sandbox = await startSandbox({ port: 0, host: '127.0.0.1', orderCount: 2500 });
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
		rmSync(`${home}-pack`, { recursive: true, force: true });
	};
	try {
		await n8n.prepare(await packPackage(`${home}-pack`));
		await n8n.importCredentials([
			sandboxCredential(sandbox),
			{
				...sandboxCredential(sandbox),
				...WRONG_TOKEN_CREDENTIAL,
				data: { ...sandboxCredential(sandbox).data, accessToken: WRONG_TOKEN },
			},
		]);
		await n8n.importWorkflows([...readExamples(), ...workflows(sandbox)]);
		return { n8n, sandbox, close };
	} catch (error) {
		await close();
		throw error;
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
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`Timed out waiting for ${what}`);
}
