/**
 * What a quotation no cue claimed holds as content: how far it reaches (the quotations run together with it, the noun
 * phrase before quoted words and the modifier after them, the fence of a contrast or of the next statement's `and`), and
 * when a title-like quotation is something the subject holds (`Lee denounced the “Harbor First” plan`) rather than a
 * mere name. Apart from loose-quotes.ts, which walks the quotations and picks the construction. Token indices are the
 * unit's.
 */
import type {Quote} from './quotes.js';
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {cueVerbs, prepositions, stopWords} from './lexicon.js';
import {firstTokenAt, trimRegion, type Context} from './regions.js';

/** The text tokens `first` to `last` (inclusive) cover. */
export function asRange(tokens: readonly Token[], first: number, last: number): Range {
	return {start: tokens[first]!.start, end: tokens[last]!.end};
}

/** Title-like quotations (`“Meet the Press”`): every word capitalised. Annotators rarely treat them as speech. */
export function isTitle(tokens: readonly Token[], a: number, b: number): boolean {
	let words = 0;
	for (let k = a; k < b; k++) {
		const t = tokens[k]!;
		if (t.word) {
			words++;
			if (!t.capital && !['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to'].includes(t.lower)) {
				return false;
			}
		}
	}

	return words <= 6;
}

/**
 * Where the subject's next statement, whose cue starts at `at`, begins with the `and` or `but` (after an optional comma)
 * that joins it to the clause before; `undefined` when no such conjunction comes right before the cue.
 */
export function coordinatorBefore(ctx: Context, at: number): number | undefined {
	const {tokens} = ctx;
	let k = firstTokenAt(tokens, at) - 1;
	if (tokens[k]?.word && !tokens[k]!.quoted && tokens[k]!.lower.endsWith('ly')) {
		k--;
	}

	if (!tokens[k] || tokens[k]!.quoted || !['and', 'but'].includes(tokens[k]!.lower)) {
		return undefined;
	}

	return tokens[k - 1]?.text === ',' && !tokens[k - 1]!.quoted ? tokens[k - 1]!.start : tokens[k]!.start;
}

/** Words that open a phrase or clause modifying the noun before them: `the “big differences” between the two`, `“a fighter” who wins`. */
export const phraseModifiers = new Set(['between', 'over', 'among', 'from', 'about', 'against', 'who', 'that']);

/** Verbs of liking, backing or attacking: their object is what the subject holds, even a title. */
export const stanceVerbs = new RegExp('^(?:(?:denounc|promot|lov|lik|hat|dislik|oppos|criticiz|embrac|prais|endors|invok|cit|us)(?:e|es|ed|ing)'
	+ '|(?:enjoy|rail|reject|attack|mock|champion|tout|condemn|blast|defend|back|support|favor|adopt|coin|utter|repeat|chant|shout)(?:s|ed|ing)?'
	+ '|(?:prefer|refer)(?:s|red|ring)?|slam(?:s|med|ming)?|(?:dismiss|push|echo)(?:es|ed|ing)?|decr(?:y|ies|ied|ying))$');

/**
 * `learned that the “Solid Pier” no longer …`: a title inside a `that` clause right after the verb is part of what the
 * subject holds, whatever the verb (not a relative `that` after its noun, `signed a bill that …`).
 */
export function thatClause(tokens: readonly Token[], verb: number, content: Range, first: number): boolean {
	const that = tokens[verb + 1];
	if (that === undefined || that.lower !== 'that' || that.quoted || that.start !== content.start || first - verb > 30) {
		return false;
	}

	// (`learned that the hard way: … “…”`: the clause ends before a colon.)
	for (let k = verb + 2; k < first; k++) {
		if (!tokens[k]!.quoted && [':', ';'].includes(tokens[k]!.text)) {
			return false;
		}
	}

	return true;
}

/** `went on to promote “…”`: an infinitive of taking a stand between the cue at `verb` and the quotation at `first`. */
export function stanceInfinitive(tokens: readonly Token[], verb: number, first: number): boolean {
	for (let k = verb + 1; k < first - 1 && k - verb <= 4; k++) {
		if (tokens[k]!.lower === 'to' && !tokens[k]!.quoted && stanceVerbs.test(tokens[k + 1]!.lower)) {
			return true;
		}
	}

	return false;
}

/**
 * `likes “Veep,” while her rival loves “Lost”`: the content ends before a contrast after the quotation, whose own subject
 * holds the next title.
 */
export function beforeContrast(ctx: Context, r: Range, from: number): Range {
	const {tokens} = ctx;
	for (let k = firstTokenAt(tokens, from); k < tokens.length && tokens[k]!.start < r.end; k++) {
		if (!tokens[k]!.quoted && (tokens[k]!.lower === 'while' || tokens[k]!.lower === 'whereas')) {
			return trimRegion(ctx.text, r.start, tokens[k]!.start, ctx.quotes) ?? r;
		}
	}

	return r;
}

/** The quotation at `at` with the ones joined to it by commas, `and` or `or` (`“Bad Roads,” “Dark Streets” and “Taxes”`). */
export function quotedRun(text: string, quotes: readonly Quote[], at: number): Range[] {
	const run: Range[] = [{start: quotes[at]!.start, end: quotes[at]!.end}];
	for (let i = at + 1; i < quotes.length && /^[\s,]*(?:(?:and|or)\s+)?$/.test(text.slice(quotes[i - 1]!.end, quotes[i]!.start)); i++) {
		run.push({start: quotes[i]!.start, end: quotes[i]!.end});
	}

	return run;
}

/** How far left the content of quoted words may reach, in tokens, before a verb or punctuation stops it. */
const maxReach = 6;

const verbish = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'said', 'says', 'say',
	'called', 'calls', 'call', 'calling', 'described', 'describes', 'labeled', 'labelled', 'dubbed', 'termed', 'branded',
	'that', 'who', 'which', 'and', 'but', 'or', 'because', 'if', 'when', 'while', 'as', 'than']);

/** A word that ends the content on its left: a verb (lexicon or past tense) or a clause word. */
function isVerbForm(t: Token): boolean {
	return cueVerbs.has(t.lower) || verbish.has(t.lower) || (t.lower.endsWith('ed') && t.lower.length > 4 && !t.capital);
}

/** Fewest words for a quotation inside a sentence to count as attributed content. */
export const minWords = 3;

/** The token before the object phrase that ends right before the quotation at token `first` (`first - 1` when none). */
export function objectPhraseBefore(tokens: readonly Token[], first: number): number {
	let k = first - 1;
	while (k >= 0 && first - k <= maxReach && tokens[k]!.word && !tokens[k]!.quoted && !isVerbForm(tokens[k]!)) {
		k--;
	}

	return k;
}

/**
 * The token after the noun of the quotation between tokens `first` and `after`: `after` unless the quotation is a
 * modifier (`the “kind-hearted” man who …`: a quotation between a determiner and its noun is a modifier; its noun comes
 * first).
 */
export function headNounEnd(tokens: readonly Token[], first: number, after: number): number {
	let headEnd = after;
	const det = tokens[first - 1];
	if (det?.word && !det.quoted && (['a', 'an', 'the'].includes(det.lower) || det.lower.endsWith('\'s'))) {
		while (headEnd < tokens.length && headEnd - after < 3 && tokens[headEnd]!.word && !tokens[headEnd]!.quoted
			&& tokens[headEnd]!.text === tokens[headEnd]!.lower && !stopWords.has(tokens[headEnd]!.lower) && !prepositions.has(tokens[headEnd]!.lower)
			&& !isVerbForm(tokens[headEnd]!)) {
			headEnd++;
		}
	}

	return headEnd;
}
