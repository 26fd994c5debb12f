/**
 * n8n keeps the item a node error is about in the error's context (`error.context.itemIndex`, set
 * by the `itemIndex` option of NodeOperationError and NodeApiError) and shows it beside the
 * message; the message itself does not name the item.
 */

/** The item index n8n stores on a node error, or undefined when it names no item. */
export function errorItemIndex(error: unknown): unknown {
	if (typeof error !== 'object' || error === null || !('context' in error)) return undefined;
	const context = (error as { context?: unknown }).context;
	if (typeof context !== 'object' || context === null) return undefined;
	return (context as { itemIndex?: unknown }).itemIndex;
}

/** A node error as the message and the item it names, for assertions that compare both. */
export function itemErrorOf(error: Error | undefined) {
	return error && { message: error.message, itemIndex: errorItemIndex(error) };
}

/**
 * Expects the run to have failed with `message` (the exact text, or a pattern it matches) on the
 * item `itemIndex`, as n8n records it in the error's context.
 */
export function expectItemError(
	error: Error | undefined,
	message: string | RegExp,
	itemIndex: number,
): void {
	expect(itemErrorOf(error)).toEqual({
		message: typeof message === 'string' ? message : expect.stringMatching(message),
		itemIndex,
	});
}
