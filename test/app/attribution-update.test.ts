import test from 'ava';
import type {Attribution, Statement} from '../../src/analysis/types.js';
import {parseText} from '../../src/article/parse-text.js';
import {layoutOf, pageHeight} from '../../src/app/selectors.js';
import {initialState, type AppState} from '../../src/app/state.js';
import {update} from '../../src/app/update.js';
import {pageRanges, visibleLines} from '../../src/app/visible.js';
import {statementAnchor} from '../../src/highlight/navigate.js';
import {paneStyle} from '../../src/ui/pane-style.js';
import {press} from './fixture.js';

// A long made-up story: every fourth paragraph carries a quote by one of two speakers.
const filler = 'The tide tables were printed again and the harbour office opened late while the ferry crews waited by the quay';
const paragraphs: string[] = [];
for (let index = 0; index < 40; index++) {
	paragraphs.push(index % 4 === 1
		? `${filler}. “Quote number ${paragraphs.length} is on the record,” said ${index % 8 === 1 ? 'Ana Reyes' : 'Bo Lind'}. ${filler}.`
		: `${filler} for the ${index + 1}th time. ${filler}.`);
}

const text = paragraphs.join('\n\n');
const article = parseText(text, 'story.txt');
const statements: Statement[] = [];
for (const match of text.matchAll(/(“Quote number \d+ is on the record,”) (said) (Ana Reyes|Bo Lind)/g)) {
	const start = match.index;
	const cueStart = start + match[1]!.length + 1;
	const speakerStart = cueStart + 5;
	statements.push({
		id: `s${statements.length + 1}`,
		kind: 'direct',
		content: [{start, end: start + match[1]!.length, text: match[1]!}],
		cue: {start: cueStart, end: cueStart + 4, text: 'said'},
		speaker: {start: speakerStart, end: speakerStart + match[3]!.length, text: match[3]!},
		sourceId: match[3] === 'Ana Reyes' ? 'src1' : 'src2',
	});
}

const attribution: Attribution = {
	statements,
	sources: [
		{id: 'src1', name: 'Ana Reyes', kind: 'person', role: 'harbour master', anonymous: false, mentions: [], statementIds: statements.filter(s => s.sourceId === 'src1').map(s => s.id)},
		{id: 'src2', name: 'Bo Lind', kind: 'person', role: null, anonymous: false, mentions: [], statementIds: statements.filter(s => s.sourceId === 'src2').map(s => s.id)},
	],
};

function ready(): AppState {
	const state = initialState({size: {columns: 100, rows: 30}, article, articleKey: '/tmp/story.txt'});
	return update(state, {type: 'attribution/ready', article, attribution});
}

/** Whether the words of `id` are on the visible page. */
function isVisible(state: AppState, id: string): boolean {
	const anchor = statementAnchor(statements.find(statement => statement.id === id)!);
	const line = layoutOf(state)!.lineAt(anchor);
	return line >= state.top && line < state.top + pageHeight(state);
}

test('the attribution arrives for the open article only, and the Quotes list selects the first statement on the page', t => {
	const state = ready();
	t.is(state.attribution, attribution);
	t.is(state.attributionView.selectedStatementId, 's1');
	const other = parseText('Another story.', 'other.txt');
	t.is(update(state, {type: 'attribution/ready', article: other, attribution: {statements: [], sources: []}}), state);
});

test('] walks every statement in order, turning pages as needed, and stays on the last; [ goes back', t => {
	let state = ready();
	const tops = new Set<number>();
	for (const statement of statements) {
		state = press(state, ']');
		t.is(state.attributionView.currentStatementId, statement.id);
		t.is(state.attributionView.selectedStatementId, statement.id);
		t.true(isVisible(state, statement.id), statement.id);
		t.is(state.top % pageHeight(state), 0, 'pages stay aligned');
		tops.add(state.top);
	}

	t.true(tops.size > 3, 'pages were turned');
	state = press(state, ']');
	t.is(state.attributionView.currentStatementId, statements.at(-1)!.id);
	state = press(state, '[', '[');
	t.is(state.attributionView.currentStatementId, statements.at(-3)!.id);
	t.true(isVisible(state, statements.at(-3)!.id));
});

test('Enter on a quote shows its page and makes it current; the list stops following until the next page turn', t => {
	let state = press(ready(), 'tab', 'j', 'j', 'j', 'j', 'j');
	t.is(state.attributionView.selectedStatementId, 's6');
	t.false(state.attributionView.followReading);
	state = press(state, 'enter');
	t.is(state.attributionView.currentStatementId, 's6');
	t.true(isVisible(state, 's6'));
	t.is(state.focus, 'sidebar');
	// Paging is reading again: the selection follows the page.
	state = press(state, 'tab', 'space');
	t.true(state.attributionView.followReading);
	const lines = visibleLines(state);
	const first = statements.find(statement => statementAnchor(statement) >= lines[0]!.start)!;
	t.is(state.attributionView.selectedStatementId, first.id);
});

test('Enter on a source filters statements and highlighting; ] stays within it; Esc clears, then goes back', t => {
	let state = press(ready(), 'tab', '2', 'j', 'enter');
	t.is(state.attributionView.filterSourceId, 'src2');
	t.is(state.attributionView.tab, 'quotes');
	const bo = statements.filter(statement => statement.sourceId === 'src2').map(statement => statement.id);
	for (const id of bo) {
		state = press(state, ']');
		t.is(state.attributionView.currentStatementId, id);
	}

	const ranges = pageRanges(state, visibleLines(state));
	t.true(ranges.some(range => range.style.kind === 'content'));
	t.true(ranges.every(range => range.style.kind !== 'content' || statements[range.style.statementIndex]!.sourceId === 'src2'));
	state = press(state, 'escape');
	t.is(state.attributionView.filterSourceId, null);
	t.is(state.mode, 'reading');
	t.is(state.message, null);
	// Without a filter Esc is back to the library again (here there is none, so it says so).
	t.regex(press(state, 'escape').message ?? '', /no library/);
});

test('1/2 and ←/→ switch tabs only while the sidebar has focus', t => {
	let state = press(ready(), 'tab', '2');
	t.is(state.attributionView.tab, 'sources');
	state = press(state, 'left');
	t.is(state.attributionView.tab, 'quotes');
	state = press(state, 'right', '1');
	t.is(state.attributionView.tab, 'quotes');
	state = press(state, 'tab', '2');
	t.is(state.attributionView.tab, 'quotes', 'a digit in the article is a count');
	t.is(state.count, '2');
});

test('a toggles all statement highlighting; a search match inside a quote stays visible', t => {
	let state = press(ready(), ']');
	const styled = (current: AppState) => pageRanges(current, visibleLines(current)).filter(range => range.style.kind === 'content');
	t.true(styled(state).length > 0);
	state = press(state, 'a');
	t.deepEqual(styled(state), []);
	t.regex(state.message ?? '', /off/);
	state = press(state, 'a');
	t.true(styled(state).length > 0);
	state = press(state, '/', 'record', 'enter');
	const ranges = pageRanges(state, visibleLines(state));
	const match = ranges.find(range => range.style.kind === 'match')!;
	const covering = ranges.filter(range => range.start <= match.start && range.end >= match.end).map(range => range.style);
	t.true(covering.some(style => style.kind === 'content'));
	t.truthy(paneStyle(covering, 'paragraph', 'full').backgroundColor, 'the match paints its own background over the quote');
});

test('y copies the current statement as a citation through an effect and says so', t => {
	const state = press(ready(), ']', ']', 'y');
	const copy = state.effects.find(effect => effect.type === 'copy');
	t.truthy(copy);
	t.regex(copy?.type === 'copy' ? copy.text : '', /^“Quote number \d+ is on the record” — Bo Lind, in “/);
	t.regex(state.message ?? '', /copied/);
	t.regex(press(initialState({size: {columns: 100, rows: 30}, article}), 'y').message ?? '', /no attribution/);
});

test('in a narrow terminal, Enter on a quote closes the sidebar overlay to show the quote', t => {
	let state = initialState({size: {columns: 70, rows: 24}, article, articleKey: null});
	state = update(state, {type: 'attribution/ready', article, attribution});
	state = press(state, 's');
	t.true(state.sidebarOverlay);
	t.is(state.focus, 'sidebar');
	state = press(state, 'j', 'j', 'j', 'enter');
	t.false(state.sidebarOverlay);
	t.is(state.focus, 'article');
	t.is(state.attributionView.currentStatementId, 's4');
	t.true(isVisible(state, 's4'));
});

test('after a resize the current statement is highlighted exactly on the rewrapped lines', t => {
	let state = press(ready(), ']', ']', ']');
	state = update(state, {type: 'size/changed', size: {columns: 60, rows: 20}});
	state = press(state, ']', '[');
	t.is(state.attributionView.currentStatementId, 's3');
	t.true(isVisible(state, 's3'));
	const content = statements[2]!.content[0]!;
	const current = pageRanges(state, visibleLines(state)).filter(range => range.style.kind === 'content' && range.style.isCurrent);
	t.deepEqual(current.map(range => [range.start, range.end]), [[content.start, content.end]]);
});
