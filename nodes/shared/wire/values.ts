import { InvalidValueError } from './invalidValue';

/** Values Trackstar answers 422 to on a write; the docs say to omit the field instead. */
const REJECTED_WORDS = new Set(['null', 'none']);

export function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A text field: trimmed, omitted when empty, refused when it spells null or none. */
export function toText(value: unknown, field: string): string | undefined {
	if (isEmpty(value)) return undefined;
	if (typeof value === 'object') {
		throw new InvalidValueError(field, 'expected text but got an object', 'Map a single value, e.g. {{ $json.id }}');
	}
	const text = String(value).trim();
	if (REJECTED_WORDS.has(text.toLowerCase())) {
		throw new InvalidValueError(
			field,
			`"${text}" would be read by Trackstar as an empty value and rejected`,
			'Remove the field to leave it unchanged',
		);
	}
	return text;
}

/** A number field: accepts numbers and numeric text such as "12.50", omitted when empty. */
export function toNumber(
	value: unknown,
	field: string,
	{ integer = false, min }: { integer?: boolean; min?: number } = {},
): number | undefined {
	if (isEmpty(value)) return undefined;
	const number = typeof value === 'number' ? value : Number(String(value).trim());
	if (typeof value === 'boolean' || !Number.isFinite(number)) {
		throw new InvalidValueError(field, `"${String(value)}" is not a number`);
	}
	if (integer && !Number.isInteger(number)) {
		throw new InvalidValueError(field, `${number} is not a whole number`);
	}
	if (min !== undefined && number < min) {
		throw new InvalidValueError(field, `${number} is below the minimum of ${min}`);
	}
	return number;
}

/** Finds the first value Trackstar would reject (null, "", "null", "none"), with its path. */
export function findRejectedValue(value: unknown, path: string): string | undefined {
	if (value === null) return path;
	if (typeof value === 'string') {
		const text = value.trim().toLowerCase();
		return text === '' || REJECTED_WORDS.has(text) ? path : undefined;
	}
	if (Array.isArray(value)) {
		for (const [index, entry] of value.entries()) {
			const found = findRejectedValue(entry, `${path}[${index}]`);
			if (found) return found;
		}
	} else if (typeof value === 'object' && value !== undefined) {
		for (const [key, entry] of Object.entries(value)) {
			const found = findRejectedValue(entry, path ? `${path}.${key}` : key);
			if (found) return found;
		}
	}
	return undefined;
}

/** Refuses JSON the user gave (an object of fields) that holds a value Trackstar would reject. */
export function refuseRejectedValues(value: unknown, field: string, hint: string): void {
	const rejected = findRejectedValue(value, '');
	if (rejected !== undefined) {
		throw new InvalidValueError(field, `"${rejected}" is null or empty, which Trackstar rejects`, hint);
	}
}

/** A resource locator's value ({__rl, mode, value}) as the plain value; anything else unchanged. */
export function locatorValue(value: unknown): unknown {
	if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'mode' in value && 'value' in value) {
		return (value as { value: unknown }).value;
	}
	return value;
}
