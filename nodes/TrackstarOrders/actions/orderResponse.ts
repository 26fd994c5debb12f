import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { nodeApiError } from '../../shared/transport/errors';
import { recordUnusedFields } from './unusedFieldsHints';

function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function noOrderError(context: IExecuteFunctions, response: IDataObject, itemIndex: number, description: string) {
	return nodeApiError(
		context.getNode(),
		{ id: (response.id as string) ?? null },
		{ message: `Trackstar's answer holds no order [item ${itemIndex}]`, description, itemIndex },
	);
}

/** A read answers `{data: <order>}`. */
export function readOrder(context: IExecuteFunctions, response: IDataObject, itemIndex: number): IDataObject {
	if (!isRecord(response.data)) {
		throw noOrderError(context, response, itemIndex, 'The answer does not match Trackstar\'s documented format. Try again; if it persists, contact Trackstar support.');
	}
	return response.data;
}

/** A write answers `{data: <order>, id, unused_fields}`; anything else is not passed on. */
export function writtenOrder(
	context: IExecuteFunctions,
	response: IDataObject,
	itemIndex: number,
): IDataObject {
	if (!isRecord(response.data)) {
		throw noOrderError(
			context,
			response,
			itemIndex,
			'The write may have been applied. Check the order in Trackstar before running this item again.',
		);
	}
	return response.data;
}

/** The written order with `unused_fields` (the body fields the WMS ignored), also shown as a hint. */
export function writtenOrderWithUnusedFields(
	context: IExecuteFunctions,
	response: IDataObject,
	itemIndex: number,
): IDataObject {
	const order = writtenOrder(context, response, itemIndex);
	// Trackstar's docs show `unused_fields: [""]` for "none".
	const unusedFields = Array.isArray(response.unused_fields)
		? response.unused_fields.map(String).filter((field) => field.trim() !== '')
		: [];
	recordUnusedFields(context, unusedFields, itemIndex);
	return { ...order, unused_fields: unusedFields };
}
