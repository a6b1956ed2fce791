/**
 * Speaker phrases read rightwards from their first word (`said Smith`, `according to the report`, `say some Democrats`,
 * `The farmer put it bluntly`), with the look-ahead tests that tell a modifier from the verb after the head. Apart from
 * phrases.ts, which reads leftwards from a head: the two directions share only the word tests. Token indices of one unit.
 */
import {auxiliaries, cueVerbs, irregularPastTenses, pronouns, sentenceAdverbs, stopWords, titles} from './lexicon.js';
import type {Token} from './tokens.js';
import {capitalized, determinerWords, isNoun, particleOfName, type Phrase} from './phrases.js';

/** Capitalised sentence openers that are never the speaker. */
const notSubjects = new Set(['nothing', 'perhaps', 'maybe', 'everyone', 'nobody', 'something', 'anything', 'everything',
	'someone', 'anyone', 'it', 'this',
	'that', 'there', 'here', 'what', 'which', 'when', 'where', 'why', 'how', 'if', 'not', 'no', 'yes', 'all', 'some',
	'many', 'most', 'more', 'less', 'only', 'just', 'even', 'still', 'again', 'now', 'then', 'thus', 'hence']);

const quantifiers = new Set(['some', 'many', 'most', 'all']);

/** A title word within three lower-case words of `k`, then a capitalised name: `presidential candidate Jeb`. */
function titleAhead(tokens: readonly Token[], k: number): boolean {
	for (let m = k; m < tokens.length && m - k < 3; m++) {
		const t = tokens[m]!;
		if (!t.word || t.quoted || capitalized(t) || stopWords.has(t.lower)) {
			return false;
		}

		if (titles.has(t.lower)) {
			return tokens[m + 1] !== undefined && capitalized(tokens[m + 1]!) && !tokens[m + 1]!.quoted;
		}
	}

	return false;
}

/**
 * One or two lower-case modifiers from `k`, then a known head noun: `Federal labor organizations`, `Soviet rights
 * activists`. (No verb-like word between: `Lee met voters`, `Lee blasted critics`.)
 */
function nounAhead(tokens: readonly Token[], k: number): boolean {
	for (let m = k; m < tokens.length && m - k < 3; m++) {
		const t = tokens[m]!;
		if (!t.word || t.quoted || capitalized(t)) {
			return false;
		}

		if (isNoun(t)) {
			return m > k;
		}

		if (stopWords.has(t.lower) || cueVerbs.has(t.lower) || auxiliaries.has(t.lower) || irregularPastTenses.has(t.lower)
			|| /(?:ed|s|ly|ing)$/.test(t.lower)) {
			return false;
		}
	}

	return false;
}

/**
 * `Soviet dissident Ann Lee`, `Democratic front-runner Ann Lee`: an adjective of nation or party at `i` (by its ending),
 * then one lower-case role word at `i + 1` and a name; the role is unknown to `titles` but is no verb.
 */
function roleAhead(tokens: readonly Token[], i: number): boolean {
	const role = tokens[i + 1];
	const name = tokens[i + 2];
	return /(?:an|ic|ish|ese|et)$/.test(tokens[i]!.lower) && role !== undefined && role.word && !role.quoted && !capitalized(role)
		&& !stopWords.has(role.lower) && !cueVerbs.has(role.lower) && !auxiliaries.has(role.lower) && !irregularPastTenses.has(role.lower)
		&& !/(?:ed|s|ly|ing)$/.test(role.lower) && name !== undefined && name.word && !name.quoted && capitalized(name);
}

/** The speaker phrase starting at token `i` and read rightwards (`said Smith`, `according to the report`). */
/**
 * After a capitalised -ing or -ly word, a capitalised word (`Running Bear`) or a finite verb of saying (`Manning said`)
 * shows the word is a name: an opening participle or adverb is followed by its object or a comma, never by `said`.
 */
function nameBeforeVerb(tokens: readonly Token[], k: number): boolean {
	const t = tokens[k];
	return t !== undefined && !t.quoted && t.word && (capitalized(t) || (cueVerbs.has(t.lower) && /(?:ed|[^s]s|told|said|wrote)$/.test(t.lower)));
}

export function phraseStartingAt(tokens: readonly Token[], i: number): Phrase | undefined {
	const first = tokens[i];
	if (!first?.word || first.quoted) {
		return undefined;
	}

	if (pronouns.has(first.lower) && first.lower !== 'who') {
		return {first: i, last: i};
	}

	// `“…,” tweeted another.`: a lone quantifier stands for one of the people just mentioned.
	if (['another', 'others', 'one', 'many', 'some', 'several', 'both'].includes(first.lower) && tokens[i - 1]?.word
		&& ['.', ',', ';'].includes(tokens[i + 1]?.text ?? '.')) {
		return {first: i, last: i};
	}

	if (quantifiers.has(first.lower)) {
		// `say some Democrats`, `Many economists say`: a quantifier opens a described group.
		const rest = phraseStartingAt(tokens, i + 1);
		return rest && !pronouns.has(tokens[i + 1]!.lower) && !determinerWords.has(tokens[i + 1]!.lower) ? {first: i, last: rest.last} : undefined;
	}

	if ((sentenceAdverbs.has(first.lower) && first.lower !== 'the') || notSubjects.has(first.lower)
		|| (/(?:ly|ing)$/.test(first.lower) && first.lower.length > 4 && !(capitalized(first) && (tokens[i - 1]?.word || nameBeforeVerb(tokens, i + 1))))) {
		return undefined;
	}

	let last = -1;
	for (let k = i; k < tokens.length && k - i < 12; k++) {
		const t = tokens[k]!;
		if (!t.word || t.quoted) {
			break;
		}

		if ((capitalized(t) && !determinerWords.has(t.lower)) || isNoun(t) || (t.lower.endsWith('\'s') && k > i)) {
			last = k;
			continue;
		}

		if (['the', 'a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'its', 'his', 'her', 'their', 'both',
			'another', 'other', 'most', '&'].includes(t.lower)) {
			continue;
		}

		if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'and') && k + 1 < tokens.length) {
			continue;
		}

		// `said Ursula von der Heide`: a surname's particles.
		if (particleOfName(tokens, k)) {
			continue;
		}

		// A lower-case word after the head ends the phrase (`Ann Lee accuses …`); before it, it may be a modifier, and so
		// it may after a name when a title and a name follow (`Former Ohio state senator Ann Lee`).
		if (stopWords.has(t.lower) || cueVerbs.has(t.lower) || t.lower === 'in' || t.lower === 'at' || k - i > 5
			|| (last >= 0 && !titleAhead(tokens, k) && !nounAhead(tokens, k) && !(k === i + 1 && roleAhead(tokens, i)))) {
			break;
		}
	}

	if (last < i && determinerWords.has(first.lower) && tokens[i + 1]?.word && !tokens[i + 1]!.quoted
		&& !stopWords.has(tokens[i + 1]!.lower) && !cueVerbs.has(tokens[i + 1]!.lower)
		&& !/(?:ly|ing|ed|ous|ive|al|ful)$/.test(tokens[i + 1]!.lower)) {
		// `The farmer put it bluntly`: an unknown noun right after a determiner is the head.
		return {first: i, last: i + 1};
	}

	if (last < i && (first.lower === 'the' || first.lower === 'a' || first.lower === 'an')) {
		// `The retired neurosurgeon has …`, `A conservative publication said …`: modifiers and a head noun up to the verb.
		let k = i + 1;
		while (k < tokens.length && k - i <= 3 && tokens[k]!.word && !tokens[k]!.quoted && !capitalized(tokens[k]!)
			&& !stopWords.has(tokens[k]!.lower) && !cueVerbs.has(tokens[k]!.lower) && !auxiliaries.has(tokens[k]!.lower)) {
			k++;
		}

		const verb = tokens[k];
		if (k > i + 1 && verb?.word && !verb.quoted && (auxiliaries.has(verb.lower) || cueVerbs.has(verb.lower))
			&& !/(?:ly|ing)$/.test(tokens[k - 1]!.lower)) {
			return {first: i, last: k - 1};
		}
	}

	return last >= i ? {first: i, last} : undefined;
}
