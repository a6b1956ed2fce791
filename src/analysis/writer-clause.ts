/**
 * Where reported content ends: the writer's own words that follow it in the same sentence (`…, a subtle dig at …`,
 * `… and cast doubt on …`, `… on his radio show`). Offsets are UTF-16 indices into the article text.
 */
import type {Quote} from './quotes.js';
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {firstTokenAt, hasQuoteIn, quoteAround, quotesIn, quoteStartingIn, trimRegion, wordCount, type Context} from './regions.js';
import {auxiliaries, claimNouns, clauseStarts, cueVerbs, irregularPastTenses, personPronouns, possessiveWords, subjectStarts} from './lexicon.js';
import {notVerbs} from './verbs.js';
import {capitalized, determinerWords} from './phrases.js';
import {dayNames} from './speakers.js';

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

/** Words after a quotation closed with a comma that carry the reported content on. */
const continuers = new Set(['because', 'in', 'at', 'compared', 'for', 'to', 'with', 'since', 'if', 'unless', 'when', 'while',
	'even', 'than', 'though', 'although', 'among', 'between', 'over', 'from', 'about', 'against', 'such', 'where', 'including']);

/** Auxiliaries that open a finite predicate: `have been`, `will`, `could`. */
const finiteAuxiliaries = new Set(['have', 'has', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'should', 'may', 'might']);

/** Participles of consequence the writer adds after reported content: `…, forcing airliners to …`, `…, prompting …`. */
const consequences = ['forcing', 'referring', 'leaving', 'prompting', 'drawing', 'throwing', 'employing', 'sparking', 'raising',
	'meaning', 'reversing', 'marking', 'ending', 'signaling', 'putting', 'giving', 'bringing', 'leading'];

/** `… before heading to …`: words that open the writer's sequel before a participle. */
const sequelConjunctions = new Set(['before', 'after', 'while']);

/** Pronouns that open the writer's own clause after `, and` / `, but`. */
const newSubjects = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** Words after a comma that turn to the writer's contrast or sequel. */
const writersTurns = new Set(['after', 'compared', 'although', 'though', 'while', 'whereas', ...consequences]);

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

/** The quotation that closes at `at` opens with a lowercase word (`“inversion,”`), not a title's capital. */
function coinedTerm(ctx: Context, at: number): boolean {
	const q = quoteAround(ctx.quotes, at);
	return q !== undefined && /^(?:["\u201C]|'')\p{Ll}/u.test(ctx.text.slice(q.start, q.start + 3));
}

/** `…, and said …`, `…, but added …`: a past verb of saying after the comma is the subject's next statement. */
function pastSaying(t: Token): boolean {
	return t.word && !t.quoted && cueVerbs.has(t.lower) && (t.lower.endsWith('ed') || irregularPastTenses.has(t.lower));
}

/** `(the) condition of anonymity`, `condition that he not be named` from token `k`. */
function anonymityTerms(tokens: readonly Token[], k: number): boolean {
	const at = tokens[k]?.lower === 'the' ? k + 1 : k;
	return tokens[at]?.lower === 'condition' && !tokens[at]!.quoted && ['of', 'that'].includes(tokens[at + 1]?.lower ?? '');
}

const objectOpeners = new Set(['the', 'his', 'her', 'their', 'its', 'those', 'these', 'it', 'them', 'him']);

const occasionNouns = new Set(['interview', 'appearance', 'speech', 'rally', 'forum', 'statement', 'debate', 'hearing',
	'news', 'press', 'town', 'event', 'op-ed', 'column', 'tweet', 'post', 'letter', 'email']);

/** `on Sunday`, `at a town hall`, `in an interview`, `during a speech`, `in print`: the occasion of saying at token `k`. */
function occasionAt(tokens: readonly Token[], k: number): boolean {
	const p = tokens[k]!.lower;
	const w = (m: number) => tokens[m]?.word && !tokens[m]!.quoted ? tokens[m]!.lower : '';
	if (p === 'on') {
		return dayNames.has(w(k + 1));
	}

	if (p === 'in' && w(k + 1) === 'print') {
		return true;
	}

	const noun = ['a', 'an'].includes(w(k + 1)) ? (occasionNouns.has(w(k + 2)) ? k + 2 : k + 3) : -1;
	return ['at', 'in', 'during'].includes(p) && noun > 0 && occasionNouns.has(w(noun));
}

/**
 * The quoted title around `at` opens the `that` clause at token `from` (a determiner between at most), or, once one has
 * (`listed`), follows it after `and` or `or`: it is the clause's subject, whose predicate is still to come.
 */
function quotedSubject(ctx: Context, from: number, at: number, listed: boolean): boolean {
	const {quotes, tokens} = ctx;
	const q = quoteAround(quotes, at);
	const open = q ? firstTokenAt(tokens, q.start) : 0;
	const k = tokens[open - 1] && determinerWords.has(tokens[open - 1]!.lower) ? open - 2 : open - 1;
	const before = tokens[k];
	if (q === undefined || !before || before.quoted || !(k === from ? before.lower === 'that' : listed && ['and', 'or'].includes(before.lower))) {
		return false;
	}

	// (A title: a quoted clause of the speaker's own, `that “we will win,” a claim …`, ends there.)
	let words = 0;
	for (let m = open; m < tokens.length && m - open <= 12 && tokens[m]!.start < q.end; m++) {
		const t = tokens[m]!;
		if (t.word && ((t.text[0] === t.lower[0] && !titleFillers.has(t.lower)) || ++words > 6)) {
			return false;
		}
	}

	return words > 0;
}

const titleFillers = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to']);

/**
 * `his embrace of “birtherism,” the notion that Kim was …`: an appositive of a noun of holding with its `that` clause,
 * one modifier allowed, spells out the quoted term and is part of what is held (not a relative `an idea that was …`).
 */
function glossingNoun(tokens: readonly Token[], k: number): boolean {
	const w = (m: number) => tokens[m] && !tokens[m]!.quoted ? tokens[m]!.lower : '';
	if (!['the', 'a', 'an'].includes(w(k))) {
		return false;
	}

	const that = w(k + 2) === 'that' ? k + 2 : w(k + 3) === 'that' ? k + 3 : -1;
	const next = tokens[that + 1];
	return that > 0 && claimNouns.has(w(that - 1)) && next !== undefined && next.word && !finiteWord(next);
}

/** A finite verb or auxiliary: the object phrase has become a clause. */
function finiteWord(t: Token): boolean {
	return auxiliaries.has(t.lower) || irregularPastTenses.has(t.lower) || /[a-z]ed$/.test(t.lower) || cueVerbs.has(t.lower);
}

/** A past tense that is no verb of saying: `raised`, `drew`. */
function pastAct(t: Token | undefined): boolean {
	return t !== undefined && t.word && !t.quoted && t.text === t.lower && !cueVerbs.has(t.lower) && !auxiliaries.has(t.lower)
		&& ((t.lower.length > 4 && t.lower.endsWith('ed')) || irregularPastTenses.has(t.lower));
}

/** Whether a quotation inside `[from, to)` closes at most four words before `to`. */
function quoteShortlyBefore(ctx: Context, from: number, to: number): boolean {
	const q = ctx.quotes[firstTokenAt(ctx.quotes, to) - 1];
	return q !== undefined && q.start >= from && q.end <= to && wordCount(ctx.tokens, {start: q.end, end: to}) <= 4;
}

/** Whether the quotation opening at `from` is followed by another one, after its comma or `and`/`or`. */
function listGoesOn(ctx: Context, from: number, end: number): boolean {
	const q = quoteStartingIn(ctx.quotes, from, end);
	return q !== undefined && q.end < end
		&& (ctx.text[q.end - 2] === ',' || /^\s*,?\s*(?:and|or)\s+(?:(?:a|an|the)\s+)?["\u201C]/.test(ctx.text.slice(q.end, q.end + 16)));
}

/** An article at token `k` right before a quotation (`a “liar”`). */
function articleBefore(tokens: readonly Token[], k: number): boolean {
	const t = tokens[k];
	return t !== undefined && !t.quoted && ['a', 'an', 'the'].includes(t.lower) && tokens[k + 1]?.quoted === true && tokens[k + 1]!.mark;
}

/** A quotation opening within four tokens from `k` (past `, yes,` or `even`), before `end`. */
function lastInList(tokens: readonly Token[], k: number, end: number): boolean {
	for (let m = k; m < tokens.length && m - k < 4 && tokens[m]!.start < end; m++) {
		if (tokens[m]!.quoted) {
			return true;
		}
	}

	return false;
}

const spanNouns = /^(?:moments?|minutes?|hours?|days?|weeks?|months?|years?)$/;

/** `Tuesday`, `moments after`, `hours before`, `two days after`: a time adjunct at token `k`. */
function timeAfter(tokens: readonly Token[], k: number): boolean {
	const t = tokens[k]!;
	if (dayNames.has(t.lower)) {
		return true;
	}

	// (A count may come first: `two days after`.)
	const span = spanNouns.test(t.lower) ? k : k + 1;
	return spanNouns.test(tokens[span]?.lower ?? '') && (span === k || /^(?:\d+|a|two|three|four|five|several|few)$/.test(t.lower))
		&& ['after', 'before', 'later', 'earlier', 'ago'].includes(tokens[span + 1]?.lower ?? '');
}

/** Whether a quotation opens within 30 tokens from token `k`, before `end`. */
function quotationSoon(tokens: readonly Token[], k: number, end: number): boolean {
	for (let m = k; m < tokens.length && m - k < 30 && tokens[m]!.start < end; m++) {
		if (tokens[m]!.quoted) {
			return true;
		}
	}

	return false;
}

/**
 * Auxiliaries, then a verb of saying from token `k` (`did not suggest`, `went on to say`, `also said`). Not after a
 * modal: `said she had lost pay but would not blame the union` goes on with what she said.
 */
function butSays(tokens: readonly Token[], k: number): boolean {
	let m = k;
	while (m < tokens.length && m - k < 3 && !tokens[m]!.quoted && (auxiliaries.has(tokens[m]!.lower) || ['went', 'on', 'to'].includes(tokens[m]!.lower))) {
		if (modals.has(tokens[m]!.lower)) {
			return false;
		}

		m++;
	}

	const v = tokens[m];
	return v !== undefined && !v.quoted && cueVerbs.has(v.lower) && !v.lower.endsWith('ing');
}

/** A participle within the name's next three tokens from `k` (`with Ann Lee taking …`). */
function withActing(tokens: readonly Token[], k: number): boolean {
	for (let m = k; m < tokens.length && m - k < 3; m++) {
		const t = tokens[m]!;
		if (!t.word || t.quoted) {
			return false;
		}

		if (!capitalized(t)) {
			return t.lower.endsWith('ing') && t.lower.length > 4;
		}
	}

	return false;
}

const modals = new Set(['would', 'could', 'should', 'might', 'may', 'will', 'can', 'must', 'shall', 'wouldn\'t', 'couldn\'t', 'won\'t', 'can\'t']);

/** Start of the last quotation that starts inside `region` (-1 when none does). */
function lastQuotationStart(quotes: readonly Quote[], region: Range): number {
	let last = -1;
	for (const q of quotes) {
		if (q.start >= region.start && q.start < region.end) {
			last = q.start;
		}
	}

	return last;
}

/**
 * `called her “third-rate” and boycotted …`, `pledged to be “…” and cast doubt …`: after a closing quotation, `and`
 * with a verb in the past tense (an adverb may come between) starts the subject's next action, which the writer
 * reports, not the speaker; so does `as` + a subject pronoun (`says he’s “excited” as he faces …`). (Participles after
 * `and`, and `in` + a participle, were measured too: each lost as many matches as it gained.)
 */
function writerGoesOn(tokens: readonly Token[], k: number): boolean {
	// (`… “the presumptive nominee” even as she loses …` too.)
	const as = tokens[k]?.lower === 'even' && tokens[k + 1]?.lower === 'as' && !tokens[k + 1]!.quoted ? k + 1 : k;
	const next = tokens[as + 1];
	if (tokens[as]?.lower === 'as' && !tokens[as]!.quoted && next !== undefined && !next.quoted && personPronouns.has(next.lower)) {
		return true;
	}

	if (tokens[k]?.lower !== 'and' || tokens[k]!.quoted) {
		return false;
	}

	const v = actionAfterAnd(tokens, k);
	return v !== undefined && v.word && !v.quoted && v.text === v.lower
		&& ((v.lower.length > 4 && v.lower.endsWith('ed')) || irregularPastTenses.has(v.lower) || presentAct(tokens, k, v));
}

/**
 * `blasted the port for its “outrageous fees” in charging …`: `in` + a gerund after a quotation that ends a prepositional
 * object (`for its “…”`, `of a “…”`) tells how the subject acted, the writer's words; after a reported clause it goes on
 * with what was said (`she “steered a middle ground” in addressing …`). `i` is the closing mark.
 */
function gerundAfterObject(ctx: Context, i: number): boolean {
	const {tokens, quotes} = ctx;
	const g = tokens[i + 2];
	if (tokens[i + 1]?.lower !== 'in' || tokens[i + 1]!.quoted || !g?.word || g.quoted || g.lower.length <= 5 || !g.lower.endsWith('ing')) {
		return false;
	}

	const q = quoteAround(quotes, tokens[i]!.end - 1);
	let k = q ? firstTokenAt(tokens, q.start) - 1 : -1;
	while (k >= 0 && tokens[k]!.word && !tokens[k]!.quoted && (['a', 'an', 'the'].includes(tokens[k]!.lower) || possessiveWords.has(tokens[k]!.lower))) {
		k--;
	}

	return k >= 0 && !tokens[k]!.quoted && ['of', 'for', 'about'].includes(tokens[k]!.lower);
}

/**
 * `rails against “…” and pledges to …`: a present verb of saying right after `and`, before `to` or `that`, is the
 * subject's next act in a present-tense account (a plural noun such as `and claims of fraud` has neither after it).
 */
function presentAct(tokens: readonly Token[], k: number, v: Token): boolean {
	const after = tokens[k + 2];
	return tokens[k + 1] === v && cueVerbs.has(v.lower) && /[a-z][^s']s$/.test(v.lower)
		&& after !== undefined && !after.quoted && (after.lower === 'to' || after.lower === 'that');
}

/** The word after `and` at `k`, past one adverb and a perfect tense's `has` (`… and has invited …`). */
function actionAfterAnd(tokens: readonly Token[], k: number): Token | undefined {
	let at = k + 1;
	if (tokens[at]?.word && tokens[at]!.lower.endsWith('ly') && !tokens[at]!.quoted) {
		at++;
	}

	if (tokens[at]?.word && !tokens[at]!.quoted && ['has', 'have', 'had'].includes(tokens[at]!.lower)) {
		at++;
	}

	return tokens[at];
}

/**
 * `he was “encouraged” by the plan — a modest boost for …`: a spaced dash after the reported words' quotation, with no
 * quotation after it, opens the writer's comment (but not a dash of a pair around an aside: `“…” - and X - …`).
 */
function dashAfterQuotation(ctx: Context, region: Range, t: Token): boolean {
	const {text, quotes} = ctx;
	// (An em or en dash may touch the closing mark: `“kitchen sink”— as in …`.)
	if (t.quoted || !['\u2014', '\u2013', '-'].includes(t.text)
		|| !(/\s/.test(text[t.start - 1] ?? '') || (t.text !== '-' && /["\u201D']/.test(text[t.start - 1] ?? '')))) {
		return false;
	}

	const before = quotesIn({start: region.start, end: t.start}, quotes).at(-1);
	const dash = t.text === '-' ? ' -' : t.text;
	return before !== undefined && !quoteStartingIn(quotes, t.end, region.end)
		&& !text.slice(before.end, t.start).includes(dash) && !text.slice(t.end, region.end).includes(dash);
}

/** Verbs that name or judge (`called the plan “a disaster”`): what they say is the quoted name. */
export const namingVerb = /^(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|describ(?:e|es|ed|ing)|refer(?:s|red|ring)?|chant(?:s|ed|ing)?|declar(?:e|es|ed|ing))$/;

/**
 * `called Palin a “clown” on his radio show …`, `calling him a “stiff” and accusing him …`: after a naming verb the
 * content ends with the quoted name (a run of quotations joined by `and`/`or`/commas, or a parenthesis, counts as one).
 */
const nameEnders = new Set(['and', 'but', 'in', 'during', 'when', 'while', 'as', 'after', 'before', 'since', 'amid',
	'despite', 'then']);

export function cutAfterName(ctx: Context, region: Range): Range {
	const {text, quotes} = ctx;
	let i = hasQuoteIn(region, quotes) ? firstTokenAt(quotes, region.start) : -1;
	if (i < 0 || wordCount(ctx.tokens, {start: region.start, end: quotes[i]!.start}) > 12) {
		return region;
	}

	while (quotes[i + 1] && quotes[i + 1]!.end <= region.end
		&& /^[\s,(]*(?:(?:and|or)\s+)?[\s(]*$/.test(text.slice(quotes[i]!.end, quotes[i + 1]!.start))) {
		i++;
	}

	let end = quotes[i]!.end;
	if (text[end] === ')' && text.lastIndexOf('(', end) > region.start) {
		end++;
	}

	// Only where the writer goes on (`… and accused him`, `… on his radio show`); `the “fraudulent” nomination` and
	// `“flexibility” for advisers` continue the name, and so, annotators mostly judge, do a reason or a setting
	// (`“a mistake” because …`, `“the pearl” on the Silk Road`, `“a ban” on all imports`: train +6 direct, P +0.0006).
	const after = /^[\s,]*([\p{L}]+)(?:\s+([\p{L}]+))?/u.exec(text.slice(end, region.end));
	const next = after?.[1]?.toLowerCase();
	const venue = next === 'on' && possessiveWords.has(after?.[2]?.toLowerCase() ?? '');
	// `the so-called “Harbor Plan” seeks to …`: the name is the subject of the writer's own clause.
	// (An -s word before `of` is a plural noun: `“psychographic” profiles of voters`.)
	const verb = next !== undefined && after![1] === next && !/^\s*,/.test(text.slice(end, region.end)) && !notVerbs.has(next)
		&& (irregularPastTenses.has(next) || /[a-z]{2}ed$/.test(next) || (/[a-z]{2}[^s'u]s$/.test(next) && after![2]?.toLowerCase() !== 'of'));
	// (A dash after the name opens the writer's gloss: `called this the “expectations game” — setting …`.)
	const dash = /^\s*[\u2014\u2013]|^\s+-\s/.test(text.slice(end, region.end));
	return end < region.end && (dash || (next !== undefined && (nameEnders.has(next) || venue || verb))) ? {start: region.start, end} : region;
}

/**
 * `posted a message on Twitter reading “Thank you, Ohio” moments after …`: the words of a message, sign or shirt
 * quoted after `reading` (`that read`, `saying`) are what was said; the thing that bore them and the writer's words
 * after them are not.
 */
export function inscription(ctx: Context, region: Range): Range {
	const {text, quotes, tokens} = ctx;
	const q = quoteStartingIn(quotes, region.start + 1, region.end);
	if (!q || q.end > region.end || wordCount(tokens, {start: region.start, end: q.start}) > 10
		|| !/\b(?:reading|saying|(?:that|which) (?:read|reads|said|says))[,:]?\s*$/.test(text.slice(region.start, q.start))) {
		return region;
	}

	// Only after an object (`a message on Twitter`), not a clause of its own (`the men were wearing shirts that read …`).
	for (let k = firstTokenAt(tokens, region.start); k < tokens.length && tokens[k]!.end <= q.start; k++) {
		if (clauseStarts.has(tokens[k]!.lower)) {
			return region;
		}
	}

	return {start: q.start, end: q.end};
}

