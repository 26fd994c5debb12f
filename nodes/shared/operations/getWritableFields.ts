import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import type { RecordModel, ResourceOperation, WriteModel } from '../model';
import { sameFailureForItem } from '../transport/errors';
import { InvalidValueError } from '../wire/invalidValue';
import { connectionIntegration, type Integration } from '../writeInfo/connectionIntegration';
import { readWriteInfo } from '../writeInfo/writeInfoRequest';
import { describeWrite, writeFieldsOf, type WriteTarget } from '../writeInfo/writeSchema';
import { recordEndpoint } from './endpoint';
import { article, type OperationText } from './text';

/**
 * Get Writable Fields: what the connected WMS requires, accepts and adds for a create or an
 * update, from Trackstar's write-info for the credential's connection. The WMS Fields load from
 * the same answer and the required check runs against it, so the three never disagree.
 */
export function getWritableFieldsOperation(
	model: RecordModel,
	writeModel: WriteModel,
	text: OperationText,
): ResourceOperation {
	const writes: Record<string, WriteTarget> = {
		create: { method: 'POST', path: model.path },
		update: { method: 'PUT', path: recordEndpoint(model, 'PUT').path },
	};
	const properties: INodeProperties[] = [
		{
			displayName: 'For',
			name: 'writeOperation',
			type: 'options',
			options: [
				{
					name: 'Create',
					value: 'create',
					description: `Fields of a new ${model.noun} (POST ${model.path})`,
				},
				{
					name: 'Update',
					value: 'update',
					description: `Fields of ${article(model.noun)} ${model.noun} update (PUT ${model.path}/{${model.pathParameter}})`,
				},
			],
			default: 'update',
			description:
				'Which write to ask about. Trackstar answers about one call a minute, so ask for one at a time.',
		},
		{
			displayName: 'Include Raw Schema',
			name: 'includeSchema',
			type: 'boolean',
			default: false,
			description:
				"Whether to add Trackstar's answer as it came (an OpenAPI document of the integration's writes) under schema",
		},
	];
	return {
		value: 'getWritableFields',
		name: 'Get Writable Fields',
		...text,
		properties: updateDisplayOptions({ show: { operation: ['getWritableFields'] } }, properties),
		endpoints: [
			{
				method: 'GET',
				path: '/connections',
				query: 'access_token=…',
				when: "first: which integration the credential's connection is",
			},
			{
				method: 'GET',
				path: '/integrations/{integration_type}/{integration_name}/write-info',
				when: "then: that integration's write schemas, with the connection's own values",
				note: "Not in the OpenAPI document; Trackstar's docs: api-reference/mgmt/integration-write-info.mdx",
			},
		],
		identifiedBy: { parameter: 'writeOperation', field: 'operation' },
		async execute(itemIndex) {
			const operation = this.getNodeParameter('writeOperation', itemIndex, 'update') as string;
			const includeSchema = this.getNodeParameter('includeSchema', itemIndex, false) as boolean;
			const write = writes[operation];
			if (!write) {
				throw new InvalidValueError(
					'For',
					`"${operation}" is not a write operation`,
					'Choose Create or Update',
				);
			}
			let integration: Integration;
			let document: IDataObject;
			try {
				// Read once per run: every item after the first shares the answer, or the failure.
				integration = await connectionIntegration(this, itemIndex);
				document = await readWriteInfo(this, integration, itemIndex);
			} catch (error) {
				throw sameFailureForItem(this.getNode(), error, itemIndex);
			}
			const fields = writeFieldsOf(document, write, writeModel.baseFields);
			if (fields === undefined) {
				throw new NodeOperationError(
					this.getNode(),
					`${integration.name}'s write-info does not list ${describeWrite(write)}`,
					{
						description: `Trackstar does not write ${model.plural} to this WMS, or not this way`,
						itemIndex,
					},
				);
			}
			const result: IDataObject = {
				operation,
				method: write.method,
				integration_type: integration.type,
				integration_name: integration.name,
				...(fields as unknown as IDataObject),
			};
			if (includeSchema) result.schema = document;
			return [result];
		},
	};
}
