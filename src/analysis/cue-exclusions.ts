/**
 * Readings in which a word that can be a cue is none: a noun after a determiner (`the October report`), an adjective
 * (`a written statement`), part of a compound (`calling card`), a modifier after a possessive (`his repeated …`), a
 * passive (`was declared the winner`), a naming participle (`a group called …`), and verbs that report nothing before a
 * plain object (`continued their search`, `hinted at the plan`). Apart from `findCues`, which only decides in what order
 * these vetoes apply. Token indices are the unit's.
 */
import {auxiliaries, possessiveWords, prepositions} from './lexicon.js';
import type {Token} from './tokens.js';

/**
 * Verbs that are cues only before a clause, a quotation or the end (`“…,” Lee continued.`), never before a plain object
 * (`continued their search`, `added thousands of connections`; for `add` train F1_speech 0.8839 → 0.8843, P 0.9125 →
 * 0.9133).
 */
export const objectless = new Set(['continue', 'continues', 'continued', 'maintain', 'maintains', 'maintained', 'add', 'adds', 'added']);

/** Cue words that are nouns as often as verbs: after a determiner they are the noun (`the long term`, `a tweet`). */
export const nounLike = new Set(['report', 'reports', 'term', 'terms', 'call', 'calls', 'claim', 'claims', 'comment', 'comments',
	'tweet', 'tweets', 'post', 'posts', 'question', 'questions', 'remark', 'remarks', 'note', 'notes', 'quote', 'quotes',
	'estimate', 'estimates', 'warning', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'charge', 'charges']);

const nounDeterminers = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our',
	'another', 'each', 'every', 'new', 'latest']);

export const articles = new Set(['a', 'an', 'the']);

/** Words that open a clause right after a verb, never after a noun: `The candidate claims he …`. */
export const clauseSubjects = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'his', 'her', 'their', 'its', 'there']);

/** A determiner or possessive up to three words before `i` with only modifiers between: `the new jobs report`. */
export function nounAfterDeterminer(tokens: readonly Token[], i: number): boolean {
	for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
		const t = tokens[k]!;
		if (!t.word || t.quoted) {
			return false;
		}

		if (nounDeterminers.has(t.lower) || (t.lower.endsWith('\'s') && t.lower.length > 2)) {
			return true;
		}

		// `the Associated Press reports`: a singular name before `reports` is its subject (`report` after a name is a noun).
		if (tokens[i]!.lower.endsWith('s') && t.capital) {
			return false;
		}

		if (auxiliaries.has(t.lower) || ['he', 'she', 'they', 'we', 'i', 'you', 'who', 'to', 'and', 'but', 'or'].includes(t.lower)) {
			return false;
		}
	}

	return false;
}

/** A past participle after a form of `be` (`was declared`, `has been called`). */
export function passive(tokens: readonly Token[], i: number): boolean {
	if (!tokens[i]!.lower.endsWith('ed') || tokens[i]!.lower === 'asked') {
		return false;
	}

	let j = i - 1;
	while (j >= 0 && tokens[j]!.word && tokens[j]!.lower.endsWith('ly') && !tokens[j]!.capital) {
		j--;
	}

	return ['is', 'are', 'was', 'were', 'been', 'being', 'be'].includes(tokens[j]?.lower ?? '');
}

/** `a new group called`, `one PAC called`: an indefinite determiner up to four words before `i`, only modifiers between. */
export function indefiniteBefore(tokens: readonly Token[], i: number): boolean {
	for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
		const t = tokens[k]!;
		if (!t.word || t.quoted || auxiliaries.has(t.lower) || ['the', 'he', 'she', 'they', 'we', 'i', 'who', 'and', 'but'].includes(t.lower)) {
			return false;
		}

		if (['a', 'an', 'one', 'another'].includes(t.lower)) {
			return true;
		}
	}

	return false;
}

/** Participles that name what comes after them (`a program called …`). */
export const namingParticiples = new Set(['called', 'dubbed', 'titled', 'named', 'labeled', 'labelled', 'branded', 'billed']);

/** `was called “…” by Ann Lee`, `dubbed the “…” by critics`: a naming participle, the quoted name right after it, then `by`. */
export function nameByAgent(tokens: readonly Token[], i: number): boolean {
	if (!namingParticiples.has(tokens[i]!.lower)) {
		return false;
	}

	let k = ['the', 'a', 'an'].includes(tokens[i + 1]?.lower ?? '') && !tokens[i + 1]!.quoted ? i + 2 : i + 1;
	if (!tokens[k]?.quoted) {
		return false;
	}

	// (A name is short: a few words.)
	const end = k + 10;
	while (k < end && tokens[k]?.quoted) {
		k++;
	}

	return tokens[k]?.lower === 'by' && !tokens[k]!.quoted;
}

/** Token `i` follows a possessive determiner: `his`, `their` …, or `her` opening the sentence (not `told her`). */
export function afterPossessive(tokens: readonly Token[], i: number): boolean {
	const before = tokens[i - 1];
	return before !== undefined && before.word && !before.quoted && possessiveWords.has(before.lower)
		&& (before.lower !== 'her' || i === 1);
}

export const hintForms = new Set(['hint', 'hints', 'hinted', 'hinting']);

/** `that` right after the verb opening a clause (`hinted that a shakeup …`), not the pronoun (`hinted that in May`). */
export function thatClauseNext(tokens: readonly Token[], i: number): boolean {
	const that = tokens[i + 1];
	const next = tokens[i + 2];
	return that?.lower === 'that' && !that.quoted && next !== undefined && (next.mark || (next.word && !prepositions.has(next.lower)));
}

/** Nouns that make a compound with an -ing form before them: `calling card`, `speaking tour`, `talking points`. */
export const compoundHeads = new Set(['card', 'cards', 'tour', 'tours', 'engagement', 'engagements', 'fee', 'fees', 'point', 'points']);
