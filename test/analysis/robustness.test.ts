import test from 'ava';
import fc from 'fast-check';
import {analyzeOrThrow as analyzeAttribution} from '../../src/analysis/index.js';
import {assertInvariants} from './invariants.js';

// Pieces that exercise the rules: quote marks of every kind, cue verbs, names, pronouns, controls, newlines.
const pieces = ['“', '”', '"', '‘', '’', '\'', '\'\'', '``', '„', '«', '»', ' said ', ' says ', ' told reporters ',
	'according to ', ', he said.', ' She ', 'Ann Lee', ' the officials', ', who spoke on condition of anonymity,', ': ',
	'. ', '\n', '\n\n', ',', '(', ')', 'that ', ' and ', ' added that ', '\u0000', '\u001B[2J', '\u202E', '\uD800',
	'👍', 'é', '\t', '<tweet id="1">', '</tweet>', 'WASHINGTON (Reuters) – ', ' Mr. ', 'U.S. ', ' declined to comment', '%', ' 47', ' to say', ' Thursday ',
	' vowed to ', ' calling', ', saying', ' then says ', ' (D-Ohio)', ' according to', ' ― ', ' — ', ' -- ', ', which ',
	'It’s ', ' he did say ', ' she ', ' a poll showed that 40 percent ', ' portrayed ', ' as a ', ' has in the past said '];

const articleLike = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({unit: 'grapheme', maxLength: 8}),
	fc.string({unit: 'binary', maxLength: 4})), {maxLength: 120}).map(parts => parts.join(''));

test('random article-like text: never throws, every invariant holds', t => {
	fc.assert(fc.property(articleLike, text => {
		const result = analyzeAttribution(text);
		assertInvariants(t, text, result);
	}), {numRuns: 400});
});

test('arbitrary Unicode, including lone surrogates and control characters', t => {
	fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 300}), text => {
		assertInvariants(t, text, analyzeAttribution(text));
	}), {numRuns: 300});
});

test('empty and whitespace-only input', t => {
	for (const text of ['', ' ', '\n\n\n', '\uFEFF', '“', '"', '\'\'']) {
		const result = analyzeAttribution(text);
		assertInvariants(t, text, result);
	}

	t.deepEqual(analyzeAttribution(''), {statements: [], sources: []});
});

// On these 1 MB lines a quadratic step would run far past ava's timeout; `npm run bench:engine` measures speed.
test('a 1 MB single line keeps its invariants', t => {
	const sentence = '“The plan works,” said Ann Lee, and the officials said that prices rose, according to the bank ';
	const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.true(result.statements.length > 0);
});

test('a 1 MB line of unbalanced quote marks and no sentence ends', t => {
	const text = '“a “b ” c \'\' d " e '.repeat(50_000);
	assertInvariants(t, text, analyzeAttribution(text));
});

// One unit of thousands of quotations: each is checked against what the unit's earlier ones found, and these pieces
// once made that (and the subject search) quadratic, minutes on these inputs.
for (const [piece, megabytes] of [['a memo titled “Harbor Plan” and ', 3], ['as Lee said, “', 3], ['"x" ', 1]] as const) {
	test(`a run-on sentence of ${megabytes} MB of ${JSON.stringify(piece)} keeps its invariants`, t => {
		const text = piece.repeat(Math.ceil(megabytes * 1_000_000 / piece.length));
		assertInvariants(t, text, analyzeAttribution(text));
	});
}

// One paragraph of many sentences: looking back for a colon or parenthesis before each quotation ran to the text's
// start, the share of a range in quotations was summed quotation by quotation, and the look for an earlier speaker
// went through every statement of the paragraph (800 KB took 2–10 s, 3 MB minutes).
for (const sentence of ['The pier is open, and “the ferry,” Lee said, “runs.” ', 'Kim tweeted: “Big day for the harbor!” ',
	'The pier (“a relic,” one critic wrote) is closed. ', '“The pier is open” — Lee. ']) {
	test(`one paragraph of 3 MB of ${JSON.stringify(sentence)} keeps its invariants`, t => {
		const text = sentence.repeat(Math.ceil(3_000_000 / sentence.length));
		const result = analyzeAttribution(text);
		assertInvariants(t, text, result);
		t.true(result.statements.length > 0);
	});
}

// Each short reference was compared with every person sharing one of its name tokens: quadratic in the people named,
// about 90 s on this text before; `npm run bench:engine` measures it ("many speakers").
test('60,000 people who share a first name, each named once and referred to once', t => {
	const syllables = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vel', 'dor', 'ni', 'bar', 'quen', 'ost'];
	const surname = (i: number) => Array.from({length: 5}, (_, j) => syllables[Math.floor(i / 12 ** j) % 12]!).join('');
	const text = Array.from({length: 60_000}, (_, i) => {
		const name = surname(i).replace(/^./, c => c.toUpperCase());
		return `Ann ${name} said the pier was open. ${name} added that it was safe.\n\n`;
	}).join('');
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	t.is(result.sources.length, 60_000);
	t.true(result.sources.every(s => s.statementIds.length === 2));
});
