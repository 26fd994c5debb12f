import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RecordModel, ResourceOperation, WriteModel } from '../resources/resource';
import { trackstarApiRequest } from '../transport/request';
import { writtenRecordWithUnusedFields } from './records';
import type { OperationText } from './text';

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
	];
	return {
		value: 'create',
		name: 'Create',
		...text,
		properties: updateDisplayOptions({ show: { operation: ['create'] } }, properties),
		identifiedBy: write.createIdentifiedBy,
		async execute(itemIndex) {
			const fields: IDataObject = {
				...(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject),
			};
			for (const name of write.requiredParameters(this, itemIndex)) {
				fields[name] = this.getNodeParameter(name, itemIndex, undefined) as IDataObject[string];
			}
			const body = write.buildCreateBody(fields, this.getTimezone());
			const response = await trackstarApiRequest.call(
				this,
				{ method: 'POST', path: model.path, body },
				itemIndex,
			);
			return [writtenRecordWithUnusedFields(this, response, itemIndex, model.noun)];
		},
	};
}
