import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RecordModel, ResourceOperation, WriteModel } from '../model';
import { sameFailureForItem } from '../transport/errors';
import { trackstarApiRequest } from '../transport/request';
import { InvalidValueError } from '../wire/invalidValue';
import { describeWritableFields } from '../wire/writableFields';
import { article, type OperationText } from './text';

const WRITE_METHODS: Record<string, 'POST' | 'PUT'> = { create: 'POST', update: 'PUT' };

const RATE_LIMIT_HINT =
	"Trackstar answers the writable-fields (meta) endpoint about once a minute per connection. Wait a minute and run again. The answer changes only when the WMS's setup does, so keep it (e.g. pin the output) rather than asking on every run.";

// The endpoint allows about one call a minute: within one execution, every item shares one answer.
const answersByExecution = new WeakMap<IExecuteFunctions, Map<string, Promise<IDataObject>>>();

function askOnce(
	context: IExecuteFunctions,
	path: string,
	method: 'POST' | 'PUT',
	itemIndex: number,
) {
	let answers = answersByExecution.get(context);
	if (!answers) answersByExecution.set(context, (answers = new Map()));
	const key = `${method} ${path}`;
	let answer = answers.get(key);
	if (!answer) {
		answer = trackstarApiRequest.call(
			context,
			{ method: 'GET', path, qs: { method }, statusHints: { 429: RATE_LIMIT_HINT } },
			itemIndex,
		);
		answers.set(key, answer);
	}
	return answer;
}

/**
 * Get Writable Fields: `GET <path>/meta?method=POST|PUT`, what the connected WMS requires, accepts
 * and adds for a write. `note` says where Trackstar documents the endpoint when its OpenAPI document
 * lacks it (Endpoint.note).
 */
export function getWritableFieldsOperation(
	model: RecordModel,
	write: WriteModel,
	text: OperationText,
	note?: string,
): ResourceOperation {
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
			description: "Whether to add Trackstar's answer as it came (a JSON Schema) under schema",
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
				path: `${model.path}/meta`,
				query: `method=${Object.values(WRITE_METHODS).join('|')}`,
				...(note === undefined ? {} : { note }),
			},
		],
		identifiedBy: { parameter: 'writeOperation', field: 'operation' },
		async execute(itemIndex) {
			const operation = this.getNodeParameter('writeOperation', itemIndex, 'update') as string;
			const includeSchema = this.getNodeParameter('includeSchema', itemIndex, false) as boolean;
			const method = WRITE_METHODS[operation];
			if (!method) {
				throw new InvalidValueError(
					'For',
					`"${operation}" is not a write operation`,
					'Choose Create or Update',
				);
			}

			let schema: IDataObject;
			try {
				schema = await askOnce(this, `${model.path}/meta`, method, itemIndex);
			} catch (error) {
				throw sameFailureForItem(this.getNode(), error, itemIndex);
			}
			const fields = describeWritableFields(schema, write.baseFields);
			const result: IDataObject = { operation, method, ...(fields as unknown as IDataObject) };
			if (includeSchema) result.schema = schema;
			return [result];
		},
	};
}
