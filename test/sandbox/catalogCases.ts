import type { Sandbox } from '../../sandbox';
import type { ListAnswer } from './helpers';
import { get, qs } from './helpers';

type Value = string | null;

/** [description, query, predicate]: what a filter should select, by an oracle of its own. */
export type FilterCase<T> = [string, Record<string, string>, (record: T) => boolean];

/**
 * One case per operator of a field, with `pick` (and `other` for lists, `fragment` for contains)
 * as values; `read` reads the field independently of the sandbox's code.
 */
export function operatorCases<T>(
	field: string,
	operators: readonly string[],
	read: (record: T) => Value,
	values: { pick: string; other?: string; fragment?: string },
): Array<FilterCase<T>> {
	const { pick, other = pick, fragment = pick } = values;
	const oracle: Record<string, (value: Value) => boolean> = {
		eq: (value) => value === pick,
		neq: (value) => value !== pick,
		gt: (value) => value !== null && value > pick,
		gte: (value) => value !== null && value >= pick,
		lt: (value) => value !== null && value < pick,
		lte: (value) => value !== null && value <= pick,
		in: (value) => value !== null && [pick, other].includes(value),
		nin: (value) => value === null || ![pick, other].includes(value),
		contains: (value) => value !== null && value.includes(fragment),
		not_contains: (value) => value === null || !value.includes(fragment),
	};
	const cases: Array<FilterCase<T>> = [[`${field}=`, { [field]: pick }, (r) => oracle.eq(read(r))]];
	for (const operator of operators) {
		const given =
			operator === 'in' || operator === 'nin'
				? `${pick},${other}`
				: operator.includes('contains')
					? fragment
					: pick;
		cases.push([
			`${field}[${operator}]`,
			{ [`${field}[${operator}]`]: given },
			(record) => oracle[operator](read(record)),
		]);
	}
	return cases;
}

/**
 * Every operator of created_date and updated_date, the fields every catalog list filters on:
 * `middle`'s dates as picks, `others`' (one record for each field) as the second list value.
 */
export function dateCases<T extends { created_date: string; updated_date: string }>(
	middle: T,
	others: { created: T; updated: T },
): Array<FilterCase<T>> {
	const operators = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'nin'];
	return [
		...operatorCases<T>('created_date', operators, (r) => r.created_date, {
			pick: middle.created_date,
			other: others.created.created_date,
		}),
		...operatorCases<T>('updated_date', operators, (r) => r.updated_date, {
			pick: middle.updated_date,
			other: others.updated.updated_date,
		}),
	];
}

/** Every record of a list endpoint for a query, following next_token (filters repeated). */
export async function listAll<T>(
	sandbox: Sandbox,
	path: string,
	query: Record<string, string | number> = {},
): Promise<T[]> {
	const records: T[] = [];
	let token: string | null = null;
	do {
		const params: Record<string, string | number> = token ? { ...query, page_token: token } : query;
		const answer = await get<ListAnswer<T>>(sandbox, `${path}?${qs(params)}`);
		if (answer.status !== 200)
			throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
		records.push(...answer.body.data);
		token = answer.body.next_token;
	} while (token);
	return records;
}

export const ids = (records: Array<{ id: string }>) => records.map((record) => record.id);
