import test from 'ava';
import stringWidth from 'string-width';
import {getLayout, lineText, linePrefix} from '../../src/layout/layout.js';
import {makeArticle} from './make-article.js';

function shown(paragraphs: readonly string[], width: number): string[] {
	const article = makeArticle(paragraphs);
	const layout = getLayout(article, width);
	return layout.lines(0, layout.totalLines()).map(line => lineText(article, line));
}

test('wraps at word boundaries, with one blank line between paragraphs', t => {
	const paragraphs = ['The quick brown fox jumps over the lazy dog.', 'A second one.'];
	t.deepEqual(shown(paragraphs, 20), ['The quick brown fox', 'jumps over the lazy', 'dog.', '', 'A second one.']);
	t.deepEqual(shown(paragraphs, 10), ['The quick', 'brown fox', 'jumps over', 'the lazy', 'dog.', '', 'A second', 'one.']);
	t.deepEqual(shown(paragraphs, 80), ['The quick brown fox jumps over the lazy dog.', '', 'A second one.']);
});

test('hard-breaks only words longer than the line', t => {
	t.deepEqual(shown(['ab abcdefghij xy'], 4), ['ab', 'abcd', 'efgh', 'ij', 'xy']);
	t.deepEqual(shown(['supercalifragilistic'], 7), ['superca', 'lifragi', 'listic']);
});

test('never cuts a wide character and may break between CJK characters', t => {
	t.deepEqual(shown(['東京都の天気は晴れです'], 7), ['東京都', 'の天気', 'は晴れ', 'です']);
	t.deepEqual(shown(['ab 東京 cd'], 6), ['ab 東', '京 cd']);
	for (const line of shown(['x東京都の天気は晴れです'], 5)) {
		t.true(stringWidth(line) <= 5, line);
	}
});

test('keeps emoji ZWJ sequences, flags and combining marks whole', t => {
	const family = '👨‍👩‍👧';
	const flag = '🇹🇼';
	t.deepEqual(shown([`${family}${family}${family}`], 5), [`${family}${family}`, family]);
	t.deepEqual(shown([`${flag}${flag}${flag}`], 3), [flag, flag, flag]);
	// Decomposed é: the accent stays with its letter.
	t.deepEqual(shown(['e\u0301e\u0301e\u0301e\u0301'], 3), ['e\u0301e\u0301e\u0301', 'e\u0301']);
});

test('tabs, CR and other breaking spaces show as spaces and break; NBSP does not break', t => {
	t.deepEqual(shown(['one\ttwo\rthree'], 80), ['one two three']);
	t.deepEqual(shown(['one\ttwo\rthree'], 8), ['one two', 'three']);
	t.deepEqual(shown(['one\u00A0two three'], 8), ['one\u00A0two', 'three']);
	t.deepEqual(shown(['alpha\u3000beta'], 6), ['alpha', 'beta']);
});

test('a zero-width space and dashes are break opportunities', t => {
	t.deepEqual(shown(['abcdef\u200Bghijkl'], 8), ['abcdef\u200B', 'ghijkl']);
	t.deepEqual(shown(['well—known—words'], 11), ['well—known—', 'words']);
});

test('control characters are shown as visible pictures, one column each', t => {
	t.deepEqual(shown(['a\u001B[2Jb c'], 80), ['a␛[2Jb c']);
	t.deepEqual(shown(['a\u001B[2Jb cd'], 6), ['a␛[2Jb', 'cd']);
});

test('spaces at a break are not shown; runs of spaces inside a line are kept', t => {
	t.deepEqual(shown(['aa     bb'], 4), ['aa', 'bb']);
	t.deepEqual(shown(['aa  bb cc'], 6), ['aa  bb', 'cc']);
	t.deepEqual(shown(['   lead'], 10), ['   lead']);
});

test('list items get a hanging indent and blockquotes a bar, exposed separately, within the width', t => {
	const article = makeArticle(['• one two three four five six', '12. seven eight nine ten', 'quoted words that wrap here'], ['list-item', 'list-item', 'blockquote']);
	const layout = getLayout(article, 20);
	const rows = layout.lines(0, layout.totalLines()).map(line => linePrefix(article, line, layout.width) + lineText(article, line));
	t.deepEqual(rows, ['• one two three four', '  five six', '', '12. seven eight nine', '    ten', '', '│ quoted words that', '│ wrap here']);
	for (const row of rows) {
		t.true(stringWidth(row) <= 20);
	}

	// Too narrow for prefixes: all columns go to the text.
	const narrow = getLayout(article, 12);
	t.deepEqual(narrow.lines(0, 3).map(line => linePrefix(article, line, narrow.width) + lineText(article, line)), ['• one two', 'three four', 'five six']);
});

test('an empty article has no lines and an empty block one empty line', t => {
	t.deepEqual(shown([], 20), []);
	t.deepEqual(shown(['', 'x'], 20), ['', '', 'x']);
});
