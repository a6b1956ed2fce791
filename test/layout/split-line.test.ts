import test from 'ava';
import {getLayout, indexRanges, splitLine} from '../../src/layout/layout.js';
import {makeArticle} from './make-article.js';

const article = makeArticle(['alpha beta gamma delta epsilon']);
const layout = getLayout(article, 12);
// Lines: "alpha beta" [0, 11), "gamma delta" [11, 23), "epsilon" [23, 30).

test('cuts a line where ranges start and end, with every covering style in input order', t => {
	const ranges = [
		{start: 2, end: 8, style: 'quote'},
		{start: 6, end: 10, style: 'match'},
		{start: 0, end: 1, style: 'bold'},
	];
	t.deepEqual(splitLine(article, layout.line(0)!, ranges), [
		{text: 'a', styles: ['bold']},
		{text: 'l', styles: []},
		{text: 'pha ', styles: ['quote']},
		{text: 'be', styles: ['quote', 'match']},
		{text: 'ta', styles: ['match']},
	]);
});

test('a range crossing a line break is styled on both lines; trailing spaces are not shown', t => {
	const ranges = [{start: 8, end: 16, style: 'match'}];
	t.deepEqual(splitLine(article, layout.line(0)!, ranges), [
		{text: 'alpha be', styles: []},
		{text: 'ta', styles: ['match']},
	]);
	t.deepEqual(splitLine(article, layout.line(1)!, ranges), [
		{text: 'gamma', styles: ['match']},
		{text: ' delta', styles: []},
	]);
	t.deepEqual(splitLine(article, layout.line(2)!, ranges), [{text: 'epsilon', styles: []}]);
});

test('a line without ranges is one plain segment; a blank line has none', t => {
	const two = makeArticle(['one', 'two']);
	const lines = getLayout(two, 20).lines(0, 3);
	t.deepEqual(splitLine(two, lines[0]!, []), [{text: 'one', styles: []}]);
	t.deepEqual(splitLine(two, lines[1]!, [{start: 0, end: 10, style: 1}]), []);
});

test('works on unsorted input and on thousands of ranges through the cached index', t => {
	const many = Array.from({length: 5000}, (_, index) => ({start: 5000 - index, end: 5001 - index, style: index}));
	many.push({start: 0, end: 2, style: -1});
	const index = indexRanges(many);
	t.is(indexRanges(many), index);
	const segments = splitLine(article, layout.line(0)!, index);
	t.deepEqual(segments.map(segment => segment.text), ['a', 'l', 'p', 'h', 'a', ' ', 'b', 'e', 't', 'a']);
	t.deepEqual(segments[0]!.styles, [-1]);
	t.deepEqual(segments[1]!.styles, [4999, -1]);
	t.deepEqual(segments[2]!.styles, [4998]);
});

test('never splits a surrogate pair', t => {
	const emoji = makeArticle(['a😀b']);
	const line = getLayout(emoji, 20).line(0)!;
	const segments = splitLine(emoji, line, [{start: 2, end: 4, style: 's'}]);
	t.deepEqual(segments, [{text: 'a', styles: []}, {text: '😀b', styles: ['s']}]);
});
