/**
 * Choosing the attribution of a unit: each cue's speaker (before it, after it, or the sentence subject), the main
 * cue, and the cues chained to it (`… and added that …`). Token indices of one unit.
 */
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {claimPossessor, type Cue} from './cues.js';
import {auxiliaries, cueVerbs, dayWords, irregularPastTenses, objectCues, personPronouns, phraseGlue, prepositions, stopWords, titles, unnamedHeads} from './lexicon.js';
import {phraseEndingAt, phraseStartingAt, skipAuxLeft, speakerBefore, subjectPhrase, type Phrase} from './speakers.js';
import {capitalized, pronounContraction} from './phrases.js';

export type Choice = {cue: Cue; phrase: Phrase | undefined; inverted: boolean; subject: boolean};

/** A comma at token `i`, or a closing quote mark right after one (`"Morning Joe," adding`). */
function isComma(tokens: readonly Token[], i: number): boolean {
	const t = tokens[i];
	return t !== undefined && (t.text === ',' || (t.mark && tokens[i - 1]?.text === ','));
}

const conjunctions = new Set(['and', 'but', 'then', 'or', 'yet', 'while']);

export function pickSpeaker(tokens: readonly Token[], cue: Cue): Choice {
	if (cue.according) {
		// `according to` takes whatever follows up to the next punctuation: `state law`, `officials familiar with …`.
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

	const verb = tokens[cue.first]!;
	const j = skipAuxLeft(tokens, cue.first - 1);
	const prev = tokens[j];
	const dash = prev !== undefined && !prev.quoted && ['\u2014', '\u2013', '-'].includes(prev.text);
	if (verb.lower.endsWith('ing') && (isComma(tokens, j) || dash || (prev !== undefined && !prev.quoted
		&& ['by', 'before', 'after', 'while', 'without', 'upon'].includes(prev.lower)))) {
		// `…, saying that …`, `… - only saying …`, `Obama ended his list by saying …`: the subject of the sentence speaks.
		return {cue, phrase: isComma(tokens, j) ? clauseSubject(tokens, j) : subjectPhrase(tokens, j), inverted: false, subject: true};
	}

	// `…, said the company's chief executive, Ann Lee.`: a phrase after the cue that ends the clause is the speaker,
	// even when a comma before the cue could open an appositive.
	const left = tokens[cue.first - 1];
	if (left && (left.text === ',' || left.mark)) {
		const after = phraseStartingAt(tokens, cue.last + 1);
		const follow = after ? tokens[after.last + 1] : undefined;
		// `“…,” Ann Lee, a council member, told AFP.`: after `told` the phrase is the addressee when a speaker precedes.
		const addressee = objectCues.has(verb.lower) && speakerBefore(tokens, cue.first) !== undefined;
		if (after && !addressee && (!follow || [',', '.', ';', '(', '\u2014'].includes(follow.text))) {
			return {cue, phrase: after, inverted: true, subject: false};
		}
	}

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

	if (!left || left.text === ',' || left.mark) {
		const after = phraseStartingAt(tokens, cue.last + 1);
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

	return {cue, phrase: undefined, inverted: false, subject: false};
}

/**
 * `…, called her “third-rate” and boycotted …`: a past-tense cue right after a comma, whose content ends in a quotation
 * followed by `and` and another past tense: the middle item of the subject's list of actions.
 */
function listedAction(tokens: readonly Token[], cue: Cue): boolean {
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

/**
 * The sentence subject before a quotation that closes at or shortly before token `end` (the token before the cue), when
 * that quotation sits inside the subject's appositive (`Ann Lee, the author of “Salt Roads,” said …`, `…, the author
 * of “Salt Roads,” a history of the port, said …`): after a preposition, with the subject and its comma before it.
 */
function titleInSubject(tokens: readonly Token[], end: number): Phrase | undefined {
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
function passiveAgent(tokens: readonly Token[], cue: Cue): Phrase | undefined {
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
function clauseSubject(tokens: readonly Token[], j: number): Phrase | undefined {
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
function openingClauseSubject(tokens: readonly Token[], at: number): Phrase | undefined {
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
const carriedWords = new Set(['sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'shirts', 't-shirts']);

function governingVerb(tokens: readonly Token[], p: {first: number; last: number}): number {
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

/** `…, to which X …`: whether a preposition and `which` after a comma or dash come right before the attribution block. */
export function prepositionWhich(tokens: readonly Token[], c: Choice): boolean {
	const which = tokens[blockStart(c) - 1];
	const preposition = tokens[blockStart(c) - 2];
	return which?.lower === 'which' && !which.quoted && preposition !== undefined && prepositions.has(preposition.lower)
		&& !preposition.quoted && [',', '\u2014', '\u2013', '-'].includes(tokens[blockStart(c) - 3]?.text ?? '');
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
			adjunctOnly &&= !t.word || prepositions.has(t.lower) || dayWords.has(t.lower) || t.text[0] !== t.lower[0]
				|| /^\d/.test(t.text) || ['a', 'an', 'the', 'statement', 'interview', 'week', 'month', 'year', 'night',
					'morning', 'afternoon', 'evening', 'ago', 'his', 'her', 'their', 'its', 'tweet', 'email', 'speech', 'late', 'early'].includes(t.lower);
		}

		// (`…, according to sources who have seen the messages.`: a relative clause describes the source.)
		const described = c.cue.according && ['who', 'that'].includes(tokens[blockEnd(c) + 1]?.lower ?? '')
			&& !tokens.slice(blockEnd(c) + 1).some(t => t.quoted || t.text === ',' || t.text === ';');
		if (((rest <= 4 && adjunctOnly) || described) && before && (before.text === ',' || before.mark)) {
			return c;
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

export function isChained(tokens: readonly Token[], c: Choice): boolean {
	if (c.inverted) {
		return false;
	}

	if (!c.phrase && listedAction(tokens, c.cue)) {
		return c.subject;
	}

	if (!c.phrase) {
		// `…, calling him a “stiff” and accusing him of …`: a second participle joined by `and` after a quotation has the
		// subject the statement before it borrowed.
		const and = tokens[c.cue.first - 1];
		return c.subject && and?.lower === 'and' && !and.quoted && tokens[c.cue.first]!.lower.endsWith('ing')
			&& tokens[c.cue.first - 2]?.mark === true && tokens[c.cue.first - 2]!.quoted;
	}

	const before = tokens[blockStart(c) - 1];
	if (!before || (before.quoted && !before.mark)) {
		return false;
	}

	if (before.lower === 'and' || before.lower === 'but' || before.lower === 'then' || before.text === ';') {
		return true;
	}

	if (['while', 'whereas', 'although', 'though', 'yet', 'so'].includes(before.lower) && !c.subject) {
		return true;
	}

	// `“…,” Lee said as a heckler yelled: “…”`, `…, even as he defended …`: a speaker of its own after `as` that follows the
	// cue, a comma or `even` (not `voting as independents`, `- as Kim has said -`).
	const beforeAs = tokens[blockStart(c) - 2];
	if (before.lower === 'as' && !c.subject && beforeAs !== undefined && !beforeAs.quoted
		&& (beforeAs.text === ',' || beforeAs.lower === 'even' || cueVerbs.has(beforeAs.lower))) {
		return true;
	}

	// `“…,” Lee told reporters, before insisting she had …`: a cue participle after `, before` / `, after` reports what the
	// subject said next (but `“A,” she said, before adding: “B.”` goes on with the quotation).
	// So does one before `that` without the comma (`Lee told the AP after hinting that …`, `…, while conceding that …`).
	const next = tokens[c.cue.last + 1];
	if (['before', 'after', 'while'].includes(before.lower) && tokens[c.cue.first]!.lower.endsWith('ing') && next?.word && !next.quoted
		&& ((tokens[blockStart(c) - 2]?.text === ',' && before.lower !== 'while') || next.lower === 'that')) {
		return true;
	}

	// `…, with Sen. Ann Lee calling it a “money pit”`: a speaker of its own after `, with` and a participle cue.
	if (before.lower === 'with' && !before.quoted && tokens[blockStart(c) - 2]?.text === ',' && !c.subject
		&& tokens[c.cue.first]!.lower.endsWith('ing')) {
		return true;
	}

	// `Lee cited the rules, which he said were unfair`: a speaker of its own in a non-restrictive `which` clause starts an
	// attribution of its own, which annotators mark apart from the outer one (train: +6 speakers, +13 pairs).
	// (After a dash too: `… the rules — which she added “is regrettable.”`; and a `whom` clause of a person: `…, whom he
	// called “…”`.)
	if ((before.lower === 'which' || before.lower === 'whom') && !before.quoted && [',', '\u2014', '\u2013'].includes(tokens[blockStart(c) - 2]?.text ?? '') && !c.subject) {
		return true;
	}

	// `…, to which Ortiz interjected: “…”`: so does one after a preposition's `which`, whose clause answers or interrupts
	// the statement before it.
	// (Not with an auxiliary before the cue: `…, in which she could tell stories …` describes what the content names.)
	if (prepositionWhich(tokens, c) && !c.subject && !auxiliaries.has(tokens[c.cue.first - 1]?.lower ?? '')) {
		return true;
	}

	return isComma(tokens, blockStart(c) - 1) && (tokens[c.cue.first]!.lower.endsWith('ing') || !c.subject || listedAction(tokens, c.cue));
}
