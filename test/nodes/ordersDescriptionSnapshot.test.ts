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
	// The common per-WMS fields (#27).
	additionalFields: ['billToAddress', 'carrierId'],
	updateFields: ['billToAddress', 'carrierId'],
};

/** Fields added since to the rows of a fixed collection of the release, wherever it appears. */
const ADDED_ROW_FIELDS: Record<string, string[]> = {
	shipToAddress: ['phoneNumber', 'email'],
	lineItems: ['wmsLineFields'],
};

/**
 * Descriptions reworded since, as released: text n8n shows, never a value a saved workflow holds.
 * Include Raw Schema adds write-info's document since Get Writable Fields reads it (#27).
 */
const REWORDED: Record<string, string> = {
	includeSchema: "Whether to add Trackstar's answer as it came (a JSON Schema) under schema",
};

/** Parameters added since, left empty by a saved workflow of the release (the WMS Fields, #27). */
const ADDED_PROPERTIES = ['wmsFields'];

/** A fixed collection with the row fields added since taken out, inside collections too. */
function withoutAddedRowFields(property: INodeProperties): INodeProperties {
	if (property.type === 'collection' && Array.isArray(property.options)) {
		return {
			...property,
			options: (property.options as INodeProperties[]).map(withoutAddedRowFields),
		};
	}
	const added = ADDED_ROW_FIELDS[property.name];
	if (property.type !== 'fixedCollection' || added === undefined) return property;
	return {
		...property,
		options: (property.options as Array<{ values: INodeProperties[] }>).map((row) => ({
			...row,
			values: row.values.filter((value) => !added.includes(value.name)),
		})),
	} as INodeProperties;
}

/** Locator modes added since to a field of the release (a saved value keeps its own mode). */
const ADDED_MODES: Record<string, string[]> = {
	orderId: ['orderNumber', 'referenceId'],
};

/** A property with the options and modes added since the release taken out. */
function withoutAddedChoices(given: INodeProperties): INodeProperties {
	const reworded = REWORDED[given.name];
	const property = withoutAddedRowFields(
		reworded === undefined ? given : { ...given, description: reworded },
	);
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
		.filter((property) => !onlyForAdded(property) && !ADDED_PROPERTIES.includes(property.name))
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
