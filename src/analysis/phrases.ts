/**
 * Noun phrases that can be speakers, read leftwards from a head, and the word tests both reading directions share; the
 * phrase read rightwards from a start is in phrase-rightwards.ts. Token indices of one unit.
 */
import {auxiliaries, phraseGlue, pronouns, sentenceAdverbs, stopWords, titles, unnamedHeads, documentHeads,
	cueVerbs, documentParticiples, organizationWords} from './lexicon.js';
import type {Token} from './tokens.js';

/** Tokens `[first, last]` of a speaker phrase; `role` is an appositive (`Smith, the party's chairman, said`). */
export type Phrase = {
	readonly first: number;
	readonly last: number;
	readonly role?: {first: number; last: number};
	/** Tokens of a relative clause attached to the phrase (`who spoke on condition of anonymity`), for anonymity. */
	readonly clause?: {first: number; last: number};
};

/** `he's said`, `she's predicting`, `they've argued`: a pronoun with a contracted auxiliary, no possessive. */
export function pronounContraction(t: Token): boolean {
	return /^(?:he|she|it|who|they|we|i|you)'(?:s|ve|d|re|ll|m)$/.test(t.lower);
}

export function capitalized(t: Token): boolean {
	return t.word && t.capital;
}

export function isNoun(t: Token): boolean {
	return unnamedHeads.has(t.lower) || documentHeads.has(t.lower) || titles.has(t.lower)
		// `Harbor unions`, `labor organizations`: many bodies speak as one does.
		|| (t.lower.length > 4 && t.lower.endsWith('s') && organizationWords.has(t.lower.slice(0, -1)));
}

/** Words for a share of a group (`most of them`, `a few of us`, `two of those`). */
const shares = new Set(['some', 'many', 'most', 'all', 'none', 'few', 'both', 'each', 'one', 'two', 'three', 'four', 'five',
	'several', 'half', 'either', 'neither', 'any', 'majority', 'rest', 'number']);

export const determinerWords = new Set(['the', 'a', 'an', 'some', 'many', 'two', 'three', 'four', 'several', 'other', 'most',
	'both', 'few', 'his', 'her', 'its', 'their', 'this', 'these', 'those', 'one', 'another', 'each', 'every', 'our']);

/** A lower-case plural noun (`specialists`), not a verb or function word ending in s. */
function plural(t: Token): boolean {
	return t.lower.length > 3 && t.lower.endsWith('s') && !/(?:ss|us|is|ous)$/.test(t.lower) && !auxiliaries.has(t.lower)
		&& !t.lower.endsWith('\'s');
}

/** A determiner one to three words before `j` with only words between: `the company`, `the new federal report`. */
function determinerBefore(tokens: readonly Token[], j: number): boolean {
	for (let k = j - 1; k >= 0 && j - k <= 5; k--) {
		const t = tokens[k]!;
		if (!t.word || t.quoted || stopWords.has(t.lower) && !determinerWords.has(t.lower)) {
			return false;
		}

		if (determinerWords.has(t.lower) || (t.lower.endsWith('\'s') && t.lower.length > 2)) {
			return true;
		}
	}

	return false;
}

/** The noun phrase ending at token `j` (its head), scanning left; undefined when `j` cannot end a speaker phrase. */
export function phraseEndingAt(tokens: readonly Token[], j: number): Phrase | undefined {
	const head = tokens[j];
	if (head?.text === '%' && !head.quoted && tokens[j - 1]?.word) {
		// `47% say …`
		return {first: j - 1, last: j};
	}

	if (!head?.word || head.quoted) {
		return undefined;
	}

	if (pronouns.has(head.lower) || pronounContraction(head)) {
		return {first: j, last: j};
	}

	const share = shareOfGroup(tokens, j);
	if (share) {
		return share;
	}

	// A capitalised word after a closing quotation is a name even when it is also a sentence adverb (`“…,” From said`).
	const afterQuote = tokens[j - 1]?.mark === true && tokens[j - 1]!.quoted;
	const named = capitalized(head) && (!sentenceAdverbs.has(head.lower) || afterQuote) && !cueVerbs.has(head.lower);
	// `the report stated`: a known head noun counts even when the same word can be a verb.
	const described = !capitalized(head) && (isNoun(head) || (!stopWords.has(head.lower) && !cueVerbs.has(head.lower)
		&& (determinerBefore(tokens, j) || plural(head) || /^\d[\d,.]*%?$/.test(head.text)))) || head.text === '%';
	if (!named && !described) {
		return undefined;
	}

	let first = modifiersStart(tokens, j, named);
	const document = documentBefore(tokens, first, j) ?? familiarWith(tokens, first, j);
	if (document) {
		return document;
	}

	// A phrase does not start with a linking word (`of`, `for`, `in`, `and`) or a sentence adverb; a surname's particle
	// starts it (`de Blasio said`, `Von der Leyen added`).
	while (first < j && (['of', 'for', 'at', 'from', 'in', 'and', '&'].includes(tokens[first]!.lower)
		|| sentenceAdverbs.has(tokens[first]!.lower) || (nameParticles.has(tokens[first]!.lower) && !particleOfName(tokens, first)))) {
		first++;
	}

	return {first, last: j};
}

/** Lower-case particles of surnames: `de Blasio`, `van der Leyen`, `bin Salman`. */
const nameParticles = new Set(['de', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'da', 'di', 'dos', 'das', 'del', 'della',
	'bin', 'al', 'ter', 'ten']);

/** The particle at `k` and any after it lead to a capitalised surname. */
export function particleOfName(tokens: readonly Token[], k: number): boolean {
	let m = k;
	while (m < tokens.length && m - k < 3 && tokens[m]!.word && !tokens[m]!.quoted && nameParticles.has(tokens[m]!.lower)) {
		m++;
	}

	return m > k && tokens[m] !== undefined && capitalized(tokens[m]!) && !tokens[m]!.quoted;
}

/** `Most of them said`, `a few of us agreed`: a share of a group named by an object pronoun. */
function shareOfGroup(tokens: readonly Token[], j: number): Phrase | undefined {
	const head = tokens[j]!;
	if (['them', 'us', 'those', 'these'].includes(head.lower) && tokens[j - 1]?.lower === 'of' && !tokens[j - 1]!.quoted
		&& shares.has(tokens[j - 2]?.lower ?? '') && !tokens[j - 2]!.quoted) {
		return {first: ['a', 'the'].includes(tokens[j - 3]?.lower ?? '') && !tokens[j - 3]!.quoted ? j - 3 : j - 2, last: j};
	}

	return undefined;
}

/** The first token of the names and modifiers before the head `j` (up to nine of them). */
function modifiersStart(tokens: readonly Token[], j: number, named: boolean): number {
	let k = j - 1;
	while (k >= 0 && j - k < 10) {
		const t = tokens[k]!;
		// `31% of voters`, as `31 percent of voters`.
		if (t.text === '%' && !t.quoted && /^\d/.test(tokens[k - 1]?.text ?? '')) {
			k--;
			continue;
		}

		if (!t.word || t.quoted) {
			break;
		}

		if (capitalized(t)) {
			if (sentenceAdverbs.has(t.lower) && t.lower !== 'the' && !(k > 0 && tokens[k - 1]!.word && capitalized(tokens[k - 1]!))) {
				break;
			}
		} else if (t.lower === 'and') {
			if (!(k > 0 && capitalized(tokens[k - 1]!) && capitalized(tokens[k + 1]!))) {
				break;
			}
		} else if (!phraseGlue.has(t.lower) && !isNoun(t) && !(t.lower.endsWith('\'s') && k > 0) && !/^\d/.test(t.text)) {
			// Lower-case modifiers (`senior administration official`) only close to a described head.
			if (stopWords.has(t.lower) || cueVerbs.has(t.lower) || j - k > 4 || named || verbWithObject(tokens, k)) {
				break;
			}
		}

		k--;
	}

	return k + 1;
}

/**
 * `carrying signs saying …`, `will hold banners proclaiming …`: a verb whose object the phrase is, not a modifier (`the
 * ruling party`, `14 governing bodies` have a determiner or a number before them).
 */
function verbWithObject(tokens: readonly Token[], k: number): boolean {
	const t = tokens[k]!;
	const before = tokens[k - 1];
	return before !== undefined && !before.quoted && ((t.lower.endsWith('ing') && t.lower.length > 4 && !t.lower.includes('-')
		&& !(before.word && (determinerWords.has(before.lower) || before.lower.endsWith('\'s') || capitalized(before)
			|| /^\d/.test(before.text)))) || (before.word && auxiliaries.has(before.lower) && !before.lower.endsWith('ly')));
}

/** `A study published in March by the university says`: the document, not its publisher, is the source. */
function documentBefore(tokens: readonly Token[], first: number, j: number): Phrase | undefined {
	for (let m = first - 1; m >= 0 && first - m <= 10; m--) {
		const t = tokens[m]!;
		if (!t.word || t.quoted) {
			break;
		}

		// `A survey by the council found`: so is a document whose author follows `by`.
		if (documentHeads.has(t.lower) && (tokens[m + 1]?.lower.endsWith('ed') || documentParticiples.has(tokens[m + 1]?.lower ?? '')
			|| (tokens[m + 1]?.lower === 'by' && m + 2 === first))) {
			let d = m;
			while (d > 0 && tokens[d - 1]!.word && !tokens[d - 1]!.quoted && m - d < 3 && !stopWords.has(tokens[d - 1]!.lower)) {
				d--;
			}

			return {first: d, last: j};
		}
	}

	return undefined;
}

/** `a person familiar with the talks`, `people close to the mayor`: the description continues to the left. */
function familiarWith(tokens: readonly Token[], first: number, j: number): Phrase | undefined {
	if (first >= 2 && ((tokens[first - 1]!.lower === 'with' && tokens[first - 2]!.lower === 'familiar')
		|| (tokens[first - 1]!.lower === 'to' && tokens[first - 2]!.lower === 'close'))) {
		const outer = phraseEndingAt(tokens, first - 3);
		if (outer) {
			return {first: outer.first, last: j};
		}
	}

	return undefined;
}
