import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import type { RecordModel, ResourceOperation, WriteModel } from '../model';
import { trackstarApiRequest } from '../transport/request';
import { addWmsFields, checkWmsRequired } from '../writeInfo/applyWmsFields';
import { wmsFieldsOf } from '../writeInfo/wmsFieldsModel';
import { wmsFieldsProperty } from '../writeInfo/wmsFieldsProperty';
import { recordEndpoint } from './endpoint';
import { recordPath, writtenRecordWithUnusedFields } from './records';
import type { OperationText } from './text';

/** Update: `PUT <path>/{id}` with the fields set under Update Fields (Create's definitions). */
export function updateOperation(
	model: RecordModel,
	write: WriteModel,
	text: OperationText,
): ResourceOperation {
	const properties: INodeProperties[] = [
		{ ...model.idField, required: true },
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: write.updateFields,
		},
		wmsFieldsProperty,
	];
	const endpoint = recordEndpoint(model, 'PUT');
	const wmsFields = wmsFieldsOf(endpoint, write.ownFields, write.lines);
	return {
		value: 'update',
		name: 'Update',
		...text,
		properties: updateDisplayOptions({ show: { operation: ['update'] } }, properties),
		endpoints: [endpoint],
		identifiedBy: { parameter: model.idField.name, field: 'id' },
		wmsFields,
		async execute(itemIndex) {
			const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
			const body = addWmsFields(this, itemIndex, write.buildUpdateBody(fields, this.getTimezone()));
			if (Object.keys(body).length === 0) {
				throw new NodeOperationError(this.getNode(), `Nothing to update: every field is empty`, {
					description: 'Add at least one field under Update Fields, with a value',
					itemIndex,
				});
			}
			await checkWmsRequired(this, itemIndex, wmsFields, body);
			const path = await recordPath(this, model, itemIndex);
			const response = await trackstarApiRequest.call(
				this,
				{ method: 'PUT', path, body },
				itemIndex,
			);
			return [writtenRecordWithUnusedFields(this, response, itemIndex, model)];
		},
	};
}
