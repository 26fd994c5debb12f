import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { TrackstarResource } from '../model';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const byDisplayName = (a: TrackstarResource, b: TrackstarResource) =>
	a.displayName.localeCompare(b.displayName);

/** Each resource's Operation list; its default is the resource's own, set below. */
const OPERATION: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	options: [],
	default: '',
};

function operationProperty(resource: TrackstarResource): INodeProperties {
	return {
		...OPERATION,
		displayOptions: { show: { resource: [resource.value] } },
		options: [...resource.operations]
			.sort(byName)
			.map(({ name, value, description, action }) => ({ name, value, description, action })),
		default: resource.defaultOperation,
	};
}

/**
 * A node's Resource and Operation lists and every operation's fields, built from its resources.
 * With one resource (Trackstar Orders) the fields show by operation alone, as they always have.
 */
export function resourceProperties(
	resources: TrackstarResource[],
	defaultResource: string,
): INodeProperties[] {
	const single = resources.length === 1;
	return [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: [...resources]
				.sort(byDisplayName)
				.map(({ displayName, value }) => ({ name: displayName, value })),
			default: defaultResource,
		},
		...resources.map(operationProperty),
		...resources.flatMap((resource) =>
			resource.operations.flatMap((operation) =>
				single
					? operation.properties
					: updateDisplayOptions({ show: { resource: [resource.value] } }, operation.properties),
			),
		),
	];
}

/**
 * The canvas subtitle, read like the action ("Get many inventory items"): each operation's own
 * action text, so it never differs from the Operation list. Keyed "resource.operation" in one
 * flat map (a nested one would end in "}}", which closes n8n's expression).
 */
export function actionSubtitle(resources: TrackstarResource[]): string {
	if (resources.length === 1) {
		// A node of one resource (Trackstar Orders) has no Resource parameter to key by.
		const [resource] = resources;
		const actions = Object.fromEntries(
			resource.operations.map((operation) => [operation.value, operation.action]),
		);
		return `={{ ${JSON.stringify(actions)}[$parameter["operation"]] }}`;
	}
	const actions: Record<string, string> = {};
	for (const resource of resources)
		for (const operation of resource.operations)
			actions[`${resource.value}.${operation.value}`] = operation.action;
	return `={{ ${JSON.stringify(actions)}[$parameter["resource"] + "." + $parameter["operation"]] }}`;
}

/** The option lists every resource's fields load, for the node's `methods.loadOptions`. */
export function resourceLoadOptions(
	resources: TrackstarResource[],
): NonNullable<TrackstarResource['loadOptions']> {
	return Object.assign({}, ...resources.map((resource) => resource.loadOptions ?? {}));
}
