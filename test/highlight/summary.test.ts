import test from 'ava';
import fc from 'fast-check';
import type {Statement} from '../../src/analysis/types.js';
import {citationText, osc52} from '../../src/highlight/citation.js';
import {kindMarker, shortSourceName, sourcesById, sourcesSummary, speakerLabel, statementOpening, statementText} from '../../src/highlight/summary.js';
import {truncateColumns} from '../../src/ui/sidebar-text.js';
import {storyArticle, storyAttribution, storySources} from './fixture.js';

test('the summary counts sources, named people and anonymous ones', t => {
	t.is(sourcesSummary(storyAttribution), '6 sources · 2 named people · 2 anonymous');
	t.is(sourcesSummary({statements: [], sources: [storySources[1]!]}), '1 source · 1 named person · 0 anonymous');
});

test('short names use a one-word mention from the name, else drop a leading article', t => {
	t.is(shortSourceName(storySources[1]!), 'Okonkwo');
	t.is(shortSourceName(storySources[3]!), 'spokeswoman');
	t.is(shortSourceName(storySources[5]!), 'Kenji Sato');
	const sources = sourcesById(storyAttribution);
	t.is(speakerLabel(storyAttribution.statements[0]!, sources), 'two city engineers');
	t.is(speakerLabel({...storyAttribution.statements[0]!, sourceId: null, speaker: null}, sources), 'unattributed');
});

test('markers tell direct, indirect and mixed apart', t => {
	t.is(new Set([kindMarker('direct'), kindMarker('indirect'), kindMarker('mixed')]).size, 3);
});

test('a direct citation quotes the words and names speaker, role, headline, outlet and date', t => {
	const text = citationText(storyArticle(), storyAttribution, storyAttribution.statements[1]!);
	t.is(text, '“The pilings are rotten through, and we cannot keep patching them” — Mara Okonkwo, chief engineer of the harbour board, in “Glenhaven to close old ferry pier” (Tidewire, 2026-03-02)');
});

test('a reported citation is not put in quote marks, and unknown parts are left out', t => {
	const article = storyArticle({dateline: null, published: null});
	const text = citationText(article, storyAttribution, storyAttribution.statements[2]!);
	t.is(text, 'a temporary landing would open by spring — Mara Okonkwo, chief engineer of the harbour board, in “Glenhaven to close old ferry pier”');
});

test('citations are sanitised and on one line', t => {
	const article = storyArticle({title: 'Bad\u001B]0;x\u0007 title\nsecond line'});
	const text = citationText(article, storyAttribution, storyAttribution.statements[0]!);
	t.false(/[\u0000-\u001F\u007F-\u009F]/.test(text));
	t.true(text.includes('Bad␛]0;x␇ title second line'));
});

test('OSC 52 carries the text as base64 and can be wrapped for tmux', t => {
	const sequence = osc52('“Hi” — 東京');
	const match = /^\u001B\]52;c;([A-Za-z\d+/=]+)\u0007$/.exec(sequence);
	t.truthy(match);
	t.is(Buffer.from(match![1]!, 'base64').toString('utf8'), '“Hi” — 東京');
	t.is(Buffer.from(/52;c;([^\u0007]+)/.exec(osc52('a\u001Bb'))![1]!, 'base64').toString('utf8'), 'a␛b');
	const wrapped = osc52('x', {tmux: true});
	t.true(wrapped.startsWith('\u001BPtmux;\u001B\u001B]52;c;'));
	t.true(wrapped.endsWith('\u0007\u001B\\'));
});

test('the opening of a statement shows the same first words as its whole text, cut to any width', t => {
	const spanText = fc.array(fc.constantFrom('a', 'word ', ' ', '\n', '  ', '世', 'é', '“', '”', '…'), {maxLength: 80}).map(parts => parts.join(''));
	fc.assert(fc.property(fc.array(spanText, {minLength: 1, maxLength: 3}), fc.integer({min: 1, max: 60}), (texts, columns) => {
		const statement = {...storyAttribution.statements[0]!, content: texts.map((text, index) => ({start: index, end: index + 1, text}))} satisfies Statement;
		return truncateColumns(statementOpening(statement, columns), columns) === truncateColumns(statementText(statement), columns);
	}), {numRuns: 2000});
	t.is(statementOpening(storyAttribution.statements[1]!, 200), statementText(storyAttribution.statements[1]!));
});
