import {readFileSync} from 'node:fs';
import test from 'ava';
import {analyzeAttribution} from '../../src/analysis/index.js';
import {assertInvariants} from './invariants.js';

const text = readFileSync(new URL('../../articles/taiwan-us-trainers.txt', import.meta.url), 'utf8').replace(/^\uFEFF/, '');
const result = analyzeAttribution(text);

function sourceNamed(name: string) {
	const source = result.sources.find(s => s.name === name);
	if (!source) {
		throw new Error(`no source named ${name}; have ${result.sources.map(s => s.name).join(', ')}`);
	}

	return {source, statements: result.statements.filter(s => s.sourceId === source.id)};
}

test('offsets and ids hold on the seed article', t => {
	assertInvariants(t, text, result);
});

test('two U.S. officials: three anonymous statements, including “The officials” and “One of the officials”', t => {
	const {source, statements} = sourceNamed('two U.S. officials');
	t.is(statements.length, 3);
	t.true(source.anonymous);
	t.is(source.kind, 'unnamed');
	// (`The officials, who spoke on condition of anonymity, said`: the relative pronoun is a mention too.)
	t.deepEqual(source.mentions.map(m => m.text), ['two U.S. officials', 'The officials', 'who', 'One of the officials']);
	t.true(statements[0]!.content[0]!.text.startsWith('The United States plans to expand'));
	t.true(statements[1]!.content[0]!.text.startsWith('the deployment could grow'));
	t.true(statements[2]!.content[0]!.text.startsWith('the trainers would concentrate'));
});

test('Reuters reported in 2021', t => {
	const {source, statements} = sourceNamed('Reuters');
	t.is(source.kind, 'publication');
	t.is(statements.length, 1);
	t.is(statements[0]!.cue?.text, 'reported');
	t.true(statements[0]!.content[0]!.text.startsWith('that a small group of U.S. special operations forces'));
});

test('a Pentagon spokesman: the direct quote', t => {
	const {statements} = sourceNamed('a Pentagon spokesman');
	t.is(statements.length, 1);
	t.is(statements[0]!.kind, 'direct');
	t.true(statements[0]!.content[0]!.text.startsWith('“We don’t have a comment'));
	t.true(statements[0]!.content[0]!.text.endsWith('Republic of China,”'));
});

test('Chiu Kuo-cheng: three statements, the mixed quote, “He added” and the misspelt “Chu”', t => {
	const {source, statements} = sourceNamed('Chiu Kuo-cheng');
	t.is(source.kind, 'person');
	t.is(source.role, 'Taiwan Defense Minister');
	t.is(statements.length, 3);
	t.is(statements[0]!.kind, 'mixed');
	t.true(statements[0]!.content[0]!.text.includes('he “didn’t know”'));
	t.is(statements[1]!.speaker?.text, 'He');
	t.is(statements[1]!.cue?.text, 'added');
	t.is(statements[2]!.speaker?.text, 'Chu');
	t.is(statements[2]!.cue?.text, 'confirmed');
	t.true(statements[2]!.content[0]!.text.startsWith('the presence of U.S. trainers'));
});

test('Central News Agency and Taiwan', t => {
	const cna = sourceNamed('Central News Agency');
	t.is(cna.statements.length, 1);
	t.true(cna.statements[0]!.content[0]!.text.startsWith('The island\'s military plans'));
	const taiwan = sourceNamed('Taiwan');
	t.is(taiwan.source.kind, 'organization');
	t.is(taiwan.statements.length, 1);
	t.true(taiwan.statements[0]!.content[0]!.text.startsWith('it is an independent country'));
});
