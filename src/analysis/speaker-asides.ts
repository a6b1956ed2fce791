/**
 * What can stand between a speaker and its cue and is read past on the way left: an inserted clause opened by a
 * participle or a relative pronoun (`X, who …, said`), a parenthesis (`Sen. Ann Lee (D-Ohio)`), an abbreviation's period
 * (`Ava, Mo.,`), a time adjunct after an auxiliary (`has in the past said`), a medium (`in a statement`) and the verbs
 * that lead into a cue infinitive (`declined to say`). Apart from speakers.ts, whose `speakerBefore` decides in which
 * order they are tried. Token indices are the unit's.
 */
import {auxiliaries} from './lexicon.js';
import type {Token} from './tokens.js';
import {capitalized, phraseEndingAt, type Phrase} from './phrases.js';

/** Prepositions whose object sits inside an inserted clause, never the speaker. */
const objectPrepositions = new Set(['in', 'at', 'from', 'of', 'for', 'with', 'by', 'to', 'on', 'near', 'outside', 'inside',
	'into', 'across', 'throughout', 'about', 'after', 'before', 'during']);

/** `…, speaking at a rally in Salem, …`: the phrase at `first` is a preposition's object in a clause opened by a participle. */
export function insideParticipleClause(tokens: readonly Token[], first: number): boolean {
	const prep = tokens[first - 1];
	if (!prep?.word || prep.quoted || !objectPrepositions.has(prep.lower)) {
		return false;
	}

	for (let k = first - 2; k >= 0 && first - k < 15; k--) {
		const t = tokens[k]!;
		if (!t.word || t.quoted) {
			return t.text === ',' && (tokens[k + 1]!.lower.endsWith('ing') || tokens[k + 1]!.lower === 'who');
		}
	}

	return false;
}

/**
 * The period at token `k` ends an abbreviation, not a sentence: a short capitalised word (`Mo.`, `Jr.`) or a party and
 * state (`Sen. Ann Lee, D-Ore., said`).
 */
export function abbreviationBefore(tokens: readonly Token[], k: number): boolean {
	const w = tokens[k - 1];
	// (`Calif.` is the one state abbreviation longer than four letters.)
	return w !== undefined && w.word && w.text[0] !== w.lower[0] && (w.text.length <= 4 || w.text === 'Calif'
		|| /^[DRI]-\p{Lu}\p{Ll}{0,4}$/u.test(w.text));
}

/** The phrase before a `, who` / `, whose` that opens at or left of token `from` (within the window of the cue at `j`). */
export function relativeAntecedent(tokens: readonly Token[], from: number, j: number): Phrase | undefined {
	for (let k = from; k >= 0 && j - k < 40; k--) {
		const t = tokens[k]!;
		if (t.quoted || t.text === ';' || (t.text === '.' && !abbreviationBefore(tokens, k))) {
			return undefined;
		}

		if (t.text === ',' && (tokens[k + 1]?.lower === 'who' || tokens[k + 1]?.lower === 'whose')) {
			const p = phraseBefore(tokens, k - 1);
			return p ? {...p, clause: {first: k + 1, last: j - 1}} : undefined;
		}
	}

	return undefined;
}

/** Verbs that lead into a cue infinitive: `goes on to say`, `declined to say`, `wanted to stress`. */
export const chainVerbs = new Set(['go', 'goes', 'went', 'gone', 'going', 'on', 'continue', 'continues', 'continued', 'want',
	'wants', 'wanted', 'try', 'tries', 'tried', 'begin', 'begins', 'began', 'refuse', 'refuses', 'refused', 'decline',
	'declines', 'declined', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'decide', 'decided', 'used',
	'chose', 'plan', 'plans', 'planned', 'hope', 'hopes', 'hoped', 'expect', 'expected', 'need', 'needs', 'needed',
	'got', 'managed', 'took', 'time', 'pause', 'paused', 'stopped', 'rushed', 'hastened', 'wished', 'like', 'liked',
	'was', 'is', 'were', 'are', 'asked', 'forced', 'able', 'unable', 'willing', 'quick', 'careful', 'sure', 'likely',
	'unlikely', 'more', 'less', 'slightly', 'generally', 'eager', 'reluctant', 'hesitant']);

/** A phrase ending at `j`, or at the word before a parenthesis there: `Sen. Ann Lee (D-Ohio)`, `Lee (who has 25 delegates)`. */
export function phraseBefore(tokens: readonly Token[], j: number): Phrase | undefined {
	const direct = phraseEndingAt(tokens, j);
	if (direct || tokens[j]?.text !== ')') {
		return direct;
	}

	for (let k = j - 1; k >= 0 && j - k < 16; k--) {
		if (tokens[k]!.text === '(') {
			const inner = phraseEndingAt(tokens, k - 1);
			return inner ? {...inner, last: j} : undefined;
		}
	}

	return undefined;
}

/** Prepositions that open a time adjunct inside a verb group (`has in the past said`, `had at one point told`). */
const adjunctPrepositions = new Set(['in', 'at', 'on', 'during', 'for', 'over', 'since']);

/**
 * A phrase that is the object of a preposition right after an auxiliary (`has in [the past]`): the index of that
 * preposition, where the search for the subject resumes; -1 when the phrase is no such adjunct.
 */
export function adjunctAfterAuxiliary(tokens: readonly Token[], p: Phrase): number {
	const prep = tokens[p.first - 1];
	const aux = tokens[p.first - 2];
	if (!prep?.word || prep.quoted || !adjunctPrepositions.has(prep.lower) || capitalized(tokens[p.last]!)
		|| !aux?.word || aux.quoted || !auxiliaries.has(aux.lower) || aux.lower.endsWith('ly')) {
		return -1;
	}

	return p.first - 1;
}

/** Documents and occasions a speaker says something in (`in a statement`, `in an interview`). */
export const mediumWords = new Set(['statement', 'interview', 'letter', 'email', 'e-mail', 'tweet', 'post', 'speech', 'memo',
	'release', 'op-ed', 'filing', 'message', 'video']);
export const mediumDeterminers = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our']);
