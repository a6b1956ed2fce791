import test from 'ava';
import fc from 'fast-check';
import {escapeJsonForTerminal, hasUnsafeCharacters, sanitizeForTerminal, sanitizeInline} from '../../src/text/sanitize.js';

/** Everything a terminal could act on: C0 but newline/tab, DEL, C1, bidi embeddings/overrides/isolates, LS/PS, annotations. */
const dangerous = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029\uFFF9-\uFFFB]/;

test('keeps ordinary text, newlines and tabs untouched', t => {
	const text = 'Plain “quoted” text, café 東京 👍 עברית\u200F\n\tnext\u00A0\u200B';
	t.is(sanitizeForTerminal(text), text);
	t.false(hasUnsafeCharacters(text));
});

test('escape sequences become visible and inert, one code unit for one', t => {
	const hostile = 'a\u001B[2J\u001B]0;title\u0007b\u009B31m\u202Ec\uD800';
	const safe = sanitizeForTerminal(hostile);
	t.is(safe.length, hostile.length);
	t.is(safe, 'a␛[2J␛]0;title␇b\uFFFD31m\uFFFDc\uFFFD');
	t.false(dangerous.test(safe));
});

test('every 7-bit and 8-bit sequence introducer is neutralised', t => {
	// ESC followed by CSI [, OSC ], DCS P, APC _, PM ^, SOS X, ST \, and the 8-bit forms of each.
	for (const introducer of ['[', ']', 'P', '_', '^', 'X', '\\', 'c', '7', '8', '(0']) {
		const safe = sanitizeForTerminal(`x\u001B${introducer}y`);
		t.is(safe, `x␛${introducer}y`);
	}

	for (let code = 0x80; code <= 0x9F; code++) {
		t.is(sanitizeForTerminal(`a${String.fromCharCode(code)}b`), 'a\uFFFDb', `U+${code.toString(16)}`);
	}
});

test('bidi controls, annotation characters and line separators are neutralised', t => {
	for (const character of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFFF9', '\uFFFA', '\uFFFB']) {
		t.is(sanitizeForTerminal(`a${character}b`), 'a\uFFFDb');
	}

	t.is(sanitizeForTerminal('a\u2028b\u2029c'), 'a b c');
	t.is(sanitizeForTerminal('\u0000\u0007\u007F'), '␀␇␡');
});

test('lone surrogates are replaced but pairs survive', t => {
	t.is(sanitizeForTerminal('\uDC00x\uD83D\uDC4D\uD83D'), '\uFFFDx👍\uFFFD');
});

test('sanitizeInline keeps strings on one line', t => {
	t.is(sanitizeInline('evil\nname\t\u001B[31m.txt'), 'evil␊name␉␛[31m.txt');
});

test('escapeJsonForTerminal keeps the JSON value and removes raw controls', t => {
	const value = {text: 'a\u009B2J\u202Eb\u007F\u2028c\u001B]52;c;x\u0007'};
	const json = escapeJsonForTerminal(JSON.stringify(value));
	t.false(dangerous.test(json));
	t.deepEqual(JSON.parse(json), value);
});

test('property: length is preserved and nothing dangerous survives', t => {
	fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 200}), text => {
		const safe = sanitizeForTerminal(text);
		return safe.length === text.length && !dangerous.test(safe) && (text === safe || hasUnsafeCharacters(text));
	}));
	fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 200}), text => {
		const json = escapeJsonForTerminal(JSON.stringify(text));
		return !dangerous.test(json) && JSON.parse(json) === text;
	}));
	t.pass();
});
