/**
 * `npm run eval -- PATH [--split dev|train|dev,train] [--show N] [--floor FILE]`: runs the attribution engine on the
 * PolNeAR corpus at PATH (read at run time; nothing of it is stored in the repository) and scores it with the rules of
 * PATH/score.py. With `--floor FILE`, exits 1 when F1_speech at Dice ≥ 0.5 is more than 0.01 below the number in FILE.
 */
import {readFileSync} from 'node:fs';
import process from 'node:process';
import {analyzeOrThrow} from '../src/analysis/index.js';
import type {Attribution} from '../src/analysis/types.js';
import {loadSplit, parseAnn, readText} from './eval/gold.js';
import {OffsetMap} from './eval/intervals.js';
import {formatExamples, formatTable, type Located} from './eval/report.js';
import {figures, mainTau, newTally, parsePrediction, scoreArticle, type Counts, type ErrorExample} from './eval/score.js';

function parseArgs(argv: string[]): {data: string; splits: string[]; show: number; floor: string | undefined; limit: number} {
	let data: string | undefined;
	let split = 'dev';
	let show = 0;
	let floor: string | undefined;
	let limit = 0;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const value = () => {
			const v = argv[++i];
			if (v === undefined) {
				throw new Error(`${arg} needs a value`);
			}

			return v;
		};

		if (arg === '--split') {
			split = value();
		} else if (arg === '--show') {
			show = Number(value());
		} else if (arg === '--floor') {
			floor = value();
		} else if (arg === '--limit') {
			limit = Number(value());
		} else if (data === undefined && !arg.startsWith('--')) {
			data = arg;
		} else {
			throw new Error(`unknown argument ${arg}`);
		}
	}

	if (data === undefined) {
		throw new Error('usage: npm run eval -- PATH/TO/polnear [--split dev] [--show N] [--floor FILE]');
	}

	return {data, splits: split.split(',').filter(Boolean), show, floor, limit};
}

function main(): number {
	const args = parseArgs(process.argv.slice(2));
	let articles = args.splits.flatMap(split => loadSplit(args.data, split));
	if (args.limit) {
		articles = articles.slice(0, args.limit);
	}

	const tally = newTally();
	const counts: Counts = new Map();
	const examples: Located[] = [];
	let engineMs = 0;
	let chars = 0;
	for (const article of articles) {
		const {text, bom} = readText(article.textPath);
		const om = new OffsetMap(text);
		const golds = parseAnn(article.annPaths[0]!, text, om, bom);
		const t0 = performance.now();
		let result: Attribution;
		try {
			result = analyzeOrThrow(text);
		} catch (error) {
			// The product swallows internal errors (it shows nothing rather than failing); the eval must not.
			counts.set('engine_exceptions', (counts.get('engine_exceptions') ?? 0) + 1);
			process.stderr.write(`eval: ${article.name}: ${(error as Error).stack ?? String(error)}\n`);
			result = {statements: [], sources: []};
		}

		engineMs += performance.now() - t0;
		chars += text.length;
		const preds = parsePrediction(result, text, om, counts);
		const log: ErrorExample[] | undefined = args.show ? [] : undefined;
		scoreArticle(preds, golds, tally, log);
		for (const e of log ?? []) {
			examples.push({...e, article: article.name, text, om});
		}
	}

	process.stdout.write(formatTable(`System: newsread engine (in-process) | split: ${args.splits.join(',')} | articles: ${articles.length} | engine: ${engineMs.toFixed(0)} ms for ${(chars / 1e6).toFixed(2)} M chars`, tally));
	const problems = [...counts].filter(([k, v]) => k !== 'pred_spans_checked' && v);
	if (problems.length > 0) {
		process.stdout.write('\nDiagnostics:\n' + problems.map(([k, v]) => `  ${k.padEnd(55)} ${v}\n`).join(''));
	}

	if (args.show) {
		process.stdout.write(formatExamples(examples, args.show));
	}

	const main = figures(tally, mainTau);
	process.stdout.write(`\nSpan text check: ${counts.get('pred_spans_checked') ?? 0} spans with valid offsets, ${problems.filter(([k]) => k.endsWith('_text_mismatch')).reduce((n, [, v]) => n + v, 0)} text mismatches\n`);
	process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(main).map(([k, v]) => [k, Number.isNaN(v) ? null : Math.round(v * 1e4) / 1e4]))) + '\n');
	if (args.floor !== undefined) {
		const floor = Number(readFileSync(args.floor, 'utf8').trim());
		if (!(main.F1_speech >= floor - 0.01)) {
			process.stderr.write(`eval: F1_speech ${main.F1_speech.toFixed(4)} is below the floor ${floor} − 0.01\n`);
			return 1;
		}

		process.stdout.write(`eval: F1_speech ${main.F1_speech.toFixed(4)} ≥ floor ${floor} − 0.01\n`);
	}

	return 0;
}

try {
	process.exitCode = main();
} catch (error) {
	process.stderr.write(`eval: ${(error as Error).message}\n`);
	process.exitCode = 2;
}
