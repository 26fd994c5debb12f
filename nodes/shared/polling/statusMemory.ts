/**
 * For "status changed to …": the status each record (an order, an inbound shipment) was last seen
 * in, for records last seen in one of the chosen statuses. A record is emitted when it is seen in a chosen status that differs from
 * what is remembered (or nothing is), and forgotten once seen in any other status, so leaving and
 * re-entering a status triggers again. Bounded: the longest-remembered records are dropped first.
 */
export const MAX_REMEMBERED_STATUSES = 5000;

export type StatusMemory = Record<string, string>;

export interface StatusObservation {
	id: string;
	status: string;
}

export function observeStatuses(
	memory: StatusMemory,
	observations: StatusObservation[],
	chosen: readonly string[],
): { memory: StatusMemory; enteredIds: Set<string> } {
	const next = new Map(Object.entries(memory));
	const enteredIds = new Set<string>();
	for (const { id, status } of observations) {
		const before = next.get(id);
		next.delete(id);
		if (!chosen.includes(status)) continue;
		if (before !== status) enteredIds.add(id);
		next.set(id, status);
	}
	const kept = [...next.entries()].slice(-MAX_REMEMBERED_STATUSES);
	return { memory: Object.fromEntries(kept), enteredIds };
}
