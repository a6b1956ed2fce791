/**
 * Where a cue's speaker is when it is not the phrase right next to the cue: a passive's agent after `by`, the subject
 * of the clause a participle continues, the main clause's subject after an opening clause (`Having announced …, Lee …`),
 * the subject before a title in its appositive, and the subject of the verb whose object the phrase is (`issued a
 * statement saying …`). Apart from `pickSpeaker`, which only decides which of these applies. Token indices of one unit.
 */
import type {Token} from './tokens.js';
import type {Cue} from './cues.js';
import {personPronouns, phraseGlue, prepositions, stopWords} from './lexicon.js';
import {skipAuxLeft, subjectPhrase} from './speakers.js';
import {capitalized, type Phrase} from './phrases.js';
import {phraseStartingAt} from './phrase-rightwards.js';

/**
 * The sentence subject before a quotation that closes at or shortly before token `end` (the token before the cue), when
 * that quotation sits inside the subject's appositive (`Ann Lee, the author of “Salt Roads,” said …`, `…, the author
 * of “Salt Roads,” a history of the port, said …`): after a preposition, with the subject and its comma before it.
 */
export function titleInSubject(tokens: readonly Token[], end: number): Phrase | undefined {
	let close = end;
	while (close > 0 && end - close < 12 && !(tokens[close]!.mark && tokens[close - 1]!.quoted)) {
		if (tokens[close]!.quoted || ['.', ';', ':'].includes(tokens[close]!.text)) {
			return undefined;
		}

		close--;
	}

	if (!tokens[close]?.mark || (close < end && tokens[end]!.text !== ',')) {
		return undefined;
	}

	let open = close - 1;
	while (open >= 0 && tokens[open]!.quoted && !(tokens[open]!.mark && (open === 0 || !tokens[open - 1]!.quoted))) {
		open--;
	}

	const before = tokens[open - 1];
	if (open <= 0 || !before?.word || before.quoted || !prepositions.has(before.lower)) {
		return undefined;
	}

	const subject = subjectPhrase(tokens, open - 1);
	return subject && tokens[subject.last + 1]?.text === ',' ? subject : undefined;
}

/** Cues whose passive keeps its content after the agent (`was asked by X whether …`); `was confirmed by X` has none. */
const passiveAsking = new Set(['asked', 'pressed', 'questioned', 'told', 'urged', 'warned']);

/** `Lee was asked by host Dan Ortiz, “…”`: a passive cue's agent after `by` is the speaker, not the subject. */
export function passiveAgent(tokens: readonly Token[], cue: Cue): Phrase | undefined {
	const be = tokens[skipAuxLeft(tokens, cue.first - 1) + 1];
	const by = tokens[cue.last + 1];
	if (!passiveAsking.has(tokens[cue.last]!.lower) || by?.lower !== 'by' || by.quoted || be === undefined
		|| !['was', 'were', 'is', 'are', 'been', 'being'].includes(be.lower)) {
		return undefined;
	}

	return phraseStartingAt(tokens, cue.last + 2);
}

/**
 * Words after which a subject pronoun opens a main clause of its own. (After any word, `after they came out`, it is
 * often someone else; the same rule for `and said` cues was measured too and lost more than it gained.)
 */
const clauseBreaks = new Set([',', 'and', 'but', 'yet', 'so', 'then']);

/**
 * Subordinators whose pronoun subject a participle after the clause continues (`Lee changed course when he named his
 * running mate, calling …`); not `after` or `before`, whose clause is often someone else's.
 */
const subordinators = new Set(['when', 'as', 'though', 'although', 'because', 'whenever']);

/**
 * The subject of the clause a participle after a comma continues: the sentence subject, or a subject pronoun opening a
 * later main clause (`Lee was challenged …, but he talked about roads, saying …`), which annotators mark as the source.
 */
export function clauseSubject(tokens: readonly Token[], j: number): Phrase | undefined {
	const subject = subjectPhrase(tokens, j);
	for (let k = j - 1; k > (subject?.last ?? -1); k--) {
		const t = tokens[k]!;
		if (t.quoted) {
			break;
		}

		const next = tokens[k + 1];
		const opener = tokens[k - 1]?.lower ?? '';
		if (personPronouns.has(t.lower) && (clauseBreaks.has(opener) || subordinators.has(opener)) && next?.word && !next.quoted) {
			return {first: k, last: k};
		}
	}

	return subject;
}

/** Words that open a sentence with a subjectless clause (`Having announced …,`, `After saying …,`). */
const clauseOpeners = new Set(['having', 'after', 'before', 'upon', 'while', 'since', 'without', 'despite', 'when', 'once']);
const spanWords = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minutes']);

/**
 * `Having announced that …, Judge Berman …` / `One month after announcing …, Rubio …`: a cue in an opening clause with
 * no subject of its own is said by the subject of the main clause, after the clause's comma.
 */
export function openingClauseSubject(tokens: readonly Token[], at: number): Phrase | undefined {
	let s = 0;
	while (s < at && (!tokens[s]!.word || tokens[s]!.quoted)) {
		s++;
	}

	// `One month after`, `Two days before`: a span of time then the opener.
	if (s + 2 < at && /^(?:one|a|two|three|four|five|several|a few|\d+)$/.test(tokens[s]!.lower) && spanWords.has(tokens[s + 1]!.lower)) {
		s += 2;
	}

	const opener = tokens[s];
	if (!opener || !clauseOpeners.has(opener.lower) || opener.quoted) {
		return undefined;
	}

	// Only auxiliaries and adverbs (`after first saying`, `having repeatedly said`) between the opener and the cue.
	const verb = tokens[at]!;
	if (skipAuxLeft(tokens, at - 1) !== s || !(verb.lower.endsWith('ing') || opener.lower === 'having' || tokens[s + 1]?.lower === 'having')) {
		return undefined;
	}

	for (let k = at + 1; k < tokens.length && k - at < 40; k++) {
		const t = tokens[k]!;
		if (t.quoted || t.word) {
			continue;
		}

		if (t.text === ',') {
			const phrase = phraseStartingAt(tokens, k + 1);
			return phrase && (capitalized(tokens[k + 1]!) || ['he', 'she', 'they', 'we', 'i', 'the'].includes(tokens[k + 1]!.lower)) ? phrase : undefined;
		}

		if (t.text === '.' || t.text === ';' || t.text === ':') {
			return undefined;
		}
	}

	return undefined;
}

const particles = new Set(['out']);

/**
 * The verb inside or right before a speaker phrase whose object the phrase really is (`issued a statement`, `shared a
 * video`): a lower-case word right before an article; -1 when there is none.
 */
/** Things carried or worn that bear words (`signs saying …`). */
export const carriedWords = new Set(['sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'shirts', 't-shirts']);

export function governingVerb(tokens: readonly Token[], p: {first: number; last: number}): number {
	if (tokens[p.last]!.lower.endsWith('s')) {
		return -1;
	}

	for (let k = p.first; k < p.last; k++) {
		// A phrasal verb's particle stands between the verb and the article (`put out a statement`).
		const particle = particles.has(tokens[k - 1]?.lower ?? '') ? 1 : 0;
		const verb = tokens[k - 1 - particle];
		if (['a', 'an', 'the'].includes(tokens[k]!.lower) && verb?.word && !verb.quoted && !capitalized(verb)
			&& !stopWords.has(verb.lower) && !phraseGlue.has(verb.lower)) {
			return k - 1 - particle;
		}
	}

	return -1;
}
