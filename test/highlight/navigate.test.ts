import test from 'ava';
import {listedStatements, statementAnchor, statementOnPage, stepStatement} from '../../src/highlight/navigate.js';
import {span, storyAttribution, storyText} from './fixture.js';

const ids = (direction: 1 | -1, currentId: string | null, position = 0, filterSourceId: string | null = null) =>
	stepStatement(storyAttribution, {currentId, position, direction, filterSourceId})?.id;

test('] walks every statement in order and stays on the last', t => {
	const seen: string[] = [];
	let current: string | null = null;
	for (let step = 0; step < storyAttribution.statements.length + 2; step++) {
		current = ids(1, current) ?? null;
		seen.push(current!);
	}

	t.deepEqual(seen, ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's7', 's7']);
});

test('[ walks back and stays on the first', t => {
	t.is(ids(-1, 's3'), 's2');
	t.is(ids(-1, 's1'), 's1');
});

test('without a current statement, ] and [ start from the position', t => {
	const position = span('Okonkwo added').start;
	t.is(ids(1, null, position), 's3');
	t.is(ids(-1, null, position), 's2');
	t.is(ids(1, null, storyText.length), 's7');
	t.is(ids(-1, null, 0), 's1');
});

test('with a filter, stepping stays within the source, even from a statement outside it', t => {
	t.is(ids(1, 's2', 0, 'src2'), 's3');
	t.is(ids(1, 's3', 0, 'src2'), 's3');
	t.is(ids(1, 's1', 0, 'src2'), 's2');
	t.is(ids(-1, 's7', 0, 'src2'), 's3');
	t.is(ids(1, null, 0, 'nobody'), undefined);
});

test('the anchor is the first content span', t => {
	t.is(statementAnchor(storyAttribution.statements[2]!), span('a temporary landing would open by spring').start);
	t.deepEqual(listedStatements(storyAttribution, 'src2').map(statement => statement.id), ['s2', 's3']);
});

test('the page follows reading: first statement on the page, else the last one before it', t => {
	const third = span('Okonkwo added');
	const fourth = span('The mayor’s office');
	t.is(statementOnPage(storyAttribution, third.start, fourth.start)?.id, 's3');
	// A page holding only the tail of a statement still selects it.
	t.is(statementOnPage(storyAttribution, span('rotten').start, span('rotten').end)?.id, 's2');
	// A page with no statement selects the one just read.
	const last = span('Ferries will keep running');
	t.is(statementOnPage(storyAttribution, last.start, storyText.length)?.id, 's7');
	t.is(statementOnPage(storyAttribution, third.start, fourth.start, 'src3')?.id, 's4');
	t.is(statementOnPage({statements: [], sources: []}, 0, 10), null);
});
