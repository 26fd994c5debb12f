/** The example workflows in examples/, as n8n imports them, and the credential they expect. */
import { readdirSync, readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';

import type { N8nCredential } from '../n8n/instance';
import { REPO_ROOT } from '../support/repoRoot';

export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');

/** The credential every example names; its ID lets imported examples find it without a click. */
export const EXAMPLE_CREDENTIAL = {
	id: 'TrackstarSandbox',
	name: 'Trackstar API (sandbox)',
} as const;

export interface ExampleWorkflow {
	id: string;
	name: string;
	nodes: Array<{ name: string; type: string; parameters: Record<string, unknown> }>;
	[key: string]: unknown;
}

export function readExamples(): ExampleWorkflow[] {
	return readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as ExampleWorkflow);
}

/** The sandbox's freight connection: its token reads /freight only. */
export const FREIGHT_CREDENTIAL = {
	id: 'TrackstarFreightSandbox',
	name: 'Trackstar API (sandbox freight)',
} as const;

/** The sandbox's carrier connection: its token reads /carrier only (the carrier examples name it). */
export const CARRIER_CREDENTIAL = {
	id: 'TrackstarCarrierSandbox',
	name: 'Trackstar API (sandbox carrier)',
} as const;

export function sandboxCredential(sandbox: {
	url: string;
	apiKey: string;
	accessToken: string;
}): N8nCredential {
	return {
		...EXAMPLE_CREDENTIAL,
		type: 'trackstarApi',
		data: { apiKey: sandbox.apiKey, accessToken: sandbox.accessToken, baseUrl: sandbox.url },
	};
}

/**
 * The sandbox's connections as n8n credentials: its WMS and store (one token), its freight
 * forwarder and its carrier (each its own token, as Trackstar gives each connection).
 */
export function sandboxCredentials(sandbox: {
	url: string;
	apiKey: string;
	accessToken: string;
	freightAccessToken: string;
	carrierAccessToken: string;
}): N8nCredential[] {
	const wms = sandboxCredential(sandbox);
	return [
		wms,
		{
			...wms,
			...FREIGHT_CREDENTIAL,
			data: { ...wms.data, accessToken: sandbox.freightAccessToken },
		},
		{
			...wms,
			...CARRIER_CREDENTIAL,
			data: { ...wms.data, accessToken: sandbox.carrierAccessToken },
		},
	];
}
