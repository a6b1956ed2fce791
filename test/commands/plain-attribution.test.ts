import test from 'ava';
import {plainAttributionLines, renderPlainAttribution} from '../../src/commands/plain-attribution.js';
import {terminalWidth} from '../../src/text/width.js';
import {span, storyArticle, storyAttribution} from '../highlight/fixture.js';

test('Quotes lists every statement in order with speaker, role, kind and words; Sources every source', t => {
	const text = renderPlainAttribution(storyArticle(), storyAttribution, 80);
	t.true(text.startsWith('Quotes\n======\n'));
	t.true(text.endsWith('\n'));
	t.regex(text, /^1\. two city engineers · indirect\n {3}The harbour board will close the old ferry pier next month$/m);
	t.regex(text, /^2\. Mara Okonkwo, chief engineer of the harbour board · direct\n {3}“The pilings are rotten through, and we cannot keep patching them,”$/m);
	t.regex(text, /^7\. Kenji Sato, visiting harbour pilot · direct\n {3}“東京の港はいつも混雑しています,”$/m);
	const order = ['harbour board will', 'pilings', 'temporary landing', 'not been consulted', 'Nobody', 'repairs', '東京'].map(words => text.indexOf(words));
	t.deepEqual(order, [...order].sort((a, b) => a - b));
	t.regex(text, /\n\nSources\n=======\n6 sources · 2 named people · 2 anonymous\n/);
	t.regex(text, /^- two city engineers · city engineers · unnamed · anonymous · 1 statement$/m);
	t.regex(text, /^- Mara Okonkwo · chief engineer of the harbour board · person · 2 statements$/m);
	t.regex(text, /^- the mayor’s office · organization · 1 statement$/m);
});

test('lines fit the width, wrap at words and keep a hanging indent', t => {
	for (const width of [30, 47, 80]) {
		const lines = plainAttributionLines(storyArticle(), storyAttribution, width);
		for (const line of lines) {
			t.true(terminalWidth(line) <= width, `${width}: ${line}`);
			t.is(line, line.trimEnd());
		}
	}

	const lines = plainAttributionLines(storyArticle(), storyAttribution, 30);
	const start = lines.findIndex(line => line.includes('The harbour'));
	t.true(lines[start + 1]!.startsWith('   '));
	// Words are not cut: joining the wrapped lines gives the statement back.
	const end = lines.findIndex((line, index) => index > start && !line.startsWith('   '));
	t.true(end - start >= 2);
	const joined = lines.slice(start, end).map(line => line.trim()).join(' ');
	t.is(joined, span('The harbour board will close the old ferry pier next month').text);
});

test('nothing found says so, and control characters never reach the output', t => {
	const empty = renderPlainAttribution(storyArticle(), {statements: [], sources: []}, 60);
	t.regex(empty, /Quotes\n======\nNo attributed statements found\.\n\nSources\n=======\n0 sources · 0 named people · 0 anonymous\n$/);
	const hostile = {
		...storyAttribution,
		statements: [{...storyAttribution.statements[0]!, content: [{start: 0, end: 9, text: 'bad\u001B[2Jtext'}]}],
	};
	const text = renderPlainAttribution(storyArticle(), hostile, 60);
	t.false(text.includes('\u001B'));
	t.true(text.includes('bad␛[2Jtext'));
});
