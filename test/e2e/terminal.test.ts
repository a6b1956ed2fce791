// Terminal safety of the built CLI in a real pseudo-terminal: every way out restores the terminal.
import process from 'node:process';
import test from 'ava';
import {keys, spawnInPty} from '../helpers/pty.js';
import {openSeed, pageOf, seedArticle} from '../helpers/reader.js';

test('q exits 0, leaves the alternate screen and shows the cursor', async t => {
	const {app} = await openSeed(t);
	t.false(app.isCursorVisible());
	app.press('q');
	t.deepEqual(await app.exit, {exitCode: 0, signal: undefined});
	await app.settled();
	t.false(app.isAlternateScreen());
	t.true(app.isCursorVisible());
	t.false(app.raw().includes('\u001B[?1049h', app.raw().lastIndexOf('\u001B[?1049l')), 'not re-entered afterwards');
});

test('Ctrl-C restores the terminal', async t => {
	const {app} = await openSeed(t);
	app.press(keys.ctrlC);
	const {exitCode} = await app.exit;
	t.true(exitCode === 0 || exitCode === 130, `exit code ${exitCode}`);
	await app.settled();
	t.false(app.isAlternateScreen());
	t.true(app.isCursorVisible());
});

for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129], ['SIGINT', 130]] as const) {
	test(`${signal} restores the terminal, exits ${code}, and nothing is drawn on the main screen afterwards`, async t => {
		const {app} = await openSeed(t);
		app.kill(signal);
		const exit = await app.exit;
		t.is(exit.exitCode, code);
		await app.settled();
		t.false(app.isAlternateScreen());
		t.true(app.isCursorVisible());
		t.is(pageOf(app.screenText()), undefined, 'no reader frame painted on the main screen');
	});
}

test('cat FILE | newsread reads the article from the pipe and keys from the terminal', async t => {
	const app = spawnInPty(t, 'sh', ['-c', `cat ${seedArticle} | "${process.execPath}" dist/cli.js`], {cols: 80, rows: 24});
	await app.waitFor(/page 1\/\d+/);
	const {total} = pageOf(app.screenText())!;
	app.press(' ');
	await app.waitFor(`page 2/${total}`);
	app.press('q');
	t.is((await app.exit).exitCode, 0);
	await app.settled();
	t.false(app.isAlternateScreen());
	t.true(app.isCursorVisible());
});

test('the test terminal judges a screen only once the frame being drawn has closed', async t => {
	// A frame opened, its first half written, the rest 300 ms later: a check on the first half must wait.
	const script = 'process.stdout.write("\\u001B[?2026hpage 2/9"); setTimeout(() => process.stdout.write(" whole\\u001B[?2026l"), 300); setTimeout(() => {}, 900);';
	const app = spawnInPty(t, process.execPath, ['-e', script]);
	await app.waitFor('page 2/');
	t.true(app.screenText().includes('page 2/9 whole'), app.screenText());
});
