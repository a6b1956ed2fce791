import test from 'ava';
import fc from 'fast-check';
import {unwrapped, wrappedParagraphs} from '../../src/text/hard-wrap.js';

/** The text of each paragraph, its line breaks shown as `/`. */
function shown(text: string): string[] | undefined {
	return wrappedParagraphs(text)?.map(p => text.slice(p.start, p.end).replaceAll('\n', '/'));
}

const wrapped = [
	'Pier repairs to start in May',
	'By Tom Kunin',
	'',
	'SALEM -- The harbor master, Ann Lee, said on Monday that repairs to the',
	'old pier would start in May and take most of the summer, after the',
	'council approved the money last week.',
	'',
	'"We have the crews and we have the timber," Harbor Master Ann Lee told',
	'reporters. "What we did not have was the money, and now we do."',
	'',
	'The council listed three reasons for the vote in its statement:',
	'- the timber is rotten and the ferry cannot dock safely in winter',
	'- the insurer will not renew the pier\'s policy after this year',
	'',
].join('\n');

test('text wrapped by hand: runs of lines are paragraphs; a short line, a blank line or a list item ends one', t => {
	t.deepEqual(shown(wrapped), [
		'Pier repairs to start in May',
		'By Tom Kunin',
		'SALEM -- The harbor master, Ann Lee, said on Monday that repairs to the/old pier would start in May and take most of the summer, after the/council approved the money last week.',
		'"We have the crews and we have the timber," Harbor Master Ann Lee told/reporters. "What we did not have was the money, and now we do."',
		'The council listed three reasons for the vote in its statement:',
		'- the timber is rotten and the ferry cannot dock safely in winter',
		'- the insurer will not renew the pier\'s policy after this year',
	]);
});

test('text that is not wrapped by hand keeps a paragraph per line', t => {
	// A line longer than any wrap width.
	t.is(shown(wrapped.replace('last week.', `last week, ${'and more '.repeat(10)}.`)), undefined);
	// No blank line anywhere: nothing shows where paragraphs end.
	t.is(shown(wrapped.replaceAll('\n\n', '\n')), undefined);
	// Ragged short lines that end their sentences: a list, a poem, a transcript.
	t.is(shown('KIM: Where were you?\nLEE: At the pier.\nKIM: All night?\nLEE: Until two.\n\nKIM: Why?\nLEE: The ferry.\n'), undefined);
	t.is(shown('Tides\n\nThe sea came in.\nThe sea went out.\nWe stayed on the pier.\nNobody came.\n'), undefined);
	// A list of headlines: each line opens with a capital.
	t.is(shown('Top stories\n\nCouncil votes to keep the night ferry running through the winter\nRail union and operator resume talks as a second strike looms\n'
		+ 'Fire at the research lab destroys a decade of seed samples\nDrought forces water rationing across the valley\n\nWeather\n'), undefined);
	t.is(shown(''), undefined);
});

test('unwrapped: the breaks inside wrapped paragraphs become spaces, one for one; other text is returned as is', t => {
	const out = unwrapped(wrapped);
	t.is(out.length, wrapped.length);
	t.true(out.includes('repairs to the old pier would start in May and take most of the summer, after the council'));
	t.true(out.startsWith('Pier repairs to start in May\nBy Tom Kunin\n\nSALEM'));
	t.true(out.includes('its statement:\n- the timber'));
	const crlf = wrapped.replaceAll('\n', '\r\n');
	t.true(unwrapped(crlf).includes('repairs to the  old pier'));
	const plain = 'One paragraph per line.\nAnother one.';
	t.is(unwrapped(plain), plain);
});

test('unwrapped changes nothing but line breaks, whatever the text', t => {
	const lines = fc.array(fc.oneof(fc.constantFrom('', 'a', 'word word word word word word word word word word word word word'),
		fc.string({maxLength: 90})), {maxLength: 30});
	fc.assert(fc.property(lines, parts => {
		const text = parts.join('\n');
		const out = unwrapped(text);
		for (let i = 0; i < text.length; i++) {
			if (out[i] !== text[i] && !(out[i] === ' ' && /[\r\n]/.test(text[i]!))) {
				return false;
			}
		}

		return out.length === text.length;
	}), {numRuns: 300});
	t.pass();
});
