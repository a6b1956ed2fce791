import test from 'ava';
import {ansi16Palette, fullPalette} from '../../src/highlight/palette.js';
import {type HighlightMark, resolveStyle, statementLooks} from '../../src/highlight/style.js';

const content = (colorIndex: number, isCurrent = false): HighlightMark => ({kind: 'content', statementIndex: 0, colorIndex, isCurrent});
const match = (isCurrent = false): HighlightMark => ({kind: 'match', isCurrent});

test('content takes its source colour, speaker bold, cue underlined', t => {
	t.deepEqual(resolveStyle([content(2)], 'full'), {color: fullPalette[2]});
	t.deepEqual(resolveStyle([{kind: 'speaker', statementIndex: 0, colorIndex: 1, isCurrent: false}], 'ansi16'), {color: 'red', bold: true});
	t.deepEqual(resolveStyle([{kind: 'cue', statementIndex: 0, colorIndex: 0, isCurrent: false}], 'full'), {color: fullPalette[0], underline: true});
});

test('under NO_COLOR only attributes are used', t => {
	t.deepEqual(resolveStyle([content(3)], 'none'), {underline: true});
	t.deepEqual(resolveStyle([{kind: 'speaker', statementIndex: 0, colorIndex: 3, isCurrent: false}], 'none'), {bold: true});
	t.deepEqual(resolveStyle([{kind: 'cue', statementIndex: 0, colorIndex: 3, isCurrent: false}], 'none'), {dimColor: true});
	t.deepEqual(resolveStyle([content(3, true)], 'none'), {underline: true, inverse: true});
});

test('the current statement is inverse', t => {
	t.true(resolveStyle([content(0, true)], 'full').inverse);
	t.falsy(resolveStyle([content(0, false)], 'full').inverse);
});

test('a search match stays visible inside the current statement', t => {
	const colour = resolveStyle([content(0, true), match()], 'full');
	t.false(colour.inverse);
	t.truthy(colour.backgroundColor);
	t.not(colour.backgroundColor, resolveStyle([content(0, true), match(true)], 'full').backgroundColor);
	// Without colour the match flips inverse, so it shows as a gap in the inverse bar and as a bar in plain text.
	t.false(resolveStyle([content(0, true), match()], 'none').inverse);
	t.true(resolveStyle([match()], 'none').inverse);
});

test('no marks give no style', t => {
	t.deepEqual(resolveStyle([], 'full'), {});
});

test('the looks made ready ahead cover every source colour of the mode, current or not', t => {
	const has = (looks: readonly object[], look: object) => looks.some(candidate => JSON.stringify(candidate) === JSON.stringify(look));
	const full = statementLooks('full');
	for (const color of fullPalette) {
		t.true(has(full, {color}));
		t.true(has(full, {color, bold: true, inverse: true}));
		t.true(has(full, {color, underline: true}));
	}

	t.true(has(full, {italic: true}), 'content without a source');
	const ansi16 = statementLooks('ansi16');
	t.true(ansi16Palette.every(color => has(ansi16, {color, bold: true})));
	t.deepEqual(new Set(statementLooks('none').map(look => JSON.stringify(look))),
		new Set(['{"underline":true}', '{"underline":true,"inverse":true}', '{"bold":true}', '{"bold":true,"inverse":true}', '{"dimColor":true}', '{"dimColor":true,"inverse":true}']));
});
