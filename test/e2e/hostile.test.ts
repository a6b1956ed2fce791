// Hostile input end to end: files full of escape sequences, C1 controls and bidi overrides must not reach the
// terminal through the reader (real pseudo-terminal + emulator), plain piped output, stdin or --json.
// Needs the built CLI (`npm run build`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {forbiddenRaw, hostileHtml, hostileMarkdown, hostileSequences, hostileText} from '../fixtures/inputs/hostile.js';
import {type PtySession, spawnCli} from '../helpers/pty.js';
import {runCli} from '../helpers/run.js';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'newsread-hostile-'));
const files = {
	text: path.join(directory, 'hostile.txt'),
	markdown: path.join(directory, 'hostile.md'),
	html: path.join(directory, 'hostile.html'),
};
fs.writeFileSync(files.text, hostileText());
fs.writeFileSync(files.markdown, hostileMarkdown());
fs.writeFileSync(files.html, hostileHtml());

test.after.always(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

/** Sequences the reader itself never sends while an article is on screen; finding one means input leaked. */
const leaks: Readonly<Record<string, RegExp>> = {
	'OSC (title, clipboard, hyperlink, palette)': /\u001B\](?:0|2|4|8|52);/,
	'DCS/APC/PM/SOS': /\u001B[P_^X]/,
	'device status request': /\u001B\[6n/,
	'window operations': /\u001B\[(?:8;5;20|21)t/,
	'scroll region from input': /\u001B\[3;4r/,
	'full reset': /\u001Bc/,
	'charset switch': /\u001B\(0|[\u000E\u000F]/,
	'C1 controls, bidi, annotations, separators, BEL, BS, VT, FF': /[\u0007\u0008\u000B\u000C\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFF9-\uFFFB\u2028\u2029]/,
	'input text': /PWNED-AT-5-5\u001B|\u001B\[41;97mPWNED/,
};

function assertNoLeaks(t: import('ava').ExecutionContext, raw: string, label: string): void {
	for (const [name, pattern] of Object.entries(leaks)) {
		const match = pattern.exec(raw);
		t.is(match, null, `${label}: ${name} leaked at ${match?.index}: ${JSON.stringify(raw.slice(Math.max(0, (match?.index ?? 0) - 20), (match?.index ?? 0) + 20))}`);
	}
}

/** The page number in the header (the screen also changes on its own, e.g. when the sidebar's quotes arrive). */
const pageNumber = (screen: string) => /page (\d+)\//.exec(screen)?.[1];

/** Pages through the whole article so every hostile paragraph is drawn at least once. */
async function readToTheEnd(app: PtySession): Promise<void> {
	for (let page = 0; page < 60 && !app.screenText().includes('FINAL-MARKER'); page++) {
		const before = pageNumber(app.screenText());
		app.press(' ');
		// eslint-disable-next-line no-await-in-loop
		await app.waitFor(screen => pageNumber(screen) !== before || screen.includes('FINAL-MARKER'), 3000).catch(() => undefined);
	}
}

/** Opens a hostile file in the reader, reads it all, and checks emulator state and the byte stream. */
async function readHostile(t: import('ava').ExecutionContext, file: string): Promise<PtySession> {
	const app = spawnCli(t, [file], {cols: 100, rows: 30});
	await app.waitFor(/page 1\/\d+/, 15_000);
	await readToTheEnd(app);
	await app.waitFor('FINAL-MARKER', 5000);
	await app.settled();
	const screen = app.screenText();

	// No effect on the emulator: title, clipboard, alternate screen, cursor visibility, colours, layout.
	t.false(app.titles.some(title => title.includes('PWNED')), `titles: ${JSON.stringify(app.titles)}`);
	t.deepEqual(app.clipboardRequests, []);
	t.true(app.isAlternateScreen());
	t.regex(screen, /page \d+\/\d+/);
	t.is(app.lines().length, 30);
	t.false(screen.includes('PWNED-HEADLINE') && /^\s*$/.test(app.lines()[0] ?? ''), 'header not wiped');

	// Visible placeholders instead of effects.
	t.true(screen.includes('␛') || screen.includes('\uFFFD'), 'sequences are shown as placeholders');
	assertNoLeaks(t, app.raw(), path.basename(file));
	return app;
}

test('the leak detectors catch every hostile sequence (so the checks below can fail)', t => {
	const caught = (raw: string) => Object.values(leaks).some(pattern => pattern.test(raw)) || forbiddenRaw.test(raw);
	for (const [name, sequence] of Object.entries(hostileSequences)) {
		if (name !== 'loneSurrogates') {
			t.true(caught(sequence), name);
		}
	}
});

test('reader: a hostile plain-text article has no effect on the terminal', async t => {
	const app = await readHostile(t, files.text);
	// The cursor-move payload's text is drawn inside the article flow, not at row 5 column 5.
	const moved = app.find('PWNED-AT-5-5');
	t.true(moved === undefined || moved.x !== 4 || moved.y !== 4);
	app.press('q');
	t.is((await app.exit).exitCode, 0);
});

test('reader: hostile Markdown has no effect on the terminal', async t => {
	const app = await readHostile(t, files.markdown);
	app.press('q');
	t.is((await app.exit).exitCode, 0);
});

test('reader: a hostile HTML page has no effect on the terminal', async t => {
	const app = await readHostile(t, files.html);
	app.press('q');
	t.is((await app.exit).exitCode, 0);
});

test('library: hostile file names and headlines have no effect on the terminal', async t => {
	const library = path.join(directory, 'library');
	fs.mkdirSync(library, {recursive: true});
	fs.copyFileSync(files.text, path.join(library, 'evil\u001B]0;PWNED-NAME\u0007.txt'));
	fs.copyFileSync(files.markdown, path.join(library, 'b\u009B2J.md'));
	fs.copyFileSync(files.html, path.join(library, 'c.html'));
	const app = spawnCli(t, [library], {cols: 100, rows: 30});
	await app.waitFor(screen => screen.includes('Hostile'), 15_000);
	await app.settled();
	t.false(app.titles.some(title => title.includes('PWNED')));
	t.deepEqual(app.clipboardRequests, []);
	t.true(app.isAlternateScreen());
	assertNoLeaks(t, app.raw(), 'library');
	app.press('q');
	await app.exit;
});

for (const [kind, file] of Object.entries(files)) {
	test(`plain piped output of hostile ${kind} contains no control sequences`, async t => {
		const {exitCode, stdout, stderr} = await runCli([file, '--width', '80']);
		t.is(exitCode, 0, stderr);
		t.true(stdout.includes('FINAL-MARKER'));
		t.false(stdout.includes('\u001B'), 'no ESC at all in a pipe');
		t.is(forbiddenRaw.exec(stdout), null);
	});

	test(`--json of hostile ${kind} contains no raw control characters and parses`, async t => {
		const {exitCode, stdout} = await runCli(['--json', file]);
		t.is(exitCode, 0);
		t.false(stdout.includes('\u001B'));
		t.is(forbiddenRaw.exec(stdout), null, JSON.stringify(forbiddenRaw.exec(stdout)?.[0]));
		const record = JSON.parse(stdout) as {file: string; title: string; text?: string};
		t.is(record.file, file);
		t.false(forbiddenRaw.test(record.title));
	});
}

test('stdin: hostile text piped in and printed to a pipe stays inert', async t => {
	const {exitCode, stdout} = await runCli(['-'], {input: hostileText()});
	t.is(exitCode, 0);
	t.true(stdout.includes('FINAL-MARKER'));
	t.false(stdout.includes('\u001B'));
	t.is(forbiddenRaw.exec(stdout), null);
});

test('an error message quoting a hostile file name is one inert line', async t => {
	const name = path.join(directory, `missing\u001B]0;PWNED\u0007\n\u009B2J.txt`);
	const {exitCode, stderr} = await runCli([name]);
	t.is(exitCode, 1);
	t.is(stderr.trimEnd().split('\n').length, 1, stderr);
	t.false(stderr.includes('\u001B'));
	t.is(forbiddenRaw.exec(stderr), null);
	t.true(Object.keys(hostileSequences).length > 20);
});
