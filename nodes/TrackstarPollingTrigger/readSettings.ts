import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { InvalidValueError } from '../shared/wire/invalidValue';
import { buildListQuery } from '../shared/wire/listFilters';

import { type PolledEvent, type PolledResource, polledResource } from './polledResources';
import { triggerFilters } from './pollingTriggerFields';

/** Runs `read`, turning a bad value into an error that names the field, before any request. */
export function withFieldErrors<T>(context: IPollFunctions, read: () => T): T {
	try {
		return read();
	} catch (error) {
		if (!(error instanceof InvalidValueError))
			throw new NodeOperationError(context.getNode(), error as Error);
		throw new NodeOperationError(context.getNode(), `Invalid ${error.field}: ${error.reason}`, {
			description: error.hint,
		});
	}
}

export interface CommonSettings {
	resource: PolledResource;
	event: PolledEvent;
	/** The Filters as Trackstar's query, without dates and IDs. */
	query: IDataObject;
	options: IDataObject;
	toJson: (record: IDataObject) => IDataObject;
}

export function readCommonSettings(context: IPollFunctions): CommonSettings {
	const resource = polledResource(context.getNodeParameter('resource', 'inventoryItem') as string);
	const event = context.getNodeParameter('event', resource.events[0]) as PolledEvent;
	if (!resource.events.includes(event)) {
		throw new NodeOperationError(
			context.getNode(),
			`Invalid Trigger On: "${event}" is not an event of ${resource.list.plural}`,
		);
	}
	const filters = { ...(context.getNodeParameter('filters', {}) as IDataObject) };
	delete filters.ids;
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const query = withFieldErrors(context, () =>
		buildListQuery(filters, triggerFilters(resource.list.filters), context.getTimezone(), {
			ignoreEmpty: options.ignoreEmptyFilters === true,
		}),
	);
	const simplify = resource.list.simplify?.record;
	return {
		resource,
		event,
		query,
		options,
		toJson: options.simplify === true && simplify ? simplify : (record) => record,
	};
}
