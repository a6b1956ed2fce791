import test from 'ava';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {GraphemeCursor, terminalWidth, truncateToWidth} from '../../src/text/width.js';
import {unicodeText} from '../layout/unicode-strings.js';

const segmenter = new Intl.Segmenter();
/** ANSI escapes are stripped by string-width but never reach these functions (text is sanitised first). */
const withoutEscapes = unicodeText.map(text => text.replaceAll(/[\u001B\u009B]/g, ''));

test('widths of typical and tricky text agree with string-width', t => {
	const samples = ['', 'plain ASCII', '“curly” — dash', '東京', 'ｶﾞｷﾞ', '👨‍👩‍👧', '🇹🇼🇹', 'e\u0301', '\u200B', '각\u1100\u1161', 'क्षि', 'a\tb\u0007'];
	for (const sample of samples) {
		t.is(terminalWidth(sample), stringWidth(sample), JSON.stringify(sample));
	}

	t.is(terminalWidth('東京'), 4);
	t.is(terminalWidth('👨‍👩‍👧'), 2);
	t.is(terminalWidth('e\u0301'), 1);
});

test('width agrees with string-width on random Unicode', t => {
	fc.assert(fc.property(withoutEscapes, text => terminalWidth(text) === stringWidth(text)), {numRuns: 1000});
	t.pass();
});

test('the cursor steps through the same clusters as Intl.Segmenter', t => {
	fc.assert(fc.property(withoutEscapes, text => {
		const cursor = new GraphemeCursor(text);
		const starts: number[] = [];
		for (let index = 0; index < text.length; index += cursor.length) {
			starts.push(index);
			cursor.measure(index);
		}

		return JSON.stringify(starts) === JSON.stringify([...segmenter.segment(text)].map(segment => segment.index));
	}), {numRuns: 1000});
	t.pass();
});

test('a long non-ASCII paragraph is measured whole', t => {
	const piece = '“Quoted” — 東京 👍🏽 café e\u0301 ';
	// 560 KB: string-width on the whole string would take minutes on Node 20, far past ava's timeout.
	const count = 20_000;
	t.is(terminalWidth(piece.repeat(count)), stringWidth(piece) * count);
});

test('truncation never cuts a wide character or a cluster, and can end in an ellipsis', t => {
	t.is(truncateToWidth('東京都', 5), '東京');
	t.is(truncateToWidth('東京都', 5, '…'), '東京…');
	t.is(truncateToWidth('東京都', 6, '…'), '東京都');
	t.is(truncateToWidth('ab👨‍👩‍👧cd', 3), 'ab');
	t.is(truncateToWidth('ab👨‍👩‍👧cd', 4), 'ab👨‍👩‍👧');
	t.is(truncateToWidth('cafe\u0301 au lait', 4), 'cafe\u0301');
	t.is(truncateToWidth('Headline here', 8, '…'), 'Headlin…');
	t.is(truncateToWidth('Headline', 8, '…'), 'Headline');
	t.is(truncateToWidth('Headline', 0, '…'), '');
	t.is(truncateToWidth('東京', 1), '');
});

test('truncation fits, keeps a prefix at a cluster boundary, and leaves text that fits alone', t => {
	fc.assert(fc.property(withoutEscapes, fc.integer({min: 0, max: 30}), fc.constantFrom('', '…', '...'), (text, columns, ellipsis) => {
		const result = truncateToWidth(text, columns, ellipsis);
		if (stringWidth(text) <= columns) {
			return result === text;
		}

		const kept = result.endsWith(ellipsis) && stringWidth(ellipsis) <= columns ? result.slice(0, result.length - ellipsis.length) : result;
		const boundaries = new Set([...segmenter.segment(text)].map(segment => segment.index));
		return stringWidth(result) <= columns && text.startsWith(kept) && boundaries.has(kept.length);
	}), {numRuns: 1000});
	t.pass();
});

test('every BMP character alone has the width string-width gives it', t => {
	const differing: string[] = [];
	for (let code = 0; code < 0x1_00_00; code++) {
		const character = String.fromCharCode(code);
		if ((code < 0xD8_00 || code > 0xDF_FF) && terminalWidth(character) !== stringWidth(character)) {
			differing.push(code.toString(16));
		}
	}

	t.deepEqual(differing, []);
});
