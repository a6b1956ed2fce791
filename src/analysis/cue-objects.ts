/**
 * Cue verbs made cues by their object: a wording put to use (`used the term “…”`, `the phrase “…” was uttered once, by
 * …`) and a topic of speaking (`spoke about the border`, `spoke out against the tax`). Apart from `findCues` because
 * here the object, not the verb, decides where the cue ends and who spoke. Token indices are the unit's.
 */
import {auxiliaries, cueVerbs, prepositions, stopWords} from './lexicon.js';
import type {Token} from './tokens.js';
import {phraseStartingAt} from './phrase-rightwards.js';
import {articles} from './cue-exclusions.js';

export const speakForms = new Set(['speak', 'speaks', 'spoke', 'spoken', 'speaking']);

/** Nouns for a word or phrase as such. */
export const wordNouns = new Set(['term', 'terms', 'phrase', 'word', 'words', 'slogan', 'label', 'nickname']);

/**
 * The `about` (after an object and adjuncts) or `of` (right after the verb or an adverb) that makes `speak` a cue of a
 * topic; -1 when none follows. `spoke on condition of anonymity` and `spoke to reporters` report nothing.
 */
export function topicAfter(tokens: readonly Token[], i: number): number {
	const stand = standAfterOut(tokens, i + 1);
	if (stand > 0) {
		return stand;
	}

	for (let k = i + 1; k < tokens.length && k - i <= 12; k++) {
		const t = tokens[k]!;
		if (!t.word || t.quoted) {
			return -1;
		}

		if (t.lower === 'about' || (t.lower === 'of' && (k === i + 1 || (k === i + 2 && tokens[i + 1]!.lower.endsWith('ly'))))) {
			// Not `spoke for about 30 minutes`.
			const next = tokens[k + 1];
			// (A quotation may open the topic: `spoke instead about “fixing the pier”`.)
			return next !== undefined && (next.word || next.mark) && !/^\d/.test(next.text) && tokens[k - 1]!.lower !== 'for' ? k : -1;
		}
	}

	return -1;
}

/**
 * `spoke out against the tax`, `has spoken out in favor of the ferry`: `out` and a preposition of taking a stand make
 * `speak` a cue of what it backs or opposes; the last token of that preposition, or -1.
 */
function standAfterOut(tokens: readonly Token[], k: number): number {
	const words = tokens.slice(k, k + 4).map(t => (t.quoted || !t.word ? '' : t.lower)).join(' ');
	const m = /^out (?:(for|against|on)|in (?:favor|favour|support) of)(?: |$)/.exec(words);
	const last = m ? k + (m[1] ? 1 : 3) : -1;
	const next = tokens[last + 1];
	return last > 0 && next !== undefined && (next.mark || (next.word && !next.quoted)) ? last : -1;
}

/** Verbs of putting a wording to use (`used the term`, `coined the phrase`); not of liking it (`prefer the term`). */
const wordUses = /^(?:us(?:e|es|ed|ing)|coin(?:s|ed|ing)?|utter(?:s|ed|ing)?|employ(?:s|ed|ing)?|invok(?:e|es|ed|ing)|adopt(?:s|ed|ing)?)$/;

/**
 * The verb before `the`/`a` and a noun for a word at `i` that a quotation follows (`used the term “…”`): the index of
 * that verb, or -1.
 */
export function wordObject(tokens: readonly Token[], i: number): number {
	const verb = tokens[i - 2];
	const mark = tokens[i + 1];
	return wordNouns.has(tokens[i]!.lower) && articles.has(tokens[i - 1]?.lower ?? '') && mark?.mark === true
		&& verb !== undefined && !verb.quoted && (wordUses.test(verb.lower) || cueVerbs.has(verb.lower)) && !afterNoun(tokens, i - 2) ? i - 2 : -1;
}

/**
 * `The phrase “…” was uttered once, by Ann Lee`: a wording (the quotation at `[first, after)` after a noun for a word)
 * put to use in the passive; its agent after `by` (two words of frequency or a comma between) spoke it. The participle
 * and the agent phrase, or undefined.
 */
export function wordUsedBy(tokens: readonly Token[], first: number, after: number): {cue: number; speaker: {first: number; last: number}} | undefined {
	const noun = tokens[first - 1];
	if (!noun?.word || noun.quoted || !wordNouns.has(noun.lower)) {
		return undefined;
	}

	let k = after;
	while (k < tokens.length && k - after < 4 && tokens[k]!.word && !tokens[k]!.quoted
		&& (auxiliaries.has(tokens[k]!.lower) || ['never', 'only', 'first', 'not', 'also'].includes(tokens[k]!.lower) || tokens[k]!.lower.endsWith('ly'))) {
		k++;
	}

	const verb = tokens[k];
	if (k === after || !verb?.word || verb.quoted || !/ed$/.test(verb.lower) || !(wordUses.test(verb.lower) || cueVerbs.has(verb.lower))) {
		return undefined;
	}

	for (let b = k + 1; b < tokens.length && b - k <= 3; b++) {
		const t = tokens[b]!;
		if (t.quoted) {
			return undefined;
		}

		if (t.lower === 'by') {
			const speaker = phraseStartingAt(tokens, b + 1);
			return speaker ? {cue: k, speaker} : undefined;
		}

		if (!(t.text === ',' || /^(?:once|twice|again|times|\d+|first|only|just|repeatedly)$/.test(t.lower))) {
			return undefined;
		}
	}

	return undefined;
}

/** A participle at `k` right after a noun modifies it (`a star bearing the words`); after `by`, `not`, a comma it is a verb. */
function afterNoun(tokens: readonly Token[], k: number): boolean {
	const before = tokens[k - 1];
	return tokens[k]!.lower.endsWith('ing') && before !== undefined && before.word && !before.quoted && before.lower !== 'not'
		&& !stopWords.has(before.lower) && !auxiliaries.has(before.lower) && !prepositions.has(before.lower);
}
