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
*/
import {Writable} from 'node:stream';
import process from 'node:process';
import {createElement} from 'react';
import {generateLongArticle} from './bench-articles.js';

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
console.log(`target: a page turn (whole frame) p95 < 16 ms; the pane render with highlights is the part this issue adds to`);
