import type { IExecuteFunctions } from 'n8n-workflow';

/** Per execution: why the WMS's required fields went unchecked, and for which items. */
const uncheckedByExecution = new WeakMap<IExecuteFunctions, Map<string, number[]>>();

export function recordUnchecked(context: IExecuteFunctions, reason: string, itemIndex: number) {
	let unchecked = uncheckedByExecution.get(context);
	if (!unchecked) uncheckedByExecution.set(context, (unchecked = new Map()));
	unchecked.set(reason, [...(unchecked.get(reason) ?? []), itemIndex]);
}

/** One hint per reason, after every item ran: a write sent unchecked is still sent. */
export function addWmsFieldsHints(context: IExecuteFunctions): void {
	const unchecked = uncheckedByExecution.get(context);
	if (!unchecked) return;
	for (const [reason, items] of unchecked) {
		const which = items.length === 1 ? `item ${items[0]}` : `${items.length} items`;
		context.addExecutionHints({
			type: 'info',
			location: 'outputPane',
			message: `Sent ${which} without checking the WMS's required fields: ${reason}. Open WMS Fields once so the node keeps the WMS's schema; Trackstar still checks each write.`,
		});
	}
	uncheckedByExecution.delete(context);
}
