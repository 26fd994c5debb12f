import { DateTime } from 'luxon';

import { toTrackstarDate } from '../../nodes/shared/wire/dates';
import { InvalidValueError } from '../../nodes/shared/wire/invalidValue';

const field = 'Created Date';

describe('toTrackstarDate: UI dates to Trackstar UTC seconds', () => {
	it('leaves an empty value out', () => {
		expect(toTrackstarDate('', field, 'UTC')).toBeUndefined();
		expect(toTrackstarDate(undefined, field, 'UTC')).toBeUndefined();
		expect(toTrackstarDate(null, field, 'UTC')).toBeUndefined();
	});

	it('keeps a UTC date as it is and drops milliseconds', () => {
		expect(toTrackstarDate('2024-05-01T09:30:00Z', field, 'Europe/Berlin')).toBe('2024-05-01T09:30:00Z');
		expect(toTrackstarDate('2024-05-01T09:30:00.987Z', field, 'UTC')).toBe('2024-05-01T09:30:00Z');
	});

	it('converts a date with an offset to UTC whatever the workflow timezone', () => {
		expect(toTrackstarDate('2024-05-01T09:30:00+02:00', field, 'America/New_York')).toBe(
			'2024-05-01T07:30:00Z',
		);
		expect(toTrackstarDate('2024-05-01T09:30:00-0500', field, 'UTC')).toBe('2024-05-01T14:30:00Z');
	});

	it("reads a date-picker value (no offset) in the workflow's timezone", () => {
		expect(toTrackstarDate('2024-01-15T09:00:00', field, 'America/New_York')).toBe('2024-01-15T14:00:00Z');
		expect(toTrackstarDate('2024-07-15T09:00:00', field, 'America/New_York')).toBe('2024-07-15T13:00:00Z');
		expect(toTrackstarDate('2024-07-15T09:00:00', field, 'Asia/Kolkata')).toBe('2024-07-15T03:30:00Z');
		expect(toTrackstarDate('2024-07-15T09:00:00', field, 'UTC')).toBe('2024-07-15T09:00:00Z');
	});

	it('reads a bare day as its midnight in the workflow timezone', () => {
		expect(toTrackstarDate('2024-03-10', field, 'Europe/London')).toBe('2024-03-10T00:00:00Z');
		expect(toTrackstarDate('2024-06-10', field, 'Europe/London')).toBe('2024-06-09T23:00:00Z');
	});

	it('handles the hour that daylight saving time skips and repeats', () => {
		// 02:30 does not exist in New York on 2024-03-10; 01:30 happens twice on 2024-11-03.
		expect(toTrackstarDate('2024-03-10T02:30:00', field, 'America/New_York')).toMatch(/^2024-03-10T0[67]:30:00Z$/);
		expect(toTrackstarDate('2024-11-03T01:30:00', field, 'America/New_York')).toMatch(/^2024-11-03T0[56]:30:00Z$/);
	});

	it('takes a Luxon DateTime from an expression such as $now.minus({hours: 1})', () => {
		const dateTime = DateTime.fromISO('2024-05-01T12:00:00', { zone: 'Asia/Tokyo' });
		expect(toTrackstarDate(dateTime, field, 'UTC')).toBe('2024-05-01T03:00:00Z');
	});

	it('takes a JavaScript Date and epoch seconds or milliseconds', () => {
		expect(toTrackstarDate(new Date('2024-05-01T00:00:00Z'), field, 'UTC')).toBe('2024-05-01T00:00:00Z');
		expect(toTrackstarDate(1714521600, field, 'UTC')).toBe('2024-05-01T00:00:00Z');
		expect(toTrackstarDate(1714521600000, field, 'UTC')).toBe('2024-05-01T00:00:00Z');
		expect(toTrackstarDate('1714521600', field, 'UTC')).toBe('2024-05-01T00:00:00Z');
	});

	it.each(['yesterday', '05/01/2024', '2024-02-30T00:00:00', '2024-13-01', '2024-05-01T25:00:00', 'true'])(
		'refuses %p with an error naming the field',
		(value) => {
			expect(() => toTrackstarDate(value, field, 'UTC')).toThrow(InvalidValueError);
			expect(() => toTrackstarDate(value, field, 'UTC')).toThrow(`Created Date: "${value}" is not a date`);
		},
	);

	it('refuses values that are not dates at all', () => {
		expect(() => toTrackstarDate(true, field, 'UTC')).toThrow(InvalidValueError);
		expect(() => toTrackstarDate({}, field, 'UTC')).toThrow(InvalidValueError);
	});
});
