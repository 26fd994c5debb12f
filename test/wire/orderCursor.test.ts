import { advanceCursor, unseenOrders } from '../../nodes/TrackstarOrdersTrigger/orderCursor';
import { MAX_REMEMBERED_STATUSES, observeStatuses } from '../../nodes/TrackstarOrdersTrigger/statusMemory';

const FIELD = 'trackstar_updated_date';
const order = (id: string, at: string) => ({ id, [FIELD]: `2026-11-23T10:00:${at}Z` });

describe('order cursor', () => {
	const cursor = { since: '2026-11-23T10:00:05Z', idsAtSince: ['b'] };

	it('drops what was seen at the boundary and anything older, and sorts the rest by time then id', () => {
		const read = [order('c', '07'), order('b', '05'), order('a', '05'), order('z', '04'), order('d', '06')];
		expect(unseenOrders(read, cursor, FIELD).map((entry) => entry.id)).toEqual(['a', 'd', 'c']);
	});

	it('moves to the newest instant and keeps every ID seen at it', () => {
		expect(advanceCursor(cursor, [order('c', '07'), order('e', '07'), order('d', '06')], FIELD)).toEqual({
			since: '2026-11-23T10:00:07Z',
			idsAtSince: ['c', 'e'],
		});
	});

	it('adds to the boundary IDs when nothing newer arrived, and stays put when nothing arrived', () => {
		expect(advanceCursor(cursor, [order('a', '05')], FIELD)).toEqual({ since: cursor.since, idsAtSince: ['a', 'b'] });
		expect(advanceCursor(cursor, [], FIELD)).toEqual(cursor);
	});
});

describe('status memory', () => {
	it('reports an order entering a chosen status once, and again after it left', () => {
		let memory = {};
		const step = (status: string) => {
			const result = observeStatuses(memory, [{ id: 'o1', status }], ['exception']);
			memory = result.memory;
			return result.enteredIds.has('o1');
		};
		expect(['exception', 'exception', 'open', 'exception'].map(step)).toEqual([true, false, false, true]);
	});

	it('forgets the longest-remembered orders beyond its bound', () => {
		const observations = Array.from({ length: MAX_REMEMBERED_STATUSES + 2 }, (_, index) => ({ id: `o${index}`, status: 'open' }));
		const { memory } = observeStatuses({}, observations, ['open']);
		expect(Object.keys(memory)).toHaveLength(MAX_REMEMBERED_STATUSES);
		expect(memory).not.toHaveProperty('o0');
		expect(memory).toHaveProperty(`o${MAX_REMEMBERED_STATUSES + 1}`, 'open');
	});
});
