import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Raised by the pure wire mappers when a user-supplied value cannot be sent to Trackstar.
 * Operations turn it into a NodeOperationError that names the field and the item.
 */
export class InvalidValueError extends Error {
	constructor(
		readonly field: string,
		readonly reason: string,
		readonly hint?: string,
	) {
		super(`${field}: ${reason}`);
		this.name = 'InvalidValueError';
	}
}

/** A value the user gave that cannot be sent, as the NodeOperationError n8n shows on the field. */
export function invalidInputError(node: INode, error: InvalidValueError, itemIndex: number) {
	return new NodeOperationError(node, `Invalid ${error.field}: ${error.reason}`, {
		description: error.hint,
		itemIndex,
	});
}
