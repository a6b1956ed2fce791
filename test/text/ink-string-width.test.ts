import test from 'ava';
import {Chalk} from 'chalk';
import fc from 'fast-check';
import stringWidth from 'string-width';
import inkStringWidth from '../../src/shims/string-width.js';
import {unicodeText} from '../layout/unicode-strings.js';

// Styled as Ink writes text: chalk's SGR codes around pieces, sometimes an OSC 8 hyperlink.
const colours = new Chalk({level: 3});
const styled = fc.tuple(unicodeText.map(text => text.replaceAll(/[\u001B\u009B]/g, '')), fc.constantFrom<(text: string) => string>(
	text => text,
	text => colours.red(text),
	text => colours.bgHex('#334455').bold(text),
	text => colours.inverse.underline(text),
	text => `\u001B]8;;https://example.org\u0007${text}\u001B]8;;\u0007`,
)).map(([text, style]) => style(text));

test('the width the bundle gives Ink agrees with string-width on styled Unicode text', t => {
	fc.assert(fc.property(styled, text => inkStringWidth(text) === stringWidth(text)), {numRuns: 1000});
	t.is(inkStringWidth(colours.red('“東京”')), 6);
	t.is(inkStringWidth(''), 0);
});

test('options it does not implement go to string-width itself', t => {
	t.is(inkStringWidth('\u001B[31mab\u001B[39m', {countAnsiEscapeCodes: true}), stringWidth('\u001B[31mab\u001B[39m', {countAnsiEscapeCodes: true}));
	t.is(inkStringWidth('±', {ambiguousIsNarrow: false}), 2);
});
