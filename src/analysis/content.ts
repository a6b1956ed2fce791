/**
 * Where an attribution's content lies: after the cue (skipping objects and adjuncts, starting at `that`), before the
 * speaker, or both for a split quote. Offsets are UTF-16 indices into the article text.
 */
import type {StatementKind} from './types.js';
import type {Quote} from './quotes.js';
import type {Range} from './units.js';
import {toVerbs} from './cue-evidence.js';
import {commaIn, firstTokenAt, hasQuoteIn, quoteShare, quoteSpans, quoteStartingIn, trimRegion, wordCount, type Context} from './regions.js';
import {introWords, objectCues, prepositions} from './lexicon.js';
import {blockEnd, blockStart, type Choice} from './choose.js';
import {contentStart, mannerAdverb} from './content-start.js';
import {afterWhom, quoteAfterAdjunct} from './content-narrowing.js';
import {saidToBe, firstWordFrom, timeNouns, notContent} from './content-after-attribution.js';
import {afterQuotation, contentBefore, withoutTitleWords} from './content-before-attribution.js';
import {contentBeside} from './content-sides.js';

/**
 * Content of one attribution whose own stretch of the unit is `[lo, hi)`. A quotation before it, a quotation past a
 * short adjunct after it, a relative or `as` clause it opens and a demonstrative come first; failing them,
 * contentBeside picks the side of the attribution that holds the content.
 */
export function contentOf(ctx: Context, choice: Choice, lo: number, hi: number): Range[] | undefined {
	const {text, quotes, tokens} = ctx;
	const {cue, phrase, inverted} = choice;
	const preEnd = phrase && inverted ? tokens[cue.first]!.start : tokens[blockStart(choice)]!.start;
	const postFrom = phrase && inverted ? tokens[phrase.last + 1]?.start ?? hi : contentStart(tokens, cue, blockEnd(choice) + 1);
	// A participle or `and`-joined cue (`…, saying that …`) takes its content after the cue only.
	let pre = preEnd > lo && !choice.subject ? contentBefore(ctx, lo, preEnd) : undefined;
	const post = postFrom < hi ? trimRegion(text, postFrom, hi, quotes) : undefined;
	const postIsQuote = post !== undefined && quoteStartingIn(quotes, post.start, post.start + 1) !== undefined && quoteShare(post, quotes) > 0.8;
	if (pre && !inverted) {
		pre = withoutTitleWords(ctx, pre);
	}

	if (pre && quoteShare(pre, quotes) > 0.8) {
		return afterQuotation(ctx, choice, pre, post, postIsQuote);
	}

	const between = text.slice(pre?.end ?? lo, preEnd);
	const postStartsThat = post !== undefined && text.startsWith('that', post.start);
	const firstWord = pre ? firstWordFrom(tokens, pre.start) : undefined;
	// `In a statement Thursday, X said …`: a lone introductory phrase is not content (`In Ohio, turnout rose, X said` is).
	const preIsIntro = pre !== undefined && firstWord !== undefined && (introWords.has(firstWord.lower)
		|| (/^\p{Lu}\p{Ll}+ly$/u.test(firstWord.text) && firstWord.start === pre.start))
		&& !text.slice(pre.start, pre.end).includes(',') && wordCount(tokens, pre) <= 6
		&& !hasQuoteIn(pre, quotes);
	// `X said in the spring, when …, “…”` / `told Fox News, “…”`: a short adjunct or object, then a comma and the
	// quotation, which is the content.
	if (post && !postIsQuote && (!pre || preIsIntro)) {
		const quoted = quoteAfterAdjunct(ctx, post, objectCues.has(tokens[cue.first]!.lower));
		if (quoted) {
			return quoted;
		}
	}

	const postFirst = post ? firstWordFrom(tokens, post.start) : undefined;
	// `X said on Thursday, …` / `X said in posing the question`: what follows the cue is an adjunct, not content; so is
	// it after an adverb of manner (`…, he said bluntly after the meeting.`).
	// (A quoted word is the speaker's: `saying “on his worst day” he would …`.)
	// (Not after a comma, `she says, especially in …`, nor before a topic: `has written extensively on …`.)
	const afterManner = postFirst && mannerAdverb(postFirst) && !text.slice(tokens[cue.last]!.end, postFirst.start).includes(',')
		? tokens[firstTokenAt(tokens, postFirst.end)] : undefined;
	const adjunctFirst = afterManner && !['on', 'about', 'upon', 'of'].includes(afterManner.lower) ? afterManner : postFirst;
	const postIsAdjunct = adjunctFirst !== undefined && adjunctFirst.word && !adjunctFirst.quoted
		&& (prepositions.has(adjunctFirst.lower) || notContent.has(adjunctFirst.lower))
		&& !(adjunctFirst.lower === 'to' && (toVerbs.test(tokens[cue.first]!.lower) || saidToBe(tokens, cue.first)))
		// `told reporters this was the only chance`: `this`/`last` open an adjunct only before a time word.
		&& !((adjunctFirst.lower === 'this' || adjunctFirst.lower === 'last') && !timeNouns.has(tokens[firstTokenAt(tokens, adjunctFirst.end)]?.lower ?? ''));
	// The comma may sit inside a nested quotation too: `… ‘not what we want,’”`.
	const preCommaEnd = pre !== undefined && (between.includes(',') || /,\s*['\u2019]?\s*(?:["\u201D\u2019]|'')$/.test(text.slice(pre.start, pre.end)));
	if (!inverted && post) {
		const clause = whichClause(ctx, choice, post, hi) ?? whomClause(ctx, choice, post, hi) ?? reportedAs(ctx, choice, post, hi);
		if (clause) {
			return clause;
		}
	}

	const demonstrative = cue.according && pre ? /^(?:that|this)(?=['\u2019]s$| is$)/i.exec(text.slice(pre.start, pre.end)) : null;
	if (pre && demonstrative) {
		// `That’s according to the audit.`: the demonstrative stands for what the previous sentence reported.
		return [{start: pre.start, end: pre.start + demonstrative[0].length}];
	}

	return contentBeside(ctx, choice, {pre, post, hi, postIsQuote, postStartsThat, preIsIntro, postIsAdjunct, preCommaEnd, firstWord, postFirst});
}

/** `Her vote, which she has said was a mistake, cost her`: the relative clause ends at its comma. */
function whichClause(ctx: Context, choice: Choice, post: Range, hi: number): Range[] | undefined {
	const {text, quotes, tokens} = ctx;
	const relWord = tokens[blockStart(choice) - 1];
	if (relWord && !relWord.quoted && ['which', 'what'].includes(relWord.lower) && blockStart(choice) >= 2
		&& tokens[blockStart(choice) - 2]!.text === ',') {
		const comma = commaIn(tokens, post.start, hi);
		const inner = comma >= 0 ? trimRegion(text, post.start, tokens[comma]!.start, quotes) : undefined;
		if (inner && wordCount(tokens, inner) >= 2) {
			return [{start: relWord.start, end: relWord.end}, inner];
		}
	}

	return undefined;
}

/** `the marchers, whom he described as “peaceful,” for …`: `whom` and what was said of them. */
function whomClause(ctx: Context, choice: Choice, post: Range, hi: number): Range[] | undefined {
	const {tokens} = ctx;
	const relWord = tokens[blockStart(choice) - 1];
	if (relWord?.lower === 'whom' && !relWord.quoted && blockStart(choice) >= 2 && tokens[blockStart(choice) - 2]!.text === ',') {
		const inner = afterWhom(ctx, post, hi);
		if (inner) {
			return [{start: relWord.start, end: relWord.end}, inner];
		}
	}

	return undefined;
}

/** `As the Post reported on Monday, the inspector issued …`: the clause after the comma is what was reported. */
function reportedAs(ctx: Context, choice: Choice, post: Range, hi: number): Range[] | undefined {
	const {text, quotes, tokens} = ctx;
	const asFirst = tokens[blockStart(choice) - 1];
	if (asFirst?.lower === 'as' && (blockStart(choice) === 1 || tokens[blockStart(choice) - 2]!.text === ',')) {
		const comma = commaIn(tokens, post.start, hi);
		const rest = comma >= 0 ? trimRegion(text, tokens[comma]!.end, hi, quotes) : undefined;
		if (rest && wordCount(tokens, rest) >= 3 && wordCount(tokens, {start: post.start, end: tokens[comma]!.start}) <= 8) {
			return quoteShare(rest, quotes) > 0.9 ? quoteSpans(rest, quotes) : [rest];
		}
	}

	return undefined;
}

export function kindOf(content: readonly Range[], quotes: readonly Quote[]): StatementKind {
	let quoted = 0;
	let total = 0;
	let any = false;
	for (const r of content) {
		quoted += quoteShare(r, quotes) * (r.end - r.start);
		total += r.end - r.start;
		any ||= hasQuoteIn(r, quotes);
	}

	return quoted / total > 0.9 ? 'direct' : (any ? 'mixed' : 'indirect');
}
