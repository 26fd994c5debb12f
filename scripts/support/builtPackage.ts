import { createRequire } from '@n8n-nodes-trackstar/node-runtime/module';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';

import type { ICredentialType, INodeType } from 'n8n-workflow';

import { REPO_ROOT } from './repoRoot';

/** The built package (dist/, npm run build), loaded as n8n loads it: required by path. */
const requireBuilt = createRequire(join(REPO_ROOT, 'package.json'));

/** A node class of the built package, by its folder name, e.g. 'TrackstarOrders'. */
export function builtNode(name: string): new () => INodeType {
	const file = join(REPO_ROOT, 'dist', 'nodes', name, `${name}.node.js`);
	return (requireBuilt(file) as Record<string, new () => INodeType>)[name];
}

/** A credential class of the built package, e.g. 'TrackstarApi'. */
export function builtCredential(name: string): new () => ICredentialType {
	const file = join(REPO_ROOT, 'dist', 'credentials', `${name}.credentials.js`);
	return (requireBuilt(file) as Record<string, new () => ICredentialType>)[name];
}
