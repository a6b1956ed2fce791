import test from 'ava';
import fc from 'fast-check';
import {findMatches} from '../../src/search/find-matches.js';

const text = 'Taiwan said the TAIWAN Strait was calm.\nTaiwan\n  trains its forces; taiwanese officials agreed.';

function found(haystack: string, query: string): string[] {
	return findMatches(haystack, query).map(match => haystack.slice(match.start, match.end));
}

test('smart case: insensitive without a capital, exact with one', t => {
	t.deepEqual(found(text, 'taiwan'), ['Taiwan', 'TAIWAN', 'Taiwan', 'taiwan']);
	t.deepEqual(found(text, 'Taiwan'), ['Taiwan', 'Taiwan']);
	t.deepEqual(found(text, 'TAIWAN'), ['TAIWAN']);
	t.deepEqual(found(text, 'nothing'), []);
	t.deepEqual(found(text, ''), []);
	t.deepEqual(found(text, '   '), []);
});

test('whitespace in the query matches any run of white space, across line breaks', t => {
	t.deepEqual(findMatches(text, 'taiwan trains'), [{start: 40, end: 55}]);
	t.deepEqual(found(text, 'taiwan trains'), ['Taiwan\n  trains']);
	t.deepEqual(found(text, 'strait  was'), ['Strait was']);
	t.deepEqual(found(text, 'calm. taiwan'), ['calm.\nTaiwan']);
});

test('the query is literal, not a regular expression', t => {
	t.deepEqual(found('a.c abc (x) [y]', 'a.c'), ['a.c']);
	t.deepEqual(found('a.c abc (x) [y]', '(x) [y]'), ['(x) [y]']);
	t.deepEqual(found('a+b a\\b', 'a\\b'), ['a\\b']);
});

test('matches do not overlap and come in order', t => {
	t.deepEqual(findMatches('aaaaa', 'aa'), [{start: 0, end: 2}, {start: 2, end: 4}]);
});

test('case folding keeps offsets even where lowercasing changes length', t => {
	const haystack = 'İstanbul and ISTANBUL; Σίσυφος, ΣΊΣΥΦΟΣ; Straße';
	t.deepEqual(found(haystack, 'istanbul'), ['İstanbul', 'ISTANBUL']);
	t.deepEqual(found(haystack, 'σίσυφος'), ['Σίσυφος', 'ΣΊΣΥΦΟΣ']);
	t.deepEqual(found(haystack, 'straße'), ['Straße']);
	t.deepEqual(found('😀 𐐀𐐨', '𐐨𐐨'), ['𐐀𐐨']);
});

test('smart accents: plain letters and quotes find accented and curly ones, accented queries are exact', t => {
	const haystack = 'Café, cafe, CAFÉ and cafe\u0301; “don’t” — don\'t';
	t.deepEqual(found(haystack, 'cafe'), ['Café', 'cafe', 'CAFÉ', 'cafe\u0301']);
	t.deepEqual(found(haystack, 'café'), ['Café', 'CAFÉ']);
	t.deepEqual(found(haystack, 'Café'), ['Café']);
	t.deepEqual(found(haystack, 'Cafe'), ['Café']);
	t.deepEqual(found(haystack, 'don\'t'), ['don’t', 'don\'t']);
	t.deepEqual(found(haystack, 'don’t'), ['don’t']);
	t.deepEqual(found(haystack, '"don\'t"'), ['“don’t”']);
	t.deepEqual(found(haystack, 'and cafe'), ['and cafe\u0301']);
});

test('every match is where a case-insensitive scan of an ASCII text finds it', t => {
	fc.assert(fc.property(fc.string({unit: fc.constantFrom('a', 'b', 'A', ' ', '.')}), fc.string({unit: fc.constantFrom('a', 'b', '.'), minLength: 1, maxLength: 3}), (haystack, query) => {
		const expected: number[] = [];
		const lower = haystack.toLowerCase();
		for (let index = lower.indexOf(query); index !== -1; index = lower.indexOf(query, index + query.length)) {
			expected.push(index);
		}

		return JSON.stringify(findMatches(haystack, query).map(match => match.start)) === JSON.stringify(expected);
	}), {numRuns: 500});
	t.pass();
});
