/** `npm run test:e2e`: the package in the real n8n app (see test/e2e). Needs `npm run build` first. */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
	...base,
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	testPathIgnorePatterns: [],
	testTimeout: 120000,
	maxWorkers: 1,
};
