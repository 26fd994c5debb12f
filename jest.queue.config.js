/** `npm run test:queue`: the package in n8n queue mode (see test/queue). Needs `npm run build` first. */
const e2e = require('./jest.e2e.config');

/** @type {import('jest').Config} */
const queue = { ...e2e, roots: ['<rootDir>/test/queue'], testTimeout: 300000, maxWorkers: 1 };
// Not the end-to-end files' n8n user folders (test/e2e/run.ts): the queue test installs the
// package into instances of its own.
delete queue.globalSetup;
delete queue.globalTeardown;
delete queue.testSequencer;

module.exports = queue;
