#!/usr/bin/env node
// n8n's community package scanner (@n8n/scan-community-package), run on what we would publish:
// its own analyzePackage over our source (nodes/, credentials/, package.json, as it lints the
// provenance-attested source) and over the JavaScript and package.json inside the packed
// tarball. Only the npm download and the provenance check are left out: they need a release.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'trackstar-scan-'));

try {
	const [{ filename }] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
	);
	const packageDir = join(work, 'package');
	execFileSync('tar', ['-xzf', join(work, filename), '-C', work]);

	const legs = [
		['source (nodes/, credentials/, package.json)', await analyzePackage(root, SOURCE_FILE_PATTERNS)],
		['packed tarball (**/*.js, package.json)', await analyzePackage(packageDir, ['**/*.js', 'package.json'])],
	];
	let passed = true;
	for (const [name, result] of legs) {
		console.log(`${result.passed ? 'passed' : 'FAILED'}: ${name}${result.message ? ` (${result.message})` : ''}`);
		if (result.details) console.log(result.details);
		passed &&= result.passed;
	}
	if (!passed) process.exitCode = 1;
	else console.log(`n8n's community package scanner: no findings in ${filename}`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
