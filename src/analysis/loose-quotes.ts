/**
 * Quotations no cue verb from the lexicon claimed: `“…,” the man shouted`, `Lee cracked, “…”`, and quoted words
 * inside a sentence (`called the deal “a disaster”`), which annotators mostly count as attributed content too. The
 * rules that read a quotation as a name, title, chant or inscription are in loose-names.ts. Offsets are UTF-16 indices
 * into the article text.
 */
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {cueVerbs, prepositions} from './lexicon.js';
import {firstTokenAt, quoteShare, trimRegion, type Context} from './regions.js';
import {quotedClause} from './quoted-clause.js';
import {cutTrailing} from './writer-clause.js';
import {ForwardReach} from './reach.js';
import {skipAuxLeft, speakerBefore, subjectPhrase} from './speakers.js';
import {isVerbLike} from './verbs.js';
import {naming} from './naming-given.js';
import {asRange, coordinatorBefore, headNounEnd, minWords, objectPhraseBefore, phraseModifiers} from './loose-content.js';
import {cameFrom, nearestSubject, pastVerbBeforeParticle} from './loose-speakers.js';
import {chantNamedAfter, heldTitle, isNamedTitle, nameGivenBy, participleNamingAs, titleOrChant, verbNamingAs, wordsBorne, wordsBorneInAside, wordsUttered} from './loose-names.js';
import {phraseEndingAt} from './phrases.js';
import {phraseStartingAt} from './phrase-rightwards.js';

/** A statement found from a quotation alone. */
export type LooseQuote = {
	content: Range[];
	kind: 'direct' | 'mixed';
	cue: Range | undefined;
	speaker: Range | undefined;
	/** A title or name given to something (`a memo titled “…”`) or a crowd's chant: no one's words in particular. */
	sourceless?: boolean;
};

/**
 * Statements for quotations in the unit that `covered` (existing content) does not reach; `cues` (ascending) are where
 * the statements found so far that open with their cue begin. Each quotation takes the first construction that reads it.
 */
export function looseQuotes(ctx: Context, covered: readonly Range[], cues: readonly number[] = []): LooseQuote[] {
	const {text, unit, quotes, tokens} = ctx;
	const out: LooseQuote[] = [];
	const claimed = new ForwardReach(covered);
	const taken = new ForwardReach();
	let seen = 0;
	let next = 0;
	for (let qi = 0; qi < quotes.length; qi++) {
		const q = quotes[qi]!;
		while (next < cues.length && cues[next]! < q.end) {
			next++;
		}

		// `challenged the claim that he had “attacked” her, and said he …`: a statement found after the quotation (its
		// cue joined by `and`) is not part of the clause that holds it.
		const fence = next < cues.length ? coordinatorBefore(ctx, cues[next]!) ?? unit.end : unit.end;
		const bounded = fence < unit.end ? {...ctx, unit: {start: unit.start, end: fence}} : ctx;
		for (; seen < out.length; seen++) {
			for (const r of out[seen]!.content) {
				taken.add(r);
			}
		}

		if (claimed.overlaps(q) || taken.contains(q)) {
			continue;
		}

		const first = firstTokenAt(tokens, q.start);
		const after = firstTokenAt(tokens, q.end);
		const words = wordsIn(tokens, first, after);
		if (words === 0) {
			continue;
		}

		const named = chantNamedAfter(tokens, q, after) ?? nameGivenBy(tokens, q, first, after) ?? wordsUttered(tokens, q, first, after)
			?? wordsBorne(ctx, qi, first) ?? wordsBorneInAside(ctx, qi, first) ?? titleOrChant(ctx, qi, first);
		if (named) {
			out.push(named);
			continue;
		}

		const before = trimRegion(text, unit.start, q.start, quotes);
		const closing = text.slice(Math.max(q.start, q.end - 4), q.end);
		if (isNamedTitle(tokens, first, after, before, closing)) {
			const held = heldTitle(ctx, bounded, q, first);
			if (held) {
				out.push(held);
			}

			continue;
		}

		const said = speakerAfterQuote(tokens, q, after, before, closing) ?? verbBeforeQuote(ctx, q, first) ?? mannerBeforeQuote(tokens, q, first)
			?? participleNamingAs(ctx, qi, first)
			// `Lee bemoaned a climate in which people “hate each other”`: the clause after the subject's verb is the content.
			?? quotedClause(bounded, q, first);
		if (said) {
			out.push(said);
			continue;
		}

		// Quoted words inside a sentence: the object phrase just before the quotation belongs to the content.
		const k = objectPhraseBefore(tokens, first);
		const asName = verbNamingAs(tokens, q, k, words);
		if (asName) {
			out.push(asName);
			continue;
		}

		// A short quotation counts only as the name a naming verb gives (`called the plan a “disaster”`).
		if (words < minWords && !(tokens[k]?.word && naming.test(tokens[k]!.lower)
			|| (tokens[k]?.lower === 'as' && naming.test(tokens[k - 1]?.lower ?? '')))) {
			continue;
		}

		out.push(quotedWords(ctx, q, qi, first, after, k, fence));
	}

	return out;
}

function wordsIn(tokens: readonly Token[], first: number, after: number): number {
	let words = 0;
	for (let k = first; k < after; k++) {
		words += tokens[k]!.word ? 1 : 0;
	}

	return words;
}

/**
 * `“…,” the man shouted` / `“…,” shouted the man`: a quotation that opens the sentence (nothing `before` it) and ends
 * in a comma, question or exclamation mark or dash (`closing` holds its last characters), then its speaker and verb.
 */
function speakerAfterQuote(tokens: readonly Token[], q: Range, after: number, before: Range | undefined, closing: string): LooseQuote | undefined {
	if (before || !/[,?!\u2014-]\s*['\u2019]?(?:["\u201D]|'')$/.test(closing)) {
		return undefined;
	}

	const p = phraseStartingAt(tokens, after);
	let verbAt = p ? p.last + 1 : after;
	if (p && tokens[verbAt]?.text === ',') {
		// `“…,” Lee, the head of the group, tweeted`.
		for (let k = verbAt + 1; k < tokens.length && k - verbAt < 15; k++) {
			if (tokens[k]!.text === ',' || tokens[k]!.quoted) {
				verbAt = tokens[k]!.text === ',' ? k + 1 : verbAt;
				break;
			}
		}
	}

	const verb = tokens[verbAt];
	if (p && (isVerbLike(verb) || (verb?.word && cueVerbs.has(verb.lower)))) {
		return {content: [q], kind: 'direct', cue: asRange(tokens, verbAt, verbAt), speaker: asRange(tokens, p.first, p.last)};
	}

	const from = cameFrom(tokens, after);
	if (from) {
		// `“…,” came shouts from the crowd`, `came the reply from Lee`: who the words came from said them.
		return {content: [q], kind: 'direct', cue: asRange(tokens, after, from.first - 1), speaker: asRange(tokens, from.first, from.last)};
	}

	const inverted = isVerbLike(tokens[after]) ? phraseStartingAt(tokens, after + 1) : undefined;
	return inverted ? {content: [q], kind: 'direct', cue: asRange(tokens, after, after), speaker: asRange(tokens, inverted.first, inverted.last)}
		: undefined;
}

/** `Lee cracked, “…”`: a verb, then a comma or colon and the quotation. */
function verbBeforeQuote(ctx: Context, q: Range, first: number): LooseQuote | undefined {
	const {text, unit, quotes, tokens} = ctx;
	const prev = tokens[first - 1];
	if (prev && (prev.text === ',' || prev.text === ':') && isVerbLike(tokens[first - 2])) {
		const p = phraseEndingAt(tokens, skipAuxLeft(tokens, first - 3));
		if (p) {
			const rest = trimRegion(text, q.start, unit.end, quotes);
			const content = rest && quoteShare(rest, quotes) > 0.8 ? quotes.filter(x => x.start >= q.start) : [q];
			return {content: content.map(x => ({start: x.start, end: x.end})), kind: 'direct',
				cue: asRange(tokens, first - 2, first - 2), speaker: asRange(tokens, p.first, p.last)};
		}
	}

	return undefined;
}

/**
 * `Lee called over her shoulder, “…”`, `Kim broke off with a dismissive, “…”`: a verb in the past, a particle or
 * preposition and a few words of manner, then the quotation, which is what was said.
 */
function mannerBeforeQuote(tokens: readonly Token[], q: Range, first: number): LooseQuote | undefined {
	const prev = tokens[first - 1];
	const past = prev && (prev.text === ',' || prev.text === ':') ? pastVerbBeforeParticle(tokens, first - 2) : -1;
	const p = past >= 0 ? speakerBefore(tokens, past) : undefined;
	return p ? {content: [{start: q.start, end: q.end}], kind: 'direct', cue: asRange(tokens, past, past), speaker: asRange(tokens, p.first, p.last)}
		: undefined;
}

/**
 * Quoted words inside a sentence (`called the deal “…”`, `described him as “…”`): the content from the object phrase
 * after token `k` (the quotation spans tokens `first` to `after`), its speaker the subject of the verb before that phrase.
 * `fence` is where the clause ends.
 */
function quotedWords(ctx: Context, q: Range, qi: number, first: number, after: number, k: number, fence: number): LooseQuote {
	const {text, unit, quotes, tokens} = ctx;
	const cueAt = cueVerbBefore(tokens, k);
	const cueToken = tokens[cueAt];
	const start = k + 1 < first ? tokens[k + 1]!.start : q.start;
	// The sentence subject most often is who is quoted: `Trump called the deal “a disaster”`. The phrase right before
	// the verb is that subject even after a long opening (`Speaking in Ohio on Monday, where …, Lee called …`).
	const left = isVerbLike(cueToken) && (cueVerbs.has(cueToken!.lower) || /(?:ed|es)$/.test(cueToken!.lower))
		? speakerBefore(tokens, cueAt) : undefined;
	const subject = left ?? subjectPhrase(tokens, k) ?? nearestSubject(tokens, k);
	// `the “big differences” between the two on …`: a phrase after the quotation that modifies its noun goes on with it.
	const headEnd = headNounEnd(tokens, first, after);
	const modifier = tokens[headEnd];
	// (After the noun, any preposition opens its phrase: `“…” buzz saw in 1988`.)
	const end = modifier?.word && !modifier.quoted && (phraseModifiers.has(modifier.lower) || (headEnd > after && prepositions.has(modifier.lower)))
		// (Up to the next quotation, so that a unit of many quotations stays linear.)
		? cutTrailing(ctx, trimRegion(text, start, Math.min(quotes[qi + 1]?.start ?? unit.end, fence), quotes) ?? {start, end: q.end}).end
		: headEnd > after ? tokens[headEnd - 1]!.end : q.end;
	return {content: [{start, end: Math.max(end, q.end)}], kind: start < q.start ? 'mixed' : 'direct',
		cue: cueToken?.word && !cueToken.quoted ? asRange(tokens, cueAt, cueAt) : undefined,
		speaker: subject && subject.last < k ? asRange(tokens, subject.first, subject.last) : undefined};
}

/** The cue is the verb before the phrase that ends at token `k`: `called the deal “…”`, `described him as “…”`. */
function cueVerbBefore(tokens: readonly Token[], k: number): number {
	let v = k;
	while (v >= 0 && k - v < 5 && !(isVerbLike(tokens[v]) && /(?:ed|es|s)$/.test(tokens[v]!.lower)) && tokens[v]!.word
		&& !tokens[v]!.quoted) {
		v--;
	}

	return v >= 0 && tokens[v]!.word && isVerbLike(tokens[v]) ? v : k;
}
