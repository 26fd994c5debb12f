import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { nodeApiError } from '../transport/errors';
import { pathSegment, trackstarApiRequest, type TrackstarRequest } from '../transport/request';
import type { ListModel, RecordModel } from '../model';
import { lookUpRecordId, lookupOf } from './recordId';
import { recordUnusedFields } from './unusedFieldsHints';

function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "a Get Many orders step": where a user finds the ID this record's field takes. */
export const listedBy = (model: { plural: string }) => `a Get Many ${model.plural} step`;

/** An ID from a resource locator parameter, percent-encoded as one path segment. */
export function idSegment(
	context: IExecuteFunctions,
	itemIndex: number,
	parameter: string,
	label: string,
	plural: string,
): string {
	const id = context.getNodeParameter(parameter, itemIndex, '', { extractValue: true });
	return pathSegment(String(id ?? ''), label, context, itemIndex, listedBy({ plural }));
}

/**
 * `<path>/{id}` for the item's record parameter; a number typed in a lookup mode (By Order
 * Number, By SKU...) is looked up first, with one read. Call it after the item's other values
 * are checked, so that bad input fails before any request.
 */
export async function recordPath(
	context: IExecuteFunctions,
	model: RecordModel,
	itemIndex: number,
): Promise<string> {
	const label = model.idField.displayName;
	const lookup = lookupOf(context, model, itemIndex);
	if (lookup === undefined) {
		const id = idSegment(context, itemIndex, model.idField.name, label, model.plural);
		return `${model.path}/${id}`;
	}
	const id = await lookUpRecordId(context, model, itemIndex, lookup);
	return `${model.path}/${pathSegment(id, label, context, itemIndex, listedBy(model))}`;
}

export function listPath(context: IExecuteFunctions, model: ListModel, itemIndex: number): string {
	return typeof model.path === 'string' ? model.path : model.path(context, itemIndex);
}

function noRecordError(
	context: IExecuteFunctions,
	response: IDataObject,
	itemIndex: number,
	noun: string,
	description: string,
) {
	return nodeApiError(
		context.getNode(),
		{ id: (response.id as string) ?? null },
		{ message: `Trackstar's answer holds no ${noun}`, description, itemIndex },
	);
}

/** The record of an answer `{data: <record>, ...}`, or the error saying what to do without it. */
function recordOf(
	context: IExecuteFunctions,
	response: IDataObject,
	itemIndex: number,
	noun: string,
	whatToDo: string,
): IDataObject {
	if (!isRecord(response.data)) throw noRecordError(context, response, itemIndex, noun, whatToDo);
	return response.data;
}

/** A read answers `{data: <record>}`. */
export function readRecord(
	context: IExecuteFunctions,
	response: IDataObject,
	itemIndex: number,
	noun: string,
): IDataObject {
	const whatToDo =
		"The answer does not match Trackstar's documented format. Try again; if it persists, contact Trackstar support.";
	return recordOf(context, response, itemIndex, noun, whatToDo);
}

/** A write answers `{data: <record>, id, unused_fields}`; anything else is not passed on. */
export function writtenRecord(
	context: IExecuteFunctions,
	response: IDataObject,
	itemIndex: number,
	noun: string,
): IDataObject {
	const whatToDo = `The write may have been applied. Check the ${noun} in Trackstar before running this item again.`;
	return recordOf(context, response, itemIndex, noun, whatToDo);
}

/** The written record with `unused_fields` (the body fields the WMS or store ignored), also shown as a hint. */
export function writtenRecordWithUnusedFields(
	context: IExecuteFunctions,
	response: IDataObject,
	itemIndex: number,
	model: Pick<RecordModel, 'noun' | 'path'>,
): IDataObject {
	const record = writtenRecord(context, response, itemIndex, model.noun);
	// Trackstar's docs show `unused_fields: [""]` for "none".
	const unusedFields = Array.isArray(response.unused_fields)
		? response.unused_fields.map(String).filter((field) => field.trim() !== '')
		: [];
	recordUnusedFields(context, unusedFields, itemIndex, model.path);
	return { ...record, unused_fields: unusedFields };
}

/**
 * A write on one record's own sub-path (an order's `/shipments`, an inbound shipment's
 * `/receive`, an inventory item's `/adjust`): the written record, with the fields the WMS ignored.
 */
export async function writeOnRecord(
	context: IExecuteFunctions,
	model: RecordModel,
	itemIndex: number,
	subPath: string,
	request: Omit<TrackstarRequest, 'path'>,
): Promise<IDataObject[]> {
	const path = `${await recordPath(context, model, itemIndex)}${subPath}`;
	const response = await trackstarApiRequest.call(context, { ...request, path }, itemIndex);
	return [writtenRecordWithUnusedFields(context, response, itemIndex, model)];
}

/** The one record of an answer Trackstar gives as a list (`data: [record]`), or an error saying there is none. */
export function onlyRecordOf(
	context: IExecuteFunctions,
	data: unknown,
	noun: string,
	itemIndex: number,
): IDataObject {
	const [record] = Array.isArray(data) ? data : isRecord(data) ? [data] : [];
	if (!isRecord(record)) {
		throw new NodeOperationError(context.getNode(), `Trackstar's answer holds no ${noun}`, {
			itemIndex,
		});
	}
	return record;
}
