import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, type ExecutionBaseError } from 'n8n-workflow';

import type { ResourceOperation, TrackstarResource } from '../model';
import { invalidInputError, InvalidValueError } from '../wire/invalidValue';
import { addReplayHints } from '../transport/replayHints';
import { addUnusedFieldsHints } from './unusedFieldsHints';
import { addWmsFieldsHints } from '../writeInfo/wmsFieldsHints';

/**
 * What the failed item asked for (the operation's identifiedBy), when it can still be read: an
 * error item carries it under the record's field name, so a failed row lines up with the others.
 */
function identifyItem(
	context: IExecuteFunctions,
	operation: ResourceOperation,
	itemIndex: number,
): IDataObject {
	const identity = operation.identifiedBy;
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

function asNodeError(
	context: IExecuteFunctions,
	error: unknown,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof InvalidValueError)
		return invalidInputError(context.getNode(), error, itemIndex);
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(context.getNode(), error as Error, { itemIndex });
}

function findOperation(
	context: IExecuteFunctions,
	resources: TrackstarResource[],
): ResourceOperation {
	const resourceValue = context.getNodeParameter('resource', 0, resources[0].value) as string;
	const operationValue = context.getNodeParameter('operation', 0) as string;
	const resource = resources.find(({ value }) => value === resourceValue);
	if (!resource) {
		throw new NodeOperationError(
			context.getNode(),
			`The resource "${resourceValue}" is not supported`,
		);
	}
	const operation = resource.operations.find(({ value }) => value === operationValue);
	if (!operation) {
		throw new NodeOperationError(
			context.getNode(),
			`The operation "${operationValue}" is not supported`,
		);
	}
	return operation;
}

/**
 * The error item of a failed input item: what it asked for, the message, and Trackstar's
 * description and status. For n8n's "Continue (using error output)", `error` and `message` (the
 * description) alone: n8n sends an item there only when its json holds nothing more (n8n 1.x:
 * `error`, or `error` and `message`; 2.x also `details`), and adds the input item's fields to it.
 */
function errorItemJson(
	context: IExecuteFunctions,
	operation: ResourceOperation,
	itemIndex: number,
	error: Error,
): IDataObject {
	const { description, httpCode } = error as ExecutionBaseError & { httpCode?: string | null };
	if (context.getNode().onError === 'continueErrorOutput') {
		return { error: error.message, message: description || error.message };
	}
	const identity = identifyItem(context, operation, itemIndex);
	const status: IDataObject = {};
	if (description) status.description = description;
	if (httpCode) status.httpCode = httpCode;
	return { ...identity, error: error.message, ...status };
}

/**
 * Runs the chosen resource's operation once per input item; each output item is paired with its
 * input, and with Continue On Fail each failed item becomes one error item.
 */
export async function route(
	this: IExecuteFunctions,
	resources: TrackstarResource[],
): Promise<INodeExecutionData[][]> {
	const operation = findOperation(this, resources);
	const returnData: INodeExecutionData[] = [];
	const items = this.getInputData();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const results = await operation.execute.call(this, itemIndex);
			const outputs = Array.isArray(results)
				? results.map((json) => ({ json }))
				: results.withBinary;
			for (const output of outputs) returnData.push({ ...output, pairedItem: { item: itemIndex } });
		} catch (caught) {
			const error = asNodeError(this, caught, itemIndex);
			if (!this.continueOnFail()) throw error;
			const json = errorItemJson(this, operation, itemIndex, error);
			returnData.push({ json, pairedItem: { item: itemIndex } });
		}
	}
	addUnusedFieldsHints(this);
	addWmsFieldsHints(this);
	addReplayHints(this);
	return [returnData];
}
