/**
 * Where reported content ends: the writer's own words that follow it in the same sentence (`…, a subtle dig at …`,
 * `… and cast doubt on …`, `… on his radio show`). Offsets are UTF-16 indices into the article text.
 */
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {firstTokenAt, hasQuoteIn, trimRegion, wordCount, type Context} from './regions.js';
import {cueVerbs, subjectStarts} from './lexicon.js';
import {capitalized} from './phrases.js';
import {continuers, finiteAuxiliaries, coinedTerm, quotedSubject, glossingNoun, finiteWord, listGoesOn, articleBefore, lastInList} from './writer-quote-continues.js';
import {sequelConjunctions, newSubjects, writersTurns, pastSaying, anonymityTerms, objectOpeners, occasionAt, pastAct, quoteShortlyBefore, timeAfter, quotationSoon, butSays, withActing, lastQuotationStart, writerGoesOn, gerundAfterObject, actionAfterAnd, dashAfterQuotation} from './writer-sequel.js';

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
 * dash was measured: each lost more matches than it gained.)
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
	for (let i = from + 1; i < tokens.length && tokens[i]!.start < region.end; i++) {
		const t = tokens[i]!;
		// `Although Lee said the plan was costly, she voted for it`: the opening clause ends at its comma, where the
		// main clause (a subject) begins.
		if (subordinate && t.text === ',' && !t.quoted && tokens[i + 1]?.word && !tokens[i + 1]!.quoted
			&& (subjectStarts.has(tokens[i + 1]!.lower) || capitalized(tokens[i + 1]!))
			&& wordCount(tokens, {start: region.start, end: t.start}) >= 2) {
			return trimRegion(text, region.start, t.start, quotes) ?? region;
		}

		// `called him a “moderate,” a subtle dig at …`: a comma inside the closing mark ends the speaker's words.
		// (Not before a clause or phrase that continues the content: `was “futile,” because …`, `“…,” in regards to …`,
		// `said that he was “stern,” and that …`.)
		// (`said that “The Tide,” which began in 1990, was her favorite`: a quoted subject of the `that` clause, or a
		// list of them, waits for its predicate.)
		const commaClosed = t.mark && t.quoted && text[t.start - 1] === ',';
		subjectTitle = commaClosed ? quotedSubject(ctx, from, t.start, subjectTitle) : subjectTitle;
		if (commaClosed && !subjectTitle && t.end < region.end - 1 && i + 1 < tokens.length
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
			&& !glossingNoun(tokens, i + 1)) {
			return {start: region.start, end: t.end};
		}

		// `yelled “You lie!” at the president during …`: a quoted exclamation or question ends the words said.
		// (A mark followed by unquoted words closes its quotation.)
		if (t.mark && t.quoted && /[!?]/.test(text[t.start - 1] ?? '') && t.end < region.end - 1 && i + 1 < tokens.length
			&& !tokens[i + 1]!.quoted) {
			return {start: region.start, end: t.end};
		}

		// `a post reading “Thank you Ohio” moments after polls closed`, `called him “decent” Tuesday, hours after …`: a time
		// adjunct after the quotation is the writer's.
		if (t.mark && t.quoted && i + 1 < tokens.length && !tokens[i + 1]!.quoted && timeAfter(tokens, i + 1)
			&& wordCount(tokens, {start: region.start, end: t.start}) >= 1) {
			return {start: region.start, end: t.end};
		}

		// `… a prayer for the nominee but did not suggest it would be …`: `but` before the subject's next verb of saying.
		if (t.lower === 'but' && !t.quoted && i > from + 2 && butSays(tokens, i + 1)) {
			return trimRegion(text, region.start, t.start, quotes) ?? region;
		}

		// `… “kept us safe” on Twitter before claiming …`: a participle after before/after/while is the writer's sequel.
		if (!t.quoted && sequelConjunctions.has(t.lower) && tokens[i + 1]?.lower.endsWith('ing') && !tokens[i + 1]!.quoted
			&& wordCount(tokens, {start: region.start, end: t.start}) >= 3) {
			return trimRegion(text, region.start, t.start, quotes) ?? region;
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

		// `…, writing a book called “Harbor Days” and leading the pier campaign`: after a participle cue, `and` with another
		// participle is the subject's next act, in the writer's words.
		if (t.mark && t.quoted && participleCue && tokens[i + 1]?.lower === 'and' && !tokens[i + 1]!.quoted
			&& /^[a-z]{3,}ing$/.test(tokens[i + 2]?.text ?? '') && !['being', 'having'].includes(tokens[i + 2]!.lower) && !tokens[i + 2]!.quoted) {
			return {start: region.start, end: t.end};
		}

		// `confirmed the meeting on the condition of anonymity because …`: the terms of speaking are the writer's report.
		if (!t.quoted && ['on', 'under', 'upon'].includes(t.lower) && anonymityTerms(tokens, i + 1) && i > from) {
			const at = tokens[i - 1]!.lower === 'only' && i - 1 > from ? tokens[i - 1]! : t;
			return trimRegion(text, region.start, at.start, quotes) ?? region;
		}

		// `stressed those worries on Sunday at a forum`, `explained his reasoning in an appearance on …`: after an object
		// with no verb of its own, the time or venue of the saying is the writer's.
		if (!t.quoted && i > from && objectOnly && i - from <= 8 && occasionAt(tokens, i)
			&& !hasQuoteIn({start: t.start, end: region.end}, quotes)) {
			return trimRegion(text, region.start, t.start, quotes) ?? region;
		}

		objectOnly &&= t.word && !t.quoted && !finiteWord(t);
		if (dashAfterQuotation(ctx, region, t)) {
			return trimRegion(text, region.start, t.start, quotes) ?? region;
		}

		if (t.text !== ',' || t.quoted) {
			continue;
		}

		const a = tokens[i + 1];
		const b = tokens[i + 2];
		if (!a || a.quoted) {
			continue;
		}

		// `said he was being “sarcastic” in his comments, which raised concerns …`: a `which` clause with a past tense of
		// its own, shortly after the quoted words, is the writer's account of what they caused (train: +1 direct, no loss;
		// farther from a quotation, or with none, it lost 8 matches: `…, which struck down …` often goes on with what was said).
		if (a.lower === 'which' && pastAct(b) && quoteShortlyBefore(ctx, region.start, t.start)) {
			return trimRegion(text, region.start, t.start, quotes) ?? region;
		}

		// `… they’re liberal, 32% call themselves …`, `…, 27 percent of those polled said …`: the next share's answer.
		if (/^\d+(?:\.\d+)?%?$/.test(a.lower) && (a.lower.endsWith('%') || b?.lower === 'percent' || b?.text === '%')
			&& wordCount(tokens, {start: region.start, end: t.start}) >= 2) {
			return trimRegion(text, region.start, t.start, quotes) ?? region;
		}

		// `… will not back the mayor, as has Ann Lee`, `…, as was the case with …`: an elliptical comparison is the writer's.
		if (a.lower === 'as' && ['has', 'have', 'had', 'did', 'do', 'does', 'was', 'were', 'is', 'are'].includes(b?.lower ?? '') && !b!.quoted
			&& wordCount(tokens, {start: region.start, end: t.start}) >= 2) {
			return trimRegion(text, region.start, t.start, quotes) ?? region;
		}

		// `… denied it happened, with Lee taking to Twitter to …`: an absolute clause of someone's act is the writer's.
		if (a.lower === 'with' && b !== undefined && b.word && !b.quoted && capitalized(b) && withActing(tokens, i + 3)
			&& wordCount(tokens, {start: region.start, end: t.start}) >= 2) {
			return trimRegion(text, region.start, t.start, quotes) ?? region;
		}

		// `…, after 55 percent said so`, `…, compared with …`, `…, while others …`: the writer's contrast or sequel.
		// (`, and it …` too: train +2 speech, one fewer spurious.)
		if (((a.lower === 'and' || a.lower === 'but') && b !== undefined && (newSubjects.has(b.lower) || pastSaying(b)))
			// (`…, and has championed …`: a perfect tense of the subject's is the writer's report too.)
			|| (a.lower === 'and' && ['has', 'have', 'had'].includes(b?.lower ?? '') && /ed$/.test(tokens[i + 3]?.lower ?? '') && !tokens[i + 3]!.quoted)
			// (`…, when Mr. Kim, who …, called for a “…”`: a named subject's own quoted words; not a pronoun's, train −1.)
			|| (a.lower === 'when' && b !== undefined && b.word && !b.quoted && capitalized(b) && quotationSoon(tokens, i + 2, region.end))
			|| (writersTurns.has(a.lower)
				&& (wordCount(tokens, {start: region.start, end: t.start}) >= 3 || /^(?:yes|no)\b/i.test(text.slice(region.start, t.start))))
			|| (a.lower === 'but' && b !== undefined && b.word && !b.quoted && (subjectStarts.has(b.lower) || b.text[0] !== b.lower[0])
				&& !/\bnot (?:just|only|merely)\b/i.test(text.slice(region.start, t.start)))) {
			const r = trimRegion(text, region.start, t.start, quotes);
			return r ?? region;
		}
	}

	return region;
}
