/**
 * Cues chained to a unit's main attribution (`… and added that …`, `…, saying …`, `…, which he said …`, `…, to which
 * Ortiz interjected: …`), each starting a statement of its own with the main speaker unless it names one; a participle
 * after an inverted speaker (`“…,” said Ann Lee, noting that …`) is one too, and a quotation closed with its comma right
 * before a chained cue's own speaker (`… - “A,” she said - and …`) is that speaker's. Apart from choose.ts because
 * these tests are asked only once the main cue is chosen. Token indices of one unit.
 */
import type {Quote} from './quotes.js';
import type {Token} from './tokens.js';
import {auxiliaries, cueVerbs, prepositions} from './lexicon.js';
import {quoteAround, wordCount, type Context} from './regions.js';
import {blockEnd, blockStart, isComma, listedAction, type Choice} from './choose.js';

/** `…, to which X …`: whether a preposition and `which` after a comma or dash come right before the attribution block. */
export function prepositionWhich(tokens: readonly Token[], c: Choice): boolean {
	const which = tokens[blockStart(c) - 1];
	const preposition = tokens[blockStart(c) - 2];
	return which?.lower === 'which' && !which.quoted && preposition !== undefined && prepositions.has(preposition.lower)
		&& !preposition.quoted && [',', '\u2014', '\u2013', '-'].includes(tokens[blockStart(c) - 3]?.text ?? '');
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

/**
 * `… - “A,” she said - and …`: a quotation closed with its comma right before a chained cue's own speaker (or an
 * inverted cue) that ends its clause is what that speaker said, not the end of the statement before it.
 */
export function quoteBefore(ctx: Context, c: Choice): Quote | undefined {
	const {text, tokens, quotes} = ctx;
	const t = tokens[blockStart(c) - 1];
	if (c.subject || !c.phrase || !t?.mark || !t.quoted || !/[,?!]/.test(text[t.start - 1] ?? '')) {
		return undefined;
	}

	// (Not before a clause of the speaker's own, `…, “A,” one prosecutor said the cases differ`; two words of an adjunct
	// may end the attribution: `said twice -`.)
	let k = blockEnd(c) + 1;
	while (k < tokens.length && k - blockEnd(c) <= 2 && tokens[k]!.word && !tokens[k]!.quoted) {
		k++;
	}

	if (k < tokens.length && (tokens[k]!.quoted || tokens[k]!.word)) {
		return undefined;
	}

	const q = quoteAround(quotes, t.end - 1);
	return q?.end === t.end ? q : undefined;
}

/**
 * `“…,” said Ann Lee, the harbor master, noting that …`: a participle after a comma that follows an inverted speaker
 * (no sentence subject before the quotation to borrow) is that speaker's next statement (train: +8 speech, −1 direct).
 */
export function participleAfterInverted(tokens: readonly Token[], main: Choice, c: Choice): boolean {
	const before = tokens[c.cue.first - 1];
	return main.inverted && !main.cue.according && main.phrase !== undefined && c.subject && c.phrase === undefined
		&& c.cue.first === c.cue.last && tokens[c.cue.first]!.lower.endsWith('ing') && before?.text === ',' && !before.quoted
		// (`…, recalling the episode`: a bare two-word object is more often the writer's gloss.)
		&& c.cue.last + 1 < tokens.length && wordCount(tokens, {start: tokens[c.cue.last + 1]!.start, end: tokens.at(-1)!.end}) >= 3;
}
