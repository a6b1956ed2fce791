// The reader in a real pseudo-terminal on the built CLI (`npm run build` first).
import test from 'ava';
import {keys, spawnCli} from '../helpers/pty.js';
import {firstNewArticleWords, normalize, openSeed, pageOf, paneText, paneTopWords, seedArticle, seedText} from '../helpers/reader.js';

test('first frame: alternate screen, headline area and page 1/N with a percentage', async t => {
	const {app, total} = await openSeed(t);
	const screen = app.screenText();
	t.true(app.isAlternateScreen());
	t.true(total >= 2, `the seed article needs more than one page at 80x24, got ${total}`);
	t.regex(screen, /\d+\s?%/);
	// The headline is derived from the lede; at least the dateline's city or the lede's opening words show.
	t.regex(screen, /WASHINGTON|Reuters|United States/i);
});

test('space moves to page 2, b back to page 1, G to the last page with the credits', async t => {
	const {app, total} = await openSeed(t);
	app.press(' ');
	await app.waitFor(`page 2/${total}`);
	app.press('b');
	await app.waitFor(`page 1/${total}`);
	app.press(keys.pageDown);
	await app.waitFor(`page 2/${total}`);
	app.press('G');
	await app.waitFor(`page ${total}/${total}`);
	await app.waitFor('Editing by');
	t.regex(app.screenText(), /100\s?%/);
	app.press('g');
	await app.waitFor(`page 1/${total}`);
	t.pass();
});

test('go to page N with Ng and :N, Home/End, and line and half-page scrolling move the top line', async t => {
	const {app, total} = await openSeed(t);
	t.true(total >= 3, `needs 3 pages, got ${total}`);
	app.press('3g');
	await app.waitFor(`page 3/${total}`);
	app.press(':2');
	app.press(keys.enter);
	await app.waitFor(`page 2/${total}`);
	app.press(keys.end);
	await app.waitFor(`page ${total}/${total}`);
	app.press(keys.home);
	await app.waitFor(`page 1/${total}`);
	const top = paneTopWords(app);
	app.press('j');
	await app.waitFor(() => paneTopWords(app) !== top);
	app.press('k');
	await app.waitFor(() => paneTopWords(app) === top);
	app.press('d');
	await app.waitFor(() => paneTopWords(app) !== top);
	app.press('u');
	await app.waitFor(() => paneTopWords(app) === top);
	t.truthy(top);
});

test('/Taiwan Enter shows match 1/N, N counting every case-sensitive occurrence, and highlights it', async t => {
	const {app} = await openSeed(t);
	const expected = seedText.split('Taiwan').length - 1;
	app.press('/');
	app.press('Taiwan');
	await app.waitFor('/Taiwan');
	app.press(keys.enter);
	await app.waitFor(`match 1/${expected}`);
	app.press('n');
	await app.waitFor(`match 2/${expected}`);
	app.press('N');
	app.press('N');
	await app.waitFor(`match ${expected}/${expected}`);

	// Some visible occurrence of the match is drawn differently from plain text.
	await app.settled();
	const highlighted = app.lines().some((line, y) => [...line.matchAll(/Taiwan/g)].some(({index}) => {
		const cell = app.cellAt(index, y);
		return cell !== undefined && (cell.inverse || cell.bg.mode !== 'default' || cell.underline);
	}));
	t.true(highlighted, 'a visible match is highlighted (inverse, background or underline)');
});

test('a match across a line break is found and highlighted on both rows', async t => {
	const {app} = await openSeed(t);
	// Two consecutive rows of one paragraph: the last word of one and the first word of the next.
	const findBreak = (first?: string, second?: string) => {
		const rows = app.lines().map(line => line.split(/[│╭╰]/)[0]!.trimEnd());
		for (let y = 0; y + 1 < rows.length; y++) {
			const last = /(\p{L}+)$/u.exec(rows[y]!)?.[1];
			const next = /^\s*(\p{L}+)/u.exec(rows[y + 1]!)?.[1];
			if (last && next && last.length > 3 && next.length > 3 && (first === undefined ? normalize(seedText).includes(`${last} ${next}`) : last === first && next === second)) {
				return {first: last, second: next, ends: {x: rows[y]!.length - 1, y}, starts: {x: rows[y + 1]!.indexOf(next), y: y + 1}};
			}
		}

		return undefined;
	};

	const before = findBreak();
	t.truthy(before, app.screenText());
	const style = (position: {x: number; y: number}) => JSON.stringify(app.cellAt(position.x, position.y));
	const styleBefore = [style(before!.ends), style(before!.starts)];
	app.press(`/${before!.first} ${before!.second}`);
	app.press(keys.enter);
	await app.waitFor(/match 1\/\d+/);
	const after = findBreak(before!.first, before!.second);
	t.truthy(after, `the two rows are no longer on screen:\n${app.screenText()}`);
	t.not(style(after!.ends), styleBefore[0], 'end of the first row highlighted');
	t.not(style(after!.starts), styleBefore[1], 'start of the second row highlighted');
});

test('a search without a match says so and Esc keeps the reader usable', async t => {
	const {app, total} = await openSeed(t);
	app.press('/zebracorn');
	app.press(keys.enter);
	await app.waitFor('no match: zebracorn');
	app.press(keys.escape);
	app.press(' ');
	await app.waitFor(`page 2/${total}`);
	t.pass();
});

test('resizing to 60 columns keeps the first words being read on screen', async t => {
	const {app, total} = await openSeed(t);
	const firstPage = app.screenText();
	app.press(' ');
	await app.waitFor(`page 2/${total}`);
	const phrase = firstNewArticleWords(app, firstPage);
	t.truthy(phrase, `no article text found on page 2:\n${app.screenText()}`);
	// Frames still on their way when the terminal changes size were laid out before anyone could know: wait for
	// the output to go quiet first.
	let bytesBefore = -1;
	while (bytesBefore !== app.raw().length) {
		bytesBefore = app.raw().length;
		await new Promise(resolve => {
			setTimeout(resolve, 300);
		});
	}

	app.resize(60, 24);
	await app.waitFor(screen => app.wrappedRows().length === 0 && pageOf(screen) !== undefined && /quit/.test(screen.split('\n').findLast(line => line.trim() !== '') ?? ''));
	t.true(paneText(app).includes(phrase!), `"${phrase!}" is no longer on screen:\n${app.screenText()}`);
	t.true(app.isAlternateScreen());
	// No frame laid out for 80 columns reaches the 60-column screen, not even for a moment: every row written
	// after the resize (rows end at a newline or where Ink erases or moves the cursor) fits.
	await app.settled();
	const rows = app.raw().slice(bytesBefore)
		.replaceAll(/\u001B\[(?:2K|\d*[AGH]|2J)/g, '\n')
		.replaceAll(/\u001B\[[0-?]*[ -/]*[@-~]/g, '')
		.split(/\r?\n/);
	t.true(rows.length > 10, 'a frame was drawn after the resize');
	t.deepEqual(rows.filter(row => [...row].length > 60), []);
});

test('? opens the help overlay titled Keys; Esc closes it', async t => {
	const {app} = await openSeed(t);
	app.press('?');
	await app.waitFor('Keys');
	t.regex(app.screenText(), /search/i);
	app.press(keys.escape);
	await app.waitFor(screen => !screen.includes('Keys') && pageOf(screen) !== undefined);
	t.pass();
});

test('a terminal below 40x10 says it is too small and recovers when enlarged', async t => {
	const {app} = await openSeed(t);
	app.resize(30, 8);
	await app.waitFor(/terminal too small/i);
	app.resize(80, 24);
	await app.waitFor(/page \d+\/\d+/);
	t.false(/terminal too small/i.test(app.screenText()));
	app.press('q');
	t.is((await app.exit).exitCode, 0);
});

test('the reading position is remembered between runs', async t => {
	const first = await openSeed(t);
	first.app.press(' ');
	await first.app.waitFor(`page 2/${first.total}`);
	first.app.press('q');
	t.is((await first.app.exit).exitCode, 0);
	const second = spawnCli(t, [seedArticle], {cols: 80, rows: 24, stateHome: first.app.stateHome});
	await second.waitFor(`page 2/${first.total}`);
	t.pass();
});

test('no argument opens the library of ./articles; Enter opens an article, Esc returns to the same selection', async t => {
	const app = spawnCli(t, [], {cols: 100, rows: 30});
	await app.waitFor('Library');
	t.true(app.screenText().includes('words') || /\d+\s*min/.test(app.screenText()), 'lengths or reading times are listed');
	app.press(keys.down);
	app.press(keys.enter);
	await app.waitFor(/page 1\/\d+/);
	const opened = app.lines()[0];
	app.press(keys.escape);
	await app.waitFor('Library');
	app.press(keys.enter);
	await app.waitFor(/page \d+\/\d+/);
	t.is(app.lines()[0], opened, 'the same article opens again');
	app.press(keys.escape);
	await app.waitFor('Library');
	app.press(keys.up);
	app.press(keys.enter);
	await app.waitFor(/page \d+\/\d+/);
	t.not(app.lines()[0], opened, 'the first entry is another article');
	app.press('q');
	t.is((await app.exit).exitCode, 0);
});

test('NO_COLOR: no colours on screen (and colours without it, also when a CI variable is set)', async t => {
	const colouredCells = async (env: Record<string, string>) => {
		const {app} = await openSeed(t, {env});
		await app.settled();
		return app.lines().flatMap((line, y) => [...line].map((_, x) => app.cellAt(x, y)))
			.filter(cell => cell && (cell.fg.mode !== 'default' || cell.bg.mode !== 'default')).length;
	};

	t.is(await colouredCells({NO_COLOR: '1'}), 0);
	t.true(await colouredCells({}) > 0);
	// Node and chalk both drop to monochrome when they see `CI`; the terminal's TERM is what counts.
	t.true(await colouredCells({CI: 'true'}) > 0);
});
