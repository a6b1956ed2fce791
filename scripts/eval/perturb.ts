/**
 * `npm run eval:perturb -- PATH [--split train] [NAME…]`: how far the engine's figures move when every text of a split is
 * rewritten in a way its annotations survive: other quotation styles, other reporting verbs, names with particles,
 * descriptions for names, a day, an adverb or a medium after the cue, `said that`, one sentence per paragraph, Windows
 * line endings, lines wrapped by hand, a web page's `Advertisement` lines, `--` for a dash, a no-break space before a quotation. A rule that
 * holds only for the corpus's surface shows up as a drop.
 * Predictions on a rewritten text are mapped back to the original's offsets (a position inside a replaced stretch goes
 * to the nearer edge of the original), so the gold spans score them unchanged. Cue and speaker figures are left out:
 * rewrites that replace the cue or the speaker move them by construction.
 */
import process from 'node:process';
import type {Attribution} from '../../src/analysis/types.js';
import {analyzeOrThrow} from '../../src/analysis/index.js';
import {loadSplit, parseAnn, readText} from './gold.js';
import {OffsetMap} from './intervals.js';
import {figures, mainTau, newTally, parsePrediction, scoreArticle} from './score.js';

/** Replace `[start, end)` of the original text with `by`. */
type Edit = readonly [start: number, end: number, by: string];
type Rewrite = (text: string) => Edit[];

/** Edits replacing every match of `re` in `text` (`by` may read the match and the text around it). */
function each(text: string, re: RegExp, by: string | ((m: RegExpExecArray) => string)): Edit[] {
	return [...text.matchAll(re)].map(m => [m.index, m.index + m[0].length, typeof by === 'string' ? by : by(m)] as const);
}

const said = (verb: string): Rewrite => text => each(text, /\bsaid\b/g, verb);

/** Wrapped by hand at 72 columns, a blank line between paragraphs, as wire copy and mail are. */
function hardWrap(text: string): Edit[] {
	const edits: Edit[] = [];
	let column = 0;
	let lastSpace = -1;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\n') {
			if (text[i - 1] !== '\n' && text[i + 1] !== '\n') {
				edits.push([i, i + 1, '\n\n']);
			}

			column = 0;
			lastSpace = -1;
			continue;
		}

		lastSpace = text[i] === ' ' ? i : lastSpace;
		column++;
		if (column > 72 && lastSpace >= 0) {
			edits.push([lastSpace, lastSpace + 1, '\n']);
			column = i - lastSpace;
			lastSpace = -1;
		}
	}

	return edits.sort((a, b) => a[0] - b[0]);
}

/** One sentence per paragraph, as some publishers write: the space after a sentence outside quotation marks. */
function sentencePerLine(text: string): Edit[] {
	const edits: Edit[] = [];
	let open = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\n' || c === '\u201D') {
			open = false;
		} else if (c === '\u201C') {
			open = true;
		} else if (c === '"' || (c === '\'' && text[i + 1] === '\'')) {
			open = !open;
			i += c === '\'' ? 1 : 0;
		} else if (c === ' ' && !open && /\p{Ll}{4,}\.$/u.test(text.slice(Math.max(0, i - 12), i)) && /^\p{Lu}\p{Ll}/u.test(text.slice(i + 1, i + 3))) {
			edits.push([i, i + 1, '\n']);
		}
	}

	return edits;
}

/** Whether `at` starts a sentence: after a line break or a sentence's end, perhaps with an opening quote mark. */
function sentenceStart(text: string, at: number): boolean {
	return /(?:^|\n|[.?!]["\u201D]?\s)["\u201C]?\s*$/.test(text.slice(Math.max(0, at - 6), at));
}

const particleNames: Record<string, string> = {Trump: 'de Vries', Clinton: 'al-Rashid', Sanders: 'van der Berg'};

const rewrites: Record<string, Rewrite> = {
	none: () => [],
	straight: text => each(text, /[\u201C\u201D]/g, '"'),
	curly: text => each(text, /"/g, m => /\S/.test(text[m.index + 1] ?? ' ') ? '\u201C' : '\u201D'),
	nyt: text => each(text, /[\u201C\u201D]/g, '\'\''),
	// British style: single marks outside (texts with curly double marks and no other marks only).
	british: text => /["\u2018]|''/.test(text) ? [] : each(text, /[\u201C\u201D]/g, m => m[0] === '\u201C' ? '\u2018' : '\u2019'),
	says: said('says'),
	remarked: said('remarked'),
	noted: said('noted'),
	speculated: said('speculated'),
	tweeted: said('tweeted'),
	said_tuesday: text => each(text, /\p{Lu}\p{Ll}+ said\b/gu, m => `${m[0]} Tuesday`),
	also_said: text => each(text, /\b(\p{Lu}\p{Ll}+|he|she|they) said\b/gu, m => `${m[1]} also said`),
	said_bluntly: text => each(text, /\b(\p{Lu}\p{Ll}+|he|she|they) said\b/gu, m => `${m[0]} bluntly`),
	told_reporters: text => each(text, /\b(\p{Lu}\p{Ll}+|he|she|they) said\b/gu, m => `${m[1]} told reporters`),
	in_a_statement: text => each(text, /\b(\p{Lu}\p{Ll}+|he|she|they) said\b/gu, m => `${m[0]} in a statement`),
	according_to: text => each(text, /, (\p{Lu}\p{Ll}+) said\./gu, m => `, according to ${m[1]}.`),
	honorifics: text => each(text, /(?<!\b(?:Mr|Mrs|Ms|Dr)\. |\p{Lu}\p{Ll}+ )\b(?:Trump|Sanders|Cruz|Obama|Rubio|Kasich|Christie)\b/gu, m => `Mr. ${m[0]}`),
	// (Capitalised where a sentence starts, as writers do: `De Vries said`.)
	particle_names: text => each(text, /\b(?:Trump|Clinton|Sanders)\b/g, m => sentenceStart(text, m.index)
		? particleNames[m[0]]![0]!.toUpperCase() + particleNames[m[0]]!.slice(1) : particleNames[m[0]]!),
	// The candidates named by a description instead (`Donald Trump said` → `the candidate said`), as later references are.
	described: text => each(text, /(?<!\b(?:Mr|Mrs|Ms|Sen|Gov|Dr)\. |\p{Lu}\p{L}* )\b(?:(?:Donald|Hillary|Bernie|Ted|Marco)(?: J\.| Rodham)? )?(?:Trump|Clinton|Sanders|Cruz|Rubio)\b(?!['\u2019]s|[ -]\p{Lu}|['\u2019]\s)/gu,
		m => sentenceStart(text, m.index) ? 'The candidate' : 'the candidate'),
	sentence_per_line: sentencePerLine,
	crlf: text => each(text, /\n/g, '\r\n'),
	hard_wrap: hardWrap,
	double_space: text => each(text, /(?<=[.?!][\u201D"]?) (?=\S)/g, '  '),
	// A web page's own line (`Advertisement`) after every third paragraph, as text copied from a browser has.
	page_lines: text => [...text.matchAll(/\n\n/g)].filter((_, i) => i % 3 === 2).map(m => [m.index, m.index + 2, '\n\nAdvertisement\n\n'] as const),
	// (Only after a subject: `…, said a spokesman` is inverted.)
	said_that: text => each(text, /(?<=\b(?:he|she|they|\p{Lu}\p{Ll}+) )said (?=(?:he|she|they|it|the|a|an|his|her|their|there|we|I)\b)/gu, 'said that '),
	double_hyphen_dash: text => each(text, / [\u2014\u2013] /g, ' -- '),
	nbsp_before_quote: text => each(text, / (?=[\u201C"])/g, '\u00A0'),
	title_case_headline: text => each(text.slice(0, text.indexOf('\n')), /\b\p{Ll}/gu, m => m[0].toUpperCase()),
};

/** `text` with `edits` (ordered, not overlapping) applied, and a map from the result's offsets back to `text`'s. */
function rewrite(text: string, edits: readonly Edit[]): {text: string; back: (offset: number) => number} {
	let out = '';
	let done = 0;
	const moved: Array<[from: number, to: number, newFrom: number, newTo: number]> = [];
	for (const [start, end, by] of edits) {
		out += text.slice(done, start);
		moved.push([start, end, out.length, out.length + by.length]);
		out += by;
		done = end;
	}

	out += text.slice(done);
	const back = (offset: number) => {
		let delta = 0;
		for (const [from, to, newFrom, newTo] of moved) {
			if (offset < newFrom) {
				break;
			}

			if (offset <= newTo) {
				// Inside a replaced stretch: the nearer edge of the original.
				return offset - newFrom <= newTo - offset ? from : to;
			}

			delta = to - newTo;
		}

		return offset + delta;
	};

	return {text: out, back};
}

/** `result` on the rewritten text with every span moved back onto `original`. */
function mapBack(result: Attribution, original: string, back: (offset: number) => number): Attribution {
	const span = (s: {start: number; end: number}) => {
		const start = back(s.start);
		const end = Math.max(start, back(s.end));
		return {start, end, text: original.slice(start, end)};
	};

	return {
		statements: result.statements.map(st => ({...st, content: st.content.map(span), cue: st.cue && span(st.cue),
			speaker: st.speaker && span(st.speaker)})),
		sources: result.sources.map(source => ({...source, mentions: source.mentions.map(span)})),
	};
}

function main(): void {
	const argv = process.argv.slice(2);
	const splitAt = argv.indexOf('--split');
	const split = splitAt >= 0 ? argv[splitAt + 1]! : 'train';
	const rest = splitAt < 0 ? argv : argv.filter((_, i) => i !== splitAt && i !== splitAt + 1);
	const [data, ...names] = rest;
	if (!data) {
		throw new Error(`usage: npm run eval:perturb -- PATH/TO/polnear [--split train] [${Object.keys(rewrites).join(' ')}]`);
	}

	const chosen = names.length > 0 ? ['none', ...names.filter(n => n !== 'none')] : Object.keys(rewrites);
	const articles = loadSplit(data, split).map(article => {
		const {text, bom} = readText(article.textPath);
		const om = new OffsetMap(text);
		return {text, om, golds: parseAnn(article.annPaths[0]!, text, om, bom)};
	});
	console.log(`split ${split}, ${articles.length} articles, Dice ≥ ${mainTau}`);
	console.log('rewrite              P       R_speech  R_direct  F1_speech  texts changed');
	for (const name of chosen) {
		const make = rewrites[name];
		if (!make) {
			throw new Error(`unknown rewrite ${name}; known: ${Object.keys(rewrites).join(', ')}`);
		}

		const tally = newTally();
		let changed = 0;
		for (const {text, om, golds} of articles) {
			const {text: rewritten, back} = rewrite(text, make(text));
			changed += rewritten === text ? 0 : 1;
			const result = mapBack(analyzeOrThrow(rewritten), text, back);
			scoreArticle(parsePrediction(result, text, om, new Map()), golds, tally);
		}

		const f = figures(tally, mainTau);
		console.log([name.padEnd(20), f.P.toFixed(4), f.R_speech.toFixed(4).padStart(9), f.R_direct.toFixed(4).padStart(9),
			f.F1_speech.toFixed(4).padStart(10), String(changed).padStart(14)].join(' '));
	}
}

main();
