import process from 'node:process';
import test from 'ava';
import {keys, spawnInPty, type PtyOptions} from '../helpers/pty.js';

const fixture = 'test/helpers/fixtures/terminal-fixture.ts';

function startFixture(t: Parameters<typeof spawnInPty>[0], args: string[] = [], options: PtyOptions = {}) {
	return spawnInPty(t, process.execPath, ['--import=tsx', fixture, ...args], options);
}

test('screen text, keys, title, OSC 52, colours and resize', async t => {
	const app = startFixture(t, [], {cols: 70, rows: 20});
	await app.waitFor('READY 70x20');
	t.true(app.isAlternateScreen());
	t.false(app.isCursorVisible());
	t.is(app.title, 'Fixture title');
	t.deepEqual(app.clipboardRequests, ['c;aGVsbG8=']);

	const red = app.find('RED')!;
	t.deepEqual(red, {x: 0, y: 1});
	t.like(app.cellAt(red.x, red.y), {chars: 'R', bold: true, inverse: false, fg: {mode: 'palette', color: 1}});
	const inverse = app.find('INVERSE')!;
	t.like(app.cellAt(inverse.x, inverse.y), {chars: 'I', bold: false, inverse: true, fg: {mode: 'default'}});
	const rgb = app.find('RGB')!;
	t.deepEqual(app.cellAt(rgb.x, rgb.y)?.fg, {mode: 'rgb', color: 0x01_02_03});

	app.press(keys.pageDown);
	await app.waitFor('key "\\u001b[6~"');
	app.resize(50, 12);
	await app.waitFor('size 50x12');
	t.is(app.lines().length, 12);
	t.true(app.lines().every(line => line.length <= 50), 'cells cut off by the shrink are not reported');

	app.press('q');
	t.deepEqual(await app.exit, {exitCode: 0, signal: undefined});
	await app.settled();
	t.false(app.isAlternateScreen());
	t.true(app.isCursorVisible());
});

test('waitFor times out with the screen in the message', async t => {
	const app = startFixture(t);
	await app.waitFor(screen => screen.startsWith('READY'));
	const error = await t.throwsAsync(app.waitFor('never shown', 300));
	t.regex(error?.message ?? '', /timed out after 300 ms waiting for "never shown"[\s\S]*READY 80x24/);
});

for (const [signal, code, message] of [
	['SIGTERM', 143, 'newsread: terminated by SIGTERM'],
	['SIGINT', 130, 'newsread: interrupted'],
	['SIGHUP', 129, undefined],
] as const) {
	test(`${signal}: terminal restored, nothing painted after it, exit ${code}`, async t => {
		const app = startFixture(t, ['--late-write']);
		await app.waitFor('READY');
		app.kill(signal);
		t.is((await app.exit).exitCode, code);
		await app.settled();
		t.false(app.isAlternateScreen());
		t.true(app.isCursorVisible());
		t.false(app.raw().includes('LATE FRAME'));
		if (message) {
			// The message comes after leaving the alternate screen, so it stays visible on the main screen.
			t.true(app.raw().indexOf(message) > app.raw().lastIndexOf('\u001B[?1049l'));
			t.true(app.screenText().includes(message));
		}
	});
}

for (const [key, message] of [['e', 'newsread: fixture crash'], ['r', 'newsread: fixture rejection']] as const) {
	test(`an uncaught ${key === 'e' ? 'exception' : 'rejection'} restores, prints one line without a stack, exits 1`, async t => {
		const app = startFixture(t);
		await app.waitFor('READY');
		app.press(key);
		t.is((await app.exit).exitCode, 1);
		await app.settled();
		t.false(app.isAlternateScreen());
		t.true(app.isCursorVisible());
		t.true(app.screenText().includes(message));
		t.false(app.raw().includes('terminal-fixture.ts:'), 'no stack trace');
	});
}

test('NEWSREAD_DEBUG=1 adds the stack trace', async t => {
	const app = startFixture(t, [], {env: {NEWSREAD_DEBUG: '1'}});
	await app.waitFor('READY');
	app.press('e');
	t.is((await app.exit).exitCode, 1);
	await app.settled();
	t.true(app.raw().includes('terminal-fixture.ts:'));
});

test('after an orderly restore, later writes are not muted (the late write above is real)', async t => {
	const app = startFixture(t, ['--late-write']);
	await app.waitFor('READY');
	app.press('q');
	t.is((await app.exit).exitCode, 0);
	await app.settled();
	t.false(app.isAlternateScreen());
	t.true(app.screenText().includes('LATE FRAME'));
});
