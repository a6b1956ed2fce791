/**
 * The rules of looseQuotes that read a quotation as a name, a title, a chant or an inscription rather than as someone's
 * words said right there: the name a chant or a passive's agent gives, the words a sign bore, a title the subject takes
 * a stand on, the name a verb gives by `as`. Each returns the statement its construction makes, or undefined when the
 * quotation is not in it; loose-quotes.ts tries them in order. Token indices are the unit's; offsets are UTF-16 indices
 * into the article text.
 */
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import type {LooseQuote} from './loose-quotes.js';
import {firstTokenAt, type Context} from './regions.js';
import {quotedClause} from './quoted-clause.js';
import {wordUsedBy} from './cue-objects.js';
import {stanceNounCue, stanceObject} from './held-nouns.js';
import {subjectPhrase, speakerBefore} from './speakers.js';
import {isVerbLike} from './verbs.js';
import {inscriptionAside, namedThing, namingAside, titleGiver} from './naming.js';
import {agentAt, chantBefore, chantNouns, isGroup, nameGivenAs, namedAs, namedBy, verbBeforeAs} from './naming-given.js';
import {asRange, beforeContrast, isTitle, minWords, quotedRun, stanceInfinitive, stanceVerbs, thatClause} from './loose-content.js';
import {inscribedOn, skipAdverbsLeft} from './loose-speakers.js';
import {phraseEndingAt} from './phrases.js';

/** `drawing jeers and “Lee! Lee!” chants`: the chant named after its words. */
export function chantNamedAfter(tokens: readonly Token[], q: Range, after: number): LooseQuote | undefined {
	const noun = tokens[after];
	if (noun?.word && !noun.quoted && chantNouns.has(noun.lower) && noun.lower !== 'calls') {
		return {content: [{start: q.start, end: q.end}], kind: 'direct', cue: asRange(tokens, after, after), speaker: undefined,
			sourceless: true};
	}

	return undefined;
}

/** `the inquiry — often labeled as a “witch hunt” by Harbor Party members`: the agent gave the name. */
export function nameGivenBy(tokens: readonly Token[], q: Range, first: number, after: number): LooseQuote | undefined {
	const agent = namedBy(tokens, first, after);
	return agent ? {content: [{start: tokens[agent.from]!.start, end: q.end}], kind: 'direct', cue: asRange(tokens, agent.cue.first, agent.cue.last),
		speaker: asRange(tokens, agent.speaker.first, agent.speaker.last)} : undefined;
}

/** `The phrase “…” was uttered once, by Ann Lee`: the agent spoke the words. */
export function wordsUttered(tokens: readonly Token[], q: Range, first: number, after: number): LooseQuote | undefined {
	const user = wordUsedBy(tokens, first, after);
	return user ? {content: [q], kind: 'direct', cue: asRange(tokens, user.cue, user.cue), speaker: asRange(tokens, user.speaker.first, user.speaker.last)}
		: undefined;
}

/** `wore a hat reading, “…”`, `held signs that read “…”`: the words the thing bore, said by it. */
export function wordsBorne(ctx: Context, qi: number, first: number): LooseQuote | undefined {
	const {text, quotes, tokens} = ctx;
	const bearer = inscribedOn(tokens, first);
	return bearer ? {content: quotedRun(text, quotes, qi), kind: 'direct', cue: asRange(tokens, bearer.cue, bearer.cue),
		speaker: asRange(tokens, bearer.first, bearer.last)} : undefined;
}

/** `held up a sign — which read “Kids 4 Kim” — and …`: the words the thing bore, said by the relative pronoun. */
export function wordsBorneInAside(ctx: Context, qi: number, first: number): LooseQuote | undefined {
	const {text, quotes, tokens} = ctx;
	const bore = inscriptionAside(tokens, first);
	return bore === undefined ? undefined
		: {content: quotedRun(text, quotes, qi), kind: 'direct', cue: asRange(tokens, bore, bore), speaker: asRange(tokens, bore - 1, bore - 1)};
}

/** A title given to something (`a memo titled “…”`) or a crowd's chant (`chants of “…”`): no one's words in particular. */
export function titleOrChant(ctx: Context, qi: number, first: number): LooseQuote | undefined {
	const {text, quotes, tokens} = ctx;
	const chant = chantBefore(tokens, first);
	const titling = titleGiver(tokens, first) ?? chant;
	if (!titling) {
		return undefined;
	}

	// Who gave it (`Lee released a memo titled …`): the sentence subject when a verb comes between, not the named thing
	// itself (`The ferry, known as …`); a chant only a group's (`Fans met her with chants of …`, not `She walked in to
	// chants of …`).
	const giver = subjectPhrase(tokens, titling.first);
	// (The bound keeps a run-on sentence of many titles linear; no giver in the corpora is 60 tokens away.)
	const gave = giver !== undefined && titling.first - giver.last <= 60 && tokens.slice(giver.last + 1, titling.first).some(t => isVerbLike(t) && /(?:ed|es|s)$/.test(t.lower))
		&& (!chant || isGroup(tokens[giver.last]!));
	const named = chant ? undefined : namedThing(tokens, titling.first);
	const run = quotedRun(text, quotes, qi);
	// (`…, called the “Glass Box” by residents,`: the agent of the aside's passive gave it.)
	const by = firstTokenAt(tokens, run.at(-1)!.end);
	const agent = !chant && tokens[by]?.lower === 'by' && !tokens[by]!.quoted && namingAside(tokens, titling.last) !== undefined
		? agentAt(tokens, by + 1) : undefined;
	return {content: named ? [asRange(tokens, named.first, named.last), ...run] : run, kind: named ? 'mixed' : 'direct',
		cue: asRange(tokens, titling.first, titling.last),
		speaker: agent ? asRange(tokens, agent.first, agent.last) : gave ? asRange(tokens, giver.first, giver.last) : undefined,
		sourceless: true};
}

/**
 * Whether the quotation between tokens `first` and `after` is a title (`the “Harbor First” plan`), which only heldTitle
 * may read. `before` is the unit's text before it, `closing` its last few characters.
 */
export function isNamedTitle(tokens: readonly Token[], first: number, after: number, before: Range | undefined, closing: string): boolean {
	// A title-like quotation (`“Ohio!”`) that opens the sentence, with a speaker and a verb after it, is something said.
	const title = isTitle(tokens, first, after);
	return title && (before !== undefined || !/[?!]\s*['\u2019]?(?:["\u201D]|'')$/.test(closing)) && !nameGivenAs(tokens, first);
}

/** `Lee denounced the “Harbor First” plan`: a title the subject takes a stand on is what she holds. */
export function heldTitle(ctx: Context, bounded: Context, q: Range, first: number): LooseQuote | undefined {
	const {text, tokens} = ctx;
	const held = quotedClause(bounded, q, first);
	const cue = held ? text.slice(held.cue.start, held.cue.end) : '';
	const verb = held ? firstTokenAt(tokens, held.cue.start) : -1;
	if (held && (stanceVerbs.test(cue.toLowerCase()) || stanceNounCue(cue) || stanceObject(tokens, verb)
		|| stanceInfinitive(tokens, verb, first) || thatClause(tokens, verb, held.content[0]!, first))) {
		return {...held, content: held.content.map(r => beforeContrast(ctx, r, q.end))};
	}

	return undefined;
}

/**
 * `watch the board relentlessly referring to the pier as the “Money Pit”`: a participle that names by `as` gives the
 * quotation and its object, whatever clause holds it. (Finite `referred to … as` already gets its own clause, and taken
 * this way lost a phrase after the quotation: train −1.)
 */
export function participleNamingAs(ctx: Context, qi: number, first: number): LooseQuote | undefined {
	const {text, quotes, tokens} = ctx;
	const namer = namedAs(tokens, first);
	if (namer < 0) {
		return undefined;
	}

	const left = phraseEndingAt(tokens, skipAdverbsLeft(tokens, namer - 1));
	const from = tokens[namer + 1]!.lower === 'to' ? namer + 2 : namer + 1;
	return {content: [{start: tokens[from]!.start, end: quotedRun(text, quotes, qi).at(-1)!.end}], kind: 'mixed',
		cue: asRange(tokens, namer, namer), speaker: left && left.last < namer ? asRange(tokens, left.first, left.last) : undefined};
}

/**
 * `hailed the deal with Turkey as a “breakthrough”`: a verb, its object and `as` give a short quotation (of `words`
 * words) as a name too. `k` is the token before the object phrase.
 */
export function verbNamingAs(tokens: readonly Token[], q: Range, k: number, words: number): LooseQuote | undefined {
	const asVerb = tokens[k]?.lower === 'as' && !tokens[k]!.quoted ? verbBeforeAs(tokens, k) : -1;
	if (asVerb >= 0 && words < minWords) {
		const left = speakerBefore(tokens, asVerb) ?? subjectPhrase(tokens, asVerb);
		return {content: [{start: tokens[asVerb + 1]!.start, end: q.end}], kind: 'mixed', cue: asRange(tokens, asVerb, asVerb),
			speaker: left && left.last < asVerb ? asRange(tokens, left.first, left.last) : undefined};
	}

	return undefined;
}
