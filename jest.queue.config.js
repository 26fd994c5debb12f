/** `npm run test:queue`: the package in n8n queue mode (see test/queue). Needs `npm run build` first. */
const e2e = require('./jest.e2e.config');

/** @type {import('jest').Config} */
module.exports = { ...e2e, roots: ['<rootDir>/test/queue'], testTimeout: 300000 };
