import test from 'ava';
import {LazySegmenter} from '../../src/shims/lazy-segmenter.js';

const text = 'Hé said: “👩‍👩‍👧 🇹🇼 are 한국어 e\u0301”. Done.';
const segments = (segmenter: {segment(text: string): Intl.Segments}) => [...segmenter.segment(text)].map(({segment, index}) => [segment, index]);

test('segments exactly as Intl.Segmenter with the same arguments', t => {
	t.deepEqual(segments(new LazySegmenter()), segments(new Intl.Segmenter()));
	t.deepEqual(segments(new LazySegmenter(undefined, {granularity: 'grapheme'})), segments(new Intl.Segmenter(undefined, {granularity: 'grapheme'})));
	t.deepEqual(segments(new LazySegmenter('en', {granularity: 'word'})), segments(new Intl.Segmenter('en', {granularity: 'word'})));
	t.notDeepEqual(segments(new LazySegmenter('en', {granularity: 'word'})), segments(new Intl.Segmenter()));
});
