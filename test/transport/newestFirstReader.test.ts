import type { IDataObject } from 'n8n-workflow';

import { readNewestToken } from '../../nodes/shared/methods/listSearch/newestPickerPage';
import { sortNewestFirst } from '../../nodes/shared/transport/newestFirst';

const order = (id: string, created_date?: unknown): IDataObject =>
	created_date === undefined ? { id } : { id, created_date };
const ids = (records: IDataObject[]) => records.map((record) => record.id);

describe('newest first: the order a Limit and the pickers return', () => {
	it('puts the most recent created_date first', () => {
		const records = [
			order('a', '2026-11-01T08:00:00Z'),
			order('b', '2026-11-20T11:59:59Z'),
			order('c', '2026-11-10T00:00:00Z'),
		];
		expect(ids(sortNewestFirst(records, 'created_date'))).toEqual(['b', 'c', 'a']);
	});

	it('breaks a tie of the same second by ID, highest first: the exact reverse of Trackstar-style date-then-ID order', () => {
		const second = '2026-11-20T12:00:00Z';
		const records = [
			order('0a907c53', second),
			order('f9ddbc56', second),
			order('5d1fe8c6', '2026-11-20T12:00:01Z'),
			order('6b949571', second),
		];
		expect(ids(sortNewestFirst(records, 'created_date'))).toEqual([
			'5d1fe8c6',
			'f9ddbc56',
			'6b949571',
			'0a907c53',
		]);
	});

	it('compares instants, not the text: an offset date is placed by the moment it names', () => {
		const records = [
			// 11:00 UTC: older than 12:00 UTC, though its text sorts later.
			order('offset', '2026-11-20T13:00:00+02:00'),
			order('utc', '2026-11-20T12:00:00Z'),
		];
		expect(ids(sortNewestFirst(records, 'created_date'))).toEqual(['utc', 'offset']);
	});

	it('puts records without a usable date after every dated one, by ID among themselves', () => {
		const records = [
			order('m'),
			order('old', '2020-01-01T00:00:00Z'),
			order('z', null),
			// No zone: which moment it names is unknown, so it is not placed by it.
			order('x', '2026-11-20T12:00:00'),
			order('new', '2026-11-20T12:00:00Z'),
			order('y', 'not a date'),
		];
		expect(ids(sortNewestFirst(records, 'created_date'))).toEqual([
			'new',
			'old',
			'z',
			'y',
			'x',
			'm',
		]);
	});

	it('sorts by the field it is given, and leaves the records it was given in their order', () => {
		const records = [
			{ id: 'a', created_date: '2026-11-20T12:00:00Z', updated_date: '2026-01-01T00:00:00Z' },
			{ id: 'b', created_date: '2026-01-01T00:00:00Z', updated_date: '2026-11-20T12:00:00Z' },
		];
		expect(ids(sortNewestFirst(records, 'updated_date'))).toEqual(['b', 'a']);
		expect(ids(sortNewestFirst(records, 'created_date'))).toEqual(['a', 'b']);
		expect(ids(records)).toEqual(['a', 'b']);
	});
});

describe("the newest-first picker's pagination token", () => {
	it('reads the date the next page starts below, in epoch milliseconds', () => {
		expect(readNewestToken('before:1795175940000')).toEqual({ before: 1795175940000 });
		expect(readNewestToken('second:1795175940000:100')).toEqual({
			second: 1795175940000,
			shown: 100,
		});
	});

	it("starts at the newest record for no token, Trackstar's own next_token or anything else", () => {
		for (const token of [
			undefined,
			'',
			'before:',
			'eyJwYWdlIjoyfQ==',
			'before:soon',
			'1795175940000',
			'second:1795175940000:x',
		])
			expect(readNewestToken(token)).toEqual({});
	});
});
