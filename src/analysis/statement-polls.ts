/**
 * Polls that report their respondents' answers (`A June poll showed that 72 percent of voters said …`, `In a CNN poll
 * released Monday, 38 percent …`): annotators mark the poll, not the share of respondents, as the source. Apart from
 * statements.ts because a poll is found around the chosen speaker phrase, after the attribution is chosen. Token
 * indices of one unit.
 */
import type {Token} from './tokens.js';
import {phraseEndingAt} from './phrases.js';
import {auxiliaries} from './lexicon.js';

const pollWords = new Set(['poll', 'survey', 'study', 'report']);

/** The first words of a share of respondents: `38 percent of voters`, `half`, `a majority`, `most`. */
const shareWords = /^(?:\d|percent|%|half|most|majority|some|about|just|only|nearly|almost|more|less|two|three|four)/i;

/** Verbs by which a poll reports its respondents' answers (`A poll showed that 72 percent said …`). */
const pollVerbs = new Set(['show', 'shows', 'showed', 'showing', 'shown', 'found', 'finds', 'find', 'indicates', 'indicated',
	'suggests', 'suggested']);

/**
 * `A June poll showed that 72 percent of voters said …`, `Polls show as many as 30 percent of backers say …`: a poll
 * before a reporting verb right before a share of respondents (the phrase at `phraseFirst`) is what reports their answer;
 * annotators mark the poll as the source. Returns the poll phrase and the verb.
 */
export function pollShows(tokens: readonly Token[], phraseFirst: number): {poll: {first: number; last: number}; verb: number} | undefined {
	let k = phraseFirst - 1;
	while (k > 0 && ['that', 'as', 'many', 'much', 'about', 'nearly', 'almost', 'roughly', 'just', 'only', 'some'].includes(tokens[k]!.lower)
		&& !tokens[k]!.quoted) {
		k--;
	}

	const verb = tokens[k];
	if (!verb?.word || verb.quoted || !pollVerbs.has(verb.lower) || !shareWords.test(tokens.slice(phraseFirst, phraseFirst + 3).map(t => t.lower).join(' '))) {
		return undefined;
	}

	// The poll's head noun, then what follows it up to the verb (`A Bloomberg poll in June showed`, `results of a poll are
	// showing`).
	for (let head = k - 1; head >= 0 && k - head <= 8; head--) {
		const t = tokens[head]!;
		if (!t.word || t.quoted) {
			return undefined;
		}

		if (pollWords.has(t.lower.replace(/s$/, ''))) {
			let end = k - 1;
			while (end > head && auxiliaries.has(tokens[end]!.text)) {
				end--;
			}

			const poll = phraseEndingAt(tokens, head);
			return poll ? {poll: {first: poll.first, last: end}, verb: k} : undefined;
		}
	}

	return undefined;
}

/** `In a recent CNN/ORC poll, 29 percent …`: the (indefinite, newly named) poll of an opening `In a …,` right before the speaker. */
export function pollIntro(tokens: readonly Token[], phraseFirst: number): {first: number; last: number} | undefined {
	let first = phraseFirst;
	while (first > 2 && ['just', 'only', 'some', 'about', 'nearly', 'almost', 'roughly'].includes(tokens[first - 1]!.lower)) {
		first--;
	}

	if (tokens[0]?.lower !== 'in' || !['a', 'an'].includes(tokens[1]?.lower ?? '') || tokens[first - 1]?.text !== ','
		|| !tokens[first]!.word || !shareWords.test(tokens.slice(first, first + 3).map(t => t.lower).join(' '))) {
		return undefined;
	}

	for (let k = 2; k < first - 1; k++) {
		if (!tokens[k]!.word && tokens[k]!.text !== '/' && tokens[k]!.text !== '-') {
			return undefined;
		}
	}

	return tokens.slice(1, first - 1).some(t => pollWords.has(t.lower)) ? {first: 1, last: first - 2} : undefined;
}
