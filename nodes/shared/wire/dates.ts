import { InvalidValueError } from './invalidValue';

const DATE_HINT =
	'Use the date picker, an ISO date such as 2024-05-01T09:30:00Z, or an expression such as {{ $now.minus({ hours: 1 }) }}';

const OFFSET_OR_ZULU = /(Z|[+-]\d{2}:?\d{2})$/i;
const NAIVE_ISO =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?$/;
const EPOCH_DIGITS = /^-?\d{9,13}$/;

/** Seconds and milliseconds since 1970 are told apart by size: 1e11 s is the year 5138. */
function fromEpoch(epoch: number): Date {
	return new Date(Math.abs(epoch) < 1e11 ? epoch * 1000 : epoch);
}

function isDateTimeLike(value: object): value is { toMillis: () => number } {
	return typeof (value as { toMillis?: unknown }).toMillis === 'function';
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
	let formatter = zoneFormatters.get(timeZone);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
		});
		zoneFormatters.set(timeZone, formatter);
	}
	return formatter;
}

/** How far `timeZone`'s wall clock is ahead of UTC at the instant `utcMillis`, in ms. */
function zoneOffset(utcMillis: number, timeZone: string): number {
	const parts: Record<string, number> = {};
	for (const part of zoneFormatter(timeZone).formatToParts(new Date(utcMillis))) {
		if (part.type !== 'literal') parts[part.type] = Number(part.value);
	}
	const wallClock = Date.UTC(
		parts.year,
		parts.month - 1,
		parts.day,
		parts.hour,
		parts.minute,
		parts.second,
	);
	return wallClock - Math.floor(utcMillis / 1000) * 1000;
}

/** A wall-clock time without offset is read in the workflow's timezone, as n8n's date picker means it. */
function fromWallClock(match: RegExpMatchArray, timeZone: string): Date {
	const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
	const wallClock = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second);
	const check = new Date(wallClock);
	if (check.getUTCMonth() !== +month - 1 || check.getUTCDate() !== +day || +hour > 23) {
		return new Date(NaN);
	}
	const firstGuess = wallClock - zoneOffset(wallClock, timeZone);
	return new Date(wallClock - zoneOffset(firstGuess, timeZone));
}

function parseDate(value: unknown, timeZone: string): Date | undefined {
	if (value instanceof Date) return value;
	if (typeof value === 'number') return fromEpoch(value);
	if (typeof value === 'object' && value !== null && isDateTimeLike(value)) {
		return new Date(value.toMillis());
	}
	if (typeof value !== 'string') return undefined;

	const text = value.trim();
	if (EPOCH_DIGITS.test(text)) return fromEpoch(Number(text));
	const naive = text.match(NAIVE_ISO);
	if (naive) return fromWallClock(naive, timeZone);
	if (OFFSET_OR_ZULU.test(text) && /^\d{4}-\d{2}-\d{2}T/i.test(text)) return new Date(text);
	return undefined;
}

/**
 * Converts a date from the UI (picker string, ISO string, Luxon DateTime from an expression,
 * epoch seconds or milliseconds) to Trackstar's `YYYY-MM-DDTHH:MM:SSZ`, in UTC.
 * Returns undefined for an empty value so the caller can omit the field.
 */
export function toTrackstarDate(value: unknown, field: string, timeZone: string): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const date = parseDate(value, timeZone);
	if (date === undefined || Number.isNaN(date.getTime())) {
		const shown = typeof value === 'string' ? `"${value}"` : String(value);
		throw new InvalidValueError(field, `${shown} is not a date`, DATE_HINT);
	}
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
