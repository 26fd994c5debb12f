import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { trackstarTagsField } from '../fields/tagFields';
import type { Endpoint, RecordModel, ResourceOperation } from '../model';
import { connectedSystem } from '../transport/connectedSystem';
import { trackstarApiRequest } from '../transport/request';
import { buildTrackstarTagsBody, type TagRow } from '../wire/tags';
import { recordEndpoint } from './endpoint';
import { recordPath, writtenRecordWithUnusedFields } from './records';
import type { OperationText } from './text';

/**
 * Set Trackstar Tags: `PUT <path>/{id}/trackstar-tags`, replacing the tags Trackstar keeps (never
 * sent to the WMS or store). `endpoint` carries the note of an endpoint only Trackstar's newer pages document.
 */
export function setTagsOperation(
	model: RecordModel,
	text: OperationText,
	endpoint: Pick<Endpoint, 'note'> = {},
): ResourceOperation {
	const properties: INodeProperties[] = [
		{ ...model.idField, required: true },
		{
			...trackstarTagsField,
			required: true,
			description: `The tags Trackstar keeps on the ${model.noun}: plain strings, or key-value pairs. They replace the ${model.noun}'s current Trackstar tags and are not sent to the ${connectedSystem(model.path) ?? 'integration'}.`,
		},
	];
	return {
		value: 'setTags',
		name: 'Set Trackstar Tags',
		...text,
		properties: updateDisplayOptions({ show: { operation: ['setTags'] } }, properties),
		endpoints: [recordEndpoint(model, 'PUT', '/trackstar-tags', endpoint)],
		identifiedBy: { parameter: model.idField.name, field: 'id' },
		async execute(itemIndex) {
			const tags = this.getNodeParameter('trackstarTags', itemIndex, {}) as { tag?: TagRow[] };
			const body = buildTrackstarTagsBody(tags.tag, model.noun);
			const path = `${await recordPath(this, model, itemIndex)}/trackstar-tags`;
			const response = await trackstarApiRequest.call(
				this,
				{ method: 'PUT', path, body },
				itemIndex,
			);
			return [writtenRecordWithUnusedFields(this, response, itemIndex, model)];
		},
	};
}
