// Checks what `npm pack` would publish against n8n's rules for community packages:
// only dist/ plus README, LICENSE and package.json; no runtime dependencies; n8n-workflow as
// the only peer; every node and credential listed in the n8n section built, with its class
// exported under the file's name (n8n's loader finds classes that way).
const { execSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { basename, join } = require('node:path');

const root = join(__dirname, '..');
const pkg = require(join(root, 'package.json'));
const problems = [];

const [packed] = JSON.parse(execSync('npm pack --dry-run --json --ignore-scripts', { cwd: root, encoding: 'utf8' }));
const files = packed.files.map((file) => file.path);
const allowed = (path) => path.startsWith('dist/') || ['README.md', 'LICENSE', 'package.json'].includes(path);
for (const path of files.filter((path) => !allowed(path))) problems.push(`packed file outside dist/: ${path}`);
for (const required of ['README.md', 'LICENSE', 'package.json']) {
	if (!files.includes(required)) problems.push(`${required} is not packed`);
}
// n8n-node build copies every PNG and SVG of the repository into dist/: only the icons may ship.
for (const path of files.filter((path) => path.startsWith('dist/') && !/^dist\/(nodes|credentials|icons)\//.test(path))) {
	problems.push(`packed file outside dist/nodes, dist/credentials and dist/icons: ${path}`);
}
if (files.some((path) => /(^|\/)(test|sandbox|scripts)\//.test(path) || path.endsWith('.test.js'))) {
	problems.push('test, sandbox or script code is packed');
}

if (pkg.dependencies && Object.keys(pkg.dependencies).length > 0) {
	problems.push(`runtime dependencies: ${Object.keys(pkg.dependencies).join(', ')}`);
}
if (JSON.stringify(pkg.peerDependencies) !== JSON.stringify({ 'n8n-workflow': '*' })) {
	problems.push(`peerDependencies must be exactly {"n8n-workflow": "*"}, is ${JSON.stringify(pkg.peerDependencies)}`);
}
if (!(pkg.keywords || []).includes('n8n-community-node-package')) problems.push('keyword n8n-community-node-package missing');

for (const path of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
	if (!files.includes(path)) {
		problems.push(`${path} (from the n8n section) is not in the package`);
		continue;
	}
	const className = basename(path).split('.')[0];
	const exported = require(join(root, path))[className];
	if (typeof exported !== 'function') problems.push(`${path} does not export a class ${className}`);
}

if (problems.length > 0) {
	console.error(`Package check failed:\n- ${problems.join('\n- ')}`);
	process.exit(1);
}
console.log(`Package check passed: ${files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed, no runtime dependencies.`);
for (const path of files) console.log(`  ${path}`);
