import type { INodeProperties } from 'n8n-workflow';

import { filterFields } from '../shared/fields/filterFields';
import { ignoreEmptyFiltersField } from '../shared/fields/ignoreEmptyFilters';
import { locatorField } from '../shared/fields/locators';
import { maxRecordsField } from '../shared/polling/maxRecords';
import type { ListFilters } from '../shared/wire/listFilters';
import {
	connectionPhrase,
	type PolledEvent,
	type PolledResource,
	POLLED_RESOURCES,
} from './polledResources';

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');

function eventOption(resource: PolledResource, event: PolledEvent) {
	const { noun, plural } = resource.list;
	switch (event) {
		case 'new':
			return {
				name: `New ${resource.displayName}`,
				value: event,
				description: `${article(noun)} ${noun} reaches Trackstar for the first time`.replace(
					/^./,
					(c) => c.toUpperCase(),
				),
			};
		case 'updated':
			return {
				name: `Updated ${resource.displayName}`,
				value: event,
				description: `Any change to ${article(noun)} ${noun}, new ${plural} included`,
			};
		case 'statusChanged':
			return {
				name: `${resource.displayName} Status Changed`,
				value: event,
				description: `${article(noun)} ${noun} enters one of the chosen statuses`.replace(
					/^./,
					(c) => c.toUpperCase(),
				),
			};
		case 'belowThreshold':
			return {
				name: 'Inventory Below Threshold',
				value: event,
				description:
					'An inventory item drops to or below a quantity; again only after it went back above',
			};
	}
}

/** The list's filters that narrow what triggers; dates and IDs are the cursor's business. */
export function triggerFilters(filters: ListFilters): ListFilters {
	return { ...filters, conditions: filters.conditions.filter((filter) => filter.kind !== 'date') };
}

const THRESHOLD_SHOW = { show: { resource: ['inventoryItem'], event: ['belowThreshold'] } };

const thresholdProperties: INodeProperties[] = [
	{
		displayName: 'Threshold',
		name: 'threshold',
		type: 'number',
		required: true,
		default: 10,
		description: 'Trigger when the quantity drops to this number or below',
		displayOptions: THRESHOLD_SHOW,
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'options',
		options: [
			{
				name: 'Available (Fulfillable)',
				value: 'fulfillable',
				description: 'On hand minus what orders have committed and what cannot be shipped',
			},
			{ name: 'On Hand', value: 'onhand', description: 'Everything physically in stock' },
		],
		default: 'fulfillable',
		description: 'Which stock figure is compared with the threshold',
		displayOptions: THRESHOLD_SHOW,
	},
	{
		...locatorField({
			displayName: 'Warehouse',
			name: 'warehouseId',
			searchListMethod: 'searchWarehouses',
			idPlaceholder: 'e.g. 65a1f3c2e4b0a17d9c3e5f10',
			description:
				"Watch the quantity in this warehouse only; leave empty to watch the item's total across warehouses",
		}),
		displayOptions: THRESHOLD_SHOW,
	},
];

function resourceProperties(resource: PolledResource): INodeProperties[] {
	const show = { resource: [resource.value] };
	const options = resource.events
		.map((event) => eventOption(resource, event))
		.sort((a, b) => a.name.localeCompare(b.name));
	// The descriptor's first event; a plain name, which n8n's community scanner accepts as a default.
	const firstEvent = resource.events[0];
	const properties: INodeProperties[] = [
		{
			displayName: 'Trigger On',
			name: 'event',
			type: 'options',
			noDataExpression: true,
			required: true,
			options,
			default: firstEvent,
			displayOptions: { show },
		},
	];
	if (resource.statuses !== undefined) {
		properties.push({
			displayName: 'Statuses',
			name: 'statuses',
			type: 'multiOptions',
			options: resource.statuses,
			required: true,
			default: [],
			description: `Trigger when ${article(resource.list.noun)} ${resource.list.noun} enters one of these statuses`,
			displayOptions: { show: { ...show, event: ['statusChanged'] } },
		});
	}
	if (resource.events.includes('belowThreshold')) properties.push(...thresholdProperties);
	const filters = filterFields(triggerFilters(resource.list.filters)).filter(
		(field) => field.name !== 'ids',
	);
	// A list filtered by dates and IDs only (cart products) has nothing left to narrow a trigger.
	if (filters.length > 0) {
		properties.push({
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: filters,
			displayOptions: { show },
		});
	}
	return properties;
}

const simplifyOption: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: false,
	description:
		'Whether to emit a simplified version of each record (the fields Get Many keeps with Simplify, in the Trackstar or Trackstar Cart node) instead of the raw data',
};

const backfillOption: INodeProperties = {
	displayName: 'Backfill Hours',
	name: 'backfillHours',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 0,
	description:
		'On the first poll after activation, also emit the matching records of this many hours before it. 0 starts from the moment of activation.',
};

/** What the canvas shows under the node, read like its event ("New inventory item"). */
function eventSubtitle(resource: PolledResource, event: PolledEvent): string | undefined {
	const { noun } = resource.list;
	if (event === 'new') return `New ${noun}`;
	if (event === 'updated') return `Updated ${noun}`;
	if (event === 'statusChanged')
		return `${noun.replace(/^./, (c) => c.toUpperCase())} status changed`;
	return undefined;
}

/**
 * The canvas subtitle: the threshold with Inventory Below Threshold, otherwise the event in
 * words, from one flat map keyed "resource.event" (a nested one would end in "}}").
 */
export function triggerSubtitle(): string {
	const events: Record<string, string> = {};
	for (const resource of POLLED_RESOURCES)
		for (const event of resource.events) {
			const text = eventSubtitle(resource, event);
			if (text !== undefined) events[`${resource.value}.${event}`] = text;
		}
	return `={{ $parameter["event"] === "belowThreshold" ? "Inventory at or below " + $parameter["threshold"] : ${JSON.stringify(events)}[$parameter["resource"] + "." + $parameter["event"]] }}`;
}

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: POLLED_RESOURCES.map((resource) => ({
			name: resource.displayName,
			value: resource.value,
			description: `${resource.list.plural.replace(/^./, (c) => c.toUpperCase())} of ${connectionPhrase(resource)}: needs its access token in the credential`,
		})).sort((a, b) => a.name.localeCompare(b.name)),
		default: 'inventoryItem',
		description:
			"A credential's access token is one connection's, and reads only the resources of that connection's type (each says which)",
	},
	...POLLED_RESOURCES.flatMap(resourceProperties),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [backfillOption, ignoreEmptyFiltersField, maxRecordsField('records'), simplifyOption],
		displayOptions: { hide: { event: ['belowThreshold'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [ignoreEmptyFiltersField, maxRecordsField('inventory items'), simplifyOption],
		displayOptions: { show: { event: ['belowThreshold'] } },
	},
];
