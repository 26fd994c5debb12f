import { readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { TrackstarOrders } from '../../nodes/TrackstarOrders/TrackstarOrders.node';
import { REPO_ROOT } from '../../scripts/support/repoRoot';

/**
 * Trackstar Orders as released: its description (parameters, defaults, display options) and
 * its pickers, written down before the Trackstar node came to share its code. Saved workflows
 * depend on every value there; a difference is a breaking change, not a fixture to refresh.
 */
const RELEASED = join(REPO_ROOT, 'test', 'fixtures', 'trackstarOrders.released.description.json');
/** The same with the operations added since (Ship, Get Packs, Attach File): additions only. */
const CURRENT = join(REPO_ROOT, 'test', 'fixtures', 'trackstarOrders.description.json');

/** Operations added after the release, with their subtitles. */
const ADDED: Record<string, string> = {
	ship: 'Ship an order',
	getPacks: 'Get packs of an order',
	attachFile: 'Attach a file to an order',
};

/** Options added since to a collection of the release (an option left unset changes nothing). */
const ADDED_OPTIONS: Record<string, string[]> = {
	requestOptions: ['concurrentPages', 'idempotencyKey', 'ignoreEmptyFilters'],
};

/** Locator modes added since to a field of the release (a saved value keeps its own mode). */
const ADDED_MODES: Record<string, string[]> = {
	orderId: ['orderNumber', 'referenceId'],
};

/** A property with the options and modes added since the release taken out. */
function withoutAddedChoices(property: INodeProperties): INodeProperties {
	if (property.name in ADDED_OPTIONS) {
		return {
			...property,
			options: (property.options as INodeProperties[]).filter(
				(option) => !ADDED_OPTIONS[property.name].includes(option.name),
			),
		};
	}
	if (property.name in ADDED_MODES && property.modes !== undefined) {
		return {
			...property,
			modes: property.modes.filter((mode) => !ADDED_MODES[property.name].includes(mode.name)),
		};
	}
	return property;
}

type Snapshot = {
	description: { subtitle: string; properties: INodeProperties[] } & Record<string, unknown>;
	listSearch: string[];
};

function currentSnapshot(): Snapshot {
	const node = new TrackstarOrders();
	return JSON.parse(
		JSON.stringify({
			description: node.description,
			listSearch: Object.keys(node.methods.listSearch).sort(),
		}),
	) as Snapshot;
}

/** The description with the added operations, their fields, their subtitles and the added options taken out. */
function withoutAdditions(snapshot: Snapshot): Snapshot {
	const added = Object.keys(ADDED);
	const onlyForAdded = (property: INodeProperties) => {
		const operations = property.displayOptions?.show?.operation as string[] | undefined;
		return operations !== undefined && operations.every((operation) => added.includes(operation));
	};
	const properties = snapshot.description.properties
		.filter((property) => !onlyForAdded(property))
		.map((property) =>
			property.name === 'operation'
				? {
						...property,
						options: (property.options as INodePropertyOptions[]).filter(
							(option) => !added.includes(String(option.value)),
						),
					}
				: withoutAddedChoices(property),
		);
	const subtitle = Object.entries(ADDED).reduce(
		(text, [operation, label]) => text.replace(`,"${operation}":"${label}"`, ''),
		snapshot.description.subtitle,
	);
	// The credential's test method, added since: the Test button's, not a saved workflow's.
	const credentials = (snapshot.description.credentials as Array<Record<string, unknown>>).map(
		(credential) => {
			const released = { ...credential };
			delete released.testedBy;
			return released;
		},
	);
	return {
		...snapshot,
		description: { ...snapshot.description, subtitle, properties, credentials },
	};
}

describe('Trackstar Orders stays as released', () => {
	it('has the same description, parameter for parameter, as released, once the additions are taken out', () => {
		const released = JSON.parse(readFileSync(RELEASED, 'utf8')) as Snapshot;
		expect(withoutAdditions(currentSnapshot())).toEqual(released);
	});

	it('has exactly the description written down with the additions', () => {
		expect(currentSnapshot()).toEqual(JSON.parse(readFileSync(CURRENT, 'utf8')));
	});
});
