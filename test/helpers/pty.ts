/*
End-to-end harness: run a program in a real pseudo-terminal and read the screen through a terminal emulator.

	import {spawnCli, keys} from '../helpers/pty.js';
	test('pages', async t => {
		const app = spawnCli(t, ['articles/taiwan-us-trainers.txt'], {cols: 80, rows: 24});
		await app.waitFor(/page 1\/\d+/);       // text, RegExp or predicate over the screen text; polls, no sleeps
		app.press(' ');                         // keys are bytes: keys.pageDown, keys.down, keys.enter, keys.ctrlC …
		await app.waitFor('page 2/');
		app.press('q');
		t.deepEqual(await app.exit, {exitCode: 0, signal: undefined});
		await app.settled();                    // let the emulator parse the last bytes
		t.false(app.isAlternateScreen());
		t.true(app.isCursorVisible());
	});

- `spawnCli(t, args, options)` runs `node dist/cli.js ARGS` (build first: `npm run build`); `spawnInPty(t, file,
  args, options)` runs anything (e.g. `sh -c 'cat FILE | node dist/cli.js'`). Both register a teardown on the ava
  context that kills the process and removes the temporary state directory.
- Environment: the test's own, minus NO_COLOR, FORCE_COLOR, COLUMNS, LINES, NODE_OPTIONS and NEWSREAD_*, plus
  TERM=xterm-256color and a fresh temporary XDG_STATE_HOME; `options.env` is applied last (a value of undefined
  removes a variable; pass {NO_COLOR: '1'} to test it). CI is left as it is: the bundle ignores it.
- Screen: `screenText()` (visible rows, right-trimmed, joined with \n), `lines()`, `cellAt(x, y)` for colours and
  attributes, `find(text)` for the position of text, `wrappedRows()` (a frame wider than the terminal), `isAlternateScreen()`, `isCursorVisible()` (the last
  DECTCEM in the byte stream), `title` / `titles` (OSC 0/2), `clipboardRequests` (OSC 52 payloads), `raw()`.
- Screen reads are only current after the emulator has parsed what arrived: `waitFor` handles that (and waits for
  a synchronized-update frame in progress to close); otherwise `await settled()` first.
*/
import {spawn, type IPty} from 'node-pty';
import xterm from '@xterm/headless';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import type {ExecutionContext} from 'ava';

const {Terminal} = xterm;
type Terminal = InstanceType<typeof Terminal>;

/** Repository root (absolute path). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The built CLI bundle that end-to-end tests run. */
export const cliPath = path.join(repoRoot, 'dist', 'cli.js');

/** Key presses as the bytes a terminal sends (xterm, normal cursor-key mode). */
export const keys = {
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	backspace: '\u007F',
	ctrlC: '\u0003',
	ctrlD: '\u0004',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	home: '\u001B[H',
	end: '\u001B[F',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
} as const;

/** Options for `spawnCli` and `spawnInPty`. */
export type PtyOptions = {
	/** Terminal width in columns (default 80). */
	readonly cols?: number;
	/** Terminal height in rows (default 24). */
	readonly rows?: number;
	/** Working directory (default: the repository root). */
	readonly cwd?: string;
	/** Variables applied over the controlled environment; undefined removes one. */
	readonly env?: Readonly<Record<string, string | undefined>>;
	/** XDG_STATE_HOME to use (kept after the test), e.g. to reopen with remembered positions; default: a fresh temp dir. */
	readonly stateHome?: string;
};

/** How the process ended: node-pty's exit code and signal number (signal is undefined or 0 when none). */
export type PtyExit = {exitCode: number; signal: number | undefined};

/** Colour of a cell: terminal default, a palette index (0–255) or 24-bit RGB (0xRRGGBB). */
export type CellColor = {mode: 'default'} | {mode: 'palette'; color: number} | {mode: 'rgb'; color: number};

/** Character, attributes and colours of one screen cell. */
export type CellInfo = {
	chars: string;
	width: number;
	bold: boolean;
	dim: boolean;
	italic: boolean;
	underline: boolean;
	inverse: boolean;
	fg: CellColor;
	bg: CellColor;
};

/** Cell at column x, row y of a terminal's visible screen (0-based), or undefined outside it. */
export function screenCell(terminal: Terminal, x: number, y: number): CellInfo | undefined {
	if (x < 0 || x >= terminal.cols || y < 0 || y >= terminal.rows) {
		return undefined;
	}

	const buffer = terminal.buffer.active;
	const cell = buffer.getLine(buffer.viewportY + y)?.getCell(x);
	if (!cell) {
		return undefined;
	}

	const color = (isDefault: boolean, isRgb: boolean, value: number): CellColor =>
		isDefault ? {mode: 'default'} : (isRgb ? {mode: 'rgb', color: value} : {mode: 'palette', color: value});
	return {
		chars: cell.getChars(),
		width: cell.getWidth(),
		bold: cell.isBold() !== 0,
		dim: cell.isDim() !== 0,
		italic: cell.isItalic() !== 0,
		underline: cell.isUnderline() !== 0,
		inverse: cell.isInverse() !== 0,
		fg: color(cell.isFgDefault(), cell.isFgRGB(), cell.getFgColor()),
		bg: color(cell.isBgDefault(), cell.isBgRGB(), cell.getBgColor()),
	};
}

/** Something to wait for: text on screen, a pattern matching the screen, or a predicate over the screen text. */
export type ScreenCondition = string | RegExp | ((screen: string) => boolean);

/** A program running in a pseudo-terminal with an emulated screen. */
export type PtySession = {
	readonly pty: IPty;
	readonly terminal: Terminal;
	/** Resolves when the process exits. */
	readonly exit: Promise<PtyExit>;
	/** Whether the process has exited. */
	readonly hasExited: () => boolean;
	/** The XDG_STATE_HOME given to the process (a temporary directory unless `options.stateHome` was set). */
	readonly stateHome: string;
	/** Current window title (OSC 0/2), '' until one is set. */
	readonly title: string;
	/** Every title set, in order. */
	readonly titles: readonly string[];
	/** Payloads of OSC 52 (clipboard) requests, e.g. 'c;aGVsbG8='. */
	readonly clipboardRequests: readonly string[];
	/** Visible rows, right-trimmed, joined with '\n'. */
	screenText(): string;
	/** Visible rows, right-trimmed. */
	lines(): string[];
	/** Every byte received, as a string. */
	raw(): string;
	/** Wait until the condition holds for the screen (checked as output is parsed and every 25 ms). */
	waitFor(condition: ScreenCondition, timeoutMs?: number): Promise<void>;
	/** Wait until the raw byte stream matches (for sequences that leave no trace on screen). */
	waitForRaw(condition: string | RegExp, timeoutMs?: number): Promise<void>;
	/** Resolves once the emulator has parsed everything received so far. */
	settled(): Promise<void>;
	/** Send bytes (see `keys`). */
	press(bytes: string): void;
	/** Resize the pty (the program gets SIGWINCH) and the emulator. */
	resize(cols: number, rows: number): void;
	/** Cell at column x, row y of the visible screen (0-based), or undefined outside it. */
	cellAt(x: number, y: number): CellInfo | undefined;
	/** Position of the first occurrence of text on the visible screen (0-based column = string index). */
	find(text: string): {x: number; y: number} | undefined;
	/**
	Visible rows (0-based) that continue an auto-wrapped row: a program that drew lines wider than the terminal
	(e.g. a frame laid out for the size before a resize). A frame that fits has none.
	*/
	wrappedRows(): number[];
	/** Whether the alternate screen buffer is active. */
	isAlternateScreen(): boolean;
	/** Whether the cursor is visible according to the last `CSI ?25 h/l` received (visible by default). */
	isCursorVisible(): boolean;
	/** Send a signal to the process. */
	kill(signal?: NodeJS.Signals): void;
	/** Kill the process if it still runs, wait briefly for it, free the emulator and the state directory. */
	dispose(): Promise<void>;
};

/** Run the built CLI (`node dist/cli.js ARGS`) in a pty; killed at the end of the test. */
export function spawnCli(t: ExecutionContext, args: readonly string[], options: PtyOptions = {}): PtySession {
	if (!fs.existsSync(cliPath)) {
		throw new Error(`${cliPath} is missing: run \`npm run build\` first`);
	}

	return spawnInPty(t, process.execPath, [cliPath, ...args], options);
}

/** The controlled environment for a program under test (see the comment at the top). */
export function testEnvironment(stateHome: string, overrides: PtyOptions['env'] = {}): Record<string, string> {
	const env: Record<string, string | undefined> = {...process.env};
	for (const name of Object.keys(env)) {
		if (/^(NO_COLOR|FORCE_COLOR|COLUMNS|LINES|NODE_OPTIONS|NEWSREAD_.*)$/.test(name)) {
			delete env[name];
		}
	}

	Object.assign(env, {TERM: 'xterm-256color', XDG_STATE_HOME: stateHome}, overrides);
	return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** Run any program in a pty with the controlled environment; killed at the end of the test. */
export function spawnInPty(t: ExecutionContext | undefined, file: string, args: readonly string[], options: PtyOptions = {}): PtySession {
	const cols = options.cols ?? 80;
	const rows = options.rows ?? 24;
	const stateHome = options.stateHome ?? fs.mkdtempSync(path.join(os.tmpdir(), 'newsread-e2e-state-'));
	const terminal = new Terminal({cols, rows, allowProposedApi: true, scrollback: 0});
	const pty = spawn(file, [...args], {
		name: 'xterm-256color', cols, rows, cwd: options.cwd ?? repoRoot, env: testEnvironment(stateHome, options.env),
	});

	let received = '';
	let title = '';
	const titles: string[] = [];
	const clipboardRequests: string[] = [];
	let exited = false;
	const watchers = new Set<() => void>();
	const notify = (): void => {
		for (const watcher of watchers) {
			watcher();
		}
	};

	terminal.onTitleChange(newTitle => {
		title = newTitle;
		titles.push(newTitle);
	});
	// Ink draws each frame between synchronized-update marks (DEC mode 2026), and a terminal that knows them shows
	// the frame once it is closed. Screen checks wait for that, so they never judge half a frame.
	let inFrame = false;
	const frameMark = (params: ReadonlyArray<number | number[]>, open: boolean): boolean => {
		if (params.includes(2026)) {
			inFrame = open;
		}

		return false;
	};

	terminal.parser.registerCsiHandler({prefix: '?', final: 'h'}, params => frameMark(params, true));
	terminal.parser.registerCsiHandler({prefix: '?', final: 'l'}, params => frameMark(params, false));
	terminal.parser.registerOscHandler(52, data => {
		clipboardRequests.push(data);
		return true;
	});
	pty.onData(data => {
		received += data;
		terminal.write(data, notify);
	});
	const exit = new Promise<PtyExit>(resolve => {
		pty.onExit(({exitCode, signal}) => {
			exited = true;
			resolve({exitCode, signal: signal || undefined});
			notify();
		});
	});

	const settled = async (): Promise<void> => new Promise(resolve => {
		terminal.write('', resolve);
	});

	const lines = (): string[] => {
		const buffer = terminal.buffer.active;
		const result: string[] = [];
		for (let y = 0; y < terminal.rows; y++) {
			// Bounded by the width: after a shrink xterm keeps the cut-off cells, which a real terminal no longer shows.
			result.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true, 0, terminal.cols) ?? '');
		}

		return result;
	};

	const screenText = (): string => lines().join('\n');

	const poll = async (check: () => boolean, describe: () => string, timeoutMs: number): Promise<void> => {
		await settled();
		if (check()) {
			return;
		}

		await new Promise<void>((resolve, reject) => {
			const finish = (error?: Error): void => {
				watchers.delete(onChange);
				clearInterval(interval);
				clearTimeout(timer);
				if (error) {
					reject(error);
				} else {
					resolve();
				}
			};

			const onChange = (): void => {
				if (check()) {
					finish();
				}
			};

			watchers.add(onChange);
			// Output can arrive between checks; the interval also catches changes made without new bytes.
			const interval = setInterval(onChange, 25);
			const timer = setTimeout(() => {
				finish(new Error(`timed out after ${timeoutMs} ms waiting for ${describe()}${exited ? ' (the process has exited)' : ''}\n--- screen ---\n${screenText()}\n--------------`));
			}, timeoutMs);
		});
	};

	const session: PtySession = {
		pty,
		terminal,
		exit,
		hasExited: () => exited,
		stateHome,
		get title() {
			return title;
		},
		titles,
		clipboardRequests,
		screenText,
		lines,
		raw: () => received,
		settled,
		async waitFor(condition, timeoutMs = 10_000) {
			const matches = typeof condition === 'function'
				? () => condition(screenText())
				: (typeof condition === 'string' ? () => screenText().includes(condition) : () => condition.test(screenText()));
			const check = () => !inFrame && matches();
			await poll(check, () => (typeof condition === 'function' ? 'a screen condition' : JSON.stringify(String(condition))), timeoutMs);
		},
		async waitForRaw(condition, timeoutMs = 10_000) {
			const check = typeof condition === 'string' ? () => received.includes(condition) : () => condition.test(received);
			await poll(check, () => `raw output ${JSON.stringify(String(condition))}`, timeoutMs);
		},
		press(bytes) {
			if (!exited) {
				pty.write(bytes);
			}
		},
		resize(newCols, newRows) {
			terminal.resize(newCols, newRows);
			if (!exited) {
				pty.resize(newCols, newRows);
			}
		},
		cellAt(x, y) {
			return screenCell(terminal, x, y);
		},
		find(text) {
			const all = lines();
			for (const [y, line] of all.entries()) {
				const x = line.indexOf(text);
				if (x !== -1) {
					return {x, y};
				}
			}

			return undefined;
		},
		wrappedRows() {
			const buffer = terminal.buffer.active;
			const rowsWrapped: number[] = [];
			for (let y = 0; y < terminal.rows; y++) {
				if (buffer.getLine(buffer.viewportY + y)?.isWrapped) {
					rowsWrapped.push(y);
				}
			}

			return rowsWrapped;
		},
		isAlternateScreen: () => terminal.buffer.active.type === 'alternate',
		isCursorVisible() {
			const hidden = received.lastIndexOf('\u001B[?25l');
			const shown = received.lastIndexOf('\u001B[?25h');
			return shown >= hidden;
		},
		kill(signal = 'SIGTERM') {
			if (!exited) {
				pty.kill(signal);
			}
		},
		async dispose() {
			if (!exited) {
				try {
					pty.kill('SIGKILL');
				} catch {
					// Already gone.
				}

				await Promise.race([exit, new Promise(resolve => {
					setTimeout(resolve, 2000);
				})]);
			}

			terminal.dispose();
			if (!options.stateHome) {
				fs.rmSync(stateHome, {recursive: true, force: true});
			}
		},
	};

	t?.teardown(async () => session.dispose());
	return session;
}
