/**
 * `npm run bench:engine`: attribution engine throughput (MB/s of UTF-16 text) on the seed article and on generated
 * articles of 100 KB, 1 MB and 4 MB, plus the 4 MB / 1 MB time ratio (about 4 when nothing is quadratic); and on the
 * 1 MB article run together into one paragraph (text extracted without paragraph breaks) and on 1 MB naming twelve
 * thousand people. Articles are generated at run time from the sentence templates below (written for this
 * benchmark).
 */
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import {build} from 'esbuild';
import type {Attribution} from '../src/analysis/types.js';

/**
 * The engine as it ships: bundled and minified by esbuild like `dist/cli.js` (tsx adds per-function wrappers that
 * cost about a fifth of the speed). `--source` measures the TypeScript source through tsx instead.
 */
async function loadEngine(): Promise<(text: string) => Attribution> {
	if (process.argv.includes('--source')) {
		return (await import('../src/analysis/index.js')).analyzeAttribution;
	}

	const dir = mkdtempSync(path.join(tmpdir(), 'newsread-bench-'));
	const outfile = path.join(dir, 'engine.mjs');
	await build({
		entryPoints: [new URL('../src/analysis/index.ts', import.meta.url).pathname],
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		minify: true,
		outfile,
		logLevel: 'warning',
	});
	try {
		return ((await import(pathToFileURL(outfile).href)) as {analyzeAttribution: (text: string) => Attribution}).analyzeAttribution;
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}

const analyzeAttribution = await loadEngine();

const names = ['Ana Ruiz', 'Tomas Wendel', 'Mira Okafor', 'Lena Brandt', 'Jon Ito', 'Sara Nyberg'];
const roles = ['Harbour Director', 'Finance Minister', 'Mayor', 'union leader', 'a council spokeswoman', 'two city officials'];
const templates = [
	(n: string, r: string) => `“We expect the new line to open before winter,” ${r} ${n} said on Tuesday.`,
	(n: string) => `${n} told reporters that the budget would be balanced, but added that delays were possible.`,
	(_n: string, r: string) => `The ferry timetable will change in May, ${r} said, citing lower demand.`,
	(n: string) => `According to ${n}, the repairs cost twice as much as planned.`,
	(n: string) => `“It is not finished,” ${n} said. “But it is close.”`,
	() => 'The bridge was first built in 1932 and has been repainted every ten years since then.',
	(n: string) => `${n.split(' ')[1]!} said he “did not know” how many workers were involved.`,
	() => 'Officials, who spoke on condition of anonymity, said the plan had been approved.',
	(n: string) => `She said the vote was fair. ${n} denied that any ballots were lost.`,
	() => 'Traffic was heavy on the coast road, and the trains ran late for most of the afternoon.',
];

/** A generated article of at least `bytes` characters, paragraphs of two to four sentences. */
function generate(bytes: number): string {
	const parts: string[] = ['Harbour plans move ahead\n\n'];
	let size = parts[0]!.length;
	let k = 0;
	while (size < bytes) {
		const count = 2 + (k % 3);
		const sentences: string[] = [];
		for (let i = 0; i < count; i++, k++) {
			sentences.push(templates[(k * 7) % templates.length]!(names[k % names.length]!, roles[(k * 5) % roles.length]!));
		}

		const paragraph = sentences.join(' ') + '\n\n';
		parts.push(paragraph);
		size += paragraph.length;
	}

	return parts.join('');
}

/**
 * An article of at least `bytes` characters in which every paragraph names someone new (all called Ann) and refers to
 * them again by surname: the source index must stay linear in the number of people.
 */
function generateManySpeakers(bytes: number): string {
	const syllables = ['ka', 'lo', 'mi', 'ren', 'to', 'sa', 'vel', 'dor', 'ni', 'bar', 'quen', 'ost'];
	const parts: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const surname = Array.from({length: 5}, (_, j) => syllables[Math.floor(i / 12 ** j) % 12]!).join('');
		const name = surname[0]!.toUpperCase() + surname.slice(1);
		const paragraph = `Ann ${name} said the pier was open. ${name} added that it was safe.\n\n`;
		parts.push(paragraph);
		size += paragraph.length;
	}

	return parts.join('');
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)]!;
}

// Collect garbage between batches so one case does not pay for the previous case's garbage.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Milliseconds of each of `runs` analyses. */
function time(text: string, runs: number): number[] {
	collectGarbage();
	const ms: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		analyzeAttribution(text);
		ms.push(performance.now() - start);
	}

	return ms;
}

const seed = readFileSync(new URL('../articles/taiwan-us-trainers.txt', import.meta.url), 'utf8');
const cases: Array<[string, string, number]> = [
	['seed article', seed, 200],
	['generated 100 KB', generate(100_000), 20],
	['generated 1 MB', generate(1_000_000), 5],
	['generated 4 MB', generate(4_000_000), 5],
	['1 MB, 1 paragraph', generate(1_000_000).replaceAll('\n\n', ' '), 5],
	['1 MB, 12k speakers', generateManySpeakers(1_000_000), 5],
];
// Warm up (JIT tiers) on a mid-sized text, then interleave the cases round by round so that load from other
// processes on this shared machine spreads over all of them.
time(cases[2]![1], 2);
const samples = new Map<string, number[]>(cases.map(([label]) => [label, []]));
const rounds = 5;
for (let round = 0; round < rounds; round++) {
	for (const [label, text, runs] of cases) {
		samples.get(label)!.push(...time(text, Math.max(1, Math.ceil(runs / rounds))));
	}
}

process.stdout.write(`engine: ${process.argv.includes('--source') ? 'TypeScript source via tsx' : 'esbuild bundle (minified, as shipped)'}\n`);
process.stdout.write(`${'input'.padEnd(18)} ${'size'.padStart(10)} ${'median ms'.padStart(10)} ${'MB/s'.padStart(6)} ${'best MB/s'.padStart(10)} statements\n`);
for (const [label, text] of cases) {
	const ms = samples.get(label)!;
	const mb = text.length / 1e6;
	process.stdout.write(`${label.padEnd(18)} ${text.length.toLocaleString('en').padStart(10)} ${median(ms).toFixed(2).padStart(10)} ${(mb / (median(ms) / 1000)).toFixed(1).padStart(6)} ${(mb / (Math.min(...ms) / 1000)).toFixed(1).padStart(10)} ${analyzeAttribution(text).statements.length}\n`);
}

const ratio = median(samples.get('generated 4 MB')!) / median(samples.get('generated 1 MB')!);
const best = Math.min(...samples.get('generated 4 MB')!) / Math.min(...samples.get('generated 1 MB')!);
process.stdout.write(`4 MB / 1 MB time ratio: ${ratio.toFixed(2)} median, ${best.toFixed(2)} best (4.0 = linear)\n`);
