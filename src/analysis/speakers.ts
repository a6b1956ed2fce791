/** The speaker of a cue: the phrase before it (through auxiliaries, appositives, dashes), or the sentence subject. */
import {auxiliaries, introWords, sentenceAdverbs, stopWords} from './lexicon.js';
import type {Token} from './tokens.js';
import {capitalized, phraseEndingAt, type Phrase} from './phrases.js';
import {phraseStartingAt} from './phrase-rightwards.js';
import {abbreviationBefore, adjunctAfterAuxiliary, beforeDashedClause, beforeInsertedClause, beforePartyComma, chainVerbs, mediumDeterminers, mediumWords, phraseBefore, statesAndDays, tokensText} from './speaker-asides.js';
import {clauseAfterExpletive, expletives, firstPlainWord, moreIntroWords, placePrepositions, timeIntro} from './speaker-openings.js';

/** Skips auxiliaries and adverbs leftwards from `i`; returns the index of the first other token (or -1). */
export function skipAuxLeft(tokens: readonly Token[], i: number): number {
	let j = i;
	// A capitalised auxiliary after a closing quotation is a name (`“…,” Will wrote`).
	while (j >= 0 && tokens[j]!.word && !tokens[j]!.quoted && ((auxiliaries.has(tokens[j]!.lower) && !(capitalized(tokens[j]!) && tokens[j - 1]?.mark))
		|| (tokens[j]!.lower.endsWith('ly') && !capitalized(tokens[j]!) && tokens[j]!.lower.length > 4)
		// `have long argued`: `long` is an adverb only after a perfect auxiliary (`a long list`).
		|| (tokens[j]!.lower === 'long' && ['has', 'have', 'had'].includes(tokens[j - 1]?.lower ?? '') && !tokens[j - 1]!.quoted)
		// `Lee and Kim both said`, `they all agreed`: a floating quantifier after a subject of several.
		|| (['both', 'all'].includes(tokens[j]!.lower) && tokens[j - 1]?.word === true && !tokens[j - 1]!.quoted
			&& !stopWords.has(tokens[j - 1]!.lower) && !auxiliaries.has(tokens[j - 1]!.lower)))) {
		j--;
	}

	return j;
}

export const dayNames: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday',
	'today', 'tonight']);
const timeWords = new Set([...dayNames, 'on', 'last', 'this', 'earlier', 'week', 'month', 'year', 'night', 'morning',
	'afternoon', 'evening']);

/**
 * The speaker of a cue at token `c` read leftwards: `X said`, `X has also said`, `X, who …, said`,
 * `X, the chairman, said`. What stands between the subject and the cue is read past first (a time adjunct, a medium, a
 * span of time, a verb chain), then the constructions that end in the speaker are tried in turn.
 */
export function speakerBefore(tokens: readonly Token[], c: number): Phrase | undefined {
	let j = skipAuxLeft(tokens, c - 1);
	if (j < 0) {
		return undefined;
	}

	j = beforeTimeAdjunct(tokens, j);
	if (j < 0) {
		return undefined;
	}

	j = beforeTimeAgo(tokens, beforeMedium(tokens, j));
	j = beforeVerbChain(tokens, j);
	if (j < 0) {
		return undefined;
	}

	const described = descriptionEndingInPronoun(tokens, j);
	if (described) {
		return described;
	}

	// `the Post, which argued …`, `a message that said …`: a relative pronoun right before the verb is its subject (a
	// complementizer `that` is never followed by a verb).
	if ((tokens[j]!.lower === 'which' || tokens[j]!.lower === 'that') && !tokens[j]!.quoted) {
		return relativePronounSubject(tokens, j, c);
	}

	const direct = phraseBefore(tokens, j);
	const adjunct = direct ? adjunctAfterAuxiliary(tokens, direct) : -1;
	if (adjunct >= 0) {
		// `Lee has in the past described …`, `who had at one point said …`: a time adjunct between the auxiliary and the cue.
		return speakerBefore(tokens, adjunct);
	}

	if (direct) {
		return direct;
	}

	// `Joyce — who is not a lawyer — told`: dashes set off an inserted clause as commas do.
	const dash = tokens[j]!.text === '\u2014' || tokens[j]!.text === '\u2013' || (tokens[j]!.text === '-' && tokens[j - 1]?.text === '-');
	if (dash) {
		return beforeDashedClause(tokens, j);
	}

	return beforePartyComma(tokens, j) ?? beforeInsertedClause(tokens, j);
}

/**
 * `Ann Lee on Tuesday said`, `The council last week said`: a time adjunct between the subject and the cue. The token
 * before it (past auxiliaries), or `j` when there is none.
 */
export function beforeTimeAdjunct(tokens: readonly Token[], j: number): number {
	let m = j;
	while (m >= 0 && j - m < 4 && tokens[m]!.word && !tokens[m]!.quoted && timeWords.has(tokens[m]!.lower)) {
		m--;
	}

	if (m < j && m >= 0 && (tokens[m]!.word || tokens[m]!.text === ')') && (dayNames.has(tokens[j]!.lower) || ['week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening'].includes(tokens[j]!.lower))) {
		return skipAuxLeft(tokens, m);
	}

	return j;
}

/**
 * `Ann Lee in a statement said`, `The council in its letter wrote`: the medium between the subject and the cue is no
 * part of the speaker's name.
 */
function beforeMedium(tokens: readonly Token[], j: number): number {
	if (j >= 3 && tokens[j]!.word && !tokens[j]!.quoted && mediumWords.has(tokens[j]!.lower)
		&& mediumDeterminers.has(tokens[j - 1]!.lower) && tokens[j - 2]!.lower === 'in' && tokens[j - 3]!.word && !tokens[j - 3]!.quoted) {
		return skipAuxLeft(tokens, j - 3);
	}

	return j;
}

/** `The council less than two weeks ago said`: a span of time ending in `ago` sits between the subject and the cue. */
function beforeTimeAgo(tokens: readonly Token[], j: number): number {
	if (tokens[j]!.lower === 'ago' && !tokens[j]!.quoted) {
		let a = j - 1;
		while (a >= 0 && j - a <= 5 && tokens[a]!.word && !tokens[a]!.quoted && !capitalized(tokens[a]!)) {
			a--;
		}

		if (a >= 0 && a < j - 1 && (capitalized(tokens[a]!) || ['he', 'she', 'they'].includes(tokens[a]!.lower))) {
			return a;
		}
	}

	return j;
}

/** `The email goes on to say`, `Lee declined to say`: the subject stands before the verb chain. */
function beforeVerbChain(tokens: readonly Token[], j: number): number {
	if (tokens[j]!.lower === 'to' && !tokens[j]!.quoted) {
		// `went so far as to say`, `went as far as to say`: a measure of degree comes before the infinitive.
		const from = j >= 3 && /^(?:(?:so|as) far as|so bold as)$/.test(tokensText(tokens, j - 3, j)) && !tokens[j - 1]!.quoted ? j - 3 : j;
		let k = from - 1;
		// A passive participle leads in too: `was prompted to say`, `felt compelled to add`.
		while (k >= 0 && from - k <= 4 && tokens[k]!.word && !tokens[k]!.quoted && (chainVerbs.has(tokens[k]!.lower)
			|| auxiliaries.has(tokens[k]!.lower) || (k === j - 1 && /[a-z]ed$/.test(tokens[k]!.text)))) {
			k--;
		}

		if (k < j - 1) {
			return k;
		}
	}

	return j;
}

/** `a source close to him said`, `people familiar with it said`: the description ends in an object pronoun. */
function descriptionEndingInPronoun(tokens: readonly Token[], j: number): Phrase | undefined {
	if (['him', 'her', 'them', 'it', 'us'].includes(tokens[j]!.lower) && j >= 3 && ((tokens[j - 1]!.lower === 'to' && tokens[j - 2]!.lower === 'close')
		|| (tokens[j - 1]!.lower === 'with' && tokens[j - 2]!.lower === 'familiar'))) {
		const outer = phraseEndingAt(tokens, j - 3);
		if (outer) {
			return {first: outer.first, last: j};
		}
	}

	return undefined;
}

/** The relative pronoun at `j` before the cue at `c` as its subject. */
function relativePronounSubject(tokens: readonly Token[], j: number, c: number): Phrase | undefined {
	// Not a passive (`which is called`, `that were claimed`): its subject is no speaker.
	const passive = tokens.slice(j + 1, c).some(t => ['is', 'are', 'was', 'were', 'be', 'been', 'being'].includes(t.lower));
	return j > 0 && !passive ? {first: j, last: j} : undefined;
}
/** The sentence subject: the phrase at the start of the unit (after sentence adverbs and punctuation). */
export function subjectPhrase(tokens: readonly Token[], before: number): Phrase | undefined {
	let s = Math.min(firstPlainWord(tokens), before);

	// `In a statement released Thursday, Ann Lee …`: an introductory phrase up to its comma is not the subject; nor is a
	// second one after it (`The day before, at a rally in Salem, Lee …`).
	for (let intro = 0; intro < 2 && s < before && (intro === 0 ? introWords.has(tokens[s]!.lower) || sentenceAdverbs.has(tokens[s]!.lower)
		|| moreIntroWords.has(tokens[s]!.lower) || timeIntro(tokens, s, before) : placePrepositions.has(tokens[s]!.lower)); intro++) {
		const from = s;
		for (let k = s + 1; k < before && k - s < 20; k++) {
			if (tokens[k]!.text === ',' && !tokens[k]!.quoted) {
				s = k + 1;
				break;
			}
		}

		if (s === from) {
			break;
		}

		// `At a rally in Portsmouth, N.H., on Tuesday, Lee …`: a place's state and a day continue the introduction.
		for (let guard = 0; guard < 2; guard++) {
			let k = s;
			// (`Tex.` may come as a word and its period.)
			while (k < before && k - s < 4 && ((tokens[k]!.word && !tokens[k]!.quoted
				&& (tokens[k]!.capital || (k > s && ['on', 'in'].includes(tokens[k - 1]!.lower)) || ['on', 'in'].includes(tokens[k]!.lower)))
				|| (tokens[k]!.text === '.' && k > s && abbreviationBefore(tokens, k)))) {
				k++;
			}

			if (k > s && tokens[k]?.text === ',' && !tokens[k]!.quoted && (/\.$/.test(tokens[k - 1]!.text) || ['on', 'in'].includes(tokens[s]!.lower)
				|| statesAndDays.test(tokensText(tokens, s, k)))) {
				s = k + 1;
			} else {
				break;
			}
		}
	}

	while (s < before && (!tokens[s]!.word || tokens[s]!.quoted || sentenceAdverbs.has(tokens[s]!.lower))) {
		s++;
	}

	if (s < before && expletives.has(tokens[s]!.lower)) {
		// `It’s a big if, but Lee was in Salem, urging …`, `That’s why Lee quit before announcing …`: an expletive opens
		// the sentence; the subject of the clause after it speaks (train: +4 speakers).
		return clauseAfterExpletive(tokens, s, before) ?? phraseStartingAt(tokens, s);
	}

	return s < before ? phraseStartingAt(tokens, s) : undefined;
}
