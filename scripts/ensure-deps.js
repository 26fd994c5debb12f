// Installs devDependencies when node_modules is missing or older than package-lock.json,
// so `npm test` and `npm run demo` work on a fresh clone. `--ignore-scripts` because
// n8n-workflow pulls isolated-vm, whose native build needs Node >= 24 and is not used here.
// `npm install --no-save` follows the lock's versions and never rewrites it, so a fresh clone
// stays clean whatever npm the user has. `--loglevel=error`: the peer-dependency (ERESOLVE) and
// engine (EBADENGINE isolated-vm) warnings of n8n's own dependency tree are expected and say
// nothing a user of this repository can act on.
const { execSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const lock = join(root, 'package-lock.json');
const stamp = join(root, 'node_modules', '.trackstar-install-stamp');
const lockHash = () => createHash('sha256').update(readFileSync(lock)).digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash()) process.exit(0);

console.log('Installing development dependencies (once; about two minutes on an empty npm cache)...');
execSync('npm install --no-save --ignore-scripts --no-audit --no-fund --loglevel=error', {
	cwd: root,
	stdio: 'inherit',
});
writeFileSync(stamp, lockHash());
