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
