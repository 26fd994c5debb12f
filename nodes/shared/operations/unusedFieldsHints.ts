import type { IExecuteFunctions } from 'n8n-workflow';

/** Per execution: for each set of ignored fields, the items where the WMS ignored them. */
const ignoredByExecution = new WeakMap<IExecuteFunctions, Map<string, number[]>>();

/** Notes that the WMS ignored `unusedFields` of this item's write (Trackstar's unused_fields). */
export function recordUnusedFields(
	context: IExecuteFunctions,
	unusedFields: string[],
	itemIndex: number,
): void {
	if (unusedFields.length === 0) return;
	let ignored = ignoredByExecution.get(context);
	if (!ignored) ignoredByExecution.set(context, (ignored = new Map()));
	const key = unusedFields.join(', ');
	ignored.set(key, [...(ignored.get(key) ?? []), itemIndex]);
}

function itemList(items: number[]): string {
	const shown = items.slice(0, 10).join(', ');
	return items.length > 10 ? `${shown} and ${items.length - 10} more` : shown;
}

/**
 * Shows what the WMS ignored as warnings above the output, one per set of fields, so an update
 * that silently did nothing does not go unnoticed. Called once, after every item ran.
 */
export function addUnusedFieldsHints(context: IExecuteFunctions): void {
	const ignored = ignoredByExecution.get(context);
	if (!ignored) return;
	for (const [fields, items] of ignored) {
		context.addExecutionHints({
			type: 'warning',
			location: 'outputPane',
			message: `The WMS ignored ${fields} (unused_fields) for item${items.length > 1 ? 's' : ''} ${itemList(items)}. Get Writable Fields lists what it accepts; the WMS Fields offer only those.`,
		});
	}
	ignoredByExecution.delete(context);
}
