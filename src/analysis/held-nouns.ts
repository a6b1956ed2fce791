/**
 * Quotations held by a possessed noun rather than a verb: `the mayor’s claim that …`, `her “…” remark`, `his broadside
 * against “…”`. Offsets are UTF-16 indices into the article text; token indices are the unit's.
 */
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import type {QuotedClause} from './quoted-clause.js';
import {cutTrailing} from './writer-clause.js';
import {auxiliaries, claimNouns, possessiveWords, stopWords} from './lexicon.js';
import {firstTokenAt, quoteShare, trimRegion, type Context} from './regions.js';
import {determinerWords, phraseEndingAt} from './phrases.js';
import {finiteVerb} from './verbs.js';

/** Most tokens between the noun's `that` and the quotation. */
const maxDistance = 30;

/**
 * `Lee’s repeated claim that the port is “sinking,”`, `his comments that he would be a “neutral guy”`: a quotation in
 * the `that` clause of a noun of saying or holding after a possessive; the possessor speaks, the noun is the cue.
 */
export function claimClause(ctx: Context, quote: Range, first: number): QuotedClause | undefined {
	const {text, unit, quotes, tokens} = ctx;
	let that = -1;
	let noun = -1;
	for (let k = first - 1; k > 1 && first - k <= maxDistance; k--) {
		const t = tokens[k]!;
		if (!t.quoted && ['.', ';', ':', '?', '!'].includes(t.text)) {
			return undefined;
		}

		if (t.lower === 'that' && !t.quoted) {
			noun = claimNounBefore(tokens, k);
			if (noun >= 0) {
				that = k;
				break;
			}
		}
	}

	if (that < 0) {
		return undefined;
	}

	// The possessor, up to three modifiers before the noun: `Trump’s recent evidence-free assertion`.
	for (let k = noun - 1; k >= 0 && noun - k <= 4; k--) {
		const t = tokens[k]!;
		if (!t.word || t.quoted) {
			return undefined;
		}

		const owner = ownerAt(tokens, k);
		if (owner) {
			const whole = trimRegion(text, tokens[that]!.start, unit.end, quotes);
			const region = whole ? cutTrailing(ctx, whole) : undefined;
			if (!region || region.end < quote.end) {
				return undefined;
			}

			return {content: [region], kind: quoteShare(region, quotes) > 0.9 ? 'direct' : 'mixed',
				cue: {start: tokens[noun]!.start, end: tokens[noun]!.end},
				speaker: {start: tokens[owner.first]!.start, end: tokens[owner.last]!.end}};
		}

		if (stopWords.has(t.lower) || determinerWords.has(t.lower)) {
			return undefined;
		}
	}

	return undefined;
}

/** Prepositions of an adjunct between a noun of saying and its `that`: `his claim at a rally on Monday that …`. */
const adjunctPrepositions = new Set(['at', 'in', 'on', 'during']);

/**
 * The noun of saying whose `that` is token `k`: right before it, or before a short adjunct of time or place (`Lee’s
 * suggestion at the debate that …`); -1 when none.
 */
function claimNounBefore(tokens: readonly Token[], k: number): number {
	for (let m = k - 1; m > 0 && k - m <= 6; m--) {
		const t = tokens[m]!;
		if (!t.word || t.quoted) {
			return -1;
		}

		if (claimNouns.has(t.lower) && (m === k - 1 || adjunctPrepositions.has(tokens[m + 1]!.lower))) {
			return m;
		}

		if (auxiliaries.has(t.lower)) {
			return -1;
		}
	}

	return -1;
}

/**
 * The possessor ending at token `k` (`his`, `Ann Lee’s`, `the senator’s`): a described one starts at its determiner, not
 * at a verb before it.
 */
function ownerAt(tokens: readonly Token[], k: number): {first: number; last: number} | undefined {
	const t = tokens[k]!;
	if (possessiveWords.has(t.lower)) {
		return {first: k, last: k};
	}

	const phrase = t.lower.endsWith('\'s') && t.lower.length > 2 ? phraseEndingAt(tokens, k) : undefined;
	if (!phrase || t.capital) {
		return phrase;
	}

	for (let m = k - 1; m >= phrase.first; m--) {
		if (['the', 'a', 'an'].includes(tokens[m]!.lower)) {
			return {first: m, last: k};
		}
	}

	return phrase;
}

/** Nouns that a quotation of someone's words can modify: `his “Second Amendment people” remark`. */
const remarkNouns = new Set(['comment', 'comments', 'remark', 'remarks', 'line', 'promise', 'pledge', 'claim', 'quip',
	'slogan', 'jab', 'tweet', 'statement', 'vow', 'boast', 'insult', 'label', 'joke']);

/**
 * `Mitt Romney’s “47 percent” comment`, `her “hard choices” line`: a quotation between a possessive and a noun of saying
 * is the possessor’s words, the noun the cue.
 */
export function namedRemark(ctx: Context, quote: Range, first: number): QuotedClause | undefined {
	const {tokens} = ctx;
	const after = firstTokenAt(tokens, quote.end);
	const noun = tokens[after];
	const owner = tokens[first - 1];
	if (!noun?.word || noun.quoted || !remarkNouns.has(noun.lower) || !owner?.word || owner.quoted) {
		return undefined;
	}

	const phrase = ownerAt(tokens, first - 1);
	return phrase ? {content: [{start: quote.start, end: quote.end}], kind: 'direct', cue: {start: noun.start, end: noun.end},
		speaker: {start: tokens[phrase.first]!.start, end: tokens[phrase.last]!.end}} : undefined;
}

/**
 * Nouns of taking a stand on something (`her broadside against …`, `his embrace of …`), or of uttering it (`his
 * references to …`, `her mispronunciations of …`).
 */
const stanceNouns = new Set(['broadside', 'attack', 'attacks', 'embrace', 'criticism', 'criticisms', 'defense', 'praise',
	'mangling', 'denunciation', 'rejection', 'dismissal', 'comments', 'remarks', 'argument', 'warning', 'warnings',
	'crusade', 'campaign', 'tirade', 'rant', 'assault', 'war', 'push', 'support', 'opposition', 'condemnation', 'mockery',
	'obsession', 'fixation', 'love', 'hatred', 'disdain', 'contempt', 'invocation', 'promise', 'promises', 'plea', 'talk',
	'claims', 'views', 'stance', 'reference', 'references', 'mention', 'mentions', 'mispronunciation', 'mispronunciations']);

const stancePrepositions = new Set(['of', 'on', 'against', 'about', 'for', 'to', 'over']);

/**
 * `offered a defense of …`, `launched an attack on …`: the verb at token `verb` has a noun of taking a stand and its
 * preposition for object, an article and one modifier allowed before the noun.
 */
export function stanceObject(tokens: readonly Token[], verb: number): boolean {
	let k = verb + 1;
	k += ['a', 'an', 'the'].includes(tokens[k]?.lower ?? '') ? 1 : 0;
	for (const last = k + 1; k <= last; k++) {
		const noun = tokens[k];
		const preposition = tokens[k + 1];
		if (!noun?.word || noun.quoted || !preposition?.word || preposition.quoted) {
			return false;
		}

		if (stanceNouns.has(noun.lower) && stancePrepositions.has(preposition.lower)) {
			return true;
		}
	}

	return false;
}

/** A cue of `stanceNoun` (`mangling of`): a stand taken, so a title in its object is held as after a verb of backing. */
export function stanceNounCue(cue: string): boolean {
	const [noun, preposition, ...rest] = cue.toLowerCase().split(/\s+/);
	return rest.length === 0 && stanceNouns.has(noun ?? '') && stancePrepositions.has(preposition ?? '');
}

/**
 * `Lee’s broadside against “printing money”`, `his long embrace of “birtherism,”`: a quotation in the object of a
 * possessed noun of taking a stand is what the possessor holds; the noun and its preposition are the cue. The content
 * ends with the quotation's phrase, before the writer's verb.
 */
export function stanceNoun(ctx: Context, quote: Range, first: number): QuotedClause | undefined {
	const {text, unit, quotes, tokens} = ctx;
	for (let k = first - 1; k > 0 && first - k <= 8; k--) {
		const t = tokens[k]!;
		if (!t.word || t.quoted || finiteVerb(t) || (stopWords.has(t.lower) && !stancePrepositions.has(t.lower) && t.lower !== 'the')) {
			return undefined;
		}

		const noun = tokens[k - 1]!;
		if (!stancePrepositions.has(t.lower) || !stanceNouns.has(noun.lower) || noun.quoted) {
			continue;
		}

		for (let m = k - 2; m >= 0 && k - m <= 5; m--) {
			const w = tokens[m]!;
			const owner = w.word && !w.quoted ? ownerAt(tokens, m) : undefined;
			if (owner) {
				const whole = trimRegion(text, tokens[k + 1]!.start, unit.end, quotes);
				const region = whole ? beforePredicate(ctx, cutTrailing(ctx, whole), quote.end) : undefined;
				return region && region.end >= quote.end ? {content: [region], kind: quoteShare(region, quotes) > 0.9 ? 'direct' : 'mixed',
					cue: {start: noun.start, end: t.end}, speaker: {start: tokens[owner.first]!.start, end: tokens[owner.last]!.end}} : undefined;
			}

			if (w.quoted || (!w.word && w.text !== ',') || stopWords.has(w.lower) || determinerWords.has(w.lower)) {
				return undefined;
			}
		}

		return undefined;
	}

	return undefined;
}

/** `r` up to the first finite verb after `from` (the writer's predicate of the phrase that holds the quotation). */
function beforePredicate(ctx: Context, r: Range, from: number): Range {
	const {tokens} = ctx;
	for (let k = firstTokenAt(tokens, from); k < tokens.length && tokens[k]!.start < r.end; k++) {
		const t = tokens[k]!;
		if (!t.quoted && (finiteVerb(t) || auxiliaries.has(t.lower) || [',', ';', '-', '\u2014', '('].includes(t.text))) {
			return trimRegion(ctx.text, r.start, t.start, ctx.quotes) ?? r;
		}
	}

	return r;
}

