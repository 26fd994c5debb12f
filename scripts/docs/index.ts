/**
 * `npm run docs`: writes the generated blocks of the reference pages (docs/nodes/*.md) from the
 * nodes' descriptions and the endpoints of their operations (reference.ts says what and where).
 * `npm run docs -- --check` writes nothing and fails when a page is out of date.
 *
 * It loads the node classes from their sources, by file name with the extension: under tsx,
 * `nodes/Trackstar/Trackstar.node` would resolve to the codex Trackstar.node.json beside the
 * class (Node tries .json before the .ts tsx adds), which is why importing the node classes under
 * tsx failed. Jest resolves .ts first, so test/docs/referencePages.test.ts imports them as usual.
 */
import { writeFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { createRequire } from '@n8n-nodes-trackstar/node-runtime/module';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';
import process from '@n8n-nodes-trackstar/node-runtime/process';
import { print, printError } from '@n8n-nodes-trackstar/node-runtime/terminal';
import type { INodeType } from 'n8n-workflow';

import { REPO_ROOT } from '../support/repoRoot';
import { nodeSources, referencePages } from './referencePages';

function loadNodes(): INodeType[] {
	const load = createRequire(join(REPO_ROOT, 'package.json'));
	return nodeSources().map(({ file, className }) => {
		const exported = load(join(REPO_ROOT, file)) as Record<string, new () => INodeType>;
		if (typeof exported[className] !== 'function') {
			throw new Error(`${file} exports no class ${className}`);
		}
		return new exported[className]();
	});
}

function main(): void {
	const check = process.argv.includes('--check');
	let outdated = 0;
	for (const page of referencePages(loadNodes())) {
		if (page.current === page.expected) {
			print(`${page.file}: up to date`);
			continue;
		}
		outdated++;
		if (check) {
			printError(`${page.file}: out of date, run npm run docs`);
		} else {
			writeFileSync(join(REPO_ROOT, page.file), page.expected);
			print(`${page.file}: written`);
		}
	}
	if (check && outdated > 0) process.exitCode = 1;
}

try {
	main();
} catch (error) {
	printError(error instanceof Error ? error.message : error);
	process.exitCode = 1;
}
