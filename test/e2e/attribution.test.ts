// The quote/source sidebar and statement highlighting in a real pseudo-terminal, on the seed article.
// Expectations about which statements exist come from the engine itself (run here on the same text), so the
// test checks what the UI does with them: listing, jumping, highlighting, walking, copying.
import test from 'ava';
import {analyzeAttribution} from '../../src/analysis/index.js';
import {keys, spawnCli, type PtySession} from '../helpers/pty.js';
import {runCli} from '../helpers/run.js';
import {normalize, pageOf, seedArticle, seedText} from '../helpers/reader.js';

// 20 rows: the seed article takes several pages, so jumps have somewhere to go.
const size = {cols: 100, rows: 20};
// Wide enough for the Sources tab's detail lines.
const wide = {cols: 140, rows: 30};
const attribution = analyzeAttribution(seedText);

/** Column where the sidebar's frame starts (its top-left corner), or the screen width when there is none. */
function sidebarColumn(session: PtySession): number {
	const corners = session.lines().map(line => line.search(/[╭┏╔]/)).filter(x => x >= 0);
	return corners.length === 0 ? session.terminal.cols : Math.min(...corners);
}

/** Rows of the sidebar region inside its frame, trimmed. */
function sidebarRows(session: PtySession): string[] {
	const x = sidebarColumn(session);
	return session.lines().map(line => line.slice(x + 1).replace(/[│┃║]\s*$/, '').trim());
}

/** Position of `text` in the article pane (below the two header rows, left of the sidebar), or undefined. */
function findInPane(session: PtySession, text: string): {x: number; y: number} | undefined {
	const edge = sidebarColumn(session);
	for (const [y, line] of session.lines().entries()) {
		const x = y < 2 ? -1 : line.slice(0, edge).indexOf(text);
		if (x !== -1) {
			return {x, y};
		}
	}

	return undefined;
}

/** Every inverse character of the article pane, row by row (rows joined with a space), whitespace collapsed. */
function inverseText(session: PtySession): string {
	const edge = sidebarColumn(session);
	const rows: string[] = [];
	for (let y = 0; y < session.terminal.rows; y++) {
		let row = '';
		for (let x = 0; x < edge; x++) {
			const cell = session.cellAt(x, y);
			row += cell?.inverse ? cell.chars || ' ' : ' ';
		}

		rows.push(row);
	}

	return normalize(rows.join(' '));
}

/** The sidebar row carrying the selection pointer. */
function selectedRow(session: PtySession): string | undefined {
	return sidebarRows(session).find(row => /^[❯›] /.test(row));
}

/** The first words of a statement (no leading quote mark). */
function firstWords(index: number, count = 3): string {
	const statement = attribution.statements[index]!;
	return normalize(statement.content[0]!.text).replace(/^["“]/, '').split(' ').slice(0, count).join(' ');
}

/** The start of a statement's row in the Quotes list (the pane is narrow: its first 8 characters). */
function rowStart(index: number): string {
	return firstWords(index, 10).slice(0, 8);
}

async function open(t: Parameters<typeof spawnCli>[0], options = size): Promise<PtySession> {
	const session = spawnCli(t, [seedArticle], options);
	await session.waitFor(/page 1\/\d+/);
	// The attribution is computed after the first frame; the tab bar shows its count once it is there.
	await session.waitFor(/1 Quotes [1-9]/);
	return session;
}

test('the Sources tab lists Chiu Kuo-cheng with 3 statements and the U.S. officials as anonymous', async t => {
	const session = await open(t, wide);
	session.press(keys.tab);
	session.press('2');
	await session.waitFor(/\d+ sources? · \d+ named/);
	// A frame can reach the terminal in several reads: wait for the rows checked below, not just the first.
	await session.waitFor(/Taiwan Defense Minister · person/);
	const rows = sidebarRows(session);
	const chiu = rows.findIndex(row => /● Chiu Kuo-cheng\b/.test(row));
	t.true(chiu !== -1, session.screenText());
	t.regex(rows[chiu]!, /● Chiu Kuo-cheng +3\b/);
	t.regex(rows[chiu + 1]!, /Taiwan Defense Minister · person/);
	t.notRegex(rows[chiu + 1]!, /anonymous/);
	const officials = rows.findIndex(row => /● two U\.S\. officials\b/.test(row));
	t.true(officials !== -1, session.screenText());
	t.regex(rows[officials + 1]!, /\banonymous\b/);
});

test('Enter on the Pentagon spokesman\'s quote shows its page with the quote highlighted; y copies it', async t => {
	const session = await open(t);
	const index = attribution.statements.findIndex(statement => statement.content.some(span => span.text.includes('We don’t have a comment')));
	t.true(index >= 0, 'the engine finds the quote');
	session.press(keys.tab);
	await session.waitFor(() => selectedRow(session)?.startsWith('❯') ?? false);
	for (let step = 0; step < index; step++) {
		session.press('j');
	}

	await session.waitFor(() => selectedRow(session)?.includes('We don’t') ?? false);
	// At 20 rows the quote is not on the first page: Enter has to turn to the page holding it.
	t.is(findInPane(session, 'We don’t have a comment'), undefined);
	t.is(pageOf(session.screenText())?.page, 1);
	session.press(keys.enter);
	await session.waitFor(() => findInPane(session, 'We don’t have a comment') !== undefined);
	t.true((pageOf(session.screenText())?.page ?? 1) > 1);
	const at = findInPane(session, 'We don’t have a comment')!;
	for (let x = at.x; x < at.x + 'We don’t have a comment'.length; x++) {
		const cell = session.cellAt(x, at.y)!;
		// The current statement is inverse on top of its source colour.
		t.true(cell.inverse, `column ${x}: ${JSON.stringify(cell)}`);
		t.not(cell.fg.mode, 'default', `column ${x} has the source colour`);
	}

	// Text outside any statement stays plain.
	const plain = findInPane(session, 'drilling more often');
	if (plain) {
		const cell = session.cellAt(plain.x, plain.y)!;
		t.false(cell.inverse);
		t.is(cell.fg.mode, 'default');
	}

	session.press('y');
	await session.waitFor(/copied/i);
	// The clipboard request is written right after the frame that says so.
	await session.waitFor(() => session.clipboardRequests.length > 0);
	t.is(session.clipboardRequests.length, 1);
	const copied = Buffer.from(session.clipboardRequests[0]!.replace(/^c;/, ''), 'base64').toString('utf8');
	t.true(copied.includes('We don’t have a comment on specific operations'), copied);
	t.regex(copied, /Pentagon spokesman/);
});

test('] walks every statement in order and ends on the last one', async t => {
	const session = await open(t);
	const count = attribution.statements.length;
	t.true(count >= 5, `the engine finds statements (${count})`);
	for (let index = 0; index < count; index++) {
		session.press(']');
		const words = firstWords(index);
		// The sidebar selection moves to the statement and the article shows it inverse.
		await session.waitFor(() => selectedRow(session)?.includes(rowStart(index)) ?? false);
		await session.waitFor(() => inverseText(session).includes(words));
	}

	// Past the last statement `]` stays there; `[` and `]` then step back and forth. Each step is awaited: the
	// selection was already on the last row, so a wait for it alone could pass before the keys are read.
	session.press(']');
	session.press('[');
	await session.waitFor(() => selectedRow(session)?.includes(rowStart(count - 2)) ?? false);
	await session.waitFor(() => inverseText(session).includes(firstWords(count - 2)));
	session.press(']');
	await session.waitFor(() => selectedRow(session)?.includes(rowStart(count - 1)) ?? false);
	await session.waitFor(() => inverseText(session).includes(firstWords(count - 1)));
	session.press('q');
	t.is((await session.exit).exitCode, 0);
});

test('plain output (a pipe, or --plain) ends with the Quotes and Sources sections', async t => {
	for (const args of [[seedArticle], [seedArticle, '--plain', '--width', '60']]) {
		// eslint-disable-next-line no-await-in-loop
		const {exitCode, stdout, stderr} = await runCli(args);
		t.is(exitCode, 0, stderr);
		t.false(stdout.includes('\u001B'));
		const quotes = stdout.indexOf('\nQuotes\n======\n');
		const sources = stdout.indexOf('\nSources\n=======\n');
		t.true(quotes > stdout.indexOf('Editing by'), 'after the article');
		t.true(sources > quotes);
		t.regex(stdout.slice(quotes), /We don’t have a comment on specific operations/);
		t.regex(normalize(stdout.slice(sources)), /- Chiu Kuo-cheng · Taiwan Defense Minister · person · 3 statements -/);
		t.regex(stdout.slice(sources), /^- two U\.S\. officials · .*anonymous/m);
		const width = args.includes('60') ? 60 : 80;
		t.true(stdout.split('\n').every(line => [...line].length <= width));
	}
});

test('under NO_COLOR the current statement is inverse without any colour, and highlights survive a resize', async t => {
	const session = spawnCli(t, [seedArticle], {...size, env: {NO_COLOR: '1'}});
	await session.waitFor(/1 Quotes [1-9]/);
	session.press(']');
	session.press(']');
	const words = firstWords(1);
	await session.waitFor(() => inverseText(session).includes(words));
	for (let y = 0; y < session.terminal.rows; y++) {
		for (let x = 0; x < session.terminal.cols; x++) {
			const cell = session.cellAt(x, y)!;
			t.true(cell.fg.mode === 'default' && cell.bg.mode === 'default', `no colour at ${x},${y}`);
		}
	}

	// Other statements are underlined (content) rather than coloured.
	const other = findInPane(session, firstWords(0, 2));
	t.truthy(other);
	t.true(session.cellAt(other!.x, other!.y)!.underline);
	// Narrower: the sidebar hides, the text rewraps, the current statement is still on screen and inverse.
	session.resize(60, 20);
	await session.waitFor(() => sidebarColumn(session) === 60 && inverseText(session).includes(words));
	t.pass();
});
