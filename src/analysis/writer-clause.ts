/**
 * Where reported content ends: the writer's own words that follow it in the same sentence (`…, a subtle dig at …`,
 * `… and cast doubt on …`, `… on his radio show`). The writer's clauses after a comma are in writer-after-comma.ts.
 * Offsets are UTF-16 indices into the article text.
 */
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {firstTokenAt, hasQuoteIn, trimRegion, wordCount, type Context} from './regions.js';
import {cueVerbs, subjectStarts} from './lexicon.js';
import {capitalized} from './phrases.js';
import {continuers, finiteAuxiliaries, coinedTerm, quotedSubject, glossingNoun, finiteWord, listGoesOn, articleBefore, lastInList} from './writer-quote-continues.js';
import {sequelConjunctions, anonymityTerms, objectOpeners, occasionAt, timeAfter, butSays, lastQuotationStart, writerGoesOn, gerundAfterObject, actionAfterAnd, dashAfterQuotation} from './writer-sequel.js';
import {writersClauseAfterComma} from './writer-after-comma.js';

/** Words that open a subordinate clause at the start of a sentence. */
const subordinators = new Set(['although', 'though', 'while', 'when', 'whereas', 'if', 'because', 'since', 'once', 'unless',
	'whether', 'even', 'after', 'before', 'until', 'having', 'upon', 'without', 'despite']);

/** The unit opens with a subordinate clause (`While Lee said …,`) and no comma comes before token `k`. */
function inOpeningClause(tokens: readonly Token[], k: number): boolean {
	let s = 0;
	while (s < k && (!tokens[s]!.word || tokens[s]!.quoted)) {
		s++;
	}

	// `One month after announcing …,`: a span of time before the opener.
	if (s + 2 < k && /^(?:one|a|two|three|four|five|several|\d+)$/.test(tokens[s]!.lower)
		&& /^(?:days?|weeks?|months?|years?|hours?|minutes)$/.test(tokens[s + 1]!.lower)) {
		s += 2;
	}

	if (s >= k || !subordinators.has(tokens[s]!.lower)) {
		return false;
	}

	for (let i = s + 1; i < k; i++) {
		if (tokens[i]!.text === ',' && !tokens[i]!.quoted) {
			return false;
		}
	}

	return true;
}

/**
 * Reported content ends where the writer adds a clause of their own with a new subject (`…, and he railed …`), after a
 * quotation closed with a comma, or at a dash after the quotation. (Cutting at `, which`, `, as`, a participle or any
 * dash was measured: each lost more matches than it gained.) Each token is tried against the constructions in turn.
 */
export function cutTrailing(ctx: Context, region: Range): Range {
	const {text, quotes, tokens} = ctx;
	const from = firstTokenAt(tokens, region.start);
	const subordinate = inOpeningClause(tokens, from);
	// (An object phrase: a determiner, possessive or object pronoun first, and no verb so far.)
	let objectOnly = objectOpeners.has(tokens[from]!.lower) && !tokens[from]!.quoted;
	const participleCue = from > 0 && tokens[from - 1]!.lower.endsWith('ing') && cueVerbs.has(tokens[from - 1]!.lower)
		&& tokens[from]!.lower !== 'that';
	let lastQuoteStart: number | undefined;
	let subjectTitle = false;
	let listOpened = tokens[from]!.text === ':';
	for (let i = from + 1; i < tokens.length && tokens[i]!.start < region.end; i++) {
		const t = tokens[i]!;
		if (subordinate && mainClauseAfter(tokens, region, i)) {
			return cutAt(ctx, region, t.start);
		}

		// (`said that “The Tide,” which began in 1990, was her favorite`: a quoted subject of the `that` clause, or a
		// list of them, waits for its predicate.)
		const commaClosed = t.mark && t.quoted && text[t.start - 1] === ',';
		subjectTitle = commaClosed ? quotedSubject(ctx, from, t.start, subjectTitle) : subjectTitle;
		if ((commaClosed && !subjectTitle && closedByComma(ctx, region, from, i)) || closedByExclamation(ctx, region, i)
			|| timeAfterQuotation(tokens, region, i)) {
			return {start: region.start, end: t.end};
		}

		if (butBeforeSaying(tokens, from, i) || participleSequel(tokens, region, i)) {
			return cutAt(ctx, region, t.start);
		}

		// `pledged to be “…” and cast doubt on …`: the subject's next action is the writer's report (train: +4 direct
		// quotes, 3 fewer spurious; not after `that`, whose clause's own subject may act again, nor before another quotation).
		// (A mark followed by unquoted words closes its quotation. The last quotation's start is looked up once, lazily,
		// so a unit of many quotations stays linear.)
		if (t.mark && t.quoted && (writerGoesOn(tokens, i + 1) || gerundAfterObject(ctx, i)) && tokens[from]!.lower !== 'that'
			&& wordCount(tokens, {start: region.start, end: t.start}) >= 2) {
			lastQuoteStart ??= lastQuotationStart(quotes, region);
			// (Before a verb of saying, a later quotation is that verb's, not this content's: `condemned “…” and declared “…”`.)
			if (lastQuoteStart < t.end || cueVerbs.has(actionAfterAnd(tokens, i + 1)!.lower)) {
				return {start: region.start, end: t.end};
			}
		}

		if (nextParticipleAct(tokens, participleCue, i)) {
			return {start: region.start, end: t.end};
		}

		const terms = termsOfSpeaking(tokens, from, i);
		if (terms) {
			return cutAt(ctx, region, terms.start);
		}

		if (occasionAfterObject(ctx, region, from, i, objectOnly)) {
			return cutAt(ctx, region, t.start);
		}

		objectOnly &&= t.word && !t.quoted && !finiteWord(t);
		if (dashAfterQuotation(ctx, region, t) || writersClauseAfterComma(ctx, region, i) || clauseAfterSemicolon(tokens, region, i, listOpened)) {
			return cutAt(ctx, region, t.start);
		}

		// (After the first semicolon the content is a list, so the scan for a second one runs once.)
		listOpened ||= (t.text === ':' || t.text === ';') && !t.quoted;
	}

	return region;
}

/**
 * `Lee said the levy was late; Kim disagreed`: the unit's only semicolon outside quotation marks, then a new subject,
 * starts the writer's next clause (several semicolons, or a colon before, make a list of what was said).
 */
function clauseAfterSemicolon(tokens: readonly Token[], region: Range, i: number, listOpened: boolean): boolean {
	const t = tokens[i]!;
	const next = tokens[i + 1];
	if (t.text !== ';' || t.quoted || listOpened || !next?.word || next.quoted || !(next.capital || subjectStarts.has(next.lower))) {
		return false;
	}

	for (let k = i + 1; k < tokens.length && tokens[k]!.start < region.end; k++) {
		if (tokens[k]!.text === ';' && !tokens[k]!.quoted) {
			return false;
		}
	}

	return true;
}

/**
 * `Although Lee said the plan was costly, she voted for it`: the opening clause ends at its comma at token `i`, where
 * the main clause (a subject) begins.
 */
function mainClauseAfter(tokens: readonly Token[], region: Range, i: number): boolean {
	const t = tokens[i]!;
	return t.text === ',' && !t.quoted && tokens[i + 1]?.word === true && !tokens[i + 1]!.quoted
		&& (subjectStarts.has(tokens[i + 1]!.lower) || capitalized(tokens[i + 1]!))
		&& wordCount(tokens, {start: region.start, end: t.start}) >= 2;
}

/**
 * `called him a “moderate,” a subtle dig at …`: a comma inside the closing mark at token `i` ends the speaker's words.
 * (Not before a clause or phrase that continues the content: `was “futile,” because …`, `“…,” in regards to …`,
 * `said that he was “stern,” and that …`.)
 */
function closedByComma(ctx: Context, region: Range, from: number, i: number): boolean {
	const {tokens} = ctx;
	const t = tokens[i]!;
	return t.end < region.end - 1 && i + 1 < tokens.length
		// (`called an “inversion,” in which …`: a preposition and `which` gloss the quoted term in the writer's words;
		// not a title's, `on “This Morning,” in which he …`, which tells of the show.)
		&& (!continuers.has(tokens[i + 1]!.lower) || (tokens[i + 2]?.lower === 'which' && !tokens[i + 2]!.quoted && coinedTerm(ctx, t.start)))
		&& !(['and', 'or', 'but'].includes(tokens[i + 1]!.lower) && ['that', 'also', 'not'].includes(tokens[i + 2]?.lower ?? ''))
		// (`said that polls could be “way off,” and have been …`: inside a `that` clause, a second predicate of its subject.)
		&& !(tokens[i + 1]!.lower === 'and' && finiteAuxiliaries.has(tokens[i + 2]?.lower ?? '') && tokens[from]!.lower === 'that')
		// (`repeat “Fix the Pier,” “Save the Ferry” and “Vote”`: a list of three quotations or more is one content.)
		&& !(tokens[i + 1]!.quoted && listGoesOn(ctx, t.end, region.end))
		// (`a “loser,” a “liar” and a “whiner”`: so is a list whose items each have an article.)
		&& !(articleBefore(tokens, i + 1) && listGoesOn(ctx, t.end, region.end))
		// (`“A,” and, yes, “B”`: so is the last of a list after `and`/`or`.)
		&& !(['and', 'or'].includes(tokens[i + 1]!.lower) && lastInList(tokens, i + 2, region.end))
		&& !glossingNoun(tokens, i + 1);
}

/**
 * `yelled “You lie!” at the president during …`: a quoted exclamation or question ends the words said.
 * (A mark followed by unquoted words closes its quotation.)
 */
function closedByExclamation(ctx: Context, region: Range, i: number): boolean {
	const {text, tokens} = ctx;
	const t = tokens[i]!;
	return t.mark && t.quoted && /[!?]/.test(text[t.start - 1] ?? '') && t.end < region.end - 1 && i + 1 < tokens.length
		&& !tokens[i + 1]!.quoted;
}

/**
 * `a post reading “Thank you Ohio” moments after polls closed`, `called him “decent” Tuesday, hours after …`: a time
 * adjunct after the quotation is the writer's.
 */
function timeAfterQuotation(tokens: readonly Token[], region: Range, i: number): boolean {
	const t = tokens[i]!;
	return t.mark && t.quoted && i + 1 < tokens.length && !tokens[i + 1]!.quoted && timeAfter(tokens, i + 1)
		&& wordCount(tokens, {start: region.start, end: t.start}) >= 1;
}

/** `… a prayer for the nominee but did not suggest it would be …`: `but` before the subject's next verb of saying. */
function butBeforeSaying(tokens: readonly Token[], from: number, i: number): boolean {
	const t = tokens[i]!;
	return t.lower === 'but' && !t.quoted && i > from + 2 && butSays(tokens, i + 1);
}

/** `… “kept us safe” on Twitter before claiming …`: a participle after before/after/while is the writer's sequel. */
function participleSequel(tokens: readonly Token[], region: Range, i: number): boolean {
	const t = tokens[i]!;
	return !t.quoted && sequelConjunctions.has(t.lower) && tokens[i + 1]?.lower.endsWith('ing') === true && !tokens[i + 1]!.quoted
		&& wordCount(tokens, {start: region.start, end: t.start}) >= 3;
}

/**
 * `…, writing a book called “Harbor Days” and leading the pier campaign`: after a participle cue, `and` with another
 * participle is the subject's next act, in the writer's words.
 */
function nextParticipleAct(tokens: readonly Token[], participleCue: boolean, i: number): boolean {
	const t = tokens[i]!;
	return t.mark && t.quoted && participleCue && tokens[i + 1]?.lower === 'and' && !tokens[i + 1]!.quoted
		&& /^[a-z]{3,}ing$/.test(tokens[i + 2]?.text ?? '') && !['being', 'having'].includes(tokens[i + 2]!.lower) && !tokens[i + 2]!.quoted;
}

/**
 * `confirmed the meeting on the condition of anonymity because …`: the terms of speaking are the writer's report. The
 * token they start at (with an `only` before them).
 */
function termsOfSpeaking(tokens: readonly Token[], from: number, i: number): Token | undefined {
	const t = tokens[i]!;
	if (!t.quoted && ['on', 'under', 'upon'].includes(t.lower) && anonymityTerms(tokens, i + 1) && i > from) {
		return tokens[i - 1]!.lower === 'only' && i - 1 > from ? tokens[i - 1]! : t;
	}

	return undefined;
}

/**
 * `stressed those worries on Sunday at a forum`, `explained his reasoning in an appearance on …`: after an object
 * with no verb of its own, the time or venue of the saying is the writer's.
 */
function occasionAfterObject(ctx: Context, region: Range, from: number, i: number, objectOnly: boolean): boolean {
	const {tokens} = ctx;
	const t = tokens[i]!;
	return !t.quoted && i > from && objectOnly && i - from <= 8 && occasionAt(tokens, i)
		&& !hasQuoteIn({start: t.start, end: region.end}, ctx.quotes);
}

/** The region cut before offset `end`, trimmed; the whole region when nothing is left. */
function cutAt(ctx: Context, region: Range, end: number): Range {
	return trimRegion(ctx.text, region.start, end, ctx.quotes) ?? region;
}
