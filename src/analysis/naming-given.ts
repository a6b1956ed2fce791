/**
 * Names that someone gives, whose giver the rules look for: a naming participle with a passive's agent (`labeled as a
 * “witch hunt” by critics`), a verb that names by `as` (`hailed the plan as the “Harbor Deal”`), a naming verb before a
 * short quotation, and a crowd's chants (`chants of “…”`), whose source is the crowd. Token indices are the unit's.
 */
import type {Token} from './tokens.js';
import {auxiliaries, irregularPastTenses, prepositions} from './lexicon.js';
import {isVerbLike} from './verbs.js';
import {titlingWords, passiveTitlingWords} from './naming.js';
import {phraseStartingAt} from './phrase-rightwards.js';

/** `by the citizens,`, `by Democrats —`: the words of a passive's agent from token `k` up to a preposition or punctuation. */
export function agentAt(tokens: readonly Token[], k: number): {first: number; last: number} | undefined {
	let m = k;
	while (m < tokens.length && m - k < 6 && tokens[m]!.word && !tokens[m]!.quoted && !prepositions.has(tokens[m]!.lower)) {
		m++;
	}

	return m > k && m - k < 6 && !['the', 'a', 'an'].includes(tokens[m - 1]!.lower) ? {first: k, last: m - 1} : undefined;
}

type Span = {first: number; last: number};

/** Participles that name with `as` after them: `labeled as “…”`, `known as “…”`. */
const namingAsParticiples = new Set(['labeled', 'labelled', 'described', 'known', 'referred', 'branded', 'characterized', 'portrayed']);

/**
 * `often labeled as a “witch hunt” by critics`, `known as the “Iron Lady” by her rivals`: a naming participle
 * before the quotation at token `first` and `by` after it (token `after`) name who gave the name; the content is the
 * name from its article, the participle (with `as`) the cue.
 */
export function namedBy(tokens: readonly Token[], first: number, after: number): {from: number; cue: Span; speaker: Span} | undefined {
	const by = tokens[after];
	if (by?.lower !== 'by' || by.quoted) {
		return undefined;
	}

	const from = ['the', 'a', 'an'].includes(tokens[first - 1]?.lower ?? '') && !tokens[first - 1]!.quoted ? first - 1 : first;
	const k = from - 1;
	const as = tokens[k]?.lower === 'as' && !tokens[k]!.quoted;
	const verb = tokens[as ? k - 1 : k];
	const naming = as ? namingAsParticiples.has(verb?.lower ?? '') || verb?.lower === 'to' : passiveTitlingWords.has(verb?.lower ?? '') || titlingWords.has(verb?.lower ?? '');
	if (!verb?.word || verb.quoted || !naming) {
		return undefined;
	}

	// (`referred to as`: the particle goes with the participle.)
	const cueFirst = verb.lower === 'to' ? k - 2 : (as ? k - 1 : k);
	if (verb.lower === 'to' && tokens[cueFirst]?.lower !== 'referred') {
		return undefined;
	}

	const speaker = phraseStartingAt(tokens, after + 1);
	return speaker ? {from, cue: {first: cueFirst, last: as ? k : cueFirst}, speaker} : undefined;
}

/** Nouns of what a crowd calls out: `chants of “…”`. */
export const chantNouns = new Set(['chant', 'chants', 'calls', 'cries', 'shouts', 'cheers', 'roars', 'refrain']);

/**
 * `were met with chants of “Lee! Lee!”`, `joined in a loud chant of “…”`: the noun of what a crowd calls out right before
 * the quotation at token `first` (annotators mark every such chant; train: all 31).
 */
export function chantBefore(tokens: readonly Token[], first: number): {first: number; last: number} | undefined {
	const of = tokens[first - 1];
	const noun = of?.lower === 'of' && !of.quoted ? tokens[first - 2] : undefined;
	return noun?.word && !noun.quoted && chantNouns.has(noun.lower) ? {first: first - 2, last: first - 1} : undefined;
}

/** A plural head or a word for a crowd: `supporters`, `the audience`. */
export function isGroup(head: Token): boolean {
	return ['crowd', 'audience', 'fans'].includes(head.lower) || (/[a-z]s$/.test(head.lower) && !head.lower.endsWith('ss'));
}

/**
 * `refers to the governor as “Chris,”`, `hailed the plan as the “Harbor Deal”`: a title-like quotation after `as` and a
 * naming verb is the name someone gives, not a title the writer quotes.
 */
export function nameGivenAs(tokens: readonly Token[], first: number): boolean {
	let k = first - 1;
	while (k >= 0 && !tokens[k]!.quoted && ['the', 'a', 'an'].includes(tokens[k]!.lower)) {
		k--;
	}

	return tokens[k]?.lower === 'as' && !tokens[k]!.quoted && verbBeforeAs(tokens, k) >= 0;
}

/** The participle that names by `as` (`referring to the pier as the “…”`) before the quotation at token `first`; -1 if none. */
export function namedAs(tokens: readonly Token[], first: number): number {
	let k = first - 1;
	while (k >= 0 && !tokens[k]!.quoted && ['the', 'a', 'an'].includes(tokens[k]!.lower)) {
		k--;
	}

	const v = tokens[k]?.lower === 'as' && !tokens[k]!.quoted ? verbBeforeAs(tokens, k) : -1;
	return v >= 0 && namingAs.test(tokens[v]!.lower) && tokens[v]!.lower.endsWith('ing') ? v : -1;
}

/** Irregular pasts spelled as their present. */
const presentLike = new Set(['bid', 'cast', 'cut', 'hit', 'let', 'put', 'read', 'set', 'shut']);

/** Verbs that give a name or a label with `as`, whatever their form. */
const namingAs = /^(?:refer|describ|portray|characteri[sz]|depict|label)/;

/** The finite verb (`hailed`, `dismisses`) up to ten words before the `as` at `at`, with its object between; -1 if none. */
export function verbBeforeAs(tokens: readonly Token[], at: number): number {
	for (let v = at - 2; v >= 0 && at - v <= 10; v--) {
		const t = tokens[v]!;
		if (!t.word || t.quoted) {
			return -1;
		}

		// (Verbs that name by `as` in any form: `refers to the governor as`, `keeps describing him as`.)
		// (An irregular past names too, `brought it up as “…”`, unless it is also the present: `put`, `set`.)
		if (isVerbLike(t) && (/(?:ed|es)$/.test(t.lower) || namingAs.test(t.lower) || (irregularPastTenses.has(t.lower) && !presentLike.has(t.lower)))
			&& !auxiliaries.has(t.lower)) {
			return v;
		}
	}

	return -1;
}

export const naming = /^(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|describ(?:es|ed|ing)|deem(?:s|ed)?)$/;
