/**
 * The speaker after the cue (an inverted attribution): what follows `according to`, a phrase after the cue that ends
 * the clause (`…, said the company's chief executive, Ann Lee.`), and the phrase after a cue that opens the unit or
 * follows a comma. Apart from choose.ts, whose `pickSpeaker` decides in which order they are tried. Token indices of
 * one unit.
 */
import type {Token} from './tokens.js';
import type {Cue} from './cues.js';
import {objectCues} from './lexicon.js';
import {speakerBefore} from './speakers.js';
import {phraseStartingAt} from './phrase-rightwards.js';
import {titleInSubject} from './choose-subjects.js';
import type {Choice} from './choose.js';

/** `according to` takes whatever follows up to the next punctuation: `state law`, `officials familiar with …`. */
export function accordingTo(tokens: readonly Token[], cue: Cue): Choice {
	let last = cue.last;
	while (last + 1 < tokens.length && last - cue.last < 14) {
		const t = tokens[last + 1]!;
		if ((!t.word && t.text !== '\'' && t.text !== '-') || t.quoted || t.lower === 'that' || t.lower === 'who') {
			break;
		}

		last++;
	}

	return {cue, phrase: last > cue.last ? {first: cue.last + 1, last} : undefined, inverted: true, subject: false};
}

/**
 * `…, said the company's chief executive, Ann Lee.`: a phrase after the cue that ends the clause is the speaker,
 * even when a comma before the cue could open an appositive.
 */
export function speakerClosingClause(tokens: readonly Token[], cue: Cue, left: Token | undefined): Choice | undefined {
	if (left && (left.text === ',' || left.mark)) {
		const after = phraseStartingAt(tokens, cue.last + 1) ?? agentPlural(tokens, cue.last + 1);
		const follow = after ? tokens[after.last + 1] : undefined;
		// `“…,” Ann Lee, a council member, told AFP.`: after `told` the phrase is the addressee when a speaker precedes.
		const addressee = objectCues.has(tokens[cue.first]!.lower) && speakerBefore(tokens, cue.first) !== undefined;
		if (after && !addressee && (!follow || [',', '.', ';', '(', '\u2014'].includes(follow.text))) {
			return {cue, phrase: after, inverted: true, subject: false};
		}
	}

	return undefined;
}

/**
 * `The hull, said engineers, is rotten`: a bare plural agent noun that the lexicon does not list, alone between the cue
 * and the end of the clause or a preposition (`said engineers at the yard`), names a group of speakers.
 */
function agentPlural(tokens: readonly Token[], i: number): {first: number; last: number} | undefined {
	const t = tokens[i];
	const next = tokens[i + 1];
	return t?.word && !t.quoted && !t.capital && /(?:er|or|ist|ian|ant|ent)s$/.test(t.lower) && (!next || [',', '.', ';'].includes(next.text)
		|| (['at', 'in', 'from', 'on', 'with'].includes(next.lower) && !next.quoted)) ? {first: i, last: i} : undefined;
}

/** At the start of the unit or after a comma, the phrase after the cue speaks (`…, said Lee`). */
export function speakerAfterCue(tokens: readonly Token[], cue: Cue, left: Token | undefined): Choice | undefined {
	if (!left || left.text === ',' || left.mark) {
		const after = phraseStartingAt(tokens, cue.last + 1) ?? agentPlural(tokens, cue.last + 1);
		const titled = left ? titleInSubject(tokens, cue.first - 1) : undefined;
		if (after && titled && tokens[after.last + 1]?.word && !tokens[after.last + 1]!.quoted) {
			// `Ann Lee, the host of “Harbor Talk,” said the pier was safe`: the quotation is a title in the subject's
			// appositive, and the phrase after the cue begins the reported clause.
			return {cue, phrase: titled, inverted: false, subject: true};
		}

		if (after) {
			return {cue, phrase: after, inverted: true, subject: false};
		}
	}

	return undefined;
}
