import { InvalidValueError } from '../../nodes/shared/wire/invalidValue';
import { toValueList } from '../../nodes/shared/wire/lists';

describe('toValueList: lists typed or mapped by the user', () => {
	it('splits on commas and new lines, trimming and dropping blanks', () => {
		expect(toValueList(' a, b ,,c\nd ', 'IDs')).toEqual(['a', 'b', 'c', 'd']);
	});

	it('takes a mapped array and turns numbers into text', () => {
		expect(toValueList(['x', 12, ' y '], 'IDs')).toEqual(['x', '12', 'y']);
	});

	it('drops repeated values, keeping the first order', () => {
		expect(toValueList('b,a,b,a', 'IDs')).toEqual(['b', 'a']);
	});

	it('returns nothing for an empty value', () => {
		expect(toValueList('', 'IDs')).toEqual([]);
		expect(toValueList(undefined, 'IDs')).toEqual([]);
		expect(toValueList([], 'IDs')).toEqual([]);
	});

	it('accepts 100 values and refuses 101, naming the field', () => {
		const hundred = Array.from({ length: 100 }, (_, index) => `id${index}`);
		expect(toValueList(hundred, 'IDs')).toHaveLength(100);
		expect(() => toValueList([...hundred, 'id100'], 'Order IDs')).toThrow(
			'Order IDs: 101 values given; Trackstar accepts at most 100 in one filter',
		);
	});

	it('refuses objects inside the list', () => {
		expect(() => toValueList([{ id: 1 }], 'IDs')).toThrow(InvalidValueError);
	});
});
