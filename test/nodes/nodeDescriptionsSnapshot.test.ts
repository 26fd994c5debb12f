import { readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';

import type { INodeType } from 'n8n-workflow';

import { Trackstar } from '../../nodes/Trackstar/Trackstar.node';
import { TrackstarCarrier } from '../../nodes/TrackstarCarrier/TrackstarCarrier.node';
import { TrackstarCart } from '../../nodes/TrackstarCart/TrackstarCart.node';
import { TrackstarFreight } from '../../nodes/TrackstarFreight/TrackstarFreight.node';
import { TrackstarOrdersTrigger } from '../../nodes/TrackstarOrdersTrigger/TrackstarOrdersTrigger.node';
import { TrackstarPollingTrigger } from '../../nodes/TrackstarPollingTrigger/TrackstarPollingTrigger.node';
import { TrackstarTrigger } from '../../nodes/TrackstarTrigger/TrackstarTrigger.node';
import { REPO_ROOT } from '../../scripts/support/repoRoot';

/**
 * The other nodes' descriptions (parameters, defaults, display options, subtitles) and the names
 * of their methods, written down before their code moved into one folder per resource: the move
 * changes where code lives, never what a saved workflow sees. Trackstar Orders has its own
 * fixtures (ordersDescriptionSnapshot.test.ts). Trackstar Cart's, Trackstar Freight's and Trackstar
 * Carrier's, written down when each was added.
 */
export const FIXTURE = join(REPO_ROOT, 'test', 'fixtures', 'nodes.description.json');

export function nodeDescriptions(): Record<string, unknown> {
	const nodes: INodeType[] = [
		new Trackstar(),
		new TrackstarCart(),
		new TrackstarFreight(),
		new TrackstarCarrier(),
		new TrackstarOrdersTrigger(),
		new TrackstarPollingTrigger(),
		new TrackstarTrigger(),
	];
	const methods = (node: INodeType) =>
		Object.fromEntries(
			Object.entries(node.methods ?? {}).map(([kind, named]) => [
				kind,
				Object.keys(named as object).sort(),
			]),
		);
	return JSON.parse(
		JSON.stringify(
			Object.fromEntries(
				nodes.map((node) => [
					node.description.name,
					{ description: node.description, methods: methods(node) },
				]),
			),
		),
	) as Record<string, unknown>;
}

describe('the nodes other than Trackstar Orders', () => {
	it('have exactly the descriptions written down', () => {
		expect(nodeDescriptions()).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
	});
});
