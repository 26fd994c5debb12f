/**
 * Before the end-to-end test files (jest.e2e.config.js): the package packed and installed into
 * n8n once, and one prepared user folder per jest worker; see run.ts.
 */
import { prepareRun } from './run';

/** The part of jest's global config read here: workers (1 with --runInBand). */
interface JestGlobalConfig {
	maxWorkers: number;
}

export default async function globalSetup({ maxWorkers }: JestGlobalConfig): Promise<void> {
	await prepareRun(Math.max(1, maxWorkers));
}
