/**
 * Whether reported content goes on past a quotation closed with its comma: a word that carries it on (`“…,” because …`),
 * a quoted title that is the subject of a `that` clause, a list of quotations, or a noun that glosses the quoted term.
 * Apart from the cuts themselves so that each exception to `a comma closes the speaker's words` reads on its own.
 * Offsets are UTF-16 indices into the article text; token indices are the unit's.
 */
import type {Token} from './tokens.js';
import {firstTokenAt, quoteAround, quoteStartingIn, type Context} from './regions.js';
import {auxiliaries, claimNouns, cueVerbs, irregularPastTenses} from './lexicon.js';
import {determinerWords} from './phrases.js';

/** Words after a quotation closed with a comma that carry the reported content on. */
export const continuers = new Set(['because', 'in', 'at', 'compared', 'for', 'to', 'with', 'since', 'if', 'unless', 'when', 'while',
	'even', 'than', 'though', 'although', 'among', 'between', 'over', 'from', 'about', 'against', 'such', 'where', 'including']);

/** Auxiliaries that open a finite predicate: `have been`, `will`, `could`. */
export const finiteAuxiliaries = new Set(['have', 'has', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'should', 'may', 'might']);

/** The quotation that closes at `at` opens with a lowercase word (`“inversion,”`), not a title's capital. */
export function coinedTerm(ctx: Context, at: number): boolean {
	const q = quoteAround(ctx.quotes, at);
	return q !== undefined && /^(?:["\u201C]|'')\p{Ll}/u.test(ctx.text.slice(q.start, q.start + 3));
}

/**
 * The quoted title around `at` opens the `that` clause at token `from` (a determiner between at most), or, once one has
 * (`listed`), follows it after `and` or `or`: it is the clause's subject, whose predicate is still to come.
 */
export function quotedSubject(ctx: Context, from: number, at: number, listed: boolean): boolean {
	const {quotes, tokens} = ctx;
	const q = quoteAround(quotes, at);
	const open = q ? firstTokenAt(tokens, q.start) : 0;
	const k = tokens[open - 1] && determinerWords.has(tokens[open - 1]!.lower) ? open - 2 : open - 1;
	const before = tokens[k];
	if (q === undefined || !before || before.quoted || !(k === from ? before.lower === 'that' : listed && ['and', 'or'].includes(before.lower))) {
		return false;
	}

	// (A title: a quoted clause of the speaker's own, `that “we will win,” a claim …`, ends there.)
	let words = 0;
	for (let m = open; m < tokens.length && m - open <= 12 && tokens[m]!.start < q.end; m++) {
		const t = tokens[m]!;
		if (t.word && ((!t.capital && !titleFillers.has(t.lower)) || ++words > 6)) {
			return false;
		}
	}

	return words > 0;
}

const titleFillers = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to']);

/**
 * `his embrace of “birtherism,” the notion that Kim was …`: an appositive of a noun of holding with its `that` clause,
 * one modifier allowed, spells out the quoted term and is part of what is held (not a relative `an idea that was …`).
 */
export function glossingNoun(tokens: readonly Token[], k: number): boolean {
	const w = (m: number) => tokens[m] && !tokens[m]!.quoted ? tokens[m]!.lower : '';
	if (!['the', 'a', 'an'].includes(w(k))) {
		return false;
	}

	const that = w(k + 2) === 'that' ? k + 2 : w(k + 3) === 'that' ? k + 3 : -1;
	const next = tokens[that + 1];
	return that > 0 && claimNouns.has(w(that - 1)) && next !== undefined && next.word && !finiteWord(next);
}

/** A finite verb or auxiliary: the object phrase has become a clause. */
export function finiteWord(t: Token): boolean {
	return auxiliaries.has(t.lower) || irregularPastTenses.has(t.lower) || /[a-z]ed$/.test(t.lower) || cueVerbs.has(t.lower);
}

/** Whether the quotation opening at `from` is followed by another one, after its comma or `and`/`or`. */
export function listGoesOn(ctx: Context, from: number, end: number): boolean {
	const q = quoteStartingIn(ctx.quotes, from, end);
	return q !== undefined && q.end < end
		&& (ctx.text[q.end - 2] === ',' || /^\s*,?\s*(?:and|or)\s+(?:(?:a|an|the)\s+)?["\u201C]/.test(ctx.text.slice(q.end, q.end + 16)));
}

/** An article at token `k` right before a quotation (`a “liar”`). */
export function articleBefore(tokens: readonly Token[], k: number): boolean {
	const t = tokens[k];
	return t !== undefined && !t.quoted && ['a', 'an', 'the'].includes(t.lower) && tokens[k + 1]?.quoted === true && tokens[k + 1]!.mark;
}

/** A quotation opening within four tokens from `k` (past `, yes,` or `even`), before `end`. */
export function lastInList(tokens: readonly Token[], k: number, end: number): boolean {
	for (let m = k; m < tokens.length && m - k < 4 && tokens[m]!.start < end; m++) {
		if (tokens[m]!.quoted) {
			return true;
		}
	}

	return false;
}
