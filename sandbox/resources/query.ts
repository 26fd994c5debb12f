/**
 * The list grammar every Trackstar list endpoint shares, for any resource: `field[op]=value`
 * filters (a bare `field=value` is `eq`), `ids` / `ids[in]` (override every other filter),
 * `limit` and `page_token`. Each resource declares its filterable fields; the query is parsed by
 * the same parser as GET /wms/orders (filters.ts, so the same 422 details) and the page is cut by
 * pagination.ts, so page tokens carry the same filter hash.
 */
import type { FilterCondition, FilterFieldSpec, FilterOperator, ListQuery } from '../filters';
import { DATE_OPERATORS, TEXT_OPERATORS, parseListQuery } from '../filters';
import type { PageResult } from '../pagination';
import { paginate } from '../pagination';

export { DATE_OPERATORS, TEXT_OPERATORS };

type FieldValue = string | boolean | null | undefined;

export interface ResourceField<T> extends FilterFieldSpec {
	/** Reads the field from a record; default `record[name]`. */
	get?: (record: T) => FieldValue;
}

export type ResourceFields<T> = Readonly<Record<string, ResourceField<T>>>;

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

export type ResourceCondition = FilterCondition<string>;
export type ResourceQuery = ListQuery<string>;

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
	const parsed = parseListQuery(entries, fields);
	if (!parsed.ok) return parsed;
	return paginate(filterResource(records, parsed.query, fields), parsed.query);
}
