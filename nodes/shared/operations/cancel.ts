import type { IDataObject } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RecordModel, ResourceOperation } from '../model';
import { trackstarApiRequest } from '../transport/request';
import { recordEndpoint } from './endpoint';
import { recordPath, writtenRecord } from './records';
import type { OperationText } from './text';

/**
 * Cancel: `PUT <path>/{id}/cancel`, no body; answers the record, now cancelled. `note` says where
 * Trackstar documents the endpoint when its OpenAPI document lacks it (Endpoint.note).
 */
export function cancelOperation(
	model: RecordModel,
	text: OperationText,
	note?: string,
): ResourceOperation {
	return {
		value: 'cancel',
		name: 'Cancel',
		...text,
		properties: updateDisplayOptions({ show: { operation: ['cancel'] } }, [model.idField]),
		endpoints: [recordEndpoint(model, 'PUT', '/cancel', note === undefined ? {} : { note })],
		identifiedBy: { parameter: model.idField.name, field: 'id' },
		async execute(itemIndex) {
			const path = await recordPath(this, model, itemIndex);

			// A retried cancel is told "already cancelled" when its first attempt worked but the answer
			// was lost: the record then stands cancelled, which is what was asked.
			const confirmApplied = async () => {
				const read = await trackstarApiRequest.call(this, { method: 'GET', path }, itemIndex);
				const current = read.data as IDataObject | undefined;
				return current?.status === 'cancelled' ? { data: current, id: current.id } : undefined;
			};
			const response = await trackstarApiRequest.call(
				this,
				{ method: 'PUT', path: `${path}/cancel`, confirmApplied },
				itemIndex,
			);
			return [writtenRecord(this, response, itemIndex, model.noun)];
		},
	};
}
