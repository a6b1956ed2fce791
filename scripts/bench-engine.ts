/**
 * `npm run bench:engine`: attribution engine throughput (MB/s of UTF-16 text) on the seed article and on generated
 * articles of 100 KB, 1 MB and 4 MB, plus the 4 MB / 1 MB time ratio (about 4 when nothing is quadratic).
 * Articles are generated at run time from the sentence templates below (written for this benchmark).
 */
import {readFileSync} from 'node:fs';
import process from 'node:process';
import {analyzeAttribution} from '../src/analysis/index.js';

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

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)]!;
}

/** Median milliseconds of `runs` analyses (after one warm-up run). */
function time(text: string, runs: number): number {
	analyzeAttribution(text);
	const ms: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		analyzeAttribution(text);
		ms.push(performance.now() - start);
	}

	return median(ms);
}

const seed = readFileSync(new URL('../articles/taiwan-us-trainers.txt', import.meta.url), 'utf8');
const cases: Array<[string, string, number]> = [
	['seed article', seed, 200],
	['generated 100 KB', generate(100_000), 15],
	['generated 1 MB', generate(1_000_000), 5],
	['generated 4 MB', generate(4_000_000), 3],
];
const results = new Map<string, number>();
process.stdout.write(`${'input'.padEnd(18)} ${'size'.padStart(10)} ${'median ms'.padStart(10)} ${'MB/s'.padStart(7)} statements\n`);
for (const [label, text, runs] of cases) {
	const ms = time(text, runs);
	results.set(label, ms);
	const mbs = text.length / 1e6 / (ms / 1000);
	process.stdout.write(`${label.padEnd(18)} ${text.length.toLocaleString('en').padStart(10)} ${ms.toFixed(2).padStart(10)} ${mbs.toFixed(1).padStart(7)} ${analyzeAttribution(text).statements.length}\n`);
}

const ratio = results.get('generated 4 MB')! / results.get('generated 1 MB')!;
process.stdout.write(`4 MB / 1 MB time ratio: ${ratio.toFixed(2)} (4.0 = linear)\n`);
