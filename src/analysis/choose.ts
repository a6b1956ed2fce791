/**
 * Choosing the attribution of a unit: each cue's speaker (before it, after it, or the sentence subject) and the main
 * cue. Speakers found away from the cue are in choose-subjects.ts, those after it in choose-inverted.ts; the cues chained
 * to the main one (`… and added that …`) in choose-chains.ts. Token indices of one unit.
 */
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {claimPossessor, type Cue} from './cues.js';
import {dayWords, irregularPastTenses, prepositions, stopWords, titles, unnamedHeads} from './lexicon.js';
import {skipAuxLeft, speakerBefore, subjectPhrase} from './speakers.js';
import {phraseEndingAt, pronounContraction, type Phrase} from './phrases.js';
import {carriedWords, clauseSubject, governingVerb, openingClauseSubject, passiveAgent} from './choose-subjects.js';
import {accordingTo, speakerAfterCue, speakerClosingClause} from './choose-inverted.js';

export type Choice = {cue: Cue; phrase: Phrase | undefined; inverted: boolean; subject: boolean};

/** A comma at token `i`, or a closing quote mark right after one (`"Morning Joe," adding`). */
export function isComma(tokens: readonly Token[], i: number): boolean {
	const t = tokens[i];
	return t !== undefined && (t.text === ',' || (t.mark && tokens[i - 1]?.text === ','));
}

const conjunctions = new Set(['and', 'but', 'then', 'or', 'yet', 'while']);

/**
 * The speaker of one cue. The constructions are tried in turn; the first that reads the cue gives its speaker (before
 * or after it, or the sentence subject), or none.
 */
export function pickSpeaker(tokens: readonly Token[], cue: Cue): Choice {
	if (cue.according) {
		return accordingTo(tokens, cue);
	}

	const owner = cue.last === cue.first + 1 ? claimPossessor(tokens, cue.first) : -1;
	if (owner >= 0) {
		// `Lee's claim is that …`: whose claim it is.
		return {cue, phrase: phraseEndingAt(tokens, owner) ?? {first: owner, last: owner}, inverted: false, subject: false};
	}

	const agent = passiveAgent(tokens, cue);
	if (agent) {
		return {cue, phrase: agent, inverted: false, subject: false};
	}

	const opening = openingClauseSubject(tokens, cue.first);
	if (opening) {
		return {cue, phrase: opening, inverted: false, subject: true};
	}

	const j = skipAuxLeft(tokens, cue.first - 1);
	const left = tokens[cue.first - 1];
	const found = participleOfSubject(tokens, cue, j) ?? speakerClosingClause(tokens, cue, left) ?? speakerBeforeCue(tokens, cue);
	if (found) {
		return found;
	}

	const prev = tokens[j];
	const joined = prev !== undefined && !prev.quoted && (conjunctions.has(prev.lower)
		|| (tokens[cue.first - 1]?.lower === 'then' && (prev.text === ',' || prev.lower === 'and')));
	if (joined) {
		// `X called it a mistake and said …`.
		return {cue, phrase: subjectPhrase(tokens, j), inverted: false, subject: true};
	}

	if (listedAction(tokens, cue)) {
		// `He suggested …, called her “third-rate” and boycotted …`: one of the subject's actions in a list.
		return {cue, phrase: subjectPhrase(tokens, j), inverted: false, subject: true};
	}

	return speakerAfterCue(tokens, cue, left) ?? {cue, phrase: undefined, inverted: false, subject: false};
}

/**
 * `…, saying that …`, `… - only saying …`, `Obama ended his list by saying …`: the subject of the sentence speaks a
 * participle cue after a comma, a dash or a preposition at token `j`.
 */
function participleOfSubject(tokens: readonly Token[], cue: Cue, j: number): Choice | undefined {
	const prev = tokens[j];
	const dash = prev !== undefined && !prev.quoted && ['\u2014', '\u2013', '-'].includes(prev.text);
	if (tokens[cue.first]!.lower.endsWith('ing') && (isComma(tokens, j) || dash || (prev !== undefined && !prev.quoted
		&& ['by', 'before', 'after', 'while', 'without', 'upon'].includes(prev.lower)))) {
		return {cue, phrase: isComma(tokens, j) ? clauseSubject(tokens, j) : subjectPhrase(tokens, j), inverted: false, subject: true};
	}

	return undefined;
}

/** The phrase before the cue, unless it is whom something was sent to, what carried the words, or a verb's object. */
function speakerBeforeCue(tokens: readonly Token[], cue: Cue): Choice | undefined {
	const verb = tokens[cue.first]!;
	const before = speakerBefore(tokens, cue.first);
	const toWhom = before ? tokens[before.first - 2] : undefined;
	if (before && verb.lower.endsWith('ing') && tokens[before.first - 1]?.lower === 'to' && toWhom?.word && !toWhom.quoted
		&& !titles.has(toWhom.lower) && !unnamedHeads.has(toWhom.lower)) {
		// `sent an email to supporters stating …`: the phrase is whom something was sent to; the sentence subject speaks
		// (but `an adviser to his campaign acknowledging …` is one phrase).
		return {cue, phrase: subjectPhrase(tokens, before.first - 1), inverted: false, subject: true};
	}

	const carrier = before ? tokens[before.first - 1] : undefined;
	if (before && verb.lower.endsWith('ing') && before.first === before.last && carriedWords.has(tokens[before.last]!.lower)
		&& carrier?.word && !carrier.quoted && !stopWords.has(carrier.lower)) {
		// `carrying signs saying …`, `they will hold banners proclaiming …`: who carries the signs speaks through them.
		const holder = speakerBefore(tokens, before.first - 1) ?? subjectPhrase(tokens, before.first - 1);
		return {cue, phrase: holder, inverted: false, subject: true};
	}

	const governor = before && verb.lower.endsWith('ing') ? governingVerb(tokens, before) : -1;
	if (before && governor >= 0) {
		// `Lee issued a statement saying …`: the phrase is the object of a verb; the participle tells what that verb's
		// subject said (the main attribution, though a borrowed subject).
		const subject = governor > before.first ? phraseEndingAt(tokens, skipAuxLeft(tokens, governor - 1)) : subjectPhrase(tokens, governor - 1);
		return {cue, phrase: subject, inverted: false, subject: subject === undefined};
	}

	if (before && (!tokens[before.last]!.lower.endsWith('\'s') || pronounContraction(tokens[before.last]!))) {
		return {cue, phrase: before, inverted: false, subject: false};
	}

	return undefined;
}

/**
 * `…, called her “third-rate” and boycotted …`: a past-tense cue right after a comma, whose content ends in a quotation
 * followed by `and` and another past tense: the middle item of the subject's list of actions.
 */
export function listedAction(tokens: readonly Token[], cue: Cue): boolean {
	const verb = tokens[cue.first]!;
	if (!isComma(tokens, cue.first - 1) || verb.text !== verb.lower || !(verb.lower.endsWith('ed') || irregularPastTenses.has(verb.lower))) {
		return false;
	}

	for (let k = cue.last + 1; k < tokens.length && k - cue.last <= 12; k++) {
		const t = tokens[k]!;
		if (t.mark && t.quoted && tokens[k + 1]?.lower === 'and' && !tokens[k + 1]!.quoted) {
			const next = tokens[k + 2];
			return next !== undefined && next.word && !next.quoted && next.text === next.lower
				&& ((next.lower.length > 4 && next.lower.endsWith('ed')) || irregularPastTenses.has(next.lower));
		}

		if (!t.word && !t.quoted) {
			return false;
		}
	}

	return false;
}

/** First token of the attribution block (speaker or cue, whichever comes first). */
export function blockStart(c: Choice): number {
	return c.phrase && !c.inverted && !c.subject && c.phrase.first < c.cue.first ? c.phrase.first : c.cue.first;
}

export function blockEnd(c: Choice): number {
	// (A passive cue's agent follows it too: `was asked by host Dan Ortiz`.)
	return c.phrase && (c.inverted || (!c.subject && c.phrase.first > c.cue.last)) ? Math.max(c.cue.last, c.phrase.last) : c.cue.last;
}

export function choose(tokens: readonly Token[], choices: readonly Choice[]): Choice | undefined {
	const withSpeaker = choices.filter(c => c.phrase && !c.subject);
	// An attribution closing the sentence (`…, X said.`) is the outer one; cues before it sit inside its content.
	for (let i = withSpeaker.length - 1; i > 0; i--) {
		const c = withSpeaker[i]!;
		const before = tokens[blockStart(c) - 1];
		// Only adjunct words may follow (`…, he said on Thursday.`); `…, he said no.` is a statement of its own.
		let rest = 0;
		let adjunctOnly = true;
		for (let k = blockEnd(c) + 1; k < tokens.length && rest <= 4; k++) {
			const t = tokens[k]!;
			// `…, a city official said, adding that …`: a participle after a comma starts a statement of its own.
			if (t.text === ',' && tokens[k + 1]?.word && !tokens[k + 1]!.quoted && tokens[k + 1]!.lower.endsWith('ing')) {
				break;
			}

			rest += t.word ? 1 : 0;
			adjunctOnly &&= !t.word || prepositions.has(t.lower) || dayWords.has(t.lower) || t.capital
				|| /^\d/.test(t.text) || ['a', 'an', 'the', 'statement', 'interview', 'week', 'month', 'year', 'night',
					'morning', 'afternoon', 'evening', 'ago', 'his', 'her', 'their', 'its', 'tweet', 'email', 'speech', 'late', 'early'].includes(t.lower);
		}

		// (`…, according to sources who have seen the messages.`: a relative clause describes the source.)
		const described = c.cue.according && ['who', 'that'].includes(tokens[blockEnd(c) + 1]?.lower ?? '')
			&& !tokens.slice(blockEnd(c) + 1).some(t => t.quoted || t.text === ',' || t.text === ';');
		if (((rest <= 4 && adjunctOnly) || described) && before && (before.text === ',' || before.mark)) {
			// `“A,” Lee said, but “B,” Kim added.`: two quotations, each with its own speaker, not Kim quoting Lee.
			return withSpeaker.slice(0, i).find(d => pairedQuotation(tokens, d)) ?? c;
		}
	}

	// Otherwise the first attribution in reading order; later cues sit inside its content (`… what he called …`).
	// A participle's borrowed subject (`Lee, citing the report, said …`) yields to a cue with a speaker of its own.
	const own = choices.find(c => c.phrase && !c.subject);
	// (But not to one inside its `that` clause: `…, stating that the city should declare war on …`.)
	const opener = own && choices.find(c => c.subject && c.phrase && c.cue.last < blockStart(own) && tokens[c.cue.first]!.lower.endsWith('ing')
		&& tokens[c.cue.last + 1]?.lower === 'that' && !tokens[c.cue.last + 1]!.quoted && isComma(tokens, skipAuxLeft(tokens, c.cue.first - 1)));
	if (own && opener && !isComma(tokens, blockStart(own) - 1)) {
		return opener;
	}

	return own ?? choices.find(c => c.phrase) ?? choices[0];
}

export function range(tokens: readonly Token[], p: {first: number; last: number} | undefined): Range | undefined {
	return p ? {start: tokens[p.first]!.start, end: tokens[p.last]!.end} : undefined;
}

/** The cue's words, plus a colon right after them (`said:`), which annotators often mark as the cue. */
export function cueRange(tokens: readonly Token[], cue: Cue): Range {
	const colon = tokens[cue.last + 1]?.text === ':' && !tokens[cue.last + 1]!.quoted;
	return {start: tokens[cue.first]!.start, end: tokens[colon ? cue.last + 1 : cue.last]!.end};
}

/**
 * `“A,” Lee said, and “B” …`: attribution `c` closes a quotation (its comma inside the mark) and is followed, after a
 * comma and perhaps `and`/`but`, by another quotation: a speaker and cue of their own between two quotations.
 */
export function pairedQuotation(tokens: readonly Token[], c: Choice): boolean {
	const before = tokens[blockStart(c) - 1];
	if (!before?.mark || !before.quoted || !/^[,?!]$/.test(tokens[blockStart(c) - 2]?.text ?? '')) {
		return false;
	}

	let k = blockEnd(c) + 1;
	if (tokens[k]?.text !== ',' || tokens[k]!.quoted) {
		return false;
	}

	k += ['and', 'but', 'while'].includes(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]!.quoted ? 2 : 1;
	return tokens[k]?.mark === true && tokens[k]!.quoted;
}
