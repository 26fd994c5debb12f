import { InvalidValueError } from './invalidValue';

export type FilterOperator =
	| 'eq'
	| 'neq'
	| 'gt'
	| 'gte'
	| 'lt'
	| 'lte'
	| 'in'
	| 'nin'
	| 'contains'
	| 'not_contains'
	| 'eq-insensitive'
	| 'in-insensitive'
	| 'contains-insensitive';

/** Comparisons in the panel's words; gt/lt only ever apply to dates in Trackstar's filters. */
export const COMPARISON_NAMES: Record<FilterOperator, string> = {
	gt: 'Is After',
	gte: 'Is On or After',
	lt: 'Is Before',
	lte: 'Is On or Before',
	eq: 'Is Equal To',
	neq: 'Is Not Equal To',
	in: 'Is One Of',
	nin: 'Is None Of',
	contains: 'Contains',
	not_contains: 'Does Not Contain',
	'eq-insensitive': 'Is Equal To (Ignoring Case)',
	'in-insensitive': 'Is One Of (Ignoring Case)',
	'contains-insensitive': 'Contains (Ignoring Case)',
};

/** How the list is read when a filter that is there has no value. */
export interface EmptyFilterPolicy {
	/** Leave such a filter out (Request Options → Ignore Empty Filters) instead of failing. */
	ignoreEmpty?: boolean;
}

const NEVER_WIDER =
	'An empty filter is never read as "no filter": that would return more than the filter asks for.';

/**
 * A filter the user added whose value is empty: the picker cleared text it could not read, an
 * expression resolved to nothing, or a list held only commas. Left out, it would widen the list.
 */
export function emptyFilterError(
	label: string,
	operator: FilterOperator,
	kind: 'date' | 'value',
	fix: string,
): InvalidValueError {
	return new InvalidValueError(
		label,
		`the condition "${COMPARISON_NAMES[operator]}" has no ${kind}`,
		`${fix} ${NEVER_WIDER} If an expression may be empty on purpose, Ignore Empty Filters (under Request Options, or the trigger's Options) leaves such filters out.`,
	);
}

export const DATE_FIX =
	'Pick a date, use an expression such as {{ $now.minus({ days: 1 }) }}, or remove the condition.';
export const VALUE_FIX = 'Give a value, map one with an expression, or remove the condition.';
export const CHOICE_FIX = 'Choose at least one value, or remove the filter.';
