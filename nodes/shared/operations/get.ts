import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { Endpoint, RecordModel, ResourceOperation } from '../model';
import { trackstarApiRequest } from '../transport/request';
import { recordEndpoint } from './endpoint';
import { readRecord, recordPath } from './records';
import type { OperationText } from './text';

export function simplifyField(description: string): INodeProperties {
	return { displayName: 'Simplify', name: 'simplify', type: 'boolean', default: true, description };
}

/**
 * Get: one record by its ID, `GET <path>/{id}`, simplified when the resource simplifies.
 * `endpoint` carries the note of an endpoint only Trackstar's pages document.
 */
export function getOperation(
	model: RecordModel,
	text: OperationText,
	endpoint: Pick<Endpoint, 'note'> = {},
): ResourceOperation {
	const { simplify } = model;
	const properties: INodeProperties[] = [
		{ ...model.idField, required: true },
		...(simplify
			? [
					simplifyField(
						`Whether to return a simplified version of the ${model.noun} (${simplify.keeps}) instead of the raw data`,
					),
				]
			: []),
	];
	return {
		value: 'get',
		name: 'Get',
		...text,
		properties: updateDisplayOptions({ show: { operation: ['get'] } }, properties),
		endpoints: [recordEndpoint(model, 'GET', '', endpoint)],
		identifiedBy: { parameter: model.idField.name, field: 'id' },
		async execute(itemIndex) {
			const path = await recordPath(this, model, itemIndex);
			const simplified =
				simplify && (this.getNodeParameter('simplify', itemIndex, true) as boolean);
			const response = await trackstarApiRequest.call(this, { method: 'GET', path }, itemIndex);
			const record = readRecord(this, response, itemIndex, model.noun);
			return [simplified ? simplify.record(record) : record];
		},
	};
}
