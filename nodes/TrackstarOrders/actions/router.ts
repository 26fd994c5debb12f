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

function asNodeError(context: IExecuteFunctions, error: unknown, itemIndex: number): Error {
	if (error instanceof InvalidValueError) return invalidInputError(context.getNode(), error, itemIndex);
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
			const json: IDataObject = { error: error.message };
			const { description, httpCode } = error as ExecutionBaseError & { httpCode?: string | null };
			if (description) json.description = description;
			if (httpCode) json.httpCode = httpCode;
			returnData.push({ json, pairedItem: { item: itemIndex } });
		}
	}
	addUnusedFieldsHints(this);
	return [returnData];
}
