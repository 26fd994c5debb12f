// n8n's own lint for community packages (what `n8n-node lint` runs), limited to what we publish:
// its rules assume node code, so tests, the sandbox and scripts stay out of their reach.
import { config } from '@n8n/node-cli/eslint';

export default [
	{ ignores: ['dist/**', 'node_modules/**', 'test/**', 'sandbox/**', 'scripts/**', 'jest.config.js', 'gulpfile.js'] },
	...config,
];
