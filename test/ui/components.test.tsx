/** @jsxRuntime automatic */
/** @jsxImportSource react */
import {plain, waitForFrame} from './reader-helpers.js';
import test from 'ava';
import {render} from 'ink-testing-library';
import type {ReactElement} from 'react';
import {bindingsFor} from '../../src/app/keymap.js';
import {pageHeight} from '../../src/app/selectors.js';
import {initialState} from '../../src/app/state.js';
import {update} from '../../src/app/update.js';
import {pageRanges, visibleLines} from '../../src/app/visible.js';
import type {ColorMode} from '../../src/highlight/palette.js';
import type {LibraryEntry} from '../../src/io/list-library.js';
import {ArticlePane} from '../../src/ui/article-pane.js';
import {Footer} from '../../src/ui/footer.js';
import {Header} from '../../src/ui/header.js';
import {HelpOverlay} from '../../src/ui/help-overlay.js';
import {LibraryScreen} from '../../src/ui/library-screen.js';
import {footerHints, Screen} from '../../src/ui/screen.js';
import {ColorModeContext} from '../../src/ui/theme.js';
import {makeArticle, press, readingState} from '../app/fixture.js';

const colourCode = /\u001B\[(?:3[0-79]|4[0-79]|9\d|10\d|38;|48;)/;

function show(element: ReactElement, mode: ColorMode = 'ansi16') {
	return render(<ColorModeContext.Provider value={mode}>{element}</ColorModeContext.Provider>);
}

test('header: headline, outlet and `page N/M` with the percent read; `?` while counting', async t => {
	const {lastFrame} = show(<Header headline="Ferry kept" meta="Estuary Post · HARLOW BAY" page={{page: 2, pages: 5, percent: 40}} width={60}/>);
	const frame = await waitForFrame(lastFrame, text => text.includes('page 2/5'));
	t.true(frame.includes('Ferry kept'));
	t.true(frame.includes('Estuary Post · HARLOW BAY'));
	t.true(frame.includes('40%'));
	const counting = show(<Header headline="H" meta="" page={{page: 1, pages: null, percent: 3}} width={60}/>);
	t.true(plain(counting.lastFrame()).includes('page 1/?'));
	const long = show(<Header headline={'word '.repeat(40)} meta="m" page={{page: 1, pages: 1, percent: 100}} width={40}/>);
	t.true(plain(long.lastFrame()).split('\n').every(line => line.length <= 40));
});

test('article pane: every match on the page is highlighted, the current one differently', async t => {
	const reading = press(readingState(), '/', 'needle', 'enter');
	const lines = visibleLines(reading);
	const ranges = pageRanges(reading, lines);
	const {lastFrame} = show(<ArticlePane article={reading.article!} lines={lines} ranges={ranges} width={98} height={pageHeight(reading)}/>, 'full');
	const frame = await waitForFrame(lastFrame, text => /needle/i.test(text), {raw: true});
	t.is(plain(frame).split('\n').length, lines.length);
	const highlighted = [...frame.matchAll(/\u001B\[48;[\d;]+m(?:\u001B\[[\d;]*m)*(needle)/gi)];
	const onPage = ranges.filter(range => range.style.kind === 'match').length;
	t.true(onPage >= 2);
	t.is(highlighted.length, onPage);
	const backgrounds = new Set([...frame.matchAll(/\u001B\[48;([\d;]+)m(?:\u001B\[[\d;]*m)*needle/gi)].map(match => match[1]));
	t.is(backgrounds.size, 2, 'current match and other matches differ');
});

test('article pane under NO_COLOR: matches are inverse, no colour codes at all', async t => {
	const reading = press(readingState(), '/', 'needle', 'enter');
	const lines = visibleLines(reading);
	const {lastFrame} = show(<ArticlePane article={reading.article!} lines={lines} ranges={pageRanges(reading, lines)} width={98} height={25}/>, 'none');
	const frame = await waitForFrame(lastFrame, text => /needle/i.test(text), {raw: true});
	t.false(colourCode.test(frame));
	t.regex(frame, /\u001B\[7m(?:\u001B\[[\d;]*m)*needle/i);
});

test('footer: the search prompt, the match indicator and hints from the keymap', async t => {
	const hints = [{keys: 'space', hint: 'next'}, {keys: '?', hint: 'help'}];
	const {lastFrame} = show(<Footer prompt="/tai" message={null} status="3 matches" hints={hints} width={80}/>);
	const frame = await waitForFrame(lastFrame, text => text.includes('/tai'));
	t.true(frame.includes('3 matches'));
	t.true(frame.includes('space next · ? help'));
	t.is(frame.split('\n').length, 2);
	const message = show(<Footer prompt={null} message="no match: zebra" status="" hints={[]} width={80}/>);
	t.true(plain(message.lastFrame()).includes('no match: zebra'));
	t.is(plain(message.lastFrame()).split('\n').length, 2, 'an empty footer keeps its two rows');
});

test('help overlay: titled Keys and generated from the keymap', async t => {
	// Tall enough for one column, so no help text is cut (issue 4 added a group of keys).
	const {lastFrame} = show(<HelpOverlay from="reading" width={100} height={36}/>);
	const frame = await waitForFrame(lastFrame, text => text.includes('Keys'));
	for (const binding of bindingsFor('reading')) {
		t.true(frame.includes(binding.help), binding.help);
	}

	t.true(frame.includes('search (smart case)'));
	t.true(plain(show(<HelpOverlay from="reading" width={60} height={12}/>).lastFrame()).split('\n').length <= 12, 'fits a small pane');
});

test('help overlay: when two columns are needed, they are filled evenly', async t => {
	const {lastFrame} = show(<HelpOverlay from="reading" width={100} height={27}/>);
	const rows = plain(await waitForFrame(lastFrame, text => text.includes('Keys'))).split('\n').slice(2, -1);
	const secondColumn = rows.filter(row => row.slice(50, 98).trim() !== '');
	const firstColumn = rows.filter(row => row.slice(1, 48).trim() !== '');
	t.true(secondColumn.length >= firstColumn.length - 2, `${firstColumn.length} rows then ${secondColumn.length}`);
});

const entries: LibraryEntry[] = [
	{path: '/lib/a.txt', name: 'a.txt', title: 'Ferry kept running', site: 'Estuary Post', published: '2026-04-17', words: 452, readingMinutes: 2, error: null},
	{path: '/lib/b.txt', name: 'b.txt', title: 'b.txt', site: null, published: null, words: 0, readingMinutes: 0, error: 'not valid text'},
];

test('library list: headline, outlet, date, words, reading time and per-file errors', async t => {
	const {lastFrame} = show(<LibraryScreen dir="/lib" entries={entries} total={2} selected="/lib/b.txt" filter="" width={100} height={20}/>);
	const frame = await waitForFrame(lastFrame, text => text.includes('Library'));
	t.true(frame.includes('Ferry kept running'));
	t.true(frame.includes('a.txt · Estuary Post · 2026-04-17 · 452 words · 2 min'));
	t.true(frame.includes('cannot read: not valid text'));
	t.regex(frame, /› b\.txt/, 'the selection from the state is shown');
	const empty = show(<LibraryScreen dir="/lib" entries={[]} total={0} selected={null} filter="" width={100} height={20}/>);
	t.true(plain(empty.lastFrame()).includes('No articles here'));
	const none = show(<LibraryScreen dir="/lib" entries={[]} total={2} selected={null} filter="zz" width={100} height={20}/>);
	t.true(plain(none.lastFrame()).includes('Nothing matches'));
});

test('screen: exactly rows - 1 tall, header and footer around one page', async t => {
	const state = readingState(makeArticle(), {columns: 100, rows: 30});
	const {lastFrame} = show(<Screen state={state}/>);
	const frame = await waitForFrame(lastFrame, text => text.includes('page 1/'));
	t.is(frame.split('\n').length, 29);
	t.regex(frame, /\d+%/);
	t.true(frame.includes('Paragraph 1:'));
	t.true(frame.includes('Quotes'), 'the sidebar region is there');
});

test('screen: below 40x10 says the terminal is too small', async t => {
	const state = update(readingState(), {type: 'size/changed', size: {columns: 30, rows: 8}});
	const {lastFrame} = show(<Screen state={state}/>);
	const frame = await waitForFrame(lastFrame, text => text.includes('terminal too small'));
	t.true(frame.includes('need 40x10'));
});

test('screen: search prompt in the footer while typing, match k/N after Enter', async t => {
	const typing = press(readingState(), '/', 'needle');
	const prompt = plain(show(<Screen state={typing}/>).lastFrame());
	t.true(prompt.includes('/needle'));
	const done = press(typing, 'enter');
	const frame = plain(show(<Screen state={done}/>).lastFrame());
	t.true(frame.includes(`match 1/${done.search.matches.length}`));
});

test('screen under NO_COLOR has no colour codes anywhere (reading, help, library)', t => {
	const states = [
		press(readingState(), '/', 'needle', 'enter', 'tab'),
		press(readingState(), '?'),
		initialState({size: {columns: 100, rows: 30}, library: {dir: '/lib', entries}}),
	];
	for (const state of states) {
		const frame = show(<Screen state={state}/>, 'none').lastFrame() ?? '';
		t.false(colourCode.test(frame), state.mode);
	}
});

test('footer hints drop from the end to fit, keeping help and quit', t => {
	const all = footerHints('reading');
	t.true(all.length >= 5);
	const narrow = footerHints('reading', 40);
	t.true(narrow.some(hint => hint.hint === 'help'));
	t.true(narrow.some(hint => hint.hint === 'quit'));
	t.is(narrow[0]?.hint, 'next');
	t.true(narrow.length < all.length);
});
