import {
	recordTime,
	cutPoints,
	userRange,
	windowLabel,
	windowQuery,
} from '../../nodes/shared/transport/dateWindows';

const at = (date: string) => Date.parse(date);

describe('date windows of a long list', () => {
	it("narrows the user's query to a window with created_date[gte] and [lt]", () => {
		const query = { 'status[in]': 'open' };
		expect(
			windowQuery(query, 'created_date', {
				from: at('2026-01-01T00:00:00Z'),
				to: at('2026-02-01T00:00:00Z'),
			}),
		).toEqual({
			'status[in]': 'open',
			'created_date[gte]': '2026-01-01T00:00:00Z',
			'created_date[lt]': '2026-02-01T00:00:00Z',
		});
		expect(windowQuery(query, 'created_date', { from: at('2026-01-01T00:00:00Z') })).toEqual({
			'status[in]': 'open',
			'created_date[gte]': '2026-01-01T00:00:00Z',
		});
	});

	it("keeps the narrower bound where the user set the same comparison, and the user's other comparisons as they are", () => {
		const query = {
			'created_date[gte]': '2026-01-15T00:00:00Z',
			'created_date[lt]': '2026-01-20T00:00:00Z',
			'created_date[lte]': '2026-03-01T00:00:00Z',
		};
		expect(
			windowQuery(query, 'created_date', {
				from: at('2026-01-01T00:00:00Z'),
				to: at('2026-01-18T00:00:00Z'),
			}),
		).toEqual({
			'created_date[gte]': '2026-01-15T00:00:00Z',
			'created_date[lt]': '2026-01-18T00:00:00Z',
			'created_date[lte]': '2026-03-01T00:00:00Z',
		});
	});

	it("reads a record's date only when it names its time zone, as Trackstar's do", () => {
		expect(recordTime({ created_date: '2026-01-01T00:00:00Z' }, 'created_date')).toBe(
			at('2026-01-01T00:00:00Z'),
		);
		expect(recordTime({ created_date: '2026-01-01T02:00:00+02:00' }, 'created_date')).toBe(
			at('2026-01-01T00:00:00Z'),
		);
		expect(recordTime({ created_date: '2026-01-01T00:00:00' }, 'created_date')).toBeUndefined();
		expect(recordTime({ created_date: null }, 'created_date')).toBeUndefined();
		expect(recordTime({}, 'created_date')).toBeUndefined();
	});

	it('cuts a range into ranges of equal length, on whole seconds', () => {
		expect(cutPoints(at('2026-01-01T00:00:00Z'), at('2026-01-04T00:00:00Z'), 3)).toEqual([
			at('2026-01-02T00:00:00Z'),
			at('2026-01-03T00:00:00Z'),
		]);
		expect(cutPoints(at('2026-01-01T00:00:00Z'), at('2026-01-01T00:00:03Z'), 2)).toEqual([
			at('2026-01-01T00:00:01Z'),
		]);
		// Fewer whole seconds than pieces: as many cuts as there are seconds.
		expect(cutPoints(at('2026-01-01T00:00:00Z'), at('2026-01-01T00:00:02Z'), 8)).toEqual([
			at('2026-01-01T00:00:01Z'),
		]);
		expect(cutPoints(at('2026-01-01T00:00:00Z'), at('2026-01-01T00:00:01Z'), 2)).toEqual([]);
		expect(cutPoints(at('2026-01-01T00:00:00.500Z'), at('2026-01-01T00:00:01.200Z'), 2)).toEqual(
			[],
		);
	});

	it("reads where the user's own date filters let a list end", () => {
		const field = 'created_date';
		expect(userRange({}, field)).toEqual({ from: undefined, to: undefined });
		expect(
			userRange(
				{ 'created_date[gte]': '2026-01-01T00:00:00Z', 'created_date[lt]': '2026-02-01T00:00:00Z' },
				field,
			),
		).toEqual({ from: at('2026-01-01T00:00:00Z'), to: at('2026-02-01T00:00:00Z') });
		expect(userRange({ 'created_date[lte]': '2026-02-01T00:00:00Z' }, field)).toEqual({
			from: undefined,
			to: at('2026-02-01T00:00:01Z'),
		});
		expect(userRange({ 'created_date[eq]': '2026-02-01T00:00:00Z' }, field)).toEqual({
			from: at('2026-02-01T00:00:00Z'),
			to: at('2026-02-01T00:00:01Z'),
		});
		expect(userRange({ 'updated_date[gte]': '2026-02-01T00:00:00Z' }, field)).toEqual({
			from: undefined,
			to: undefined,
		});
	});

	it('names a window for an error', () => {
		expect(
			windowLabel('created_date', {
				from: at('2026-01-01T00:00:00Z'),
				to: at('2026-01-02T00:00:00Z'),
			}),
		).toBe('created_date from 2026-01-01T00:00:00Z before 2026-01-02T00:00:00Z');
		expect(windowLabel('created_date', { to: at('2026-01-02T00:00:00Z') })).toBe(
			'created_date from the start before 2026-01-02T00:00:00Z',
		);
		expect(windowLabel('created_date', { from: at('2026-01-01T00:00:00Z') })).toBe(
			'created_date from 2026-01-01T00:00:00Z to the end',
		);
	});
});
