import {
	recordTime,
	middleCuts,
	recordsBetween,
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

	describe('middleCuts: windows of about equal records, each a little under whole pages', () => {
		const DAY = 86_400_000;
		const from = at('2026-01-01T00:00:00Z');
		const perDay = (records: number) => records / DAY;

		it('cuts an even density into windows of whole pages less the slack, the last taking the rest', () => {
			// 10 days of 1,000 a day: 10,000 records, 4 windows of 2.5 pages: planned at 2.7 pages.
			const cuts = middleCuts(
				{ from, to: from + 10 * DAY },
				perDay(1000),
				perDay(1000),
				4,
				1000,
				0.3,
			);
			expect(cuts.map((cut) => (cut - from) / DAY)).toEqual([2.7, 5.4, 8.1]);
		});

		it('gives a density that grows shorter windows towards its dense end', () => {
			const cuts = middleCuts(
				{ from, to: from + 10 * DAY },
				perDay(500),
				perDay(1500),
				3,
				1000,
				0.3,
			);
			expect(cuts).toHaveLength(2);
			const [first, second] = [cuts[0] - from, cuts[1] - cuts[0]];
			expect(second).toBeLessThan(first);
			// The first holds its planned 3.7 pages: 500/day rising, so a little over 6 days.
			const held =
				perDay(500) * first + ((perDay(1500) - perDay(500)) / (2 * 10 * DAY)) * first * first;
			expect(held).toBeGreaterThan(3690);
			expect(held).toBeLessThanOrEqual(3700);
		});

		it('counts what a window between two cuts is planned to hold', () => {
			const range = { from, to: from + 10 * DAY };
			expect(recordsBetween(range, perDay(1000), perDay(1000), from, from + 2 * DAY)).toBeCloseTo(
				2000,
			);
			// 500 a day rising to 1,500: the whole range holds 10,000, its first half 3,750.
			expect(recordsBetween(range, perDay(500), perDay(1500), from, range.to)).toBeCloseTo(10_000);
			expect(recordsBetween(range, perDay(500), perDay(1500), from, from + 5 * DAY)).toBeCloseTo(
				3750,
			);
			expect(recordsBetween(range, perDay(500), perDay(1500), range.to, range.to + DAY)).toBe(0);
		});

		it('cuts on whole seconds, and not at all where the range holds one window', () => {
			const cuts = middleCuts(
				{ from, to: from + 10 * DAY },
				perDay(777),
				perDay(1234),
				5,
				1000,
				0.3,
			);
			expect(cuts.every((cut) => cut % 1000 === 0)).toBe(true);
			expect(middleCuts({ from, to: from + DAY }, perDay(900), perDay(900), 4, 1000, 0.3)).toEqual(
				[],
			);
			expect(middleCuts({ from, to: from + 2000 }, 1, 1, 4, 1000, 0.3)).toEqual([]);
		});
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
