/*
`npm run bench:highlight`: what statement highlighting costs per page on the generated 3 MB article
(scripts/bench-articles.ts, about a quarter of its sentences are attributed quotes).

In-process, on one 80-column layout with pages of 21 lines, for 50 consecutive pages, each measured with
highlighting off (search matches only) and on (statements in source colours, one current statement, search
matches on top):
- `ranges`: finding the page's statement ranges (`highlightRanges`) and search matches;
- `cut + style`: cutting every visible line at range boundaries (`splitLine`) and resolving each segment's style;
- `render`: the reader's `ArticlePane` re-rendered by one live Ink instance (legacy sync mode, unthrottled, into
  a fake stdout): React reconciliation + Yoga + ANSI output, i.e. the CPU a page turn costs for the pane. It
  includes the two items above.
The attribution itself is computed once per open (reported separately), not per page.

End to end (measured first, while this process is still small, since its garbage collections would delay
reading the pty), like `npm run bench`'s page turns: the built CLI on the same article in a 100x30 pty (sidebar
shown), keypress-to-frame latency of 50 page turns with highlighting on (after the quotes have arrived), then
50 with it off (`a`), keys 80 ms apart; with highlighting on, also when the sidebar's own frame (its Quotes
selection following the page) arrives, for the turns that have one. A frame counts as arrived when the frame
that shows the new page indicator has come whole (Ink closes each frame with a synchronized-update mark).
*/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {Writable} from 'node:stream';
import {fileURLToPath} from 'node:url';
import {spawn} from 'node-pty';
import {createElement} from 'react';
import {generateLongArticle} from './bench-articles.js';
import {frameShows, stripAnsi} from './frame-arrival.js';

// Ink's chalk fixes its colour level when loaded; a bench run in a pipe would otherwise render without colour.
process.env['FORCE_COLOR'] = '3';
const {render} = await import('ink');
const {analyzeAttribution} = await import('../src/analysis/index.js');
const {parseText} = await import('../src/article/parse-text.js');
const {highlightRanges} = await import('../src/highlight/ranges.js');
const {resolveStyle} = await import('../src/highlight/style.js');
const {getLayout, splitLine} = await import('../src/layout/layout.js');
const {findMatches} = await import('../src/search/find-matches.js');
const {ArticlePane} = await import('../src/ui/article-pane.js');

type PaneRange = import('../src/app/visible.js').PaneRange;

const width = 80;
const pageHeight = 21;
const pages = 50;
const warmupPages = 5;

function percentile(values: number[], fraction: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

const text = generateLongArticle(3_000_000);

// End to end in a pty.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'newsread-bench-highlight-'));

async function pageTurns(): Promise<{on: number[]; sidebarOn: number[]; off: number[]; ready: number}> {
	const file = path.join(temporary, 'long-3mb.txt');
	fs.writeFileSync(file, text);
	const env: Record<string, string> = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (value !== undefined && !['NODE_EXTRA_CA_CERTS', 'CI', 'NO_COLOR', 'FORCE_COLOR', 'NODE_OPTIONS', 'COLUMNS', 'LINES'].includes(name)) {
			env[name] = value;
		}
	}

	env['TERM'] = 'xterm-256color';
	env['XDG_STATE_HOME'] = temporary;
	const began = performance.now();
	const pty = spawn(process.execPath, [cli, file], {name: 'xterm-256color', cols: 100, rows: 30, cwd: temporary, env});
	let listener: ((data: string) => void) | undefined;
	pty.onData(data => listener?.(data));
	// Until the frame that shows `pattern` has arrived whole (`frameShows`): Ink's frames are closed by a mark.
	const until = async (pattern: RegExp, since: number): Promise<number> => new Promise((resolve, reject) => {
		let seen = '';
		const timer = setTimeout(() => {
			reject(new Error(`no ${String(pattern)}: ${JSON.stringify(stripAnsi(seen).slice(-200))}`));
		}, 15_000);
		listener = data => {
			const now = performance.now();
			seen += data;
			if (frameShows(seen, pattern) === 'arrived') {
				listener = undefined;
				clearTimeout(timer);
				resolve(now - since);
			}
		};
	});
	// Milliseconds from `since` to the next whole frame, if one comes within `withinMs` from now.
	const nextFrame = async (since: number, withinMs: number): Promise<number | undefined> => new Promise(resolve => {
		let seen = '';
		const timer = setTimeout(() => {
			listener = undefined;
			resolve(undefined);
		}, withinMs);
		listener = data => {
			const now = performance.now();
			seen += data;
			if (frameShows(seen, /[^]/) === 'arrived') {
				listener = undefined;
				clearTimeout(timer);
				resolve(now - since);
			}
		};
	});
	const pause = async (ms: number) => new Promise(resolve => {
		setTimeout(resolve, ms);
	});
	try {
		// The quotes arrive after the first frame; the tab bar shows their count.
		const ready = await until(/1 Quotes [1-9]/, began);
		// Each turn's page frame, and the sidebar's own frame when one follows within 40 ms (the Quotes selection
		// following the page); keys stay 80 ms apart either way.
		const measure = async (first: number) => {
			const times: number[] = [];
			const sidebar: number[] = [];
			let waited = 0;
			for (let index = 0; index < pages; index++) {
				await pause(80 - waited);
				const since = performance.now();
				pty.write(' ');
				times.push(await until(new RegExp(`page ${first + index + 1}/`), since));
				const pageAt = performance.now();
				const next = await nextFrame(since, 40);
				if (next !== undefined) {
					sidebar.push(next);
				}

				waited = performance.now() - pageAt;
			}

			return {times, sidebar};
		};

		const on = await measure(1);
		await pause(80);
		pty.write('a');
		await until(/highlighting off/, performance.now());
		const off = await measure(pages + 1);
		return {on: on.times, sidebarOn: on.sidebar, off: off.times, ready};
	} finally {
		pty.write('q');
		await pause(300);
		pty.kill();
	}
}

const endToEnd = fs.existsSync(cli) ? await pageTurns() : undefined;
fs.rmSync(temporary, {recursive: true, force: true});

const article = parseText(text, 'long-3mb.txt');
let started = performance.now();
const attribution = analyzeAttribution(article.text);
const analyzeMs = performance.now() - started;
const matches = findMatches(article.text, 'harbour');
const layout = getLayout(article, width);

type Sample = {ranges: number; cut: number; render: number};

/** A terminal-like sink: Ink sizes its output by `columns`/`rows` and writes each frame here. */
let written = 0;
const stdout = Object.assign(new Writable({
	write(chunk: Uint8Array | string, _encoding, callback) {
		written += chunk.length;
		callback();
	},
}), {columns: width + 2, rows: pageHeight + 5, isTTY: true});
const instance = render(createElement(ArticlePane, {article, lines: [], ranges: [], width, height: pageHeight}), {
	stdout: stdout as unknown as NodeJS.WriteStream,
	debug: true,
	patchConsole: false,
	exitOnCtrlC: false,
});

function measurePage(page: number, highlight: boolean): Sample {
	const lines = layout.lines(page * pageHeight, (page + 1) * pageHeight);
	const from = lines[0]!.start;
	const to = lines.at(-1)!.end;
	let began = performance.now();
	const ranges: PaneRange[] = matches
		.filter(match => match.start < to && match.end > from)
		.map(match => ({start: match.start, end: match.end, style: {kind: 'match', isCurrent: false}}));
	if (highlight) {
		const current = attribution.statements[page % Math.max(1, attribution.statements.length)]?.id ?? null;
		ranges.push(...highlightRanges(attribution, from, to, {currentStatementId: current}));
	}

	ranges.sort((a, b) => a.start - b.start);
	const rangesMs = performance.now() - began;
	began = performance.now();
	let segments = 0;
	for (const line of lines) {
		for (const segment of splitLine(article, line, ranges)) {
			const marks = segment.styles.filter(mark => mark.kind !== 'inline' && mark.kind !== 'dateline');
			resolveStyle(marks, 'full');
			segments++;
		}
	}

	const cutMs = performance.now() - began;
	const writesBefore = written;
	began = performance.now();
	instance.rerender(createElement(ArticlePane, {article, lines, ranges, width, height: pageHeight}));
	const renderMs = performance.now() - began;
	if (written === writesBefore || segments === 0) {
		throw new Error(`page ${page} rendered nothing`);
	}

	return {ranges: rangesMs, cut: cutMs, render: renderMs};
}

const off: Sample[] = [];
const on: Sample[] = [];
for (let page = 0; page < warmupPages + pages; page++) {
	// Interleaved, so both modes see the same machine load.
	const a = measurePage(page, false);
	const b = measurePage(page, true);
	if (page >= warmupPages) {
		off.push(a);
		on.push(b);
	}
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const row = (label: string, samples: Sample[], key: keyof Sample) =>
	`${label.padEnd(34)}${ms(percentile(samples.map(sample => sample[key]), 0.5)).padStart(10)}${ms(percentile(samples.map(sample => sample[key]), 0.95)).padStart(10)}`;

started = performance.now();
console.log(`bench:highlight · node ${process.version} · ${(text.length / 1e6).toFixed(1)} MB · ${attribution.statements.length} statements, ${attribution.sources.length} sources · ${pages} pages of ${pageHeight}x${width}`);
console.log(`analyzeAttribution once per open: ${analyzeMs.toFixed(0)} ms`);
console.log(`${'per page'.padEnd(34)}${'p50'.padStart(10)}${'p95'.padStart(10)}`);
console.log(row('ranges, highlighting off', off, 'ranges'));
console.log(row('ranges, highlighting on', on, 'ranges'));
console.log(row('cut + style, highlighting off', off, 'cut'));
console.log(row('cut + style, highlighting on', on, 'cut'));
console.log(row('Ink render of the pane, off', off, 'render'));
console.log(row('Ink render of the pane, on', on, 'render'));
instance.unmount();

if (endToEnd) {
	const {on, sidebarOn, off, ready} = endToEnd;
	const line = (label: string, values: number[]) => `${label.padEnd(34)}${ms(percentile(values, 0.5)).padStart(10)}${ms(percentile(values, 0.95)).padStart(10)}`;
	console.log(`end to end (100x30 pty, sidebar shown): quotes on screen ${ready.toFixed(0)} ms after start`);
	console.log(line(`page turn, highlighting on (${on.length})`, on));
	if (sidebarOn.length > 0) {
		console.log(line(`  sidebar's next frame (${sidebarOn.length})`, sidebarOn));
	}

	console.log(line(`page turn, highlighting off (${off.length})`, off));
	const slowest = on.map((value, index) => ({value, index})).sort((a, b) => b.value - a.value).slice(0, 5);
	console.log(`(slowest page turns with highlighting: ${slowest.map(({value, index}) => `#${index + 1} ${ms(value)}`).join(', ')})`);
} else {
	console.log('dist/cli.js is missing: run `npm run build` for the end-to-end page turns');
}

console.log('target: page turn p95 < 16 ms with highlighting on');
