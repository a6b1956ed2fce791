import fs from 'node:fs';
import process from 'node:process';
import type tty from 'node:tty';

/*
Full-screen mode and terminal restoration.

Ink 6.8 has no alternate-screen option (it arrived in 7.x), so newsread enters and leaves the alternate screen
itself. Whatever ends the process (q, Ctrl-C, SIGTERM, SIGHUP, a crash) must leave the user's terminal as it was:
main screen back, cursor visible, raw mode off, and only then an error line, so the message is not lost on the
alternate screen that is about to vanish.

Ordering with Ink: Ink registers `signal-exit`, which runs Ink's unmount from `process.exit` *after* the ordinary
`process.on('exit')` listeners. Left alone, Ink would paint its last frame onto the main screen after we restored it.
So the handlers first call `beforeRestore` (the CLI passes `() => instance.unmount()`, which renders the last frame
on the alternate screen and unsubscribes Ink's exit hook), then restore, then drop any later writes to the output
tty: the process is exiting and anything still written would land on the user's main screen.
Because our listeners exist, signal-exit does not re-raise signals itself; the handlers exit with 128 + signal.
*/

const enterSequence = '\u001B[?1049h\u001B[H\u001B[?25l';
/** Reset colours, show the cursor, leave the alternate screen (which also restores the saved cursor). */
const leaveSequence = '\u001B[0m\u001B[?25h\u001B[?1049l';

type State = {
	/** Output tty while the alternate screen is active, else undefined. */
	fullScreen: NodeJS.WriteStream | undefined;
	/** Input tty whose raw mode is switched off on restore. */
	input: tty.ReadStream | undefined;
};

const state: State = {fullScreen: undefined, input: undefined};

/**
Switch `output` to the alternate screen, home the cursor and hide it. Does nothing when `output` is not a
terminal, so escape codes never reach a pipe or a file.
*/
export function enterFullScreen(output: NodeJS.WriteStream): void {
	if (!output.isTTY) {
		return;
	}

	writeNow(output, enterSequence);
	state.fullScreen = output;
}

/**
Give the terminal back: show the cursor, leave the alternate screen and switch raw mode off on the registered
input tty (see `installRestoreHandlers`). Written synchronously (`fs.writeSync` on the tty's fd) so it works
inside signal and exit handlers. Idempotent: does nothing when full screen is not active and raw mode is off.
*/
export function restoreTerminal(): void {
	const {fullScreen, input} = state;
	state.fullScreen = undefined;
	if (input?.isTTY && input.isRaw) {
		try {
			input.setRawMode(false);
		} catch {
			// The tty may already be gone (SIGHUP); nothing else to restore on it.
		}
	}

	if (fullScreen) {
		writeNow(fullScreen, leaveSequence);
	}
}

/** True while the alternate screen is active (entered and not yet restored). */
export function isFullScreen(): boolean {
	return state.fullScreen !== undefined;
}

/** Options of `installRestoreHandlers`. */
export type RestoreOptions = {
	/** Terminal the keys come from; raw mode is switched off on it. Defaults to `process.stdin` when it is a tty. */
	readonly input?: tty.ReadStream;
	/** Terminal the screen is drawn on (where the alternate screen was entered). */
	readonly output: NodeJS.WriteStream;
	/** Called instead of `process.exit(code)`; it must end the process (tests pass a spy). */
	readonly onExit?: (code: number) => void;
	/** Called first on a signal or crash, before restoring; the CLI passes `() => inkInstance.unmount()`. */
	readonly beforeRestore?: () => void;
	/** Where the one-line error goes. Defaults to `process.stderr`. */
	readonly errorOutput?: NodeJS.WritableStream;
	/** Environment read for `NEWSREAD_DEBUG=1` (print stack traces). Defaults to `process.env`. */
	readonly env?: NodeJS.ProcessEnv;
};

/** The process events `installRestoreHandlers` listens to. */
export type RestoreEvent = 'SIGINT' | 'SIGTERM' | 'SIGHUP' | 'uncaughtException' | 'unhandledRejection' | 'exit';

/** Exit codes for signals: 128 + the signal number, as shells report them. */
const signalExitCodes = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const;

/**
Build the listeners that `installRestoreHandlers` attaches (exported so tests can call them without sending
real signals). Each restores the terminal first, then prints at most one line and exits.
*/
export function createRestoreHandlers(options: RestoreOptions): Record<RestoreEvent, (value?: unknown) => void> {
	const env = options.env ?? process.env;
	const exit = options.onExit ?? ((code: number) => process.exit(code));
	let isHandling = false;

	const finish = (code: number, message: string | undefined): void => {
		// A second signal or an error thrown while exiting must not print twice or recurse.
		if (isHandling) {
			return;
		}

		isHandling = true;
		try {
			options.beforeRestore?.();
		} catch {
			// Restoring the terminal matters more than a clean unmount.
		}

		restoreTerminal();
		muteOutput(options.output);
		if (message !== undefined) {
			writeLine(options.errorOutput ?? process.stderr, message);
		}

		exit(code);
	};

	const onSignal = (signal: keyof typeof signalExitCodes) => () => {
		finish(signalExitCodes[signal], signal === 'SIGINT' ? 'newsread: interrupted' : `newsread: terminated by ${signal}`);
	};

	const onError = (error: unknown): void => {
		finish(1, formatError(error, env['NEWSREAD_DEBUG'] === '1'));
	};

	return {
		SIGINT: onSignal('SIGINT'),
		SIGTERM: onSignal('SIGTERM'),
		SIGHUP: onSignal('SIGHUP'),
		uncaughtException: onError,
		unhandledRejection: onError,
		exit() {
			// Runs before Ink's own exit hook (see the top of this file), so mute what Ink would still write.
			const wasFullScreen = isFullScreen();
			restoreTerminal();
			if (wasFullScreen) {
				muteOutput(options.output);
			}
		},
	};
}

/**
Restore the terminal on SIGINT, SIGTERM, SIGHUP, uncaught exceptions, unhandled rejections and process exit,
then print a one-line error (no stack trace unless `NEWSREAD_DEBUG=1`) and exit with 130/143/129 for signals or
1 for errors. Registers `options.input` (or a tty stdin) as the tty whose raw mode is switched off.
Returns a function that removes the listeners again.
*/
export function installRestoreHandlers(options: RestoreOptions): () => void {
	state.input = options.input ?? (process.stdin.isTTY ? process.stdin : undefined);
	const handlers = createRestoreHandlers(options);
	const events = Object.keys(handlers) as RestoreEvent[];
	for (const event of events) {
		process.on(event, handlers[event]);
	}

	return () => {
		for (const event of events) {
			process.off(event, handlers[event]);
		}
	};
}

/** One line for the user: `newsread: message`, control characters flattened; with `debug`, the stack too. */
export function formatError(error: unknown, debug = false): string {
	if (debug && error instanceof Error && error.stack) {
		return `newsread: ${error.stack}`;
	}

	const message = error instanceof Error ? error.message : String(error);
	// eslint-disable-next-line no-control-regex
	return `newsread: ${message.replaceAll(/[\s\u0000-\u001F\u007F-\u009F]+/g, ' ').trim() || 'unexpected error'}`;
}

function writeLine(stream: NodeJS.WritableStream, line: string): void {
	try {
		stream.write(`${line}\n`);
	} catch {
		// Nowhere left to report to (the terminal hung up).
	}
}

/** Write synchronously to the stream's fd when it has one, so nothing is left queued when the process exits. */
function writeNow(output: NodeJS.WriteStream, text: string): void {
	const {fd} = output as {fd?: unknown};
	if (typeof fd === 'number') {
		for (let attempt = 0; attempt < 5; attempt++) {
			try {
				fs.writeSync(fd, text);
				return;
			} catch (error) {
				// A non-blocking tty can refuse briefly; anything else means the terminal is gone.
				if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
					return;
				}
			}
		}
	}

	try {
		output.write(text);
	} catch {
		// The terminal is gone; nothing to restore.
	}
}

/** Drop every later write to `output` (still calling write callbacks, so Ink's exit promise settles). */
function muteOutput(output: NodeJS.WriteStream): void {
	const muted = (_chunk: unknown, encodingOrCallback?: unknown, callback?: unknown): boolean => {
		const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
		if (typeof done === 'function') {
			queueMicrotask(() => (done as () => void)());
		}

		return true;
	};

	output.write = muted as typeof output.write;
}
