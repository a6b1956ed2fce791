// Restore `fetch`, hidden by the bundle banner while yoga's wasm loaded (see scripts/build.js). This must run
// before anything else of ours.
const fetchDescriptor = (globalThis as {__newsreadFetch?: PropertyDescriptor}).__newsreadFetch;
if (fetchDescriptor) {
	Object.defineProperty(globalThis, 'fetch', fetchDescriptor);
}

/* eslint-disable import/first -- the lines above must run first */
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import tty from 'node:tty';
import {fileURLToPath} from 'node:url';
import chalk from 'chalk';
import {render} from 'ink';
import packageJson from '../package.json' with {type: 'json'};
import {initialState} from './app/state.js';
import type {Article} from './article/types.js';
import {plainSections, renderPlain, renderPlainLibrary} from './commands/plain.js';
import {chalkLevelFor, colorModeFor} from './highlight/palette.js';
import {workerAnalysis} from './io/analysis-service.js';
import {type LibraryEntry, listLibrary} from './io/list-library.js';
import {loadArticle, type LoadOptions} from './io/load-article.js';
import {loadPositions, savePosition} from './io/positions.js';
import {parseCommandLine, type Target, usage} from './app/command-line.js';
import {enterFullScreen, installRestoreHandlers, restoreTerminal} from './terminal/screen.js';
import {Root} from './ui/root.js';
import {readSize} from './ui/terminal-size.js';
/* eslint-enable import/first */

const bundledArticles = fileURLToPath(new URL('../articles/', import.meta.url));

/** Runs the command line and resolves to the exit status. Prints at most one line on stderr for errors. */
async function main(argv: readonly string[]): Promise<number> {
	const parsed = parseCommandLine(argv, {
		env: process.env,
		stdinIsPiped: isPiped(process.stdin),
		isDirectory,
		bundledArticles,
	});
	if (parsed.kind === 'error') {
		process.stderr.write(`newsread: ${parsed.message}\n`);
		return 2;
	}

	if (parsed.kind === 'help') {
		process.stdout.write(usage);
		return 0;
	}

	if (parsed.kind === 'version') {
		process.stdout.write(`${packageJson.version}\n`);
		return 0;
	}

	if (parsed.kind === 'json') {
		// Imported on demand: the engine is not needed on the reader's start-up path.
		const {runJson} = await import('./commands/json.js');
		return runJson(parsed.inputs, line => process.stdout.write(line.endsWith('\n') ? line : `${line}\n`));
	}

	const {target, width} = parsed;
	const isPlain = parsed.plain || !process.stdout.isTTY;
	const loaded = await loadTarget(target, isPlain);
	if (isPlain) {
		if (loaded.kind === 'article') {
			// Quotes and Sources after the article (issue 4); imported here so the engine stays off the terminal's start-up path.
			const {plainAttributionSection} = await import('./commands/plain-attribution.js');
			process.stdout.write(renderPlain(loaded.article, width ?? 80, [...plainSections, plainAttributionSection]));
		} else {
			process.stdout.write(renderPlainLibrary(loaded.dir, loaded.entries));
		}
		return 0;
	}

	return runInteractive(loaded, width);
}

type Loaded =
	| {readonly kind: 'article'; readonly article: Article; readonly key: string | null}
	| {readonly kind: 'library'; readonly dir: string; readonly entries: readonly LibraryEntry[]};

async function loadTarget(target: Target, isPlain: boolean): Promise<Loaded> {
	if (target.kind === 'library') {
		const dir = path.resolve(target.dir);
		return {kind: 'library', dir, entries: await listLibrary(dir)};
	}

	const options: LoadOptions = target.kind === 'url' && !isPlain && process.stderr.isTTY ? {onProgress: showProgress(target.source)} : {};
	try {
		const article = await loadArticle(target.source, options);
		const key = target.kind === 'file' ? path.resolve(target.source) : (target.kind === 'url' ? target.source : null);
		return {kind: 'article', article, key};
	} finally {
		if (options.onProgress) {
			process.stderr.write('\r\u001B[K');
		}
	}
}

/** A one-line progress note on stderr while a URL downloads (only when stderr is a terminal). */
function showProgress(source: string): (bytes: number, total: number | null) => void {
	const name = source.length > 60 ? `${source.slice(0, 59)}…` : source;
	return (bytes, total) => {
		const size = `${Math.round(bytes / 1024)} KB${total ? ` of ${Math.round(total / 1024)} KB` : ''}`;
		process.stderr.write(`\r\u001B[Kloading ${name.replaceAll(/[\u0000-\u001F\u007F-\u009F]/g, '')} … ${size}`);
	};
}

// The engine's worker is built beside this file (scripts/build.js).
const analyze = workerAnalysis(new URL('analysis-worker.js', import.meta.url));

async function runInteractive(loaded: Loaded, width: number | null): Promise<number> {
	// Keys come from the terminal even when the article came through a pipe, as with `less`.
	const input = process.stdin.isTTY ? process.stdin : openTerminalInput();
	let instance: ReturnType<typeof render> | undefined;
	installRestoreHandlers({input, output: process.stdout, beforeRestore: () => instance?.unmount()});
	// Raw mode at once: keys typed while the article loads then arrive as keys, not as a cooked line (Enter as LF).
	input.setRawMode(true);
	const {positions, note} = await loadPositions();
	const state = initialState({
		size: readSize(process.stdout),
		maxTextWidth: width,
		positions,
		message: note,
		...(loaded.kind === 'article'
			? {article: loaded.article, articleKey: loaded.key}
			: {library: {dir: loaded.dir, entries: loaded.entries}}),
	});
	// Node reports a monochrome terminal whenever `CI` is set; the terminal in front of us is what counts.
	const {CI: _ci, ...terminalEnv} = process.env;
	const colorDepth = process.stdout.getColorDepth(terminalEnv);
	const colorMode = colorModeFor(process.env, colorDepth);
	chalk.level = chalkLevelFor(colorMode, colorDepth);
	enterFullScreen(process.stdout);
	const services = {loadArticle: async (source: string) => loadArticle(source), savePosition, analyze};
	const root = () => <Root initial={state} services={services} colorMode={colorMode} size={readSize(process.stdout)}/>;
	// Ink holds a frame back until 1000/maxFps ms after the previous one. At its default 30 fps a key pressed
	// just after a background frame (the quotes arriving, the page count) waited up to 33 ms; frames here come
	// from keys and a few background events, and a page costs 5–10 ms to render.
	instance = render(root(), {stdin: input, exitOnCtrlC: false, patchConsole: true, maxFps: 120});
	// Ink repaints its last tree on `resize`, laid out for the old size, a frame that wraps on a narrower terminal.
	// Re-rendering first (Ink's legacy mode renders synchronously) means its repaint shows the new layout.
	const onResize = () => instance?.rerender(root());
	process.stdout.prependListener('resize', onResize);
	await instance.waitUntilExit();
	process.stdout.off('resize', onResize);
	restoreTerminal();
	if (input !== process.stdin) {
		input.destroy();
	}

	return 0;
}

function openTerminalInput(): tty.ReadStream {
	try {
		return new tty.ReadStream(fs.openSync('/dev/tty', 'r'));
	} catch {
		throw new Error('no terminal to read keys from (/dev/tty); pipe the output to read the article as text');
	}
}

function isPiped(stream: NodeJS.ReadStream): boolean {
	if (stream.isTTY) {
		return false;
	}

	try {
		const stat = fs.fstatSync(0);
		return stat.isFIFO() || stat.isFile() || stat.isSocket();
	} catch {
		return false;
	}
}

function isDirectory(dir: string): boolean {
	try {
		return fs.statSync(dir).isDirectory();
	} catch {
		return false;
	}
}

try {
	const code = await main(process.argv.slice(2));
	process.exitCode = code;
	if (process.stdout.isTTY && code === 0) {
		// Ink and the terminal input keep handles open; the screen is restored, so end now.
		process.exit(code);
	}
} catch (error) {
	restoreTerminal();
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`newsread: ${message.split('\n')[0]!.replaceAll(/[\u0000-\u001F\u007F-\u009F]/g, ' ')}\n`);
	process.exitCode = 1;
}
