/**
 * The repository's root directory (where package.json is), for development code that reads or
 * runs files by path: `join(REPO_ROOT, 'dist')` rather than `join(__dirname, '..', '..', 'dist')`,
 * since n8n's lint refuses `__dirname` in every .ts file. Resolved from this file, so a worktree or
 * a copy of the repository finds its own root.
 */
import { dirname } from '@n8n-nodes-trackstar/node-runtime/path';

export const REPO_ROOT = dirname(require.resolve('../../package.json'));
