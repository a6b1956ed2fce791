import test from 'ava';
import {analyzeAttribution} from '../../src/analysis/index.js';
import type {Attribution} from '../../src/analysis/types.js';
import {assertInvariants, summary} from './invariants.js';

function analyze(t: import('ava').ExecutionContext, text: string): Attribution {
	const result = analyzeAttribution(text);
	assertInvariants(t, text, result);
	return result;
}

const interview = [
	'Harbor Council Clears Night Ferry',
	'Governor Ann Kim said on Sunday that the ferry plan was “a good start.”',
	'Partial transcript as follows:',
	'JOE ORTEGA: Why not run the ferry at night?',
	'(BEGIN VIDEO CLIP.)',
	'KIM: The crews are tired. We said so in “the harbor report” last year.',
	'ORTEGA: Then hire more crews.',
].join('\n\n');

test('each turn of a transcript is a statement by its label, the colon its cue, quotations inside it included', t => {
	t.deepEqual(summary(analyze(t, interview)), [
		'Governor Ann Kim | said | that the ferry plan was “a good start.”',
		'JOE ORTEGA | : | Why not run the ferry at night?',
		'KIM | : | The crews are tired. We said so in “the harbor report” last year.',
		'ORTEGA | : | Then hire more crews.',
	]);
});

test('a turn label is a mention of the person named in full elsewhere', t => {
	const result = analyze(t, interview);
	const kim = result.sources.find(s => s.name === 'Ann Kim');
	t.deepEqual(kim?.mentions.map(m => m.text), ['Governor Ann Kim', 'KIM']);
	t.deepEqual(kim?.statementIds, ['s1', 's3']);
	t.deepEqual(result.sources.find(s => s.name === 'JOE ORTEGA')?.statementIds, ['s2', 's4']);
});

test('a lone label, a kicker or the same label repeated is no transcript', t => {
	const texts = [
		'BOOM: Council Clears Night Ferry\n\nThe vote was close.',
		'Ferry Vote\n\nWATCH: The council votes on the ferry.\n\nKIM: We won the vote.',
		'Ferry Vote\n\nLONDON: The council voted on Monday.\n\nLONDON: The mayor was away.',
		'Ferry Vote\n\nLONDON: The council voted on Monday.\n\nThe mayor was away.\n\nOne.\n\nTwo.\n\nPARIS: The mayor was at home.',
	];
	for (const text of texts) {
		t.deepEqual(summary(analyze(t, text)), [], text);
	}
});
