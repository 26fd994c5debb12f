import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { ExecutionBaseError, NodeOperationError } from 'n8n-workflow';

import { invalidInputError } from '../../shared/invalidInput';
import { InvalidValueError } from '../../shared/wire/invalidValue';
import * as cancel from './cancel.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getWritableFields from './getWritableFields.operation';
import * as setTags from './setTags.operation';
import { addUnusedFieldsHints } from './unusedFieldsHints';
import * as update from './update.operation';

type OperationExecute = (this: IExecuteFunctions, itemIndex: number) => Promise<IDataObject[]>;

const operations: Record<string, OperationExecute> = {
	get: get.execute,
	getAll: getAll.execute,
	create: create.execute,
	update: update.execute,
	cancel: cancel.execute,
	setTags: setTags.execute,
	getWritableFields: getWritableFields.execute,
};

/**
 * The parameter that says which record an operation's item is about, and the field that record
 * gives it: an error item carries it under that name, so a failed row lines up with the others.
 */
const IDENTIFIED_BY: Record<string, { parameter: string; field: string }> = {
	get: { parameter: 'orderId', field: 'id' },
	update: { parameter: 'orderId', field: 'id' },
	cancel: { parameter: 'orderId', field: 'id' },
	setTags: { parameter: 'orderId', field: 'id' },
	create: { parameter: 'orderNumber', field: 'order_number' },
	getWritableFields: { parameter: 'writeOperation', field: 'operation' },
};

/** What the failed item asked for, when it asked for something and it can still be read. */
function identifyItem(
	context: IExecuteFunctions,
	operation: string,
	itemIndex: number,
): IDataObject {
	const identity = IDENTIFIED_BY[operation];
	if (!identity) return {};
	let value: unknown;
	try {
		value = context.getNodeParameter(identity.parameter, itemIndex, '', { extractValue: true });
	} catch {
		return {}; // the parameter itself may be what failed (an expression that does not resolve)
	}
	if (typeof value === 'number') return { [identity.field]: value };
	if (typeof value !== 'string' || value.trim() === '') return {};
	return { [identity.field]: value.trim() };
}

function asNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number): Error {
	if (error instanceof InvalidValueError)
		return invalidInputError(context.getNode(), error, itemIndex);
	if (error instanceof ExecutionBaseError) return error;
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

/** Runs the chosen operation once per input item; each output item is paired with its input. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as string;
	const execute = operations[operation];
	if (!execute) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" is not supported`);
	}

	const returnData: INodeExecutionData[] = [];
	const items = this.getInputData();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const results = await execute.call(this, itemIndex);
			for (const json of results) returnData.push({ json, pairedItem: { item: itemIndex } });
		} catch (caught) {
			const error = asNodeError(this, caught, itemIndex);
			if (!this.continueOnFail()) throw error;
			const json: IDataObject = {
				...identifyItem(this, operation, itemIndex),
				error: error.message,
			};
			const { description, httpCode } = error as ExecutionBaseError & { httpCode?: string | null };
			if (description) json.description = description;
			if (httpCode) json.httpCode = httpCode;
			returnData.push({ json, pairedItem: { item: itemIndex } });
		}
	}
	addUnusedFieldsHints(this);
	return [returnData];
}
