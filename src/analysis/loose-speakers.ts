/**
 * Who said a quotation no cue verb from the lexicon claimed, and with which word: a verb in the past with a particle of
 * manner (`Lee called over her shoulder, “…”`), `came the reply from X`, the thing that bore the words (`a hat reading,
 * “…”`), the nearest subject of a sentence that opens with none. Apart from loose-quotes.ts, which decides which of
 * these a quotation takes. Token indices are the unit's.
 */
import type {Token} from './tokens.js';
import {irregularPastTenses, personPronouns, stopWords} from './lexicon.js';
import {phraseEndingAt} from './phrases.js';
import {phraseStartingAt} from './phrase-rightwards.js';

/** Particles and prepositions that open a verb's adjunct of manner or direction (`called over her shoulder`). */
const mannerParticles = new Set(['over', 'off', 'out', 'in', 'up', 'back', 'with', 'from', 'across', 'into', 'down']);

/**
 * The past-tense verb a few words left of token `j` (the last word before the comma ahead of a quotation) when a
 * particle or preposition follows it and only plain words lie between: -1 when there is none.
 */
export function pastVerbBeforeParticle(tokens: readonly Token[], j: number): number {
	for (let k = j; k >= 1 && j - k < 5; k--) {
		const t = tokens[k]!;
		if (!t.word || t.quoted) {
			return -1;
		}

		const v = tokens[k - 1]!;
		if (mannerParticles.has(t.lower) && v.word && !v.quoted && v.text === v.lower
			&& ((v.lower.length > 4 && v.lower.endsWith('ed')) || irregularPastTenses.has(v.lower))) {
			return k - 1;
		}
	}

	return -1;
}

/**
 * `Nothing changed, even if he reserved his passion for “…”`: when the sentence opens with no speaker, the nearest
 * pronoun or name before a finite verb on the left is who is quoted.
 */
export function nearestSubject(tokens: readonly Token[], before: number): {first: number; last: number} | undefined {
	for (let k = before - 1; k >= 0 && before - k < 30; k--) {
		const t = tokens[k]!;
		const verb = tokens[k + 1];
		if (t.quoted || !t.word || !verb?.word || verb.quoted || verb.capital || stopWords.has(verb.lower)
			|| !/(?:ed|s)$/.test(verb.lower)) {
			continue;
		}

		if (personPronouns.has(t.lower)) {
			return {first: k, last: k};
		}

		if (t.capital && k > 0) {
			return phraseEndingAt(tokens, k);
		}
	}

	return undefined;
}

/** The token at or before `k` past adverbs in -ly. */
export function skipAdverbsLeft(tokens: readonly Token[], k: number): number {
	let j = k;
	while (j >= 0 && tokens[j]!.word && !tokens[j]!.quoted && tokens[j]!.lower.length > 4 && tokens[j]!.lower.endsWith('ly')) {
		j--;
	}

	return j;
}

/** Nouns of an utterance that can come from someone: `came the reply from Lee`, `came shouts from the crowd`. */
const utteranceNouns = new Set(['reply', 'replies', 'response', 'responses', 'answer', 'retort', 'shout', 'shouts', 'cry', 'cries',
	'chant', 'chants', 'call', 'calls', 'voice', 'words', 'question', 'jeers', 'cheers']);

/** After a quotation, `came (the) reply from X` at token `k`: the phrase X, or undefined. */
export function cameFrom(tokens: readonly Token[], k: number): {first: number; last: number} | undefined {
	if (tokens[k]?.lower !== 'came' || tokens[k]!.quoted) {
		return undefined;
	}

	const n = ['the', 'a', 'an'].includes(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
	const from = tokens[n + 1];
	return tokens[n]?.word && !tokens[n]!.quoted && utteranceNouns.has(tokens[n]!.lower) && from?.lower === 'from' && !from.quoted
		? phraseStartingAt(tokens, n + 2) : undefined;
}

const bearerDeterminers = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our']);

/**
 * `a hat reading, “…”`, `shirts that read “…”`: the noun phrase before `reading` (or a restrictive `that read`) right
 * before the quotation at token `first`, and the verb; undefined when there is none.
 */
export function inscribedOn(tokens: readonly Token[], first: number): {first: number; last: number; cue: number} | undefined {
	const v = [',', ':'].includes(tokens[first - 1]?.text ?? '') && !tokens[first - 1]!.quoted ? first - 2 : first - 1;
	const verb = tokens[v];
	if (!verb?.word || verb.quoted) {
		return undefined;
	}

	const that = ['read', 'reads'].includes(verb.lower) && tokens[v - 1]?.lower === 'that' && !tokens[v - 1]!.quoted;
	if (verb.lower !== 'reading' && !that) {
		return undefined;
	}

	const head = tokens[that ? v - 2 : v - 1];
	if (!head?.word || head.quoted || stopWords.has(head.lower) || head.capital) {
		return undefined;
	}

	// The thing's own noun phrase, back to its determiner (not the clause that holds it: `Kim wore a hat`).
	const last = that ? v - 2 : v - 1;
	let k = last;
	while (k > 0 && last - k < 5 && !bearerDeterminers.has(tokens[k]!.lower)) {
		const t = tokens[k - 1]!;
		if (!t.word || t.quoted || irregularPastTenses.has(t.lower) || /ed$/.test(t.lower) || (stopWords.has(t.lower) && !bearerDeterminers.has(t.lower))) {
			break;
		}

		k--;
	}

	return {first: k, last, cue: v};
}
