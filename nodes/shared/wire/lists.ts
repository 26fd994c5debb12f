import { InvalidValueError } from './invalidValue';

export const MAX_LIST_VALUES = 100;

/**
 * Reads a list the user typed (comma- or newline-separated) or mapped (an array from an
 * expression) into trimmed, de-duplicated values, in the order given.
 */
export function toValueList(value: unknown, field: string): string[] {
	if (value === undefined || value === null || value === '') return [];
	const raw = Array.isArray(value) ? value : String(value).split(/[,\n]/);
	const values: string[] = [];
	for (const entry of raw) {
		if (entry === undefined || entry === null) continue;
		if (typeof entry === 'object') {
			throw new InvalidValueError(field, 'the list holds an object, not a value', 'Map a list of IDs or text values');
		}
		const text = String(entry).trim();
		if (text !== '' && !values.includes(text)) values.push(text);
	}
	if (values.length > MAX_LIST_VALUES) {
		throw new InvalidValueError(
			field,
			`${values.length} values given; Trackstar accepts at most ${MAX_LIST_VALUES} in one filter`,
			'Split the list across several items or executions',
		);
	}
	return values;
}
