/**
 * Which side of an attribution holds its content once no quotation or clause construction decided it: the words
 * before it (`…, said X`), after it (`said that …`), or both when the attribution interrupts a clause (`A, officials
 * said, B`); then the side taken is narrowed to the words attributed. Offsets are UTF-16 indices into the article text.
 */
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {firstTokenAt, hasQuoteIn, quoteShare, quoteSpans, quoteStartingIn, trimRegion, wordCount, type Context} from './regions.js';
import {introWords, objectCues, sentenceAdverbs} from './lexicon.js';
import type {Choice} from './choose.js';
import {cutTrailing} from './writer-clause.js';
import {cutAfterName, inscription, namingVerb} from './writer-quoted-name.js';
import {quotedRelative, dashAside} from './content-narrowing.js';
import {clauseAfterAdjunct, commaAfterAttribution, phraseEnd, isParticiple, afterAppositive, continuesClause} from './content-after-attribution.js';

/** An attribution's trimmed stretches before and after it, and what contentOf has read of them. */
export type Sides = {
	readonly pre: Range | undefined;
	readonly post: Range | undefined;
	/** The end of the attribution's own stretch of the unit. */
	readonly hi: number;
	readonly postIsQuote: boolean;
	readonly postStartsThat: boolean;
	/** `pre` is a lone introductory phrase (`In a statement Thursday, X said …`), no content. */
	readonly preIsIntro: boolean;
	/** What follows the cue is an adjunct of the saying (`X said on Thursday, …`), no content. */
	readonly postIsAdjunct: boolean;
	/** `pre` ends in a comma, maybe inside a quotation. */
	readonly preCommaEnd: boolean;
	readonly firstWord: Token | undefined;
	readonly postFirst: Token | undefined;
};

/** The content on the side (or sides) of the attribution `choice` that `s` describes; undefined when there is none. */
export function contentBeside(ctx: Context, choice: Choice, s: Sides): Range[] | undefined {
	const {text, quotes, tokens} = ctx;
	const {cue, inverted} = choice;
	const {pre, post, hi, firstWord, preIsIntro, postIsAdjunct, preCommaEnd} = s;
	let region: Range | undefined;
	if (inverted && pre && !preIsIntro && wordCount(tokens, pre) >= 2) {
		// `…, said X` / `“…,” said X`: the content comes first.
		region = pre;
		const halves = aroundInvertedCue(ctx, choice, s, pre);
		if (halves) {
			return halves;
		}
	} else if (cue.according && !pre && post) {
		// `According to X, …`: whatever follows the source is the content, past a relative clause that describes the
		// source (`According to the memo, which was dated March 3, the hull …`).
		region = afterRelativeClause(ctx, post) ?? post;
	} else if (post && (s.postStartsThat || s.postIsQuote || /^(?:yes|no|so)$/i.test(text.slice(post.start, post.end)))) {
		// `said that …`, `said: “…”`, `said yes`.
		region = post;
	} else if (post && !postIsAdjunct && wordCount(tokens, post) >= 3 && !(preCommaEnd && commaAfterAttribution(ctx, choice, post, hi))) {
		region = post;
	} else if (pre && preCommaEnd && post && !inverted && wordCount(tokens, post) >= 3 && wordCount(tokens, pre) <= 5
		&& firstWord !== undefined && (introWords.has(firstWord.lower) || sentenceAdverbs.has(firstWord.lower)
			// (`Recently, he said on Tuesday, he has …`: so is a lone adverb in -ly.)
			|| (wordCount(tokens, pre) === 1 && /^[a-z]{3,}ly$/.test(firstWord.lower)))
		&& !hasQuoteIn(pre, quotes) && !quoteStartingIn(quotes, post.start, post.start + 1) && clauseAfterOpening(ctx, choice, s, post)) {
		// `Now, she says, nine members have signed on`: a short opening adverbial, the attribution, then the clause.
		// (Not before a quotation: `As Kim spoke, the crowd chanted, “Lock her up!”` quotes the words alone.)
		return [pre, clauseAfterOpening(ctx, choice, s, post)!];
	} else if (pre && !preIsIntro && preCommaEnd && post && !inverted && [2, 3].includes(wordCount(tokens, pre)) && !hasQuoteIn(pre, quotes)
		&& predicateAfter(ctx, choice, s, post)) {
		// `The plan, Kim said, was dead`: a short subject, the attribution, then the rest of its clause (one word is more
		// often an adverb: `Rather, …`).
		return [pre, predicateAfter(ctx, choice, s, post)!];
	} else if (pre && !preIsIntro && preCommaEnd && wordCount(tokens, pre) >= 4) {
		region = pre;
		const halves = aroundInnerAttribution(ctx, choice, s, pre);
		if (halves) {
			return halves;
		}
	} else if (post && !postIsAdjunct && wordCount(tokens, post) >= 2 && !(pre && preCommaEnd && isParticiple(s.postFirst))) {
		// (`Sales were great, he said, wiping sweat off his face`: the clause before the comma is the content; train +1.)
		region = post;
	} else if (pre && !preIsIntro && preCommaEnd && wordCount(tokens, pre) >= 3) {
		region = pre;
	}

	return region ? narrowed(ctx, choice, region, pre, post) : undefined;
}

/**
 * The clause after `Now, she says,` (right after the attribution's comma) or after `In both cases, Lee said on Tuesday,`
 * (past a short adjunct and its comma; not past an object, which may be an appositive's noun: `emailed Ms. Abedin,
 * another adviser, for help`).
 */
function clauseAfterOpening(ctx: Context, choice: Choice, s: Sides, post: Range): Range | undefined {
	return commaAfterAttribution(ctx, choice, post, s.hi) ? post : clauseAfterAdjunct(ctx, post, false, opensClause);
}

/** The predicate after `The plan, Kim said (on Monday),`: a lower-case word that is neither an aside's nor a participle. */
function predicateAfter(ctx: Context, choice: Choice, s: Sides, post: Range): Range | undefined {
	const goesOn = (tokens: readonly Token[], rest: Range) => {
		const t = tokens[firstTokenAt(tokens, rest.start)];
		return t !== undefined && t.word && !t.quoted && !t.capital && !isParticiple(t) && wordCount(tokens, rest) >= 2
			&& !['who', 'which', 'whose', 'where', 'and', 'but', 'or', 'a', 'an', 'the', 'that'].includes(t.lower);
	};

	if (commaAfterAttribution(ctx, choice, post, s.hi)) {
		return goesOn(ctx.tokens, post) ? post : undefined;
	}

	return clauseAfterAdjunct(ctx, post, false, goesOn, 2);
}

/** The rest of `post` after a relative clause that opens it and ends at a comma (`which was dated March 3, …`). */
function afterRelativeClause(ctx: Context, post: Range): Range | undefined {
	const {text, quotes, tokens} = ctx;
	const first = firstTokenAt(tokens, post.start);
	if (!['which', 'who', 'whose'].includes(tokens[first]?.lower ?? '') || tokens[first]!.quoted) {
		return undefined;
	}

	for (let k = first + 1; k < tokens.length && k - first <= 20 && tokens[k]!.end <= post.end; k++) {
		const t = tokens[k]!;
		if (t.quoted || [';', ':', '.'].includes(t.text)) {
			return undefined;
		}

		if (t.text === ',') {
			const rest = trimRegion(text, t.end, post.end, quotes);
			return rest && wordCount(tokens, rest) >= 3 ? rest : undefined;
		}
	}

	return undefined;
}

/** The words after the adjunct's comma start a clause of their own: not an aside (`who …`, `and …`) nor a participle. */
function opensClause(tokens: readonly Token[], rest: Range): boolean {
	const first = firstTokenAt(tokens, rest.start);
	const t = tokens[first];
	return t !== undefined && t.word && !t.quoted && !['who', 'which', 'whose', 'where', 'and', 'but', 'or'].includes(t.lower) && !isParticiple(t);
}

/** `A, according to X, B` / `A, said X, B`: the attribution sits inside the clause; both halves are the content. */
function aroundInvertedCue(ctx: Context, choice: Choice, s: Sides, pre: Range): Range[] | undefined {
	const {text, quotes, tokens} = ctx;
	const {post, firstWord} = s;
	const rest = text.slice(phraseEnd(ctx, choice), s.hi);
	// `Over the long term, according to X, the rise …`: a short opening adverbial is no clause of its own; the clause
	// after the attribution completes it, whatever word starts it.
	const adverbial = wordCount(tokens, pre) <= 5 && firstWord !== undefined
		&& (introWords.has(firstWord.lower) || sentenceAdverbs.has(firstWord.lower) || ['over', 'about', 'around'].includes(firstWord.lower));
	if (post && /^\s*,/.test(rest) && !/^(?:call|name|dub|term|label)/.test(tokens[choice.cue.first]!.lower)
		&& (continuesClause(tokens, post) || adverbial) && wordCount(tokens, post) >= (wordCount(tokens, pre) <= 3 ? 2 : 3)
		&& !hasQuoteIn(pre, quotes)) {
		// (After a short subject a short predicate will do: `The hull, according to engineers, is rotten`.)
		return [pre, post];
	}

	// `A, said Ann Lee, an expert on ports, would B`: past the speaker's appositive, the clause goes on.
	const resumed = post && /^\s*,/.test(rest) ? afterAppositive(ctx, post) : undefined;
	if (resumed && continuesClause(tokens, resumed) && wordCount(tokens, resumed) >= 3) {
		return [pre, resumed];
	}

	return undefined;
}

/** `A, officials said, B`: the attribution sits inside the sentence; both halves are the content. */
function aroundInnerAttribution(ctx: Context, choice: Choice, s: Sides, pre: Range): Range[] | undefined {
	const {text, quotes, tokens} = ctx;
	const {post, postIsAdjunct, postFirst} = s;
	if (post && commaAfterAttribution(ctx, choice, post, s.hi) && (!postIsAdjunct || ['to', 'for', 'of'].includes(postFirst!.lower)) && wordCount(tokens, post) >= 3
		&& !hasQuoteIn(pre, quotes)) {
		return [pre, post];
	}

	// `A, officials said on Monday, B` / `A, Lee told reporters, B`: past a short adjunct or object, the clause goes on.
	const resumed = post && !hasQuoteIn(pre, quotes) ? clauseAfterAdjunct(ctx, post, objectCues.has(tokens[choice.cue.first]!.lower)) : undefined;
	if (resumed) {
		return [pre, resumed];
	}

	// `She thought of them as “little talks,” she told friends, in which she could …`: a preposition and `which` go
	// on with a relative clause of the content, even after a quotation.
	if (post && /,\s*$/.test(text.slice(phraseEnd(ctx, choice), post.start)) && postIsAdjunct && tokens[firstTokenAt(tokens, postFirst!.start) + 1]?.lower === 'which'
		&& !tokens[firstTokenAt(tokens, postFirst!.start) + 1]!.quoted && wordCount(tokens, post) >= 4) {
		return [...(quoteShare(pre, quotes) > 0.9 ? quoteSpans(pre, quotes) : [pre]), cutTrailing(ctx, post)];
	}

	return undefined;
}

/** The content in `region`, the side taken (`pre` or `post`), without the writer's words around it. */
function narrowed(ctx: Context, choice: Choice, region: Range, pre: Range | undefined, post: Range | undefined): Range[] {
	const {quotes, tokens} = ctx;
	const {cue, inverted} = choice;
	let content = region;
	// (`According to X, …` too: its content ends where the writer's clause begins as any other's does; train +1 direct.)
	if (content === post && (!inverted || cue.according)) {
		content = cutTrailing(ctx, content);
		if (namingVerb.test(tokens[cue.first]!.lower)) {
			content = cutAfterName(ctx, content);
		}

		content = inscription(ctx, content);
	}

	if (content === pre) {
		const aside = dashAside(ctx, content);
		if (aside) {
			return aside;
		}

		content = quotedRelative(ctx, content);
	}

	return quoteShare(content, quotes) > 0.9 ? quoteSpans(content, quotes) : [content];
}
