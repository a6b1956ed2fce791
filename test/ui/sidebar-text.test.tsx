import test from 'ava';
import fc from 'fast-check';
import stringWidth from 'string-width';
import {fitColumns, sameRow, scrollWindow, tabLabels, truncateColumns, wrapParts} from '../../src/ui/sidebar-text.js';

test('short text is kept, long text ends in an ellipsis within the width', t => {
	t.is(truncateColumns('Hello', 10), 'Hello');
	t.is(truncateColumns('Hello world', 8), 'Hello w…');
	t.is(truncateColumns('東京の港', 8), '東京の港');
	t.is(truncateColumns('東京の港', 7), '東京の…');
	// A wide character never straddles the edge: one column is left empty instead.
	t.is(truncateColumns('a東京の港', 6), 'a東京…');
	t.is(truncateColumns('👍🏽 fine', 3), '👍🏽…');
	t.is(truncateColumns('anything', 0), '');
	t.is(fitColumns('東京', 6), '東京  ');
});

test('never exceeds the width and never splits a character (property)', t => {
	fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 60}), fc.integer({min: 1, max: 30}), (text, width) => {
		const cut = truncateColumns(text, width);
		const kept = cut.endsWith('…') && cut !== text ? cut.slice(0, -1) : cut;
		return stringWidth(cut) <= width && text.startsWith(kept) && !/[\uD800-\uDBFF]$/.test(kept);
	}));
	t.pass();
});

test('a very long statement costs no more than a short one', t => {
	// Measuring the whole string would take minutes (string-width is quadratic on it), far past ava's timeout.
	const long = '“東京'.repeat(200_000);
	const width = stringWidth(truncateColumns(long, 30));
	// 29 when a wide character would have straddled the edge.
	t.true(width === 29 || width === 30);
});

test('the scroll window moves only as far as needed', t => {
	t.is(scrollWindow(0, 2, 10, 4), 0);
	t.is(scrollWindow(0, 5, 10, 4), 2);
	t.is(scrollWindow(2, 3, 10, 4), 2);
	t.is(scrollWindow(2, 1, 10, 4), 1);
	t.is(scrollWindow(8, 9, 10, 4), 6);
	t.is(scrollWindow(5, 0, 3, 4), 0);
});

test('a selection that went below the window can be shown near its top, as far as the list allows', t => {
	t.is(scrollWindow(0, 5, 10, 4, 1), 4);
	t.is(scrollWindow(0, 3, 10, 4, 1), 0, 'still visible: no move');
	t.is(scrollWindow(0, 9, 10, 4, 1), 6, 'never past the end');
	t.is(scrollWindow(0, 5, 10, 4, 0), 5);
});

test('a summary breaks between its parts to fit', t => {
	t.deepEqual(wrapParts('7 sources · 3 named people · 2 anonymous', 60), ['7 sources · 3 named people · 2 anonymous']);
	t.deepEqual(wrapParts('7 sources · 3 named people · 2 anonymous', 26), ['7 sources · 3 named people', '2 anonymous']);
	t.deepEqual(wrapParts('7 sources · 3 named people · 2 anonymous', 12), ['7 sources', '3 named peo…', '2 anonymous']);
});

test('rows are the same when every field is, so a memoised row can skip rendering', t => {
	const row = {speaker: 'Chiu', words: 'that he', isSelected: false};
	t.true(sameRow(row, {...row}));
	t.false(sameRow(row, {...row, isSelected: true}));
	t.false(sameRow<object>(row, {speaker: 'Chiu', words: 'that he'}));
	t.false(sameRow(row, undefined));
	t.true(sameRow(undefined, undefined));
});

test('tab labels keep their keys and counts in a narrow pane by shortening the names', t => {
	t.deepEqual(tabLabels(11, 7, 26), ['1 Quotes 11', '2 Sources 7']);
	t.deepEqual(tabLabels(null, null, 26), ['1 Quotes', '2 Sources']);
	t.deepEqual(tabLabels(14_741, 16, 26), ['1 Quotes 14741', '2 Src 16']);
	t.deepEqual(tabLabels(14_741, 1603, 20), ['1 Q 14741', '2 S 1603']);
	t.deepEqual(tabLabels(14_741, 1603, 10), ['1 Q 14741', '2 S 1603'], 'the last resort is cut by the caller');
});
