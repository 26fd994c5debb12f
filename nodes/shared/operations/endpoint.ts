import type { Endpoint, EndpointMethod, ListModel, RecordModel } from '../model';

/**
 * An endpoint on one record, as Trackstar writes it: `PUT /wms/orders/{order_id}/cancel` for
 * the order model, 'PUT' and '/cancel'. What `recordPath` builds for an item, with the ID named.
 */
export function recordEndpoint(
	model: RecordModel,
	method: EndpointMethod,
	suffix = '',
	more: Omit<Endpoint, 'method' | 'path'> = {},
): Endpoint {
	return { method, path: `${model.path}/{${model.pathParameter}}${suffix}`, ...more };
}

/** `GET <path>` of a list at a fixed path; a list under another record names its endpoint itself. */
export function listEndpoint(model: ListModel): Endpoint {
	if (typeof model.path !== 'string') {
		throw new Error(`The ${model.plural} list's path is built per item: give its endpoint`);
	}
	return { method: 'GET', path: model.path };
}
