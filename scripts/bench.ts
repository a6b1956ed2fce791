/*
`npm run bench`: start-up and interaction figures of the built reader, measured in one run on this machine.

- First frame of `node dist/cli.js` on the seed article (in an 80x24 pty, until the `page N/M` header text
  arrives) against bare `node -e 0` (until exit) and `less` (until the article's first word), interleaved, medians.
- Keypress-to-frame latency (p50/p95) over 50 page turns and 20 search steps (`n`) on a generated 3 MB article;
  a frame counts as arrived when the frame that shows the new page or match indicator has come whole (Ink closes
  each frame with a synchronized-update mark; the sidebar's selection follows in a frame of its own).
  Keys are paced like a fast typist (80 ms apart) so Ink's 30 fps throttle does not stretch the figures.
- First frame of the 3 MB article and of a 1 MB one-paragraph non-ASCII article; peak RSS (VmHWM) with the
  3 MB article loaded, after the page turns and searches.

Measured processes run without NODE_EXTRA_CA_CERTS (about +45 ms per Node start) and CI (Ink renders
differently), with a fresh XDG_STATE_HOME each so remembered positions do not change what opens.
Generated articles are written to a temporary directory at run time and removed afterwards.
*/
import {spawn, type IPty} from 'node-pty';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {generateLongArticle, generateLongParagraph} from './bench-articles.js';
import {frameShows, stripAnsi} from './frame-arrival.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'dist', 'cli.js');
const seed = path.join(root, 'articles', 'taiwan-us-trainers.txt');
const startupRounds = 9;
const bigRounds = 3;
const pageTurns = 50;
const searchSteps = 20;
const keyGapMs = 80;
const burstQuietMs = 8;

const headerPattern = /page \d+\//;

/** A program in a pty; `listen` sets the one function its output goes to (replacing the previous one). */
type Session = {pty: IPty; exited: Promise<void>; isExited: () => boolean; listen: (listener: (data: string) => void) => void};

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'newsread-bench-'));

function environment(): Record<string, string> {
	const env: Record<string, string | undefined> = {...process.env};
	for (const name of ['NODE_EXTRA_CA_CERTS', 'CI', 'NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS', 'COLUMNS', 'LINES']) {
		delete env[name];
	}

	env['TERM'] = 'xterm-256color';
	env['XDG_STATE_HOME'] = fs.mkdtempSync(path.join(temporary, 'state-'));
	return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

function start(file: string, args: string[], cols = 80, rows = 24): Session {
	const pty = spawn(file, args, {name: 'xterm-256color', cols, rows, cwd: root, env: environment()});
	let exited = false;
	// One measurement listens at a time: earlier ones, already resolved, would keep running (and re-arming
	// timers) on every byte of every later frame, CPU taken from the reader on a 2-core machine.
	let listener: ((data: string) => void) | undefined;
	pty.onData(data => {
		listener?.(data);
	});
	const exitedPromise = new Promise<void>(resolve => {
		pty.onExit(() => {
			exited = true;
			resolve();
		});
	});
	return {pty, exited: exitedPromise, isExited: () => exited, listen: next => {
		listener = next;
	}};
}

/** Milliseconds from `since` until a frame showing `pattern` has arrived whole (see `frameShows`). */
async function untilOutput(session: Session, pattern: RegExp, since: number, timeoutMs = 15_000): Promise<number> {
	return new Promise((resolve, reject) => {
		let text = '';
		let lastAt = 0;
		let quiet: NodeJS.Timeout | undefined;
		let done = false;
		const timer = setTimeout(() => {
			reject(new Error(`no ${String(pattern)} within ${timeoutMs} ms; last output: ${JSON.stringify(stripAnsi(text).slice(-300))}`));
		}, timeoutMs);
		const arrived = (at: number) => {
			done = true;
			clearTimeout(timer);
			clearTimeout(quiet);
			resolve(at - since);
		};

		session.listen(data => {
			if (done) {
				return;
			}

			const now = performance.now();
			text += data;
			const shown = frameShows(text, pattern);
			if (shown === 'arrived') {
				arrived(now);
			} else if (shown === 'unframed') {
				lastAt = now;
				clearTimeout(quiet);
				quiet = setTimeout(() => {
					arrived(lastAt);
				}, burstQuietMs);
			}
		});
		void session.exited.then(() => {
			if (!done) {
				clearTimeout(timer);
				reject(new Error(`exited before ${String(pattern)}: ${JSON.stringify(stripAnsi(text).slice(-300))}`));
			}
		});
	});
}

async function stop(session: Session, quitKey: string | undefined): Promise<void> {
	if (quitKey && !session.isExited()) {
		session.pty.write(quitKey);
	}

	const timeout = new Promise<'timeout'>(resolve => {
		setTimeout(() => resolve('timeout'), 3000);
	});
	if (await Promise.race([session.exited, timeout]) === 'timeout') {
		session.pty.kill('SIGKILL');
		await session.exited;
	}
}

async function firstFrame(file: string, args: string[], pattern: RegExp, quitKey = 'q'): Promise<number> {
	const since = performance.now();
	const session = start(file, args);
	try {
		return await untilOutput(session, pattern, since);
	} finally {
		await stop(session, quitKey);
	}
}

async function nodeStart(): Promise<number> {
	const since = performance.now();
	const session = start(process.execPath, ['-e', '0']);
	await session.exited;
	return performance.now() - since;
}

const pause = async (ms: number) => new Promise(resolve => {
	setTimeout(resolve, ms);
});

function percentile(values: number[], fraction: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

const median = (values: number[]) => percentile(values, 0.5);

function peakRssMb(pid: number): number {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const kilobytes = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
	return kilobytes ? Number(kilobytes) / 1024 : Number.NaN;
}

/** Page turns and search steps in one session on the big article; returns latencies and peak RSS. */
async function interact(file: string) {
	const session = start(process.execPath, [cli, file]);
	try {
		await untilOutput(session, headerPattern, performance.now());
		const turns: number[] = [];
		for (let index = 0; index < pageTurns; index++) {
			await pause(keyGapMs);
			const since = performance.now();
			session.pty.write(' ');
			turns.push(await untilOutput(session, new RegExp(`page ${index + 2}/`), since));
		}

		await pause(keyGapMs);
		let since = performance.now();
		session.pty.write('/harbour\r');
		const searchSubmit = await untilOutput(session, /match \d+\/\d+/, since);
		const steps: number[] = [];
		for (let index = 0; index < searchSteps; index++) {
			await pause(keyGapMs);
			since = performance.now();
			session.pty.write('n');
			// Any new match indicator: the index reached depends on the page the search started from.
			steps.push(await untilOutput(session, /match \d+\/\d+/, since));
		}

		return {turns, steps, searchSubmit, rss: peakRssMb(session.pty.pid)};
	} finally {
		await stop(session, 'q');
	}
}

function row(cells: string[], widths: number[]): string {
	return cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ');
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

async function main(): Promise<void> {
	if (!fs.existsSync(cli)) {
		console.error('dist/cli.js is missing: run `npm run build` first');
		process.exitCode = 1;
		return;
	}

	let hasLess = false;
	try {
		execFileSync('less', ['--version'], {stdio: 'ignore'});
		hasLess = true;
	} catch {
		console.log('less not found: its column is skipped');
	}

	const bigFile = path.join(temporary, 'long-3mb.txt');
	const paragraphFile = path.join(temporary, 'paragraph-1mb.txt');
	fs.writeFileSync(bigFile, generateLongArticle(3_000_000));
	fs.writeFileSync(paragraphFile, generateLongParagraph(1_000_000));

	const began = performance.now();
	const node: number[] = [];
	const reader: number[] = [];
	const less: number[] = [];
	const seedWord = /WASHINGTON/;
	for (let round = 0; round < startupRounds; round++) {
		node.push(await nodeStart());
		reader.push(await firstFrame(process.execPath, [cli, seed], headerPattern));
		if (hasLess) {
			less.push(await firstFrame('less', [seed], seedWord));
		}
	}

	const big: number[] = [];
	const paragraph: number[] = [];
	for (let round = 0; round < bigRounds; round++) {
		big.push(await firstFrame(process.execPath, [cli, bigFile], headerPattern));
		paragraph.push(await firstFrame(process.execPath, [cli, paragraphFile], headerPattern));
	}

	const {turns, steps, searchSubmit, rss} = await interact(bigFile);
	const nodeMedian = median(node);
	const readerMedian = median(reader);
	const widths = [52, 10, 10, 16];
	const lines = [
		row(['measure', 'p50', 'p95', 'target'], widths),
		row(['bare `node -e 0` (start to exit)', ms(nodeMedian), '', ''], widths),
		row(['less, seed article (first frame)', hasLess ? ms(median(less)) : 'skipped', '', ''], widths),
		row(['newsread, seed article (first frame)', ms(readerMedian), ms(percentile(reader, 0.95)), '≤ 350 ms'], widths),
		row(['  ratio to bare node', `${(readerMedian / nodeMedian).toFixed(2)}x`, '', '≤ 3x'], widths),
		row(['  ratio to less', hasLess ? `${(readerMedian / median(less)).toFixed(1)}x` : 'skipped', '', ''], widths),
		row(['newsread, 3 MB article (first frame)', ms(median(big)), '', '≤ 1000 ms'], widths),
		row(['newsread, 1 MB one-paragraph non-ASCII (first frame)', ms(median(paragraph)), '', '≤ 1000 ms'], widths),
		row([`page turn, 3 MB (${turns.length} keys)`, ms(percentile(turns, 0.5)), ms(percentile(turns, 0.95)), 'p95 < 16 ms'], widths),
		row(['  first page turn after the first frame', ms(turns[0]!), '', ''], widths),
		row(['  the other page turns', ms(percentile(turns.slice(1), 0.5)), ms(percentile(turns.slice(1), 0.95)), ''], widths),
		row(['search submit `/harbour` Enter, 3 MB', ms(searchSubmit), '', ''], widths),
		row([`search step \`n\`, 3 MB (${steps.length} keys)`, ms(percentile(steps, 0.5)), ms(percentile(steps, 0.95)), ''], widths),
		row(['peak RSS (VmHWM), 3 MB loaded', `${rss.toFixed(0)} MB`, '', '< 200 MB'], widths),
	];
	console.log(`newsread bench · node ${process.version} · ${os.cpus().length} CPUs · load ${os.loadavg()[0]!.toFixed(2)} · ${startupRounds} start-up rounds interleaved, ${bigRounds} for big articles`);
	console.log(lines.join('\n'));
	const slowest = turns.map((value, index) => ({value, index})).sort((a, b) => b.value - a.value).slice(0, 5);
	console.log(`(slowest page turns: ${slowest.map(({value, index}) => `#${index + 1} ${ms(value)}`).join(', ')}; finished in ${((performance.now() - began) / 1000).toFixed(1)} s)`);
	if (os.loadavg()[0]! > os.cpus().length) {
		console.log(`note: load average ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} CPUs: other work shared the machine, latencies are inflated`);
	}
}

try {
	await main();
} finally {
	fs.rmSync(temporary, {recursive: true, force: true});
}
