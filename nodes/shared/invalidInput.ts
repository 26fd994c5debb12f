import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { InvalidValueError } from './wire/invalidValue';

/** A value the user gave that cannot be sent, as the NodeOperationError n8n shows on the field. */
export function invalidInputError(node: INode, error: InvalidValueError, itemIndex: number) {
	return new NodeOperationError(node, `Invalid ${error.field}: ${error.reason} [item ${itemIndex}]`, {
		description: error.hint,
		itemIndex,
	});
}
