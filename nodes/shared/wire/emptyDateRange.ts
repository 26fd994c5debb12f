import type { IDataObject } from 'n8n-workflow';

import { COMPARISON_NAMES, type FilterOperator } from './emptyFilters';
import { InvalidValueError } from './invalidValue';

interface Bound {
	operator: FilterOperator;
	date: string;
	ms: number;
}

function bound(query: IDataObject, field: string, operator: FilterOperator): Bound | undefined {
	const date = query[`${field}[${operator}]`];
	if (typeof date !== 'string') return undefined;
	const ms = Date.parse(date);
	return Number.isNaN(ms) ? undefined : { operator, date, ms };
}

/** The tighter of two bounds: the later start, or the earlier end; at the same instant, the strict one. */
function tighter(a: Bound | undefined, b: Bound | undefined, later: boolean): Bound | undefined {
	if (!a || !b) return a ?? b;
	if (a.ms !== b.ms) return a.ms > b.ms === later ? a : b;
	return a.operator === 'gt' || a.operator === 'lt' ? a : b;
}

/**
 * Refuses a date filter whose conditions leave no date at all (an end before its start, or an
 * Is Equal To outside the range): Trackstar would answer an empty list, and a workflow that
 * expected records would read that as "nothing to do".
 */
export function checkDateRange(query: IDataObject, field: string, label: string) {
	const equal = bound(query, field, 'eq');
	const start = tighter(
		tighter(bound(query, field, 'gt'), bound(query, field, 'gte'), true),
		equal,
		true,
	);
	const end = tighter(
		tighter(bound(query, field, 'lt'), bound(query, field, 'lte'), false),
		equal,
		false,
	);
	if (!start || !end) return;
	const strict = start.operator === 'gt' || end.operator === 'lt';
	if (end.ms > start.ms || (end.ms === start.ms && !strict)) return;
	const named = (edge: Bound) => `"${COMPARISON_NAMES[edge.operator]}" ${edge.date}`;
	throw new InvalidValueError(
		label,
		`the range ends before it starts (${named(start)}, ${named(end)}), so no record can match`,
		'Swap the two dates, or remove one of the conditions',
	);
}
