import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sameFailureForItem } from '../../shared/transport/errors';
import { trackstarApiRequest } from '../../shared/transport/request';
import { InvalidValueError } from '../../shared/wire/invalidValue';
import { ORDER_BASE_FIELDS } from '../../shared/wire/orderBody';
import { describeWritableFields } from '../../shared/wire/writableFields';

const WRITE_METHODS: Record<string, 'POST' | 'PUT'> = { create: 'POST', update: 'PUT' };

const properties: INodeProperties[] = [
	{
		displayName: 'For',
		name: 'writeOperation',
		type: 'options',
		options: [
			{ name: 'Create', value: 'create', description: 'Fields of a new order (POST /wms/orders)' },
			{ name: 'Update', value: 'update', description: 'Fields of an order update (PUT /wms/orders/{order_id})' },
		],
		default: 'update',
		description: 'Which write to ask about. Trackstar answers about one call a minute, so ask for one at a time.',
	},
	{
		displayName: 'Include Raw Schema',
		name: 'includeSchema',
		type: 'boolean',
		default: false,
		description: "Whether to add Trackstar's answer as it came (a JSON Schema) under schema",
	},
];

export const description = updateDisplayOptions({ show: { operation: ['getWritableFields'] } }, properties);

const RATE_LIMIT_HINT =
	"Trackstar answers the writable-fields (meta) endpoint about once a minute per connection. Wait a minute and run again. The answer changes only when the WMS's setup does, so keep it (e.g. pin the output) rather than asking on every run.";

// The endpoint allows about one call a minute: within one execution, every item shares one answer.
const answersByExecution = new WeakMap<IExecuteFunctions, Map<string, Promise<IDataObject>>>();

function askOnce(context: IExecuteFunctions, method: 'POST' | 'PUT', itemIndex: number): Promise<IDataObject> {
	let answers = answersByExecution.get(context);
	if (!answers) answersByExecution.set(context, (answers = new Map()));
	let answer = answers.get(method);
	if (!answer) {
		answer = trackstarApiRequest.call(
			context,
			{ method: 'GET', path: '/wms/orders/meta', qs: { method }, statusHints: { 429: RATE_LIMIT_HINT } },
			itemIndex,
		);
		answers.set(method, answer);
	}
	return answer;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const operation = this.getNodeParameter('writeOperation', itemIndex, 'update') as string;
	const includeSchema = this.getNodeParameter('includeSchema', itemIndex, false) as boolean;
	const method = WRITE_METHODS[operation];
	if (!method) {
		throw new InvalidValueError('For', `"${operation}" is not a write operation`, 'Choose Create or Update');
	}

	let schema: IDataObject;
	try {
		schema = await askOnce(this, method, itemIndex);
	} catch (error) {
		throw sameFailureForItem(this.getNode(), error, itemIndex);
	}
	const fields = describeWritableFields(schema, ORDER_BASE_FIELDS);
	const result: IDataObject = { operation, method, ...(fields as unknown as IDataObject) };
	if (includeSchema) result.schema = schema;
	return [result];
}
