import test from 'ava';
import {geometry, layoutOf, pageHeight, pageInfo} from '../../src/app/selectors.js';
import {initialState} from '../../src/app/state.js';
import {update} from '../../src/app/update.js';
import {makeArticle, press, readingState} from './fixture.js';

test('space and b move by exactly one pane height; the indicator shows the page of the top line', t => {
	const start = readingState();
	const height = pageHeight(start);
	t.is(height, 30 - 1 - 4);
	const next = press(start, 'space');
	t.is(next.top, height);
	t.is(pageInfo(next).page, 2);
	t.is(press(next, 'b').top, 0);
	t.is(press(start, 'b').top, 0, 'clamped at the start');
	for (const key of ['f', 'pagedown', 'l', 'right']) {
		t.is(press(start, key).top, height, key);
	}

	for (const key of ['pageup', 'h', 'left']) {
		t.is(press(next, key).top, 0, key);
	}
});

test('j/k scroll one line and the page indicator follows the top line', t => {
	const start = readingState();
	const height = pageHeight(start);
	const down = press(start, ...Array.from({length: height}, () => 'j'));
	t.is(down.top, height);
	t.is(pageInfo(down).page, 2);
	t.is(press(down, 'k').top, height - 1);
	t.is(pageInfo(press(down, 'k')).page, 1);
	t.is(press(start, 'down', 'down', 'up').top, 1);
});

test('the reading offset is the start of the top line', t => {
	const state = press(readingState(), 'space', 'j');
	t.is(state.topOffset, layoutOf(state)!.line(state.top)!.start);
});

test('G goes to the first line of the last page, g and Home to the top, End like G', t => {
	const start = readingState();
	const height = pageHeight(start);
	const last = press(start, 'G');
	const total = layoutOf(last)!.totalLines();
	t.is(last.top % height, 0);
	t.true(last.top < total && last.top + height >= total);
	t.is(pageInfo(last).page, pageInfo(last).pages!);
	t.is(pageInfo(last).percent, 100);
	t.is(press(last, 'g').top, 0);
	t.is(press(last, 'home').top, 0);
	t.is(press(start, 'end').top, last.top);
	t.is(press(last, 'space').top, last.top, 'no paging past the last page');
	t.is(press(last, 'j').top, last.top, 'no scrolling past the last page');
});

test('N g and :N go to page N; N space moves N pages', t => {
	const start = readingState();
	const height = pageHeight(start);
	t.is(press(start, '3', 'g').top, 2 * height);
	t.is(press(start, '3g').top, 2 * height, 'typed in one read');
	const prompt = press(start, ':', '3');
	t.is(prompt.mode, 'goto');
	t.is(prompt.gotoText, '3');
	const done = press(prompt, 'enter');
	t.is(done.mode, 'reading');
	t.is(done.top, 2 * height);
	t.is(press(start, '2', 'space').top, 2 * height);
	t.is(press(start, '2', 'space').count, '');
	t.is(press(start, '9', '9', '9', 'g').top, press(start, 'G').top, 'a page past the end is the last page');
	t.is(press(start, ':', 'escape').mode, 'reading');
});

test('d and u move half a page', t => {
	const start = readingState();
	const half = Math.floor(pageHeight(start) / 2);
	t.is(press(start, 'd').top, half);
	t.is(press(start, 'd', 'd', 'u').top, half);
});

test('resize keeps the first character being read on screen', t => {
	const reading = press(readingState(), 'space', 'space', 'j', 'j');
	const offset = reading.topOffset;
	for (const size of [{columns: 60, rows: 24}, {columns: 45, rows: 12}, {columns: 160, rows: 50}, {columns: 100, rows: 30}]) {
		const resized = update(reading, {type: 'size/changed', size});
		const layout = layoutOf(resized)!;
		const line = layout.line(resized.top)!;
		t.true(line.start <= offset && (offset < line.end || line.start === offset), `${size.columns}x${size.rows}`);
		t.is(resized.topOffset, offset, 'the remembered offset does not drift');
	}

	const back = update(update(reading, {type: 'size/changed', size: {columns: 60, rows: 24}}), {type: 'size/changed', size: {columns: 100, rows: 30}});
	t.is(back.top, reading.top, 'resizing back restores the same top line');
});

test('a terminal below 40x10 is marked too small and recovers', t => {
	const small = update(readingState(), {type: 'size/changed', size: {columns: 30, rows: 8}});
	t.true(geometry(small).tooSmall);
	const paged = press(small, 'space');
	t.false(geometry(update(paged, {type: 'size/changed', size: {columns: 80, rows: 24}})).tooSmall);
});

test('help opens over the current mode and closes with ?, Esc or q (q does not quit there)', t => {
	const help = press(readingState(), '?');
	t.is(help.mode, 'help');
	t.is(press(help, '?').mode, 'reading');
	t.is(press(help, 'escape').mode, 'reading');
	const closed = press(help, 'q');
	t.is(closed.mode, 'reading');
	t.deepEqual(closed.effects, []);
});

test('q and Ctrl-C save the position, then quit', t => {
	const reading = press(readingState(), 'space');
	for (const key of ['q', 'ctrl+c']) {
		t.deepEqual(press(reading, key).effects, [
			{type: 'save-position', key: '/tmp/fixture.txt', offset: reading.topOffset},
			{type: 'quit'},
		], key);
	}

	t.deepEqual(press(press(reading, '/'), 'ctrl+c').effects.at(-1), {type: 'quit'}, 'Ctrl-C quits even from a prompt');
	const ran = update(press(reading, 'q'), {type: 'effects/ran', count: 2});
	t.deepEqual(ran.effects, []);
});

test('Tab moves focus to the sidebar and back; narrow terminals show it as an overlay; s toggles', t => {
	const wide = press(readingState(), 'tab');
	t.is(wide.focus, 'sidebar');
	t.is(geometry(wide).sidebar, 'beside');
	t.is(press(wide, 'tab').focus, 'article');
	const narrow = readingState(makeArticle(), {columns: 70, rows: 24});
	t.is(geometry(narrow).sidebar, 'hidden');
	const overlay = press(narrow, 's');
	t.is(geometry(overlay).sidebar, 'overlay');
	t.is(overlay.focus, 'sidebar');
	t.is(geometry(press(overlay, 's')).sidebar, 'hidden');
	t.is(geometry(press(narrow, 'tab')).sidebar, 'overlay');
	const hidden = press(readingState(), 's');
	t.is(geometry(hidden).sidebar, 'hidden');
	t.true(geometry(hidden).textWidth > geometry(readingState()).textWidth, 'the text takes the room');
	const shrunk = update(wide, {type: 'size/changed', size: {columns: 60, rows: 24}});
	t.is(shrunk.focus, 'article', 'focus leaves a sidebar that is no longer shown');
});

test('the page count is unknown until the layout is complete, then exact', t => {
	const state = readingState(makeArticle(200));
	const layout = layoutOf(state)!;
	if (!layout.isComplete) {
		t.is(pageInfo(state).pages, null);
	}

	layout.totalLines();
	t.is(pageInfo(state).pages, Math.ceil(layout.knownLines / pageHeight(state)));
});

test('an article opened from the library restores its remembered position; Esc returns to the same entry', t => {
	const article = makeArticle();
	const entries = [
		{path: '/lib/a.txt', name: 'a.txt', title: 'A', site: null, published: null, words: 10, readingMinutes: 1, error: null},
		{path: '/lib/b.txt', name: 'b.txt', title: 'B', site: null, published: null, words: 10, readingMinutes: 1, error: null},
	];
	const library = initialState({size: {columns: 100, rows: 30}, library: {dir: '/lib', entries}, positions: new Map([['/lib/b.txt', 900]])});
	t.is(library.mode, 'library');
	const highlighted = press(library, 'j');
	t.is(highlighted.library.selected, '/lib/b.txt');
	t.is(press(highlighted, 'j').library.selected, '/lib/b.txt', 'clamped at the end');
	const opening = press(highlighted, 'enter');
	t.deepEqual(opening.effects, [{type: 'open-article', path: '/lib/b.txt'}]);
	const reading = update(opening, {type: 'article/loaded', article, key: '/lib/b.txt'});
	t.is(reading.mode, 'reading');
	t.is(reading.topOffset, 900);
	const line = layoutOf(reading)!.line(reading.top)!;
	t.true(line.start <= 900 && 900 < line.end);
	const back = press(update(reading, {type: 'effects/ran', count: 1}), 'space', 'escape');
	t.is(back.mode, 'library');
	t.is(back.library.selected, '/lib/b.txt');
	t.is(back.positions.get('/lib/b.txt'), press(reading, 'space').topOffset);
	t.is(back.effects[0]?.type, 'save-position');
	t.is(update(opening, {type: 'article/failed', message: 'b.txt: no such file'}).message, 'b.txt: no such file');
});

test('library filter: typing filters, the first match is selected, Esc clears', t => {
	const entries = ['Harbour ferry', 'Rail strike', 'Drought'].map((title, index) => (
		{path: `/lib/${index}.txt`, name: `${index}.txt`, title, site: null, published: null, words: 1, readingMinutes: 1, error: null}));
	const library = initialState({size: {columns: 100, rows: 30}, library: {dir: '/lib', entries}});
	const filtering = press(library, 'r', 'a', 'i');
	t.is(filtering.mode, 'library-filter');
	t.is(filtering.library.filter, 'rai');
	t.is(filtering.library.selected, '/lib/1.txt');
	const opened = press(filtering, 'enter');
	t.is(opened.mode, 'library');
	t.is(opened.library.filter, 'rai');
	t.deepEqual(opened.effects, [{type: 'open-article', path: '/lib/1.txt'}], 'Enter while filtering opens the selection');
	t.is(press(filtering, 'backspace', 'backspace', 'backspace', 'down').library.selected, '/lib/1.txt');
	t.is(press(filtering, 'escape').library.filter, '');
	t.is(press(library, '/').mode, 'library-filter');
	t.is(press(library, 'j').mode, 'library', 'j moves in the list');
	t.is(press(library, 'escape').mode, 'library');
	t.is(press(library, 'o').library.filter, 'o');
	t.is(press(readingState(), 'escape').message?.startsWith('no library') ?? false, true, 'a single article has no library');
});
