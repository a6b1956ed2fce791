/**
 * How a sentence opens before its subject: introductory phrases up to their comma (`In a statement released Thursday,`,
 * `Hours later,`), a second one of place or time, the first word outside quotation marks, and an expletive (`It’s`,
 * `That’s why …`) after which a later clause's subject is the one that speaks. Apart from speakers.ts, whose
 * `subjectPhrase` reads past them. Token indices are the unit's.
 */
import {personPronouns} from './lexicon.js';
import type {Token} from './tokens.js';
import {capitalized, type Phrase} from './phrases.js';
import {phraseStartingAt} from './phrase-rightwards.js';

/** Sentence openers that introduce a phrase ending at a comma (besides `introWords`). */
export const moreIntroWords = new Set(['amid', 'outside', 'inside', 'throughout', 'across', 'around', 'near', 'upon', 'among',
	'within', 'standing', 'campaigning', 'visiting', 'shortly', 'soon', 'back', 'ever', 'unless', 'over', 'between', 'absent',
	'based', 'having', 'given', 'preceded', 'challenged', 'facing', 'beyond', 'against', 'toward', 'towards', 'early', 'late']);

/** Prepositions that open a second introductory phrase of place or time (`The day before, at a rally in Salem, …`). */
export const placePrepositions = new Set(['at', 'in', 'on', 'during', 'outside', 'inside', 'near', 'after', 'before', 'from', 'where', 'when']);

/** `Hours later, …`, `A few minutes later, …`: a time phrase up to a comma. */
export function timeIntro(tokens: readonly Token[], s: number, before: number): boolean {
	for (let k = s; k < before && k - s < 5; k++) {
		const t = tokens[k]!;
		if (t.text === ',') {
			return k > s && ['later', 'earlier', 'ago', 'before'].includes(tokens[k - 1]!.lower);
		}

		if (!t.word || t.quoted) {
			return false;
		}
	}

	return false;
}

// Remembered per unit: a unit of thousands of quotations asks for its subject once per quotation.
const firstPlainWords = new WeakMap<readonly Token[], number>();

/** The index of the unit's first word outside quotation marks (`tokens.length` when there is none). */
export function firstPlainWord(tokens: readonly Token[]): number {
	let s = firstPlainWords.get(tokens);
	if (s === undefined) {
		s = 0;
		while (s < tokens.length && (!tokens[s]!.word || tokens[s]!.quoted)) {
			s++;
		}

		firstPlainWords.set(tokens, s);
	}

	return s;
}

/** Sentence openers that are no subject: `It’s`, `There’s`, `That’s` (a demonstrative pronoun with `is`). */
export const expletives = new Set(['it\'s', 'there\'s', 'that\'s', 'here\'s', 'there']);

/** Words after which a later clause's subject starts (`That’s why Lee …`, `…, but Lee …`, `time for Lee to …`). */
const clauseOpeners = new Set(['that', 'why', 'but', 'when', 'because', 'for', 'where', 'as']);

/** The first name or subject pronoun after a clause opener between the expletive at `s` and the cue. */
export function clauseAfterExpletive(tokens: readonly Token[], s: number, before: number): Phrase | undefined {
	for (let k = s + 1; k < before - 1 && k - s < 30; k++) {
		const t = tokens[k]!;
		if (t.quoted || (!clauseOpeners.has(t.lower) && t.text !== ',')) {
			continue;
		}

		const next = tokens[k + 1]!;
		const phrase = next.word && !next.quoted && (capitalized(next) || personPronouns.has(next.lower))
			? phraseStartingAt(tokens, k + 1) : undefined;
		if (phrase && phrase.last < before) {
			return phrase;
		}
	}

	return undefined;
}
