// Installs devDependencies when node_modules is missing or older than package-lock.json,
// so `npm test` and `npm run demo` work on a fresh clone. `--ignore-scripts` because
// n8n-workflow pulls isolated-vm, whose native build needs Node >= 24 and is not used here.
// `npm install` rather than `npm ci`: npm 11 leaves other platforms' optional bindings
// (@unrs/resolver-binding-*) out of the lock and then refuses it in `npm ci`; install still
// follows the lock's versions.
const { execSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const lock = join(root, 'package-lock.json');
const stamp = join(root, 'node_modules', '.trackstar-install-stamp');
const lockHash = () => createHash('sha256').update(readFileSync(lock)).digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash()) process.exit(0);

console.log('Installing development dependencies (npm install --ignore-scripts)...');
execSync('npm install --ignore-scripts --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
writeFileSync(stamp, lockHash());
