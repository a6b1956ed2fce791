import test from 'ava';
import fc from 'fast-check';
import {partitionPoint} from '../../src/util/partition-point.js';

test('the first index where the predicate turns false, or the length', t => {
	const sorted = [1, 3, 3, 7, 9];
	t.is(partitionPoint(sorted.length, i => sorted[i]! < 3), 1);
	t.is(partitionPoint(sorted.length, i => sorted[i]! <= 3), 3);
	t.is(partitionPoint(sorted.length, i => sorted[i]! < 100), 5);
	t.is(partitionPoint(0, () => true), 0);
});

test('agrees with a linear scan on sorted arrays', t => {
	fc.assert(fc.property(fc.array(fc.integer({min: -50, max: 50})), fc.integer({min: -60, max: 60}), (values, limit) => {
		const sorted = values.sort((a, b) => a - b);
		const expected = sorted.findIndex(value => value >= limit);
		return partitionPoint(sorted.length, i => sorted[i]! < limit) === (expected < 0 ? sorted.length : expected);
	}));
	t.pass();
});
