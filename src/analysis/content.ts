/**
 * Where an attribution's content lies: after the cue (skipping objects and adjuncts, starting at `that`), before the
 * speaker, or both for a split quote. Offsets are UTF-16 indices into the article text.
 */
import type {StatementKind} from './types.js';
import type {Quote} from './quotes.js';
import type {Range} from './units.js';
import {toVerbs} from './cue-evidence.js';
import {commaIn, firstTokenAt, hasQuoteIn, quoteShare, quoteSpans, quoteStartingIn, trimRegion, wordCount, type Context} from './regions.js';
import {introWords, objectCues, prepositions, sentenceAdverbs} from './lexicon.js';
import {blockEnd, blockStart, type Choice} from './choose.js';
import {cutTrailing} from './writer-clause.js';
import {cutAfterName, inscription, namingVerb} from './writer-quoted-name.js';
import {contentStart} from './content-start.js';
import {cueAfterRelative, quotedRelative, dashAside, afterWhom, quoteAfterAdjunct, speakerAppositive} from './content-narrowing.js';
import {saidToBe, clauseAfterAdjunct, firstWordFrom, phraseEnd, timeNouns, notContent, resumesSentence, isParticiple, afterAppositive, continuesClause} from './content-after-attribution.js';

/** Content of one attribution whose own stretch of the unit is `[lo, hi)`. */
export function contentOf(ctx: Context, choice: Choice, lo: number, hi: number): Range[] | undefined {
	const {text, quotes, tokens} = ctx;
	const {cue, phrase, inverted} = choice;
	const cueStart = tokens[cue.first]!.start;
	let preEnd: number;
	let postFrom: number;
	if (phrase && inverted) {
		preEnd = cueStart;
		postFrom = tokens[phrase.last + 1]?.start ?? hi;
	} else {
		preEnd = tokens[blockStart(choice)]!.start;
		postFrom = contentStart(tokens, cue, blockEnd(choice) + 1);
	}

	// A participle or `and`-joined cue (`…, saying that …`) takes its content after the cue only.
	let pre = preEnd > lo && !choice.subject ? trimRegion(text, lo, preEnd, quotes) : undefined;
	// `…, as Lee noted in a column`: the content is what precedes `, as`.
	const asMatch = pre ? /,\s*(?:just\s+)?as$/i.exec(text.slice(pre.start, pre.end)) : null;
	if (pre && asMatch) {
		pre = trimRegion(text, pre.start, pre.end - asMatch[0].length + 1, quotes);
	}

	if (pre && quoteShare(pre, quotes) <= 0.8) {
		// `…ticked through the code: “Civility was assumed,” he said`: the quotation after the writer's colon is the content.
		const q = quoteStartingIn(quotes, pre.start + 1, pre.end);
		// (An opening parenthesis too: `… drew blowback (“We want our dues back,” wrote one member).`)
		const colon = q ? colonBefore(text, q.start) : -1;
		if (q && colon > pre.start) {
			const rest = trimRegion(text, q.start, pre.end, quotes);
			if (rest && quoteShare(rest, quotes) > 0.8) {
				pre = rest;
			}
		} else if (q && /(?:,|\bsaid|\bsays)\s*$/.test(text.slice(Math.max(pre.start, q.start - 7), q.start)) && /^(?:["\u201C]|'')\p{Lu}/u.test(text.slice(q.start, q.start + 3))) {
			// `Lee weighed in, telling a radio host on Monday, “But they are both qualified,” he said`: a sentence quoted
			// after the writer's comma and right before the cue is the content without the lead-in (not `“A,” but he
			// denied that …`, where the writer's words go on after it). A double attribution, `Lee said “A,” she said`, is
			// read the same way: the quotation alone is what she said.
			const rest = trimRegion(text, q.start, pre.end, quotes);
			if (rest && quoteShare(rest, quotes) > 0.8 && /(?:["\u201D]|'')$/.test(text.slice(rest.start, rest.end))) {
				pre = rest;
			}
		} else {
			// `Lee, who estimates the cost at “millions,” described the year as “awful,” he said`: the same double attribution
			// with any cue of the subject's, a relative clause between: what follows that cue is the content.
			const inner = cueAfterRelative(text, tokens, pre);
			const rest = inner === undefined ? undefined : trimRegion(text, tokens[inner + 1]!.start, pre.end, quotes);
			if (rest && /(?:["\u201D]|'')$/.test(text.slice(rest.start, rest.end)) && hasQuoteIn(rest, quotes)) {
				pre = rest;
			}
		}
	}

	const post = postFrom < hi ? trimRegion(text, postFrom, hi, quotes) : undefined;
	const postIsQuote = post !== undefined && quoteStartingIn(quotes, post.start, post.start + 1) !== undefined && quoteShare(post, quotes) > 0.8;
	// `“…,” CBS This Morning co-anchor Ann Lee said`: words of the speaker's title the phrase left out follow the quotation.
	const lead = pre && !inverted ? quoteStartingIn(quotes, pre.start, pre.start + 1) : undefined;
	if (pre && lead && /[,?!]\s*(?:["\u201D]|'')$/.test(text.slice(lead.start, lead.end)) && !/[,.;:]/.test(text.slice(lead.end, pre.end))
		&& wordCount(tokens, {start: lead.end, end: pre.end}) <= 6) {
		pre = {start: pre.start, end: lead.end};
	}

	if (pre && quoteShare(pre, quotes) > 0.8) {
		const content = quoteSpans(pre, quotes);
		if (postIsQuote) {
			content.push(...quoteSpans(post, quotes));
		} else if (post && !inverted && /^of\s/.test(text.slice(post.start, post.end)) && !quoteStartingIn(quotes, post.start, post.end)
			&& !/\S/.test(text.slice(tokens[cue.last]!.end, post.start))) {
			// `“It is settled,” Lee said of the vote`: annotators mark what the words are about as a content span of its
			// own. Only a short topic up to a comma: a long one outweighs a short quotation when they do not (`said of
			// her three-minute talk with …`), and after an inverted cue `of` is the speaker's (`said Ann Lee of Salem`).
			// Right after the cue only: in `told a crowd of 2,000`, `of` belongs to the object.
			const comma = text.slice(post.start, post.end).search(/,(?!\d)|[;\u2014\u2013]| - /);
			const object = trimRegion(text, post.start + 2, comma < 0 ? post.end : post.start + comma, quotes);
			if (object && wordCount(tokens, object) <= 7) {
				content.push(object);
			}
		} else if (post && resumesSentence(ctx, choice, post)) {
			// `“It was our bad luck,” he said, that both stores …`: the sentence the quotation began goes on after the
			// attribution, outside the marks (train: +3 direct, no loss).
			content.push(post);
		} else if (post) {
			// `“A,” she said, before adding: “B.”`: a short lead-in, then the rest of the quotation.
			const q = quoteStartingIn(quotes, post.start + 1, post.end);
			const rest = q ? trimRegion(text, q.start, post.end, quotes) : undefined;
			if (q && rest && quoteShare(rest, quotes) > 0.8 && /[:,]\s*$/.test(text.slice(post.start, q.start))
				&& (wordCount(tokens, {start: post.start, end: q.start}) <= 4 || speakerAppositive(ctx, choice, post.start, q))) {
				content.push(...quoteSpans(rest, quotes));
			}
		}

		return content;
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
	// `X said on Thursday, …` / `X said in posing the question`: what follows the cue is an adjunct, not content.
	// (A quoted word is the speaker's: `saying “on his worst day” he would …`.)
	const postIsAdjunct = postFirst !== undefined && !postFirst.quoted && (prepositions.has(postFirst.lower) || notContent.has(postFirst.lower))
		&& !(postFirst.lower === 'to' && (toVerbs.test(tokens[cue.first]!.lower) || saidToBe(tokens, cue.first)))
		// `told reporters this was the only chance`: `this`/`last` open an adjunct only before a time word.
		&& !((postFirst.lower === 'this' || postFirst.lower === 'last') && !timeNouns.has(tokens[firstTokenAt(tokens, postFirst.end)]?.lower ?? ''));
	// The comma may sit inside a nested quotation too: `… ‘not what we want,’”`.
	const preCommaEnd = pre !== undefined && (between.includes(',') || /,\s*['\u2019]?\s*(?:["\u201D\u2019]|'')$/.test(text.slice(pre.start, pre.end)));
	const relWord = tokens[blockStart(choice) - 1];
	if (!inverted && post && relWord && !relWord.quoted && ['which', 'what'].includes(relWord.lower) && blockStart(choice) >= 2
		&& tokens[blockStart(choice) - 2]!.text === ',') {
		// `Her vote, which she has said was a mistake, cost her`: the relative clause ends at its comma.
		const comma = commaIn(tokens, post.start, hi);
		const inner = comma >= 0 ? trimRegion(text, post.start, tokens[comma]!.start, quotes) : undefined;
		if (inner && wordCount(tokens, inner) >= 2) {
			return [{start: relWord.start, end: relWord.end}, inner];
		}
	}

	if (!inverted && post && relWord?.lower === 'whom' && !relWord.quoted && blockStart(choice) >= 2
		&& tokens[blockStart(choice) - 2]!.text === ',') {
		const inner = afterWhom(ctx, post, hi);
		if (inner) {
			return [{start: relWord.start, end: relWord.end}, inner];
		}
	}

	const asFirst = tokens[blockStart(choice) - 1];
	if (!inverted && post && asFirst?.lower === 'as' && (blockStart(choice) === 1 || tokens[blockStart(choice) - 2]!.text === ',')) {
		// `As the Post reported on Monday, the inspector issued …`: the clause after the comma is what was reported.
		const comma = commaIn(tokens, post.start, hi);
		const rest = comma >= 0 ? trimRegion(text, tokens[comma]!.end, hi, quotes) : undefined;
		if (rest && wordCount(tokens, rest) >= 3 && wordCount(tokens, {start: post.start, end: tokens[comma]!.start}) <= 8) {
			return quoteShare(rest, quotes) > 0.9 ? quoteSpans(rest, quotes) : [rest];
		}
	}

	const demonstrative = cue.according && pre ? /^(?:that|this)(?=['\u2019]s$| is$)/i.exec(text.slice(pre.start, pre.end)) : null;
	if (pre && demonstrative) {
		// `That’s according to the audit.`: the demonstrative stands for what the previous sentence reported.
		return [{start: pre.start, end: pre.start + demonstrative[0].length}];
	}

	let region: Range | undefined;
	if (inverted && pre && !preIsIntro && wordCount(tokens, pre) >= 2) {
		// `…, said X` / `“…,” said X`: the content comes first.
		region = pre;
		// `A, according to X, B` / `A, said X, B`: the attribution sits inside the clause; both halves are the content.
		const rest = text.slice(phraseEnd(ctx, choice), hi);
		// `Over the long term, according to X, the rise …`: a short opening adverbial is no clause of its own; the clause
		// after the attribution completes it, whatever word starts it.
		const adverbial = wordCount(tokens, pre) <= 5 && firstWord !== undefined
			&& (introWords.has(firstWord.lower) || sentenceAdverbs.has(firstWord.lower) || ['over', 'about', 'around'].includes(firstWord.lower));
		if (post && /^\s*,/.test(rest) && !/^(?:call|name|dub|term|label)/.test(tokens[cue.first]!.lower)
			&& (continuesClause(tokens, post) || adverbial) && wordCount(tokens, post) >= 3
			&& !hasQuoteIn(pre, quotes)) {
			return [pre, post];
		}

		// `A, said Ann Lee, an expert on ports, would B`: past the speaker's appositive, the clause goes on.
		const resumed = post && /^\s*,/.test(rest) ? afterAppositive(ctx, post) : undefined;
		if (resumed && continuesClause(tokens, resumed) && wordCount(tokens, resumed) >= 3) {
			return [pre, resumed];
		}
	} else if (cue.according && !pre && post) {
		// `According to X, …`: whatever follows the source is the content.
		region = post;
	} else if (post && (postStartsThat || postIsQuote || /^(?:yes|no|so)$/i.test(text.slice(post.start, post.end)))) {
		// `said that …`, `said: “…”`, `said yes`.
		region = post;
	} else if (post && !postIsAdjunct && wordCount(tokens, post) >= 3 && !(preCommaEnd && /^\s*,/.test(text.slice(phraseEnd(ctx, choice), hi)))) {
		region = post;
	} else if (pre && preCommaEnd && post && !inverted && wordCount(tokens, post) >= 3 && wordCount(tokens, pre) <= 5
		&& /^\s*,/.test(text.slice(phraseEnd(ctx, choice), hi)) && firstWord !== undefined
		&& (introWords.has(firstWord.lower) || sentenceAdverbs.has(firstWord.lower))
		&& !hasQuoteIn(pre, quotes) && !quoteStartingIn(quotes, post.start, post.start + 1)) {
		// `Now, she says, nine members have signed on`: a short opening adverbial, the attribution, then the clause.
		// (Not before a quotation: `As Kim spoke, the crowd chanted, “Lock her up!”` quotes the words alone.)
		return [pre, post];
	} else if (pre && !preIsIntro && preCommaEnd && wordCount(tokens, pre) >= 4) {
		region = pre;
		// `A, officials said, B`: the attribution sits inside the sentence; both halves are the content.
		const rest = text.slice(phraseEnd(ctx, choice), hi);
		if (post && /^\s*,/.test(rest) && (!postIsAdjunct || ['to', 'for', 'of'].includes(postFirst!.lower)) && wordCount(tokens, post) >= 3
			&& !hasQuoteIn(pre, quotes)) {
			return [pre, post];
		}

		// `A, officials said on Monday, B` / `A, Lee told reporters, B`: past a short adjunct or object, the clause goes on.
		const resumed = post && !hasQuoteIn(pre, quotes) ? clauseAfterAdjunct(ctx, post, objectCues.has(tokens[cue.first]!.lower)) : undefined;
		if (resumed) {
			return [pre, resumed];
		}

		// `She thought of them as “little talks,” she told friends, in which she could …`: a preposition and `which` go
		// on with a relative clause of the content, even after a quotation.
		if (post && /,\s*$/.test(text.slice(phraseEnd(ctx, choice), post.start)) && postIsAdjunct && tokens[firstTokenAt(tokens, postFirst!.start) + 1]?.lower === 'which'
			&& !tokens[firstTokenAt(tokens, postFirst!.start) + 1]!.quoted && wordCount(tokens, post) >= 4) {
			return [...(quoteShare(pre, quotes) > 0.9 ? quoteSpans(pre, quotes) : [pre]), cutTrailing(ctx, post)];
		}
	} else if (post && !postIsAdjunct && wordCount(tokens, post) >= 2 && !(pre && preCommaEnd && isParticiple(postFirst))) {
		// (`Sales were great, he said, wiping sweat off his face`: the clause before the comma is the content; train +1.)
		region = post;
	} else if (pre && !preIsIntro && preCommaEnd && wordCount(tokens, pre) >= 3) {
		region = pre;
	}

	if (!region) {
		return undefined;
	}

	// (`According to X, …` too: its content ends where the writer's clause begins as any other's does; train +1 direct.)
	if (region === post && (!inverted || cue.according)) {
		region = cutTrailing(ctx, region);
		if (namingVerb.test(tokens[cue.first]!.lower)) {
			region = cutAfterName(ctx, region);
		}

		region = inscription(ctx, region);
	}

	if (region === pre) {
		const aside = dashAside(ctx, region);
		if (aside) {
			return aside;
		}

		region = quotedRelative(ctx, region);
	}

	return quoteShare(region, quotes) > 0.9 ? quoteSpans(region, quotes) : [region];
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

/**
 * The colon or opening parenthesis right before `at`, past white space only (-1 when another character comes first).
 * Looked for from `at` backwards and no further, so that it stays linear in a paragraph of many quotations.
 */
function colonBefore(text: string, at: number): number {
	let i = at - 1;
	while (i >= 0 && /\s/.test(text[i]!)) {
		i--;
	}

	return i >= 0 && (text[i] === ':' || text[i] === '(') ? i : -1;
}
