import {
	advanceCursor,
	ANY_VERSION,
	anyVersion,
	readCursor,
	unseenRecords,
} from '../../nodes/shared/polling/recordCursor';
import { fnv1a32, recordFingerprint } from '../../nodes/shared/polling/fingerprint';
import { MAX_REMEMBERED_STATUSES, observeStatuses } from '../../nodes/shared/polling/statusMemory';

const FIELD = 'trackstar_updated_date';
const order = (id: string, at: string, status = 'open') => ({
	id,
	status,
	[FIELD]: `2026-11-23T10:00:${at}Z`,
});
const ids = (orders: Array<{ id?: unknown }>) => orders.map((entry) => entry.id);
const version = recordFingerprint;

describe('order cursor', () => {
	const b = order('b', '05');
	const cursor = { since: '2026-11-23T10:00:05Z', seenAtSince: { b: version(b) } };

	it('drops what was seen at the boundary and anything older, and sorts the rest by time then id', () => {
		const read = [order('c', '07'), b, order('a', '05'), order('z', '04'), order('d', '06')];
		expect(ids(unseenRecords(read, cursor, FIELD, version))).toEqual(['a', 'd', 'c']);
	});

	it('emits an order seen at the boundary again, once, when it changed again within that second', () => {
		const changed = order('b', '05', 'picked');
		expect(ids(unseenRecords([changed], cursor, FIELD, version))).toEqual(['b']);

		const after = advanceCursor(cursor, [changed], FIELD, version);
		expect(after).toEqual({ since: cursor.since, seenAtSince: { b: version(changed) } });
		expect(unseenRecords([changed], after, FIELD, version)).toEqual([]);
	});

	it('moves to the newest instant and keeps every order seen at it, with the version seen', () => {
		const [c, e] = [order('c', '07'), order('e', '07', 'picked')];
		expect(advanceCursor(cursor, [c, e, order('d', '06')], FIELD, version)).toEqual({
			since: '2026-11-23T10:00:07Z',
			seenAtSince: { c: version(c), e: version(e) },
		});
	});

	it('adds to the boundary when nothing newer arrived, and stays put when nothing arrived', () => {
		const a = order('a', '05');
		expect(advanceCursor(cursor, [a], FIELD, version)).toEqual({
			since: cursor.since,
			seenAtSince: { a: version(a), b: version(b) },
		});
		expect(advanceCursor(cursor, [], FIELD, version)).toEqual(cursor);
	});

	it('ignores versions for New Order: an order seen at its creation second is not new again when it changes', () => {
		const created = { since: cursor.since, seenAtSince: { b: ANY_VERSION } };
		expect(unseenRecords([order('b', '05', 'picked')], created, FIELD, anyVersion)).toEqual([]);
		expect(advanceCursor(created, [order('a', '05')], FIELD, anyVersion).seenAtSince).toEqual({
			a: ANY_VERSION,
			b: ANY_VERSION,
		});
	});

	it('reads a cursor stored before versions were kept: its IDs count as seen in any version until read again', () => {
		const legacy = readCursor({ since: cursor.since, idsAtSince: ['b'] });
		expect(legacy).toEqual({ since: cursor.since, seenAtSince: { b: ANY_VERSION } });

		const changed = order('b', '05', 'picked');
		expect(unseenRecords([changed], legacy!, FIELD, version)).toEqual([]);
		// Read again at the boundary, the order's version is known from then on.
		const after = advanceCursor(legacy!, [changed], FIELD, version);
		expect(after).toEqual({ since: cursor.since, seenAtSince: { b: version(changed) } });
		const changedAgain = order('b', '05', 'packed');
		expect(ids(unseenRecords([changedAgain], after, FIELD, version))).toEqual(['b']);
	});

	it('reads back the cursor it stores, and nothing that is not a cursor', () => {
		expect(readCursor(JSON.parse(JSON.stringify(cursor)))).toEqual(cursor);
		expect(readCursor({ since: 5, seenAtSince: {} })).toBeUndefined();
		expect(readCursor(undefined)).toBeUndefined();
	});
});

describe('order fingerprint', () => {
	it('is FNV-1a (32-bit) over UTF-8', () => {
		expect(fnv1a32('')).toBe('811c9dc5');
		expect(fnv1a32('a')).toBe('e40c292c');
		expect(fnv1a32('foobar')).toBe('bf9cf968');
	});

	it('is the same for the same state in any key order, and differs when a field changes', () => {
		const state = {
			id: 'o1',
			status: 'open',
			line_items: [{ sku: 'A', quantity: 1 }],
			ship_to_address: { city: 'Reno' },
		};
		const reordered = {
			ship_to_address: { city: 'Reno' },
			line_items: [{ quantity: 1, sku: 'A' }],
			status: 'open',
			id: 'o1',
		};
		expect(recordFingerprint(reordered)).toBe(recordFingerprint(state));
		expect(recordFingerprint({ ...state, status: 'picked' })).not.toBe(recordFingerprint(state));
		expect(recordFingerprint({ ...state, line_items: [{ sku: 'A', quantity: 2 }] })).not.toBe(
			recordFingerprint(state),
		);
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
		expect(['exception', 'exception', 'open', 'exception'].map(step)).toEqual([
			true,
			false,
			false,
			true,
		]);
	});

	it('forgets the longest-remembered orders beyond its bound', () => {
		const observations = Array.from({ length: MAX_REMEMBERED_STATUSES + 2 }, (_, index) => ({
			id: `o${index}`,
			status: 'open',
		}));
		const { memory } = observeStatuses({}, observations, ['open']);
		expect(Object.keys(memory)).toHaveLength(MAX_REMEMBERED_STATUSES);
		expect(memory).not.toHaveProperty('o0');
		expect(memory).toHaveProperty(`o${MAX_REMEMBERED_STATUSES + 1}`, 'open');
	});
});
