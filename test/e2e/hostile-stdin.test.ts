// Reading the article from standard input in a real pseudo-terminal: the text comes from a pipe, the keys from
// the terminal (as `less` does), and hostile text piped in has no effect. Needs the built CLI (`npm run build`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {hostileText} from '../fixtures/inputs/hostile.js';
import {cliPath, spawnInPty} from '../helpers/pty.js';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'newsread-stdin-'));
const hostileFile = path.join(directory, 'hostile.txt');
fs.writeFileSync(hostileFile, hostileText());
test.after.always(() => {
	fs.rmSync(directory, {recursive: true, force: true});
});

const quote = (value: string) => `'${value.replaceAll('\'', '\'\\\'\'')}'`;

test('`cat FILE | newsread` shows the article and takes keys from the terminal', async t => {
	const app = spawnInPty(t, '/bin/sh', ['-c', `cat articles/taiwan-us-trainers.txt | ${quote(process.execPath)} ${quote(cliPath)}`], {cols: 80, rows: 24});
	await app.waitFor(/page 1\/(\d+)/, 15_000);
	const total = /page 1\/(\d+)/.exec(app.screenText())![1];
	t.regex(app.screenText(), /WASHINGTON|United States/);
	app.press(' ');
	await app.waitFor(`page 2/${total}`);
	app.press('q');
	t.is((await app.exit).exitCode, 0);
});

test('`newsread - < hostile.txt`: keys still work and the input has no effect on the terminal', async t => {
	const app = spawnInPty(t, '/bin/sh', ['-c', `${quote(process.execPath)} ${quote(cliPath)} - < ${quote(hostileFile)}`], {cols: 100, rows: 30});
	await app.waitFor(/page 1\/\d+/, 15_000);
	app.press('G');
	await app.waitFor('FINAL-MARKER', 5000);
	await app.settled();
	t.false(app.titles.some(title => title.includes('PWNED')));
	t.deepEqual(app.clipboardRequests, []);
	t.true(app.isAlternateScreen());
	t.false(/\u001B\](?:0|2|52);|\u001B[P_^X]|[\u0080-\u009F\u202A-\u202E\u2066-\u2069]/.test(app.raw()));
	app.press('q');
	t.is((await app.exit).exitCode, 0);
});
