/**
 * Where content starts after a cue: at a `that` that comes soon (past an aside or an adjunct of the writer's), at the
 * question after `asked`, after `called for`, or past a told-type object and its adjuncts. Apart from the rest of an
 * attribution's content because the clause rules use it alone, for a verb they found themselves. Offsets are UTF-16
 * indices into the article text; token indices are the unit's.
 */
import type {Token} from './tokens.js';
import type {Cue} from './cues.js';
import {toVerbs} from './cue-evidence.js';
import {clauseStarts, cueVerbs, dayWords, documentParticiples, prepositions, stopWords, subjectStarts} from './lexicon.js';
import {determiners, pastToldObject} from './content-told-object.js';
import {timeNouns} from './content-after-attribution.js';
import {mediumWords} from './speaker-asides.js';

/** A lower-case word that can open a clause as its subject: no function word, time noun, adverb or verb of saying. */
function plainNoun(t: Token): boolean {
	return !stopWords.has(t.lower) && !prepositions.has(t.lower) && !timeNouns.has(t.lower) && !clauseStarts.has(t.lower)
		&& !t.lower.endsWith('ly') && !cueVerbs.has(t.lower) && !/^\d/.test(t.text);
}

/** After `in a statement`, whether word `t` opens the reported clause rather than going on with the adjunct. */
function opensClause(t: Token): boolean {
	return !prepositions.has(t.lower) && !['that', 'which', 'who', 'to', 'of', 'late', 'early', 'last', 'this', 'earlier', 'later',
		'and', 'or'].includes(t.lower) && !timeNouns.has(t.lower) && !documentParticiples.has(t.lower)
		&& !/(?:ed|ing|ly)$/.test(t.lower);
}

/** Words in -ly that are no adverbs of manner. */
const notManner = new Set(['early', 'likely', 'family', 'rally', 'supply', 'reply', 'apply', 'daily', 'weekly', 'monthly', 'yearly',
	'only', 'holy', 'italy', 'july', 'ally', 'bully', 'belly', 'jelly', 'folly', 'tally']);

/** An adverb of manner (`bluntly`, `quietly`), as may follow a cue. */
export function mannerAdverb(t: Token): boolean {
	return t.word && !t.quoted && !t.capital && t.lower.length > 4 && t.lower.endsWith('ly') && !notManner.has(t.lower);
}

/** After a cue, `for weeks he …` / `on Thursday the plan …`: skips a short adjunct up to the clause's subject. */
function skipAdjunct(tokens: readonly Token[], k: number, dayLike = false): number {
	const first = tokens[k];
	const next = tokens[k + 1];
	// (`said bluntly Lee has …`: an adverb of manner sits there as a day does.)
	const manner = first !== undefined && mannerAdverb(first);
	const day = first?.word === true && !first.quoted && (dayLike || dayWords.has(first.lower));
	if (day && ['this', 'last', 'next'].includes(next?.lower ?? '') && !next!.quoted && timeNouns.has(tokens[k + 2]?.lower ?? '')) {
		// `said earlier this week the plan …`: `this week` goes with the day word.
		const after = skipAdjunct(tokens, k + 2, true);
		return after > k + 2 ? after : k;
	}

	if (first?.word && !first.quoted && (day || manner) && next
		&& (subjectStarts.has(next.lower.replace(/'(?:s|re|ll|d|ve)$/, ''))
		|| (next.lower === 'to' && toVerbs.test(tokens[k - 1]?.lower ?? ''))
		// `said Tuesday Lee has …`, `said Tuesday “it …”`, `said Tuesday supporters have …`: a name, a quotation or a
		// noun opens the clause too (not a time of the day: `said Tuesday night`).
		|| (next.word && next.capital && !next.quoted && !dayWords.has(next.lower)) || (next.mark && next.quoted)
		// (After an adverb, a lower-case word is more likely what it modifies: `claims democratically governed Taiwan`.)
		|| (next.word && !next.quoted && !next.capital && !manner && plainNoun(next))
		// After a day, any word that does not go on with the adjunct: `said Tuesday if elected she …`, `… much of …`.
		|| (!manner && next.word && !next.quoted && !timeNouns.has(next.lower) && !prepositions.has(next.lower)
			&& !['and', 'or', 'but', 'to', 'that'].includes(next.lower)))) {
		return k + 1; // `said Thursday he would …`, `promised Monday to …`
	}

	if (day && next?.word && !next.quoted && timeNouns.has(next.lower)) {
		// `said Tuesday night the plan …`: the time of the day goes with the day.
		const after = skipAdjunct(tokens, k + 1, true);
		if (after > k + 1) {
			return after;
		}
	}

	if (day && next?.word && !next.quoted && prepositions.has(next.lower)) {
		// `said Tuesday in Ohio the plan …`: past the preposition's phrase too.
		const after = skipAdjunct(tokens, k + 1);
		if (after > k + 1) {
			return after;
		}
	}

	if (!first?.word || !['for', 'on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'again', 'repeatedly', 'since',
		'after', 'before', 'recently', 'privately', 'publicly', 'often', 'later'].includes(first.lower)) {
		return k;
	}

	for (let m = k + 1; m < tokens.length && m - k <= 5; m++) {
		const t = tokens[m]!;
		// `said in a statement “…”`, `said in a statement Lee has …`: past the preposition's object (a determiner and a
		// noun), a quotation or a name opens the clause.
		const prev = tokens[m - 1]!;
		// (Not a name the object is given: `says in the spot titled “Dangerous,” …`.)
		const afterObject = m > k + 2 && determiners.has(tokens[k + 1]!.lower) && prev.word && !prev.quoted && !prev.capital
			&& !prepositions.has(prev.lower) && !determiners.has(prev.lower) && !/^(?:titled|entitled|called|named|dubbed|labell?ed|headlined)$/.test(prev.lower);
		if (afterObject && ((t.mark && t.quoted) || (t.word && !t.quoted && t.capital && !dayWords.has(t.lower)))) {
			return m;
		}

		// `said in a statement supporters were …`, `said in an interview he’s …`, `… none of …`: after a medium's noun, a
		// word that goes on with no adjunct (a preposition, a participle, a time) opens the clause.
		if (afterObject && mediumWords.has(prev.lower) && t.word && !t.quoted && !mediumWords.has(t.lower) && opensClause(t)) {
			return m;
		}

		// (`said in a statement, “…”`: a comma or colon may close the adjunct before the quotation, unless the quotation
		// is the object's title: `she wrote in her memoir, “Hard Choices.”`.)
		if (afterObject && [',', ':'].includes(t.text) && !t.quoted && tokens[m + 1]?.mark && tokens[m + 1]!.quoted
			&& !quotedTitle(tokens, m + 2)) {
			return m + 1;
		}

		if (!t.word || t.quoted) {
			return k;
		}

		// `said this week at an event …`: a determiner after a preposition is still the adjunct; after a day it opens the
		// clause (`said on Tuesday the plan …`), as a name does (`said on Tuesday Lee would …`).
		const afterDay = dayWords.has(prev.lower);
		const subject = subjectStarts.has(t.lower) && !(determiners.has(t.lower) && prepositions.has(prev.lower) && !afterDay);
		if (m > k + 1 && (subject || (afterDay && t.capital && !dayWords.has(t.lower)))) {
			return m;
		}
	}

	return k;
}

/** The quotation whose words start at token `k` capitalises two or more words and every word of four letters or more, as a title does. */
function quotedTitle(tokens: readonly Token[], k: number): boolean {
	let capitals = 0;
	for (; k < tokens.length && tokens[k]!.quoted && !tokens[k]!.mark; k++) {
		if (tokens[k]!.word && !tokens[k]!.capital && tokens[k]!.lower.length >= 4) {
			return false;
		}

		capitals += tokens[k]!.capital ? 1 : 0;
	}

	return capitals >= 2;
}

/**
 * Where content starts after the cue: at the quotation after an adverb of manner, at `that` when it comes soon (past an
 * aside or an adjunct), after `called for`, at the question after `asked`, after a told-type object otherwise.
 */
export function contentStart(tokens: readonly Token[], cue: Cue, after: number): number {
	const verb = tokens[cue.first]!;
	return quotationAfterManner(tokens, after) ?? thatAfterAside(tokens, after) ?? thatSoon(tokens, after)
		?? afterCalledFor(tokens, verb, after) ?? askedQuestion(tokens, verb, after) ?? pastToldObject(tokens, verb, after)
		?? tokens[skipAdjunct(tokens, after)]?.start ?? tokens.at(-1)!.end;
}

/** `responded warmly: “…”`: the adverb tells how the words were said; the quotation after it is what was said. */
function quotationAfterManner(tokens: readonly Token[], after: number): number | undefined {
	const manner = tokens[after];
	if (manner?.word && !manner.quoted && manner.lower.length > 4 && manner.lower.endsWith('ly') && [':', ','].includes(tokens[after + 1]?.text ?? '')
		&& tokens[after + 2]?.mark) {
		return tokens[after + 2]!.start;
	}

	return undefined;
}

/** A `that` soon after the cue, past only an object or an adjunct. */
function thatSoon(tokens: readonly Token[], after: number): number | undefined {
	for (let k = after; k < tokens.length && k - after < 18; k++) {
		const t = tokens[k]!;
		if (t.lower === 'that' && !t.quoted && (k - after < 12 || tokens[k - 1]!.text === ',' || tokens[k - 1]!.text === '\u2014')
			&& !determinerThat(tokens, k)) {
			return t.start;
		}

		// `said Thursday during a taping in Buffalo, New York, that …`, `said — on Twitter, as it happens — that …`: commas
		// and dashes of an adjunct (a place's state, an aside) may come before `that`.
		if (!t.quoted && ((t.text === ',' && k > after) || t.text === '\u2014')
			&& (tokens[k + 1]?.lower === 'that' || (tokens[k + 1]?.word && (tokens[k + 1]!.capital
				|| ['on', 'in', 'at', 'as'].includes(tokens[k + 1]!.lower))))) {
			continue;
		}

		// Only an object or an adjunct may stand between the cue and `that` (`told reporters in Taipei on Friday that`);
		// a subject pronoun or a conjunction means a clause has begun (`says it is … and that …`), though `and` may
		// join a name (`The Post and Courier`).
		const nameAnd = t.lower === 'and' && tokens[k - 1]?.capital
			&& tokens[k + 1]?.capital;
		// A cue verb between them starts a reported clause of its own (`said the engineers warned … that …`); with the
		// determiner `that` below, train F1_speech 0.8835 → 0.8839, P 0.9118 → 0.9125 (dev 0.8846 → 0.8854).
		// (Not a participle after an article, which is an adjective: `said in a written statement in March that …`.)
		if (!t.word || t.quoted || (clauseStarts.has(t.lower) && !nameAnd)
			|| (cueVerbs.has(t.lower) && !t.lower.endsWith('ing') && !articles.has(tokens[k - 1]!.lower))) {
			break;
		}
	}

	return undefined;
}

/** `called for a ban …`, `called on (upon) Congress to …`: the content follows the particle. */
function afterCalledFor(tokens: readonly Token[], verb: Token, after: number): number | undefined {
	if (/^call/.test(verb.lower) && ['for', 'on', 'upon'].includes(tokens[after]?.lower ?? '')) {
		return tokens[after + 1]?.start ?? tokens.at(-1)!.end;
	}

	return undefined;
}

/** `asked the senator whether …`: the question is the content. */
function askedQuestion(tokens: readonly Token[], verb: Token, after: number): number | undefined {
	if (!/^ask/.test(verb.lower)) {
		return undefined;
	}

	for (let k = after; k < tokens.length && k - after < 10; k++) {
		const t = tokens[k]!;
		if (!t.word || t.quoted) {
			break;
		}

		if (['if', 'whether', 'why', 'how', 'what', 'who', 'when', 'where', 'which'].includes(t.lower)) {
			return t.start;
		}
	}

	return undefined;
}

/** `that` before one unquoted word that ends the clause (`… disputed that claim.`): a determiner, no complementizer. */
function determinerThat(tokens: readonly Token[], k: number): boolean {
	const word = tokens[k + 1];
	const after = tokens[k + 2];
	// Before a comma, a name or a plural opens the clause (`said that Lee, …`, `said that trials, with …, were key`):
	// `that` determines neither.
	const opens = after?.text === ',' && word !== undefined && (word.capital || /[^su']s$/.test(word.lower));
	return word !== undefined && word.word && !word.quoted && !opens && (after === undefined || (!after.word && !after.quoted && !after.mark));
}

/**
 * `said, without evidence, that …`, `said — in an email, as it happens — that …`: an aside set off by commas or dashes
 * right after the cue is the writer's; the reported clause begins at the `that` after it.
 */
function thatAfterAside(tokens: readonly Token[], after: number): number | undefined {
	const open = tokens[after];
	if (!open || open.quoted || ![',', '\u2014', '\u2013'].includes(open.text)) {
		return undefined;
	}

	for (let k = after + 1; k < tokens.length && k - after <= 12; k++) {
		const t = tokens[k]!;
		if (t.quoted || ['.', ';', ':', '(', ')', '?', '!'].includes(t.text)) {
			return undefined;
		}

		if (t.text === open.text) {
			const next = tokens[k + 1];
			return k > after + 1 && next?.lower === 'that' && !next.quoted ? next.start : undefined;
		}
	}

	return undefined;
}

const articles = new Set(['a', 'an', 'the']);
