/**
 * What n8n loads (nodes/, credentials/) imports only itself (relative paths), n8n-workflow (the
 * instance provides it) and node:crypto (webhook signatures, Idempotency-Keys). n8n's own lint
 * (`npm run lint`) allows any devDependency, since those are never installed at runtime; this keeps
 * the development-only @n8n-nodes-trackstar/node-runtime, and every other devDependency, out of
 * the published code.
 */
import { readdirSync, readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';
import { preProcessFile } from 'typescript';

import { REPO_ROOT } from '../../scripts/support/repoRoot';

const ALLOWED = new Set(['n8n-workflow', 'node:crypto']);

/** Every module a source names: imports (type-only too), re-exports, import() and require(). */
function importsOutsideAllowed(source: string): string[] {
	return preProcessFile(source, true, true)
		.importedFiles.map(({ fileName }) => fileName)
		.filter((name) => !name.startsWith('./') && !name.startsWith('../') && !ALLOWED.has(name));
}

const published = ['nodes', 'credentials'].flatMap((folder) =>
	readdirSync(join(REPO_ROOT, folder), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.ts'))
		.map((file) => join(folder, file)),
);

describe('imports of nodes/ and credentials/', () => {
	it('are relative, n8n-workflow or node:crypto, in every .ts file', () => {
		expect(published.length).toBeGreaterThan(100);
		const outside = Object.fromEntries(
			published
				.map((file) => [file, importsOutsideAllowed(readFileSync(join(REPO_ROOT, file), 'utf8'))])
				.filter(([, names]) => names.length > 0),
		);
		expect(outside).toEqual({});
	});

	it('are read in every form a source can take', () => {
		const source = [
			"import { readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';",
			"import type { Server } from 'node:http';",
			"export * from 'lodash';",
			"const os = require('node:os');",
			"const later = import('node:path');",
			"import { NodeApiError } from 'n8n-workflow';",
			"import { createHmac } from 'node:crypto';",
			"import { request } from '../transport/request';",
		].join('\n');
		expect(importsOutsideAllowed(source)).toEqual([
			'@n8n-nodes-trackstar/node-runtime/fs',
			'node:http',
			'lodash',
			'node:os',
			'node:path',
		]);
	});
});
