import process from 'node:process';
import type tty from 'node:tty';
import test from 'ava';
import {
	createRestoreHandlers, enterFullScreen, formatError, installRestoreHandlers, isFullScreen, restoreTerminal,
} from '../../src/terminal/screen.js';

type FakeOutput = NodeJS.WriteStream & {written: string};

function fakeOutput(isTTY = true): FakeOutput {
	const output = {
		isTTY,
		written: '',
		write(chunk: string, encodingOrCallback?: unknown, callback?: unknown) {
			output.written += chunk;
			const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
			if (typeof done === 'function') {
				(done as () => void)();
			}

			return true;
		},
	};
	return output as unknown as FakeOutput;
}

function fakeInput(): tty.ReadStream & {modes: boolean[]} {
	const input = {
		isTTY: true,
		isRaw: true,
		modes: [] as boolean[],
		setRawMode(mode: boolean) {
			input.isRaw = mode;
			input.modes.push(mode);
			return input;
		},
	};
	return input as unknown as tty.ReadStream & {modes: boolean[]};
}

const enter = '\u001B[?1049h';
const leave = '\u001B[?1049l';
const showCursor = '\u001B[?25h';
const hideCursor = '\u001B[?25l';

test.serial('enterFullScreen switches to the alternate screen and hides the cursor', t => {
	const output = fakeOutput();
	enterFullScreen(output);
	t.true(output.written.includes(enter));
	t.true(output.written.includes(hideCursor));
	t.true(isFullScreen());
	restoreTerminal();
	t.false(isFullScreen());
});

test.serial('restoreTerminal shows the cursor and leaves the alternate screen, once', t => {
	const output = fakeOutput();
	enterFullScreen(output);
	output.written = '';
	restoreTerminal();
	t.true(output.written.includes(showCursor));
	t.true(output.written.endsWith(leave));
	const afterFirst = output.written;
	restoreTerminal();
	restoreTerminal();
	t.is(output.written, afterFirst);
});

test.serial('nothing is written to a stream that is not a terminal', t => {
	const output = fakeOutput(false);
	enterFullScreen(output);
	restoreTerminal();
	t.is(output.written, '');
	t.false(isFullScreen());
});

test.serial('restoreTerminal switches raw mode off on the registered input', t => {
	const input = fakeInput();
	const output = fakeOutput();
	const uninstall = installRestoreHandlers({input, output});
	try {
		enterFullScreen(output);
		restoreTerminal();
		t.deepEqual(input.modes, [false]);
		restoreTerminal();
		t.deepEqual(input.modes, [false], 'raw mode already off: not touched again');
	} finally {
		uninstall();
	}
});

for (const [signal, code, message] of [
	['SIGINT', 130, 'newsread: interrupted'],
	['SIGTERM', 143, 'newsread: terminated by SIGTERM'],
	['SIGHUP', 129, 'newsread: terminated by SIGHUP'],
] as const) {
	test.serial(`${signal} restores first, then reports one line and exits ${code}`, t => {
		const output = fakeOutput();
		const errorOutput = fakeOutput();
		const order: string[] = [];
		const codes: number[] = [];
		const handlers = createRestoreHandlers({
			output,
			errorOutput,
			beforeRestore: () => order.push(`unmount, restored=${String(!isFullScreen())}`),
			onExit(exitCode) {
				order.push(`exit, restored=${String(output.written.endsWith(leave))}, message=${errorOutput.written.trim()}`);
				codes.push(exitCode);
			},
		});
		enterFullScreen(output);
		handlers[signal]();
		t.deepEqual(codes, [code]);
		t.deepEqual(order, ['unmount, restored=false', `exit, restored=true, message=${message}`]);
		// Writes after restoring (Ink's exit hook) never reach the main screen.
		const before = output.written;
		output.write('late frame');
		t.is(output.written, before);
		// A second signal while exiting does nothing more.
		handlers[signal]();
		t.deepEqual(codes, [code]);
	});
}

test.serial('a crash prints the message without a stack trace and exits 1', t => {
	const output = fakeOutput();
	const errorOutput = fakeOutput();
	const codes: number[] = [];
	const handlers = createRestoreHandlers({output, errorOutput, env: {}, onExit: code => codes.push(code)});
	enterFullScreen(output);
	handlers.uncaughtException(new Error('layout exploded\n  at somewhere'));
	t.deepEqual(codes, [1]);
	t.true(output.written.endsWith(leave));
	t.is(errorOutput.written, 'newsread: layout exploded at somewhere\n');
	t.false(errorOutput.written.includes('.ts:'));
});

test.serial('an unhandled rejection with NEWSREAD_DEBUG=1 prints the stack', t => {
	const output = fakeOutput();
	const errorOutput = fakeOutput();
	const codes: number[] = [];
	const handlers = createRestoreHandlers({output, errorOutput, env: {NEWSREAD_DEBUG: '1'}, onExit: code => codes.push(code)});
	handlers.unhandledRejection(new Error('no file'));
	t.deepEqual(codes, [1]);
	t.true(errorOutput.written.startsWith('newsread: Error: no file\n'));
	t.true(errorOutput.written.includes('screen.test.ts'));
});

test.serial('the exit handler restores a terminal left in full screen and mutes later writes', t => {
	const output = fakeOutput();
	const handlers = createRestoreHandlers({output, onExit: () => t.fail('exit must not exit again')});
	enterFullScreen(output);
	handlers.exit();
	t.true(output.written.endsWith(leave));
	output.write('ink final frame');
	t.false(output.written.includes('ink final frame'));
});

test.serial('the exit handler leaves an already restored terminal and its output alone', t => {
	const output = fakeOutput();
	const handlers = createRestoreHandlers({output});
	enterFullScreen(output);
	restoreTerminal();
	handlers.exit();
	output.write('goodbye');
	t.true(output.written.endsWith('goodbye'));
	t.is(output.written.split(leave).length, 2);
});

test.serial('installRestoreHandlers adds listeners and the returned function removes them', t => {
	const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'uncaughtException', 'unhandledRejection', 'exit'] as const;
	const before = events.map(event => process.listenerCount(event));
	const uninstall = installRestoreHandlers({output: fakeOutput()});
	t.deepEqual(events.map(event => process.listenerCount(event)), before.map(count => count + 1));
	uninstall();
	t.deepEqual(events.map(event => process.listenerCount(event)), before);
});

test('formatError handles non-errors and empty messages', t => {
	t.is(formatError('plain string'), 'newsread: plain string');
	t.is(formatError(new Error('')), 'newsread: unexpected error');
	t.is(formatError(new Error('bad \u001B[2J name')), 'newsread: bad [2J name');
});
