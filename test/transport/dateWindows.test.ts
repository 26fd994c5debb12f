import { densityModel } from '../../nodes/shared/transport/densityModel';
import {
	lowerCuts,
	recordTime,
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

	describe('lowerCuts: ranges of about equal records below the probe, each a little under whole pages', () => {
		const DAY = 86_400_000;
		const from = at('2026-01-01T00:00:00Z');
		const end = from + 10 * DAY;
		const perDay = (records: number) => records / DAY;
		const even = densityModel(
			end,
			{ at: from, perMs: perDay(1000) },
			{ at: end - DAY, perMs: perDay(1000) },
		);
		const plan = { pageSize: 1000, slack: 0.25, minPages: 2 };

		it('counts the first page again in the first range, plans whole pages less the slack, and leaves the rest to the last', () => {
			// 1,000 read, and 10 days of 1,000 a day: 11,000 in 3 ranges of 3.67 pages, planned at 3.75.
			const cuts = lowerCuts(even, { from, to: end }, 1000, 3, plan);
			expect(cuts.map((cut) => (cut - from) / DAY)).toEqual([2.75, 6.5]);
		});

		it('cuts shorter ranges where the dates grow denser', () => {
			const growing = densityModel(
				end,
				{ at: from, perMs: perDay(500) },
				{ at: end - DAY / 2, perMs: perDay(2000) },
			);
			const cuts = lowerCuts(growing, { from, to: end }, 1000, 4, plan);
			expect(cuts).toHaveLength(3);
			const lengths = cuts.slice(1).map((cut, index) => cut - cuts[index]);
			expect(lengths[1]).toBeLessThan(lengths[0]);
			// Each range between two cuts is planned at the same whole pages less a quarter.
			const held = cuts.slice(1).map((cut, index) => growing.between(cuts[index], cut));
			expect(held[0] % 1000).toBeCloseTo(750, -1);
			expect(held[1]).toBeCloseTo(held[0], -1);
		});

		it('cuts on whole seconds, and not at all where the dates hold too few pages for two ranges', () => {
			const cuts = lowerCuts(even, { from, to: end }, 777, 5, plan);
			expect(cuts.length).toBeGreaterThan(1);
			expect(cuts.every((cut) => cut % 1000 === 0)).toBe(true);
			expect(lowerCuts(even, { from, to: from + 2 * DAY }, 1000, 4, plan)).toEqual([]);
		});
	});

	describe('densityModel: records between two dates, from two measured densities', () => {
		const DAY = 86_400_000;
		const end = at('2026-11-20T12:00:00Z');
		const perDay = (records: number) => records / DAY;

		it('reads an even density as even', () => {
			const model = densityModel(
				end,
				{ at: end - 60 * DAY, perMs: perDay(1000) },
				{ at: end - DAY, perMs: perDay(1000) },
			);
			expect(model.between(end - 30 * DAY, end - 28 * DAY)).toBeCloseTo(2000);
			expect((model.reach(end - 30 * DAY, 2500) - (end - 30 * DAY)) / DAY).toBeCloseTo(2.5);
		});

		it('fits a list that grows denser towards its end, and reaches what it counts', () => {
			// 100 a day at 64 days before the end, 400 a day at 1: density as (days left)^(-1/3).
			const model = densityModel(
				end,
				{ at: end - 64 * DAY, perMs: perDay(100) },
				{ at: end - DAY, perMs: perDay(400) },
			);
			// The integral of 400 * d^(-1/3) from 0 to 8 days: 400 * 1.5 * 8^(2/3) = 2,400.
			expect(model.between(end - 8 * DAY, end)).toBeCloseTo(2400);
			const from = end - 40 * DAY;
			expect(model.between(from, model.reach(from, 5000))).toBeCloseTo(5000);
			expect(model.reach(from, 1e9)).toBe(end);
		});

		it('keeps the records near the end finite however steep the samples', () => {
			const model = densityModel(
				end,
				{ at: end - 64 * DAY, perMs: perDay(1) },
				{ at: end - DAY, perMs: perDay(1_000_000) },
			);
			expect(Number.isFinite(model.between(end - DAY, end))).toBe(true);
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
