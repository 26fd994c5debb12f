import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RecordModel, ResourceOperation, WriteModel } from '../model';
import { trackstarApiRequest, type TrackstarRequest } from '../transport/request';
import { withWmsFields } from '../writeInfo/applyWmsFields';
import { wmsFieldsOf } from '../writeInfo/wmsFieldsModel';
import { wmsFieldsProperty } from '../writeInfo/wmsFieldsProperty';
import { recordsWith } from './recordId';
import { writtenRecordWithUnusedFields } from './records';
import type { OperationText } from './text';

/**
 * What guards a create against a duplicate beyond Trackstar's Idempotency-Key: the record's own
 * unique field (an order number, a PO number, a SKU), looked up before the create is sent again
 * after a lost answer, and named in any error that says the create may have been applied.
 */
function createdOnce(
	context: IExecuteFunctions,
	model: RecordModel,
	write: WriteModel,
	body: IDataObject,
	itemIndex: number,
): Pick<TrackstarRequest, 'findExisting' | 'appliedCheck'> {
	const lookup = model.lookups?.find((each) => each.field === write.createIdentifiedBy.field);
	const value = body[write.createIdentifiedBy.field];
	if (lookup === undefined || typeof value !== 'string' || value === '') return {};
	return {
		appliedCheck: `the ${model.noun} with ${lookup.label} ${JSON.stringify(value)}`,
		async findExisting() {
			const { matches } = await recordsWith(context, model, lookup, value, itemIndex);
			if (matches.length !== 1) return undefined;
			return { data: matches[0], id: matches[0].id, unused_fields: [] };
		},
	};
}

/** Create: `POST <path>`, the fields every WMS requires up front and the rest under Additional Fields. */
export function createOperation(
	model: RecordModel,
	write: WriteModel,
	text: OperationText,
): ResourceOperation {
	const properties: INodeProperties[] = [
		...write.createRequired,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: write.createOptional,
		},
		wmsFieldsProperty,
	];
	const wmsFields = wmsFieldsOf({ method: 'POST', path: model.path }, write.ownFields, write.lines);
	return {
		value: 'create',
		name: 'Create',
		...text,
		properties: updateDisplayOptions({ show: { operation: ['create'] } }, properties),
		endpoints: [{ method: 'POST', path: model.path }],
		identifiedBy: write.createIdentifiedBy,
		wmsFields,
		async execute(itemIndex) {
			const fields: IDataObject = {
				...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
			};
			for (const name of write.requiredParameters(this, itemIndex)) {
				fields[name] = this.getNodeParameter(name, itemIndex, undefined) as IDataObject[string];
			}
			const body = await withWmsFields(
				this,
				itemIndex,
				wmsFields,
				write.buildCreateBody(fields, this.getTimezone()),
			);
			const response = await trackstarApiRequest.call(
				this,
				{
					method: 'POST',
					path: model.path,
					body,
					...createdOnce(this, model, write, body, itemIndex),
				},
				itemIndex,
			);
			return [writtenRecordWithUnusedFields(this, response, itemIndex, model)];
		},
	};
}
