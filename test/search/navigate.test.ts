import test from 'ava';
import {matchAtOrAfter, matchBefore, nextMatch, previousMatch} from '../../src/search/navigate.js';

const matches = [{start: 10, end: 12}, {start: 20, end: 22}, {start: 30, end: 32}];

test('first match at or after an offset, wrapping to the first', t => {
	t.is(matchAtOrAfter(matches, 0), 0);
	t.is(matchAtOrAfter(matches, 10), 0);
	t.is(matchAtOrAfter(matches, 11), 1);
	t.is(matchAtOrAfter(matches, 30), 2);
	t.is(matchAtOrAfter(matches, 31), 0);
	t.is(matchAtOrAfter([], 5), -1);
});

test('last match before an offset, wrapping to the last', t => {
	t.is(matchBefore(matches, 25), 1);
	t.is(matchBefore(matches, 20), 0);
	t.is(matchBefore(matches, 10), 2);
	t.is(matchBefore(matches, 100), 2);
	t.is(matchBefore([], 5), -1);
});

test('next and previous wrap around', t => {
	t.is(nextMatch(0, 3), 1);
	t.is(nextMatch(2, 3), 0);
	t.is(nextMatch(-1, 3), 0);
	t.is(previousMatch(1, 3), 0);
	t.is(previousMatch(0, 3), 2);
	t.is(previousMatch(-1, 3), 2);
	t.is(nextMatch(0, 0), -1);
	t.is(previousMatch(0, 0), -1);
});
