/**
 * Query parameters of GET /wms/orders: parsing (with Trackstar's 422 messages) and applying them.
 * Pure functions; no I/O.
 *
 * Semantics:
 * - `field=value` is `field[eq]=value`; `in`/`nin` take at most 100 comma-separated values.
 * - Multiple filters AND together. `ids` / `ids[in]` override every other filter (which is still
 *   validated but not applied).
 * - A record whose field is null never matches eq/gt/gte/lt/lte/in/contains (and their
 *   case-insensitive forms) and always matches neq/nin/not_contains.
 * - Dates compare as instants; every stored date has the same format, so as strings.
 */
import type { Order } from './types';
import { ORDER_STATUSES, ORDER_TYPES, isTrackstarDate } from './types';

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

export type FilterField =
	| 'created_date'
	| 'updated_date'
	| 'trackstar_created_date'
	| 'trackstar_updated_date'
	| 'required_ship_date'
	| 'status'
	| 'type'
	| 'warehouse_customer_id'
	| 'channel'
	| 'order_number'
	| 'reference_id';

export interface FilterFieldSpec {
	kind: 'date' | 'enum' | 'text' | 'boolean';
	operators: readonly FilterOperator[];
	values?: readonly string[];
}

export const DATE_OPERATORS: readonly FilterOperator[] = [
	'eq',
	'neq',
	'gt',
	'gte',
	'lt',
	'lte',
	'in',
	'nin',
];
export const TEXT_OPERATORS: readonly FilterOperator[] = [
	'eq',
	'neq',
	'in',
	'nin',
	'contains',
	'not_contains',
];
const IDENTIFIER_OPERATORS: readonly FilterOperator[] = [
	'eq',
	'eq-insensitive',
	'in',
	'in-insensitive',
	'nin',
	'contains',
	'contains-insensitive',
	'not_contains',
];

/** Every filterable field of GET /wms/orders with its operators (Trackstar's reference). */
export const ORDER_FILTER_FIELDS: Readonly<Record<FilterField, FilterFieldSpec>> = {
	created_date: { kind: 'date', operators: DATE_OPERATORS },
	updated_date: { kind: 'date', operators: DATE_OPERATORS },
	trackstar_created_date: { kind: 'date', operators: DATE_OPERATORS },
	trackstar_updated_date: { kind: 'date', operators: DATE_OPERATORS },
	required_ship_date: { kind: 'date', operators: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'] },
	status: { kind: 'enum', operators: TEXT_OPERATORS, values: ORDER_STATUSES },
	type: { kind: 'enum', operators: TEXT_OPERATORS, values: ORDER_TYPES },
	warehouse_customer_id: { kind: 'text', operators: TEXT_OPERATORS },
	channel: { kind: 'text', operators: TEXT_OPERATORS },
	order_number: { kind: 'text', operators: IDENTIFIER_OPERATORS },
	reference_id: { kind: 'text', operators: IDENTIFIER_OPERATORS },
};

export const MAX_LIST_VALUES = 100;
export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 1000;

const LIST_OPERATORS = new Set<FilterOperator>(['in', 'nin', 'in-insensitive']);
/** Parameters that are not filters: they never take part in a page token's filter hash. */
export const PAGING_PARAMS: ReadonlySet<string> = new Set(['limit', 'page_token']);

export interface FilterCondition<F extends string = FilterField> {
	/** The query parameter as received, e.g. `created_date[gte]`. */
	param: string;
	field: F;
	operator: FilterOperator;
	/** One value, or several for in/nin. */
	values: string[];
}

/** A parsed list query of any Trackstar list endpoint, whose filterable fields are `F`. */
export interface ListQuery<F extends string> {
	conditions: Array<FilterCondition<F>>;
	/** Set when `ids` or `ids[in]` was given: only these records, every other filter ignored. */
	ids: string[] | undefined;
	limit: number;
	pageToken: string | undefined;
	/** The filter parameters (everything but limit and page_token), sorted, for page tokens. */
	filterParams: Array<[string, string]>;
}

export type OrderListQuery = ListQuery<FilterField>;

/** 422 details: parameter name to messages, as Trackstar's `detail.query`. */
export type QueryErrors = Record<string, string[]>;

export type ListParse<F extends string> =
	| { ok: true; query: ListQuery<F> }
	| { ok: false; errors: QueryErrors };

export type ParseResult = ListParse<FilterField>;

const PARAM_PATTERN = /^([a-z_]+)(?:\[([a-z_-]+)\])?$/;

function addError(errors: QueryErrors, param: string, message: string) {
	(errors[param] ??= []).push(message);
}

/** Validates and structures the query string of GET /wms/orders. */
export function parseOrderListQuery(entries: Iterable<[string, string]>): ParseResult {
	return parseListQuery(entries, ORDER_FILTER_FIELDS);
}

/**
 * Validates and structures the query string of any list endpoint against its filterable
 * `fields`: every endpoint shares the paging, `ids` and `field[op]` grammar and its 422 messages.
 */
export function parseListQuery<F extends string>(
	entries: Iterable<[string, string]>,
	fields: Readonly<Record<F, FilterFieldSpec>>,
): ListParse<F> {
	const errors: QueryErrors = Object.create(null) as QueryErrors; // names come from clients
	const seen = new Set<string>();
	const conditions: Array<FilterCondition<F>> = [];
	const filterParams: Array<[string, string]> = [];
	let ids: string[] | undefined;
	let limit = DEFAULT_LIMIT;
	let pageToken: string | undefined;

	for (const [param, value] of entries) {
		if (seen.has(param)) {
			addError(
				errors,
				param,
				'Given more than once; send each parameter once (lists are comma-separated).',
			);
			continue;
		}
		seen.add(param);
		if (!PAGING_PARAMS.has(param)) filterParams.push([param, value]);

		if (param === 'limit') {
			if (!/^\d+$/.test(value)) addError(errors, param, 'Not a valid integer.');
			else if (Number(value) < 1 || Number(value) > MAX_LIMIT) {
				addError(
					errors,
					param,
					`Must be greater than or equal to 1 and less than or equal to ${MAX_LIMIT}.`,
				);
			} else limit = Number(value);
			continue;
		}
		if (param === 'page_token') {
			if (value !== '') pageToken = value;
			continue;
		}
		if (param === 'ids' || param === 'ids[in]') {
			const values = checkList(errors, param, value);
			if (values) ids = [...(ids ?? []), ...values];
			continue;
		}

		const match = PARAM_PATTERN.exec(param);
		if (!match || !Object.hasOwn(fields, match[1])) {
			addError(errors, param, 'Unknown field.');
			continue;
		}
		const field = match[1] as F;
		const spec: FilterFieldSpec = fields[field];
		const operator = (match[2] ?? 'eq') as FilterOperator;
		if (!spec.operators.includes(operator)) {
			addError(
				errors,
				param,
				`Unknown operator "${match[2]}" for ${field}; use one of: ${spec.operators.join(', ')}.`,
			);
			continue;
		}
		let values: string[] | undefined;
		if (LIST_OPERATORS.has(operator)) values = checkList(errors, param, value);
		else if (value === '') addError(errors, param, 'Must not be empty.');
		else values = [value];
		if (!values || !checkValues(errors, param, spec, values)) continue;
		conditions.push({ param, field, operator, values });
	}

	if (Object.keys(errors).length > 0) return { ok: false, errors };
	filterParams.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return { ok: true, query: { conditions, ids, limit, pageToken, filterParams } };
}

function checkList(errors: QueryErrors, param: string, value: string): string[] | undefined {
	const values = value.split(',');
	if (values.length > MAX_LIST_VALUES) {
		addError(
			errors,
			param,
			`At most ${MAX_LIST_VALUES} comma-separated values are allowed, got ${values.length}.`,
		);
		return undefined;
	}
	if (values.some((entry) => entry === '')) {
		addError(errors, param, 'Must be a comma-separated list without empty values.');
		return undefined;
	}
	return values;
}

function checkValues(
	errors: QueryErrors,
	param: string,
	spec: FilterFieldSpec,
	values: string[],
): boolean {
	let bad: string | undefined;
	let message = '';
	if (spec.kind === 'date') {
		bad = values.find((value) => !isTrackstarDate(value));
		message = `Not a valid datetime: "${bad}". Use the format YYYY-MM-DDTHH:MM:SSZ.`;
	} else if (spec.kind === 'boolean') {
		bad = values.find((value) => value !== 'true' && value !== 'false');
		message = `Not a valid boolean: "${bad}". Use true or false.`;
	} else if (spec.kind === 'enum' && spec.values) {
		bad = values.find((value) => !spec.values?.includes(value));
		message = `Must be one of: ${spec.values.join(', ')} (got "${bad}").`;
	}
	if (bad === undefined) return true;
	addError(errors, param, message);
	return false;
}

type Predicate = (order: Order) => boolean;

function compile(condition: FilterCondition): Predicate {
	const field = condition.field;
	const get = (order: Order) => order[field] as string | null;
	const [value] = condition.values;
	switch (condition.operator) {
		case 'eq':
			return (order) => get(order) === value;
		case 'neq':
			return (order) => get(order) !== value;
		case 'gt':
			return (order) => {
				const current = get(order);
				return current !== null && current > value;
			};
		case 'gte':
			return (order) => {
				const current = get(order);
				return current !== null && current >= value;
			};
		case 'lt':
			return (order) => {
				const current = get(order);
				return current !== null && current < value;
			};
		case 'lte':
			return (order) => {
				const current = get(order);
				return current !== null && current <= value;
			};
		case 'in': {
			const set = new Set(condition.values);
			return (order) => {
				const current = get(order);
				return current !== null && set.has(current);
			};
		}
		case 'nin': {
			const set = new Set(condition.values);
			return (order) => {
				const current = get(order);
				return current === null || !set.has(current);
			};
		}
		case 'contains':
			return (order) => get(order)?.includes(value) === true;
		case 'not_contains':
			return (order) => get(order)?.includes(value) !== true;
		case 'eq-insensitive': {
			const lower = value.toLowerCase();
			return (order) => get(order)?.toLowerCase() === lower;
		}
		case 'in-insensitive': {
			const set = new Set(condition.values.map((entry) => entry.toLowerCase()));
			return (order) => {
				const current = get(order);
				return current !== null && set.has(current.toLowerCase());
			};
		}
		case 'contains-insensitive': {
			const lower = value.toLowerCase();
			return (order) => get(order)?.toLowerCase().includes(lower) === true;
		}
	}
}

/** One predicate for a parsed query: ids when given, else every condition ANDed. */
export function compileOrderFilter(query: Pick<OrderListQuery, 'conditions' | 'ids'>): Predicate {
	if (query.ids !== undefined) {
		const ids = new Set(query.ids);
		return (order) => ids.has(order.id);
	}
	const predicates = query.conditions.map(compile);
	if (predicates.length === 0) return () => true;
	if (predicates.length === 1) return predicates[0];
	return (order) => {
		for (const predicate of predicates) if (!predicate(order)) return false;
		return true;
	};
}

/** The orders (in the given order) that a parsed query selects; one linear pass. */
export function filterOrders(
	orders: readonly Order[],
	query: Pick<OrderListQuery, 'conditions' | 'ids'>,
): Order[] {
	if (query.ids === undefined && query.conditions.length === 0) return orders.slice();
	return orders.filter(compileOrderFilter(query));
}
