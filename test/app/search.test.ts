import fc from 'fast-check';
import test from 'ava';
import {layoutOf, pageHeight} from '../../src/app/selectors.js';
import type {AppState} from '../../src/app/state.js';
import {update} from '../../src/app/update.js';
import {pageRanges, visibleLines} from '../../src/app/visible.js';
import {makeArticle, press, readingState} from './fixture.js';

function isVisible(state: AppState, offset: number): boolean {
	const line = layoutOf(state)!.lineAt(offset);
	return line >= state.top && line < state.top + pageHeight(state);
}

function count(text: string, word: string): number {
	return text.split(word).length - 1;
}

test('typing a query highlights every match on the page at once and follows the first one', t => {
	const start = readingState();
	const typing = press(start, '/', 'n', 'e', 'e', 'd');
	t.is(typing.mode, 'search');
	t.is(typing.search.query, 'need');
	const text = start.article!.text;
	t.is(typing.search.matches.length, count(text.toLowerCase(), 'need'), 'smart case: lower-case query ignores case');
	t.true(isVisible(typing, typing.search.matches[typing.search.current]!.start));
	const onPage = pageRanges(typing, visibleLines(typing)).filter(range => range.style.kind === 'match');
	const lines = visibleLines(typing);
	const expected = typing.search.matches.filter(match => match.start < lines.at(-1)!.end && match.end > lines[0]!.start);
	t.is(onPage.length, expected.length);
	t.true(onPage.length > 0);
});

test('smart case: a capital makes the search case-sensitive', t => {
	const state = press(readingState(), '/', 'Needle');
	t.is(state.search.matches.length, count(state.article!.text, 'Needle'));
	t.true(state.search.matches.length < press(readingState(), '/', 'needle').search.matches.length);
});

test('Enter jumps to the first match at or after the current position and closes the prompt', t => {
	const start = press(readingState(), 'space', 'space');
	const done = press(start, '/', 'needle', 'enter');
	t.is(done.mode, 'reading');
	const match = done.search.matches[done.search.current]!;
	t.true(match.start >= start.topOffset);
	t.true(isVisible(done, match.start));
	t.is(done.search.matches.findIndex(item => item.start >= start.topOffset), done.search.current);
});

test('n and N step through matches with wrap-around, always showing the current one', t => {
	const done = press(readingState(), '/', 'needle', 'enter');
	const total = done.search.matches.length;
	let state = done;
	for (let step = 1; step <= total; step++) {
		state = press(state, 'n');
		t.is(state.search.current, step % total);
		t.true(isVisible(state, state.search.matches[state.search.current]!.start));
	}

	t.is(state.message, 'search wrapped to the top');
	t.is(press(done, 'N').search.current, total - 1);
});

test('Esc cancels, restores the position and drops the highlight', t => {
	const start = press(readingState(), 'space');
	const typing = press(start, '/', 'paragraph 30');
	t.not(typing.top, start.top, 'the view followed the match');
	const cancelled = press(typing, 'escape');
	t.is(cancelled.mode, 'reading');
	t.is(cancelled.top, start.top);
	t.is(cancelled.search.matches.length, 0);
	t.is(press(start, '/', 'backspace').mode, 'reading', 'Backspace on an empty prompt closes it');
});

test('no match says so and keeps the position', t => {
	const start = press(readingState(), 'space');
	const done = press(start, '/', 'zebracorn', 'enter');
	t.is(done.message, 'no match: zebracorn');
	t.is(done.top, start.top);
	t.is(press(done, 'n').message, 'no match: zebracorn');
	t.is(press(readingState(), 'n').message, 'no search yet: press / to search');
});

test('a query typed in one read (a paste) is one search', t => {
	const state = press(readingState(), '/needle');
	t.is(state.mode, 'search');
	t.is(state.search.query, 'needle');
	const submitted = press(readingState(), '/needle\r');
	t.is(submitted.mode, 'reading', 'CR in the burst is Enter');
	t.is(submitted.search.current, 0);
	t.is(press(readingState(), '/nee\u007Fdle').search.query, 'nedle', 'DEL in the burst is Backspace');
	t.is(press(readingState(), '/x\u001B').mode, 'reading', 'ESC in a burst is Escape');
	t.is(press(readingState(), '/zebra\r', '\u001B ').top, pageHeight(readingState()), 'Esc + space read together: both keys count');
	t.deepEqual(press(readingState(), 'j\u0003').effects.at(-1), {type: 'quit'}, 'Ctrl-C in a burst quits');
});

test('property: any key sequence keeps the top line inside the article and its offset in sync', t => {
	const keys = ['space', 'b', 'j', 'k', 'd', 'u', 'g', 'G', 'n', 'N', '3', 'enter', 'escape', '/', 'e', 'tab', 's', '?'];
	const sizes = [{columns: 100, rows: 30}, {columns: 60, rows: 20}, {columns: 45, rows: 12}];
	const article = makeArticle(60);
	fc.assert(fc.property(
		fc.array(fc.oneof(fc.constantFrom(...keys), fc.integer({min: 0, max: 2})), {maxLength: 40}),
		steps => {
			let state = readingState(article);
			for (const step of steps) {
				const before = state;
				state = typeof step === 'number' ? update(state, {type: 'size/changed', size: sizes[step]!}) : press(state, step);
				if (state.mode === 'library') {
					return false;
				}

				// Right after a jump to a match (Enter in the prompt, n, N), that match is on screen.
				const jumped = (step === 'n' || step === 'N') ? before.mode === 'reading' : step === 'enter' && before.mode === 'search';
				const {current, matches} = state.search;
				if (jumped && state.mode === 'reading' && current >= 0 && !isVisible(state, matches[current]!.start)) {
					return false;
				}
			}

			const layout = layoutOf(state)!;
			const total = layout.totalLines();
			return state.top >= 0 && state.top < Math.max(1, total) && layout.lineAt(state.topOffset) <= state.top + 1;
		},
	), {numRuns: 150});
	t.pass();
});
