import type { IExecuteFunctions } from 'n8n-workflow';

import { connectedSystem } from '../transport/connectedSystem';

/** Per execution: for each system and set of ignored fields, the items where it ignored them. */
const ignoredByExecution = new WeakMap<
	IExecuteFunctions,
	Map<string, { system: string; fields: string; items: number[] }>
>();

/**
 * Notes that the system behind `path` (the WMS, the store) ignored `unusedFields` of this item's
 * write (Trackstar's unused_fields).
 */
export function recordUnusedFields(
	context: IExecuteFunctions,
	unusedFields: string[],
	itemIndex: number,
	path: string,
): void {
	if (unusedFields.length === 0) return;
	let ignored = ignoredByExecution.get(context);
	if (!ignored) ignoredByExecution.set(context, (ignored = new Map()));
	const system = connectedSystem(path) ?? 'integration';
	const fields = unusedFields.join(', ');
	const key = JSON.stringify([system, fields]);
	const entry = ignored.get(key) ?? { system, fields, items: [] };
	entry.items.push(itemIndex);
	ignored.set(key, entry);
}

function itemList(items: number[]): string {
	const shown = items.slice(0, 10).join(', ');
	return items.length > 10 ? `${shown} and ${items.length - 10} more` : shown;
}

/**
 * Shows what the WMS (or store) ignored as warnings above the output, one per set of fields, so
 * an update that silently did nothing does not go unnoticed. Called once, after every item ran.
 */
export function addUnusedFieldsHints(context: IExecuteFunctions): void {
	const ignored = ignoredByExecution.get(context);
	if (!ignored) return;
	for (const { system, fields, items } of ignored.values()) {
		// Only a WMS write has Get Writable Fields and WMS Fields to turn to.
		const instead =
			system === 'WMS'
				? ' Get Writable Fields lists what it accepts; the WMS Fields offer only those.'
				: '';
		context.addExecutionHints({
			type: 'warning',
			location: 'outputPane',
			message: `The ${system} ignored ${fields} (unused_fields) for item${items.length > 1 ? 's' : ''} ${itemList(items)}.${instead}`,
		});
	}
	ignoredByExecution.delete(context);
}
