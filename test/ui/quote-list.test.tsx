/** @jsxRuntime automatic */
/** @jsxImportSource react */
import './sidebar-force-color.js';
import test from 'ava';
import {render} from 'ink-testing-library';
import {sourceColorSlots} from '../../src/highlight/source-colors.js';
import {sourcesById} from '../../src/highlight/summary.js';
import {QuoteList, type QuoteListProps} from '../../src/ui/quote-list.js';
import {storyAttribution} from '../highlight/fixture.js';
import {plain} from './sidebar-harness.js';

const base: QuoteListProps = {
	statements: storyAttribution.statements,
	sources: sourcesById(storyAttribution),
	colorSlots: sourceColorSlots(storyAttribution),
	selectedId: null,
	width: 40,
	height: 3,
	isFocused: true,
	colorMode: 'full',
};

const selectedRow = (frame: string) => frame.split('\n').find(row => row.startsWith('❯'));

test('a list longer than the pane scrolls to keep the selection visible, moving as little as possible', t => {
	const {lastFrame, rerender} = render(<QuoteList {...base}/>);
	let frame = plain(lastFrame());
	t.is(frame.split('\n').length, 3);
	t.regex(selectedRow(frame)!, /harbour board/);
	rerender(<QuoteList {...base} selectedId="s5"/>);
	frame = plain(lastFrame());
	// s5 at the bottom of the window: s3, s4, s5.
	t.deepEqual(frame.split('\n').map(row => /[“≈] (\S+)/.exec(row)?.[1]), ['a', 'it', 'Nobody']);
	t.regex(selectedRow(frame)!, /Nobody/);
	rerender(<QuoteList {...base} selectedId="s4"/>);
	frame = plain(lastFrame());
	// Moving up inside the window does not scroll.
	t.deepEqual(frame.split('\n').map(row => /[“≈] (\S+)/.exec(row)?.[1]), ['a', 'it', 'Nobody']);
	t.regex(selectedRow(frame)!, /not been/);
	rerender(<QuoteList {...base} selectedId="s7"/>);
	t.regex(selectedRow(plain(lastFrame()))!, /東京/);
	rerender(<QuoteList {...base} selectedId="s1"/>);
	frame = plain(lastFrame());
	t.regex(frame.split('\n')[0]!, /^❯ .*harbour board/);
});

test('following the reading, a selection below the list shows near the top, with what comes next', t => {
	const {lastFrame, rerender} = render(<QuoteList {...base} followsReading/>);
	rerender(<QuoteList {...base} followsReading selectedId="s4"/>);
	const rows = plain(lastFrame()).split('\n');
	// s3 (read just before), then s4 selected, then s5 to come.
	t.deepEqual(rows.map(row => /[“≈] (\S+)/.exec(row)?.[1]), ['a', 'it', 'Nobody']);
	t.regex(rows[1]!, /^❯ .*not been/);
});

test('the selection follows app state, not the list\'s own cursor', t => {
	const {lastFrame, rerender} = render(<QuoteList {...base} height={10} selectedId="s2"/>);
	t.regex(selectedRow(plain(lastFrame()))!, /pilings/);
	rerender(<QuoteList {...base} height={10} selectedId="s6"/>);
	const frame = plain(lastFrame());
	t.regex(selectedRow(frame)!, /repairs/);
	t.is(frame.split('\n').filter(row => row.startsWith('❯')).length, 1);
});

test('unfocused, the selected row keeps a quiet pointer and no inverse', t => {
	const {lastFrame} = render(<QuoteList {...base} height={10} selectedId="s2" isFocused={false}/>);
	const row = (lastFrame() ?? '').split('\n').find(line => line.includes('pilings'))!;
	t.true(plain(row).startsWith('›'));
	t.false(row.includes('\u001B[7m'));
});

test('the swatch is the source colour from the palette', t => {
	const {lastFrame} = render(<QuoteList {...base} height={10}/>);
	const rows = (lastFrame() ?? '').split('\n');
	// #0087d7 is palette slot 0, Okonkwo's (the source with the most statements), #d75f00 slot 1 (the first mentioned).
	t.true(rows[1]!.includes('\u001B[38;2;0;135;215m●'));
	t.true(rows[0]!.includes('\u001B[38;2;215;95;0m●'));
});
