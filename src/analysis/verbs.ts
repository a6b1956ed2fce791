/** Telling a finite verb from the words around it, for the clause rules. */
import type {Token} from './tokens.js';
import {auxiliaries, cueVerbs, irregularPastTenses, sentenceAdverbs, stopWords} from './lexicon.js';
import {determinerWords} from './phrases.js';

/** Words ending like verbs (-s, -ed) that are none. */
export const notVerbs: ReadonlySet<string> = new Set(['perhaps', 'whereas', 'towards', 'afterwards', 'besides', 'sometimes',
	'thus', 'hers', 'ours', 'yours', 'theirs', 'various', 'previous', 'serious', 'famous', 'numerous', 'obvious', 'plus', 'bonus',
	'status', 'virus', 'campus', 'census', 'consensus', 'focus', 'news', 'politics', 'economics', 'series', 'species', 'always',
	'was', 'has', 'is', 'his', 'this', 'its', 'us', 'as', 'does', 'yes', 'less', 'unless', 'across']);

/** A lower-case word that reads as a finite verb: a known cue verb, an irregular past, or an -ed / -s form. */
export function finiteVerb(t: Token): boolean {
	if (!t.word || t.quoted || t.capital || stopWords.has(t.lower) || sentenceAdverbs.has(t.lower)
		// (`self-described`, `so-called`: hyphenated words are adjectives.)
		|| auxiliaries.has(t.lower) || t.lower.includes('-') || determinerWords.has(t.lower) || notVerbs.has(t.lower)) {
		return false;
	}

	return irregularPastTenses.has(t.lower) || (cueVerbs.has(t.lower) && !t.lower.endsWith('ing')) || /[a-z](?:ed|[^s']s)$/.test(t.lower);
}

/** A lower-case word outside quotation marks that is no stop word or sentence adverb: a verb, as the loose rules read it. */
export function isVerbLike(t: Token | undefined): boolean {
	return t !== undefined && t.word && !t.quoted && !t.capital && !stopWords.has(t.lower)
		&& !sentenceAdverbs.has(t.lower);
}
