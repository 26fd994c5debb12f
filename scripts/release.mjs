#!/usr/bin/env node
// `npm run release -- <patch|minor|major|X.Y.Z> [--dry-run]`: prepares a release from a clean
// main: runs every check, moves CHANGELOG's Unreleased notes under the new version, bumps
// package.json, commits and tags vX.Y.Z. Pushing the tag (`git push origin main --follow-tags`)
// makes GitHub Actions publish to npm with provenance; nothing is published from this machine.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHECKS = ['lint', 'lint:workflows', 'typecheck', 'build', 'test', 'check:package', 'scan'];

function refuse(reason) {
	console.error(`release refused: ${reason}`);
	process.exit(1);
}

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

function nextVersion(current, bump) {
	if (/^\d+\.\d+\.\d+$/.test(bump)) return bump;
	const [major, minor, patch] = current.split('.').map(Number);
	if (bump === 'major') return `${major + 1}.0.0`;
	if (bump === 'minor') return `${major}.${minor + 1}.0`;
	if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
	return refuse(`say patch, minor, major or X.Y.Z, not "${bump ?? ''}"`);
}

function isNewer(next, current) {
	const a = next.split('.').map(Number);
	const b = current.split('.').map(Number);
	for (let index = 0; index < 3; index++) if (a[index] !== b[index]) return a[index] > b[index];
	return false;
}

/** CHANGELOG.md with the Unreleased notes under `## [version] - date` (Keep a Changelog). */
function changelogFor(text, version, date) {
	const heading = '## [Unreleased]';
	const start = text.indexOf(heading);
	if (start === -1) refuse('CHANGELOG.md has no "## [Unreleased]" section');
	const bodyStart = start + heading.length;
	const next = text.indexOf('\n## [', bodyStart);
	const notes = text.slice(bodyStart, next === -1 ? undefined : next).trim();
	if (!notes) refuse('CHANGELOG.md says nothing under Unreleased: write what changed first');
	return `${text.slice(0, bodyStart)}\n\n## [${version}] - ${date}\n\n${notes}\n${next === -1 ? '' : text.slice(next)}`;
}

const [bump, ...flags] = process.argv.slice(2);
const dryRun = flags.includes('--dry-run');

if (git('status', '--porcelain')) refuse('the working tree has uncommitted changes');
const branch = git('rev-parse', '--abbrev-ref', 'HEAD');
if (branch !== 'main') refuse(`releases come from main, this is ${branch}`);

const packageFile = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(packageFile, 'utf8'));
const version = nextVersion(pkg.version, bump);
if (!isNewer(version, pkg.version)) refuse(`${version} is not newer than ${pkg.version}`);
if (git('tag', '--list', `v${version}`)) refuse(`the tag v${version} exists already`);
const changelogFile = join(root, 'CHANGELOG.md');
const changelog = changelogFor(readFileSync(changelogFile, 'utf8'), version, new Date().toISOString().slice(0, 10));

for (const check of CHECKS) {
	console.log(`\n== npm run ${check}`);
	try {
		execFileSync('npm', ['run', check], { cwd: root, stdio: 'inherit' });
	} catch {
		refuse(`npm run ${check} failed`);
	}
}

if (dryRun) {
	console.log(`\nDry run: every check passed; v${version} would be committed and tagged.`);
	process.exit(0);
}
writeFileSync(changelogFile, changelog);
execFileSync('npm', ['version', version, '--no-git-tag-version'], { cwd: root, stdio: 'ignore' });
git('add', 'package.json', 'package-lock.json', 'CHANGELOG.md');
git('commit', '-m', `Release v${version}`);
git('tag', '-a', `v${version}`, '-m', `v${version}`);
console.log(`\nTagged v${version}. Publish it: git push origin main --follow-tags`);
