#!/usr/bin/env node
// prepublishOnly: n8n's verification wants packages published from GitHub Actions with npm
// provenance, from exactly the committed source. Anything else is refused.
'use strict';
const { execFileSync } = require('node:child_process');

const problems = [];
if (process.env.GITHUB_ACTIONS !== 'true') {
	problems.push('publish from the Publish workflow (push a tag made by npm run release), not from this machine');
}
if (process.env.npm_config_provenance !== 'true') problems.push('publish with --provenance');
const dirty = execFileSync('git', ['status', '--porcelain', '--', '.', ':!package-lock.json'], { encoding: 'utf8' }).trim();
if (dirty) problems.push(`the working tree has changes:\n${dirty}`);

if (problems.length > 0) {
	console.error(`npm publish refused:\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
