/**
 * What the end-to-end test files of one run share, prepared once by globalSetup.ts (see
 * jest.e2e.config.js) and removed by globalTeardown.ts: the package packed and installed into an
 * n8n user folder once, and per jest worker (a lane: the files one worker runs, one after the
 * other) a template user folder with n8n's database migrated, the sandbox credentials and the
 * examples imported. Each test file copies its lane's template into a user folder of its own, so
 * files share no workflow, execution or credential, and starts its sandbox on its lane's port,
 * where the template's credentials point. Installing the package, n8n's database migrations and
 * two CLI imports (about 10 s of n8n start-ups per file) then happen once per lane, not per file.
 */
import {
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from '@n8n-nodes-trackstar/node-runtime/fs';
import { tmpdir } from '@n8n-nodes-trackstar/node-runtime/os';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';
import process from '@n8n-nodes-trackstar/node-runtime/process';

import {
	CARRIER_CREDENTIAL,
	FREIGHT_CREDENTIAL,
	readExamples,
	sandboxCredentials,
} from '../../scripts/demo/examples';
import {
	DEMO_OWNER,
	freePort,
	N8nInstance,
	packPackage,
	type N8nCredential,
} from '../../scripts/n8n/instance';
import {
	DEFAULT_ACCESS_TOKEN,
	DEFAULT_API_KEY,
	DEFAULT_CARRIER_ACCESS_TOKEN,
	DEFAULT_FREIGHT_ACCESS_TOKEN,
} from '../../sandbox';

export const WRONG_TOKEN_CREDENTIAL = {
	id: 'TrackstarBadToken',
	name: 'Trackstar API (wrong token)',
} as const;
/** A credential with the sandbox's API key and no access token: what Magic Link and Integration need. */
export const API_KEY_ONLY_CREDENTIAL = {
	id: 'TrackstarKeyOnly',
	name: 'Trackstar API (API key only)',
} as const;
/** The access token of WRONG_TOKEN_CREDENTIAL, which the sandbox refuses. */
export const WRONG_ACCESS_VALUE = 'e2e-wrong-access-token';

export { CARRIER_CREDENTIAL, FREIGHT_CREDENTIAL };

/** Where the run's description is: set by globalSetup.ts, inherited by every jest worker. */
const RUN_VARIABLE = 'TRACKSTAR_E2E_RUN';

export interface E2eLane {
	/** A user folder to copy (never to run n8n in). */
	template: string;
	/** The port its credentials give as the sandbox's. */
	sandboxPort: number;
}

export interface E2eRun {
	dir: string;
	lanes: E2eLane[];
}

/**
 * The sandbox credential, one with a token the sandbox refuses, and the freight and carrier
 * connections' (each its own token, as Trackstar gives each connection), for a sandbox at `url`.
 */
export function credentialsFor(url: string): N8nCredential[] {
	const [sandbox, ...others] = sandboxCredentials({
		url,
		apiKey: DEFAULT_API_KEY,
		accessToken: DEFAULT_ACCESS_TOKEN,
		freightAccessToken: DEFAULT_FREIGHT_ACCESS_TOKEN,
		carrierAccessToken: DEFAULT_CARRIER_ACCESS_TOKEN,
	});
	return [
		sandbox,
		{
			...sandbox,
			...WRONG_TOKEN_CREDENTIAL,
			data: { ...sandbox.data, accessToken: WRONG_ACCESS_VALUE },
		},
		{
			...sandbox,
			...API_KEY_ONLY_CREDENTIAL,
			data: { ...sandbox.data, accessToken: '' },
		},
		...others,
	];
}

const sandboxUrl = (port: number) => `http://127.0.0.1:${port}`;

/** An instance to run n8n's CLI in `home` (never started), on ports of its own. */
async function cliInstance(home: string): Promise<N8nInstance> {
	return new N8nInstance({
		home,
		port: await freePort(),
		brokerPort: await freePort(),
		owner: DEMO_OWNER,
	});
}

/**
 * Packs the built package (dist/ must be current) and prepares `lanes` lane templates in a new
 * directory, the lanes at the same time; writes the run's description there for readRun().
 */
export async function prepareRun(lanes: number): Promise<E2eRun> {
	const dir = mkdtempSync(join(tmpdir(), 'trackstar-e2e-run-'));
	let prepared = false;
	try {
		const base = join(dir, 'installed');
		const installer = await cliInstance(base);
		await installer.prepare(await packPackage(join(dir, 'pack')));
		const laneTemplates = await Promise.allSettled(
			Array.from({ length: lanes }, async (_, index): Promise<E2eLane> => {
				const template = join(dir, `lane-${index + 1}`);
				const sandboxPort = await freePort();
				const n8n = await cliInstance(template);
				n8n.prepareFrom(base);
				await n8n.importCredentials(credentialsFor(sandboxUrl(sandboxPort)));
				await n8n.importWorkflows(readExamples());
				return { template, sandboxPort };
			}),
		);
		const run: E2eRun = {
			dir,
			lanes: laneTemplates.map((lane) => {
				if (lane.status === 'rejected') throw lane.reason;
				return lane.value;
			}),
		};
		const file = join(dir, 'run.json');
		writeFileSync(file, JSON.stringify(run, null, 2));
		process.env[RUN_VARIABLE] = file;
		prepared = true;
		return run;
	} finally {
		// Not prepared: nothing left behind, and the error goes on to jest.
		if (!prepared) rmSync(dir, { recursive: true, force: true });
	}
}

/** The run globalSetup.ts prepared; fails, saying how to run the tests, outside such a run. */
export function readRun(): E2eRun {
	const file = process.env[RUN_VARIABLE];
	if (!file) {
		throw new Error(
			`${RUN_VARIABLE} is not set: run the end-to-end tests with npm run test:e2e (jest -c jest.e2e.config.js), whose globalSetup prepares n8n`,
		);
	}
	return JSON.parse(readFileSync(file, 'utf8')) as E2eRun;
}

/** The lane of this jest worker (JEST_WORKER_ID counts from 1; in band, it is 1). */
export function laneOfThisWorker(run: E2eRun = readRun()): E2eLane {
	const worker = Number(process.env.JEST_WORKER_ID ?? '1');
	return run.lanes[(Math.max(worker, 1) - 1) % run.lanes.length];
}

export function removeRun(run: E2eRun): void {
	rmSync(run.dir, { recursive: true, force: true });
}

export { sandboxUrl };
