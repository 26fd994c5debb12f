/**
 * `npm run test:e2e`: the package in the real n8n app (see test/e2e). Needs `npm run build` first.
 * globalSetup packs and installs the package into n8n once and prepares one n8n user folder per
 * worker (test/e2e/run.ts); each test file copies its worker's, and runs its own n8n and sandbox,
 * so files run in parallel: E2E_WORKERS at once, by default one more than the cores, since the
 * trigger files mostly wait for n8n's minute ticks (on two cores, three at once: n8n 2.x 303 s,
 * n8n 1.x 176 s). `--runInBand` runs them one after the other.
 */
const { availableParallelism } = require('node:os');

const base = require('./jest.config');

const workers = Number(process.env.E2E_WORKERS) || availableParallelism() + 1;

/** @type {import('jest').Config} */
module.exports = {
	...base,
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	testPathIgnorePatterns: [],
	testTimeout: 120000,
	maxWorkers: workers,
	globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
	globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
	// The files that mostly wait for n8n's poll ticks first, so the others run beside them.
	testSequencer: '<rootDir>/test/e2e/sequencer.js',
};
