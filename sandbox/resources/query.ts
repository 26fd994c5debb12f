/**
 * The list grammar every Trackstar list endpoint shares, for any resource: `field[op]=value`
 * filters (a bare `field=value` is `eq`), `ids` / `ids[in]` (override every other filter),
 * `limit` and `page_token`. Each resource declares its filterable fields; parsing answers the
 * same 422 details as GET /wms/orders (filters.ts), and the page is cut by pagination.ts, so
 * page tokens carry the same filter hash.
 */
import type { FilterOperator, QueryErrors } from '../filters';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_LIST_VALUES, PAGING_PARAMS } from '../filters';
import type { PageResult } from '../pagination';
import { paginate } from '../pagination';
import { isTrackstarDate } from '../types';

type FieldValue = string | boolean | null | undefined;

export interface ResourceField<T> {
	kind: 'date' | 'enum' | 'text' | 'boolean';
	operators: readonly FilterOperator[];
	values?: readonly string[];
	/** Reads the field from a record; default `record[name]`. */
	get?: (record: T) => FieldValue;
}

export type ResourceFields<T> = Readonly<Record<string, ResourceField<T>>>;

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
/** `sku` on inventory and products: Trackstar lists no `neq` for it. */
export const SKU_OPERATORS: readonly FilterOperator[] = [
	'eq',
	'in',
	'nin',
	'contains',
	'not_contains',
];

/** created_date and updated_date: every list endpoint filters on them. */
export function dateFields<T>(): ResourceFields<T> {
	return {
		created_date: { kind: 'date', operators: DATE_OPERATORS },
		updated_date: { kind: 'date', operators: DATE_OPERATORS },
	};
}

export interface ResourceCondition {
	param: string;
	field: string;
	operator: FilterOperator;
	values: string[];
}

export interface ResourceQuery {
	conditions: ResourceCondition[];
	ids: string[] | undefined;
	limit: number;
	pageToken: string | undefined;
	filterParams: Array<[string, string]>;
}

export type ResourceParse = { ok: true; query: ResourceQuery } | { ok: false; errors: QueryErrors };

const PARAM_PATTERN = /^([a-z_]+)(?:\[([a-z_-]+)\])?$/;
const LIST_OPERATORS = new Set<FilterOperator>(['in', 'nin', 'in-insensitive']);

function addError(errors: QueryErrors, param: string, message: string) {
	(errors[param] ??= []).push(message);
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

function checkValues<T>(
	errors: QueryErrors,
	param: string,
	spec: ResourceField<T>,
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

/** Validates and structures a list query against a resource's filterable fields. */
export function parseResourceQuery<T>(
	entries: Iterable<[string, string]>,
	fields: ResourceFields<T>,
): ResourceParse {
	const errors: QueryErrors = Object.create(null) as QueryErrors; // names come from clients
	const seen = new Set<string>();
	const conditions: ResourceCondition[] = [];
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
		const field = match[1];
		const spec = fields[field];
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

type Predicate<T> = (record: T) => boolean;

function compile<T>(condition: ResourceCondition, spec: ResourceField<T>): Predicate<T> {
	const name = condition.field;
	const read = spec.get ?? ((record: T) => (record as Record<string, FieldValue>)[name]);
	if (spec.kind === 'boolean') {
		const wanted = condition.values[0] === 'true';
		return (record) => read(record) === wanted;
	}
	const get = (record: T) => {
		const value = read(record);
		return typeof value === 'string' ? value : null;
	};
	const [value] = condition.values;
	const set = new Set(condition.values);
	switch (condition.operator) {
		case 'eq':
			return (record) => get(record) === value;
		case 'neq':
			return (record) => get(record) !== value;
		case 'gt':
			return (record) => (get(record) ?? '') > value;
		case 'gte':
			return (record) => (get(record) ?? '') >= value;
		case 'lt':
			return (record) => get(record) !== null && (get(record) as string) < value;
		case 'lte':
			return (record) => get(record) !== null && (get(record) as string) <= value;
		case 'in':
			return (record) => get(record) !== null && set.has(get(record) as string);
		case 'nin':
			return (record) => get(record) === null || !set.has(get(record) as string);
		case 'contains':
			return (record) => get(record)?.includes(value) === true;
		case 'not_contains':
			return (record) => get(record)?.includes(value) !== true;
		case 'eq-insensitive':
			return (record) => get(record)?.toLowerCase() === value.toLowerCase();
		case 'in-insensitive': {
			const lower = new Set(condition.values.map((entry) => entry.toLowerCase()));
			return (record) => get(record) !== null && lower.has((get(record) as string).toLowerCase());
		}
		case 'contains-insensitive':
			return (record) => get(record)?.toLowerCase().includes(value.toLowerCase()) === true;
	}
}

/** The records (in the given order) a parsed query selects: `ids` when given, else every condition. */
export function filterResource<T extends { id: string }>(
	records: readonly T[],
	query: Pick<ResourceQuery, 'conditions' | 'ids'>,
	fields: ResourceFields<T>,
): T[] {
	if (query.ids !== undefined) {
		const ids = new Set(query.ids);
		return records.filter((record) => ids.has(record.id));
	}
	if (query.conditions.length === 0) return records.slice();
	const predicates = query.conditions.map((condition) =>
		compile(condition, fields[condition.field]),
	);
	return records.filter((record) => predicates.every((predicate) => predicate(record)));
}

/** One page of `records` for the query `entries`, or the 422 details. */
export function listResource<T extends { id: string }>(
	records: readonly T[],
	entries: Iterable<[string, string]>,
	fields: ResourceFields<T>,
): PageResult<T> {
	const parsed = parseResourceQuery(entries, fields);
	if (!parsed.ok) return parsed;
	return paginate(filterResource(records, parsed.query, fields), parsed.query);
}
