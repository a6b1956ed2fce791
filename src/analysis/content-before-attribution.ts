/**
 * The words before an attribution as its content: where they start past the writer's lead-in to a quotation (`…: “…,”
 * he said`), where they end before words of the speaker's title (`“…,” CBS co-anchor Ann Lee said`), and the content of
 * an attribution that follows a quotation (`“…,” Lee said of the vote`). Offsets are UTF-16 indices into the article
 * text.
 */
import type {Range} from './units.js';
import {hasQuoteIn, quoteShare, quoteSpans, quoteStartingIn, trimRegion, wordCount, type Context} from './regions.js';
import type {Choice} from './choose.js';
import {cueAfterRelative, speakerAppositive} from './content-narrowing.js';
import {resumesSentence} from './content-after-attribution.js';

/** The words of `[lo, preEnd)`, the stretch before the attribution, that can be its content; undefined when none. */
export function contentBefore(ctx: Context, lo: number, preEnd: number): Range | undefined {
	const {text, quotes} = ctx;
	const pre = trimRegion(text, lo, preEnd, quotes);
	// `…, as Lee noted in a column`: the content is what precedes `, as`.
	const asMatch = pre ? /,\s*(?:just\s+)?as$/i.exec(text.slice(pre.start, pre.end)) : null;
	const content = pre && asMatch ? trimRegion(text, pre.start, pre.end - asMatch[0].length + 1, quotes) : pre;
	return content && quoteShare(content, quotes) <= 0.8 ? quotationAfterLeadIn(ctx, content) : content;
}

/** The quotation that ends `pre` without the writer's lead-in to it, or `pre` unchanged when it has none. */
function quotationAfterLeadIn(ctx: Context, pre: Range): Range {
	const {text, quotes, tokens} = ctx;
	// `…ticked through the code: “Civility was assumed,” he said`: the quotation after the writer's colon is the content.
	const q = quoteStartingIn(quotes, pre.start + 1, pre.end);
	// (An opening parenthesis too: `… drew blowback (“We want our dues back,” wrote one member).`)
	const colon = q ? colonBefore(text, q.start) : -1;
	if (q && colon > pre.start) {
		const rest = trimRegion(text, q.start, pre.end, quotes);
		return rest && quoteShare(rest, quotes) > 0.8 ? rest : pre;
	}

	if (q && /(?:,|\bsaid|\bsays)\s*$/.test(text.slice(Math.max(pre.start, q.start - 7), q.start)) && /^(?:["\u201C]|'')\p{Lu}/u.test(text.slice(q.start, q.start + 3))) {
		// `Lee weighed in, telling a radio host on Monday, “But they are both qualified,” he said`: a sentence quoted
		// after the writer's comma and right before the cue is the content without the lead-in (not `“A,” but he
		// denied that …`, where the writer's words go on after it). A double attribution, `Lee said “A,” she said`, is
		// read the same way: the quotation alone is what she said.
		const rest = trimRegion(text, q.start, pre.end, quotes);
		return rest && quoteShare(rest, quotes) > 0.8 && /(?:["\u201D]|'')$/.test(text.slice(rest.start, rest.end)) ? rest : pre;
	}

	// `Lee, who estimates the cost at “millions,” described the year as “awful,” he said`: the same double attribution
	// with any cue of the subject's, a relative clause between: what follows that cue is the content.
	const inner = cueAfterRelative(text, tokens, pre);
	const rest = inner === undefined ? undefined : trimRegion(text, tokens[inner + 1]!.start, pre.end, quotes);
	return rest && /(?:["\u201D]|'')$/.test(text.slice(rest.start, rest.end)) && hasQuoteIn(rest, quotes) ? rest : pre;
}

/** `“…,” CBS This Morning co-anchor Ann Lee said`: words of the speaker's title the phrase left out follow the quotation. */
export function withoutTitleWords(ctx: Context, pre: Range): Range {
	const {text, quotes, tokens} = ctx;
	const lead = quoteStartingIn(quotes, pre.start, pre.start + 1);
	if (lead && /[,?!]\s*(?:["\u201D]|'')$/.test(text.slice(lead.start, lead.end)) && !/[,.;:]/.test(text.slice(lead.end, pre.end))
		&& wordCount(tokens, {start: lead.end, end: pre.end}) <= 6) {
		return {start: pre.start, end: lead.end};
	}

	return pre;
}

/**
 * Content of an attribution whose words before it, `pre`, are a quotation: the quotation, and what after the cue goes
 * with it (`post`, which `postIsQuote` when it is a quotation too).
 */
export function afterQuotation(ctx: Context, choice: Choice, pre: Range, post: Range | undefined, postIsQuote: boolean): Range[] {
	const {text, quotes, tokens} = ctx;
	const {cue, inverted} = choice;
	const content = quoteSpans(pre, quotes);
	if (postIsQuote) {
		content.push(...quoteSpans(post!, quotes));
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
