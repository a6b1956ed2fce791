/** @jsxRuntime automatic */
/** @jsxImportSource react */
import './sidebar-force-color.js';
import test from 'ava';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {initialAttributionView} from '../../src/highlight/sidebar-state.js';
import {Sidebar} from '../../src/ui/sidebar.js';
import {storyAttribution} from '../highlight/fixture.js';
import {SidebarHarness, plain, rowWith, waitForFrame} from './sidebar-harness.js';

test('the Quotes tab lists every statement in reading order with speaker and marker', t => {
	const {lastFrame} = render(<Sidebar attribution={storyAttribution} view={initialAttributionView} width={40} height={10} isFocused={false} colorMode="full"/>);
	const frame = plain(lastFrame());
	const rows = frame.split('\n');
	t.regex(rows[0]!, /1 Quotes 7 │ 2 Sources 6/);
	// The sidebar always takes exactly its height, so the screen layout does not shift.
	t.is(rows.length, 10);
	t.deepEqual(rows.slice(8), ['', '']);
	rows.splice(8);
	t.deepEqual(rows.slice(1).map(row => /[“≈±] (.{4})/.exec(row)?.[1]), ['The ', 'The ', 'a te', 'it h', 'Nobo', 'repa', '東京の港']);
	t.regex(rowWith(frame, 'pilings')!, /● Okonkwo +“ The pilings/);
	t.regex(rowWith(frame, 'temporary')!, /Okonkwo +≈ a temporary/);
	// Nothing selected yet: the first row carries the pointer.
	t.true(rows[1]!.startsWith('›'));
});

test('the Sources tab shows the summary, counts, roles, kinds and anonymous markers', t => {
	const view = {...initialAttributionView, tab: 'sources' as const};
	const {lastFrame} = render(<Sidebar attribution={storyAttribution} view={view} width={60} height={14} isFocused colorMode="full"/>);
	const frame = plain(lastFrame());
	const rows = frame.split('\n');
	t.regex(rows[1]!, /^6 sources · 2 named people · 2 anonymous/);
	t.regex(rowWith(frame, 'Mara Okonkwo')!, /^  ● Mara Okonkwo +2$/);
	const okonkwo = rows.findIndex(row => row.includes('Mara Okonkwo'));
	t.regex(rows[okonkwo + 1]!, /chief engineer of the harbour board · person$/);
	const engineers = rows.findIndex(row => row.includes('two city engineers'));
	t.regex(rows[engineers]!, /^❯ ● two city engineers +1$/);
	t.regex(rows[engineers + 1]!, /unnamed · anonymous/);
	t.notRegex(rows[okonkwo + 1]!, /anonymous/);
	t.regex(frame, /a report by the port authority +1\n +document/);
});

test('rows never exceed the width and wide characters are not cut', t => {
	for (const width of [20, 27, 33]) {
		const view = {...initialAttributionView, selectedStatementId: 's7'};
		const {lastFrame} = render(<Sidebar attribution={storyAttribution} view={view} width={width} height={10} isFocused colorMode="full"/>);
		const frame = plain(lastFrame());
		for (const row of frame.split('\n')) {
			t.true(stringWidth(row) <= width, `${width}: ${row}`);
		}

		const kenji = rowWith(frame, '東')!;
		t.regex(kenji, /“ 東[\p{Script=Han}\p{Script=Hiragana}]*…/u);
		t.false(kenji.includes('\uFFFD'));
	}
});

test('a source filter narrows the Quotes tab and says how to clear it', t => {
	const view = {...initialAttributionView, filterSourceId: 'src2'};
	const {lastFrame} = render(<Sidebar attribution={storyAttribution} view={view} width={40} height={10} isFocused colorMode="full"/>);
	const frame = plain(lastFrame());
	t.regex(frame, /1 Quotes 2/);
	t.regex(frame, /Only Okonkwo \(Esc: all\)/);
	t.is(frame.split('\n').filter(row => row.includes('● Okonkwo')).length, 2);
	t.false(frame.includes('Nobody'));
});

test('keys: tabs with 1/2, a filter with Enter on a source, Esc clears it, ] and [ move the selection', async t => {
	const {lastFrame, stdin} = render(<SidebarHarness attribution={storyAttribution} width={44} height={12}/>);
	await waitForFrame(lastFrame, frame => frame.includes('1 Quotes 7'));
	stdin.write('2');
	// `2` switches the tab; ink-select-input must not also take it as "choose row 2" (it never listens).
	await waitForFrame(lastFrame, frame => frame.includes('6 sources ·'));
	stdin.write('j');
	await waitForFrame(lastFrame, frame => rowWith(frame, 'Mara Okonkwo')?.startsWith('❯') ?? false);
	stdin.write('\r');
	let frame = await waitForFrame(lastFrame, frame => frame.includes('Only Okonkwo'));
	t.regex(frame, /1 Quotes 2/);
	stdin.write(']');
	frame = await waitForFrame(lastFrame, frame => rowWith(frame, 'pilings')?.startsWith('❯') ?? false);
	stdin.write(']');
	await waitForFrame(lastFrame, frame => rowWith(frame, 'temporary')?.startsWith('❯') ?? false);
	stdin.write(']');
	// At the end of the filtered list `]` stays on the last statement.
	frame = await waitForFrame(lastFrame, frame => rowWith(frame, 'temporary')?.startsWith('❯') ?? false);
	t.false(rowWith(frame, 'pilings')!.startsWith('❯'));
	stdin.write('\u001B');
	frame = await waitForFrame(lastFrame, frame => frame.includes('1 Quotes 7'));
	t.false(frame.includes('Only Okonkwo'));
	stdin.write('[');
	await waitForFrame(lastFrame, frame => rowWith(frame, 'pilings')?.startsWith('❯') ?? false);
	stdin.write('1');
	await waitForFrame(lastFrame, frame => frame.includes('1 Quotes 7'));
});

test('without colour the selection is still clear and no colour codes are written', t => {
	const view = {...initialAttributionView, selectedStatementId: 's2'};
	const {lastFrame} = render(<Sidebar attribution={storyAttribution} view={view} width={40} height={10} isFocused colorMode="none"/>);
	const raw = lastFrame() ?? '';
	t.notRegex(raw, /\u001B\[(?:3[0-79]|4[0-79]|38;|48;|9[0-7])/);
	const row = raw.split('\n').find(line => line.includes('pilings'))!;
	t.true(row.includes('\u001B[7m'), 'selected row is inverse');
	t.true(plain(row).startsWith('❯'));
});

test('with colour every source has a swatch colour', t => {
	const {lastFrame} = render(<Sidebar attribution={storyAttribution} view={initialAttributionView} width={40} height={10} isFocused colorMode="ansi16"/>);
	const rows = (lastFrame() ?? '').split('\n').slice(1, 8);
	const swatches = rows.map(row => /\u001B\[(3\d)m●/.exec(row)?.[1]);
	t.true(swatches.every(Boolean), JSON.stringify(rows));
	// Okonkwo's two statements share a colour; different sources differ.
	t.is(swatches[1], swatches[2]);
	t.not(swatches[2], swatches[3]);
	t.not(swatches[3], swatches[4]);
});

test('a source has the same colour in the Sources tab as on its quotes', t => {
	const swatchOf = (frame: string, text: string) => /\u001B\[(3\d)m●/.exec(frame.split('\n').find(row => row.includes(text)) ?? '')?.[1];
	const quotes = render(<Sidebar attribution={storyAttribution} view={initialAttributionView} width={60} height={10} isFocused colorMode="ansi16"/>).lastFrame() ?? '';
	const view = {...initialAttributionView, tab: 'sources' as const};
	const sources = render(<Sidebar attribution={storyAttribution} view={view} width={60} height={14} isFocused colorMode="ansi16"/>).lastFrame() ?? '';
	// Mara Okonkwo makes the most statements but is not the first source mentioned.
	t.not(storyAttribution.sources[0]!.name, 'Mara Okonkwo');
	t.truthy(swatchOf(quotes, 'Okonkwo'));
	t.is(swatchOf(sources, 'Mara Okonkwo'), swatchOf(quotes, 'Okonkwo'));
});

test('before the attribution arrives, and when nothing is found, it says so', t => {
	const {lastFrame} = render(<Sidebar attribution={null} view={initialAttributionView} width={30} height={5} isFocused={false} colorMode="full"/>);
	t.regex(plain(lastFrame()), /Finding who says what/);
	t.regex(plain(lastFrame()), /^1 Quotes │ 2 Sources/);
	const empty = render(<Sidebar attribution={{statements: [], sources: []}} view={initialAttributionView} width={30} height={5} isFocused={false} colorMode="full"/>);
	t.regex(plain(empty.lastFrame()), /No statements found/);
});

test('a narrow Sources tab wraps the summary instead of cutting it', t => {
	const view = {...initialAttributionView, tab: 'sources' as const};
	const {lastFrame} = render(<Sidebar attribution={storyAttribution} view={view} width={26} height={10} isFocused={false} colorMode="full"/>);
	const rows = plain(lastFrame()).split('\n');
	t.is(rows[1], '6 sources · 2 named people');
	t.is(rows[2], '2 anonymous');
	t.regex(rows[3]!, /two city engineers/);
	t.is(rows.length, 10);
});
