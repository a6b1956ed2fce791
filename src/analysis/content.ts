/**
 * Where an attribution's content lies: after the cue (skipping objects and adjuncts, starting at `that`), before the
 * speaker, or both for a split quote. Offsets are UTF-16 indices into the article text.
 */
import type {StatementKind} from './types.js';
import type {Quote} from './quotes.js';
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {toVerbs, type Cue} from './cues.js';
import {commaIn, firstTokenAt, hasQuoteIn, overlapsQuote, quoteShare, quoteSpans, quoteStartingIn, quotesIn, trimRegion, wordCount, type Context} from './regions.js';
import {auxiliaries, clauseStarts, cueVerbs, dayWords, introWords, irregularPastTenses, objectCues, prepositions, sentenceAdverbs, subjectStarts, titles} from './lexicon.js';
import {blockEnd, blockStart, type Choice} from './choose.js';
import {cutAfterName, cutTrailing, inscription, namingVerb} from './writer-clause.js';


/** `Kim was said to be “furious”`: a passive `said` before `to` reports what is said of its subject, not an adjunct. */
function saidToBe(tokens: readonly Token[], i: number): boolean {
	const be = tokens[i - 1];
	return tokens[i]!.lower === 'said' && be !== undefined && !be.quoted && ['is', 'are', 'was', 'were', 'been', 'being', 'be'].includes(be.lower);
}

/** After a cue, `for weeks he …` / `on Thursday the plan …`: skips a short adjunct up to the clause's subject. */
function skipAdjunct(tokens: readonly Token[], k: number): number {
	const first = tokens[k];
	if (first?.word && dayWords.has(first.lower) && (subjectStarts.has((tokens[k + 1]?.lower ?? '').replace(/'(?:s|re|ll|d|ve)$/, ''))
		|| (tokens[k + 1]?.lower === 'to' && toVerbs.test(tokens[k - 1]?.lower ?? '')))) {
		return k + 1; // `said Thursday he would …`, `promised Monday to …`
	}

	if (!first?.word || !['for', 'on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'again', 'repeatedly', 'since',
		'after', 'before', 'recently', 'privately', 'publicly', 'often', 'later'].includes(first.lower)) {
		return k;
	}

	for (let m = k + 1; m < tokens.length && m - k <= 5; m++) {
		const t = tokens[m]!;
		if (!t.word || t.quoted) {
			return k;
		}

		// `said this week at an event …`: a determiner after a preposition is still the adjunct.
		if (subjectStarts.has(t.lower) && m > k + 1 && !(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'our', 'my']
			.includes(t.lower) && prepositions.has(tokens[m - 1]!.lower))) {
			return m;
		}
	}

	return k;
}

/** Where content starts after the cue: at `that` when it comes soon, after a told-type object otherwise. */
export function contentStart(tokens: readonly Token[], cue: Cue, after: number): number {
	const verb = tokens[cue.first]!;
	const manner = tokens[after];
	if (manner?.word && !manner.quoted && manner.lower.length > 4 && manner.lower.endsWith('ly') && [':', ','].includes(tokens[after + 1]?.text ?? '')
		&& tokens[after + 2]?.mark) {
		// `responded warmly: “…”`: the adverb tells how the words were said; the quotation after it is what was said.
		return tokens[after + 2]!.start;
	}

	const aside = thatAfterAside(tokens, after);
	if (aside !== undefined) {
		return tokens[aside]!.start;
	}

	for (let k = after; k < tokens.length && k - after < 18; k++) {
		const t = tokens[k]!;
		if (t.lower === 'that' && !t.quoted && (k - after < 12 || tokens[k - 1]!.text === ',' || tokens[k - 1]!.text === '\u2014')
			&& !determinerThat(tokens, k)) {
			return t.start;
		}

		// `said Thursday during a taping in Buffalo, New York, that …`, `said — on Twitter, as it happens — that …`: commas
		// and dashes of an adjunct (a place's state, an aside) may come before `that`.
		if (!t.quoted && ((t.text === ',' && k > after) || t.text === '\u2014')
			&& (tokens[k + 1]?.lower === 'that' || (tokens[k + 1]?.word && (tokens[k + 1]!.text[0] !== tokens[k + 1]!.lower[0]
				|| ['on', 'in', 'at', 'as'].includes(tokens[k + 1]!.lower))))) {
			continue;
		}

		// Only an object or an adjunct may stand between the cue and `that` (`told reporters in Taipei on Friday that`);
		// a subject pronoun or a conjunction means a clause has begun (`says it is … and that …`), though `and` may
		// join a name (`The Post and Courier`).
		const nameAnd = t.lower === 'and' && tokens[k - 1]?.text[0] !== tokens[k - 1]?.lower[0]
			&& tokens[k + 1]?.text[0] !== tokens[k + 1]?.lower[0];
		// A cue verb between them starts a reported clause of its own (`said the engineers warned … that …`); with the
		// determiner `that` below, train F1_speech 0.8835 → 0.8839, P 0.9118 → 0.9125 (dev 0.8846 → 0.8854).
		// (Not a participle after an article, which is an adjective: `said in a written statement in March that …`.)
		if (!t.word || t.quoted || (clauseStarts.has(t.lower) && !nameAnd)
			|| (cueVerbs.has(t.lower) && !t.lower.endsWith('ing') && !articles.has(tokens[k - 1]!.lower))) {
			break;
		}
	}

	if (/^call/.test(verb.lower) && ['for', 'on', 'upon'].includes(tokens[after]?.lower ?? '')) {
		// `called for a ban …`, `called on (upon) Congress to …`: the content follows the particle.
		return tokens[after + 1]?.start ?? tokens.at(-1)!.end;
	}

	if (/^ask/.test(verb.lower)) {
		// `asked the senator whether …`: the question is the content.
		for (let k = after; k < tokens.length && k - after < 10; k++) {
			const t = tokens[k]!;
			if (!t.word || t.quoted) {
				break;
			}

			if (['if', 'whether', 'why', 'how', 'what', 'who', 'when', 'where', 'which'].includes(t.lower)) {
				return t.start;
			}
		}
	}

	const next = tokens[after];
	if (next && objectCues.has(verb.lower) && next.word && !next.quoted) {
		let k = after + 1;
		if (['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(next.lower) && tokens[k]?.word) {
			k++;
		}

		// `told NBC News …`: a multi-word name is one object.
		while (tokens[k - 1]!.text[0] !== tokens[k - 1]!.lower[0] && tokens[k]?.word && tokens[k]!.text[0] !== tokens[k]!.lower[0]) {
			k++;
		}

		// `told The Star-Ledger of Newark last week she would …`: adjuncts after the object, then the clause.
		for (let m = k; m < tokens.length && m - k < 8; m++) {
			const t = tokens[m]!;
			if (!t.word || t.quoted) {
				break;
			}

			if (subjectStarts.has(t.lower.replace(/'(?:s|re|ll|d|ve)$/, '')) && m > k) {
				return t.start;
			}

			if (!(prepositions.has(t.lower) || dayWords.has(t.lower) || t.text[0] !== t.lower[0] || /^\d/.test(t.text)
				|| ['week', 'month', 'year', 'ago', 'night', 'morning', 'newspaper', 'magazine', 'radio', 'show'].includes(t.lower))) {
				// `urged Obama last year not to …`: the content starts after the adjunct.
				if (m > k && (t.lower === 'not' || t.lower === 'to') && (dayWords.has(tokens[m - 1]!.lower)
					|| ['week', 'month', 'year', 'ago', 'night', 'morning'].includes(tokens[m - 1]!.lower))) {
					return t.start;
				}

				break;
			}
		}

		return tokens[k]?.start ?? tokens.at(-1)!.end;
	}

	return tokens[skipAdjunct(tokens, after)]?.start ?? tokens.at(-1)!.end;
}

/** `that` before one unquoted word that ends the clause (`… disputed that claim.`): a determiner, no complementizer. */
function determinerThat(tokens: readonly Token[], k: number): boolean {
	const word = tokens[k + 1];
	const after = tokens[k + 2];
	// Before a comma, a name or a plural opens the clause (`said that Lee, …`, `said that trials, with …, were key`):
	// `that` determines neither.
	const opens = after?.text === ',' && word !== undefined && (word.text[0] !== word.lower[0] || /[^su']s$/.test(word.lower));
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
			return k > after + 1 && next?.lower === 'that' && !next.quoted ? k + 1 : undefined;
		}
	}

	return undefined;
}

const articles = new Set(['a', 'an', 'the']);

/**
 * The cue verb of a name that opens `pre` past a relative clause set off by commas (`Ann Lee, who …, described …`; its
 * comma may sit inside a closing mark): the token index, or undefined.
 */
function cueAfterRelative(text: string, tokens: readonly Token[], pre: Range): number | undefined {
	let k = firstTokenAt(tokens, pre.start);
	const first = k;
	while (k < tokens.length && k - first < 6 && tokens[k]!.word && !tokens[k]!.quoted && tokens[k]!.text[0] !== tokens[k]!.lower[0]) {
		k++;
	}

	// (Only past the relative clause: `Lee said Kim “…,” he said` is more often read with its lead-in.)
	if (k === first || k - first >= 6 || tokens[k]?.text !== ',' || tokens[k + 1]?.lower !== 'who') {
		return undefined;
	}

	let m = k + 2;
	while (m < tokens.length && m - k < 30 && !(tokens[m]!.text === ',' && !tokens[m]!.quoted) && !(tokens[m]!.mark && text[tokens[m]!.start - 1] === ',')) {
		m++;
	}

	const v = tokens[m + 1];
	return v !== undefined && v.end < pre.end && v.word && !v.quoted && (cueVerbs.has(v.lower) || namingVerb.test(v.lower)) && !v.lower.endsWith('ing') ? m + 1 : undefined;
}

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
		const colon = q ? Math.max(text.lastIndexOf(':', q.start), text.lastIndexOf('(', q.start)) : -1;
		if (q && colon > pre.start && /^[:(]\s*$/.test(text.slice(colon, q.start))) {
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

/**
 * `The race took a nasty turn and that will take time to “cool off,” Lee said`: a long sentence before the attribution
 * that ends in a quotation inside a `that` clause; the words attributed are that clause.
 */
function quotedRelative(ctx: Context, region: Range): Range {
	const {text, quotes, tokens} = ctx;
	const last = quotesIn(region, quotes).at(-1);
	if (!last || last.start === region.start || !/[,]\s*['\u2019]?(?:["\u201D]|'')$/.test(text.slice(last.start, region.end))
		|| wordCount(tokens, {start: region.start, end: last.start}) < 12) {
		return region;
	}

	for (let k = firstTokenAt(tokens, last.start) - 1, n = 0; k >= 0 && n < 6 && tokens[k]!.start >= region.start; k--) {
		const t = tokens[k]!;
		if (t.quoted || !t.word) {
			return region;
		}

		// (A relative `that` before its verb, not a determiner: `made that gag famous`.)
		const v = tokens[k + 1]!;
		if (t.lower === 'that' && (auxiliaries.has(v.lower) || irregularPastTenses.has(v.lower) || /[a-z]ed$/.test(v.text))) {
			return {start: t.start, end: region.end};
		}

		n++;
	}

	return region;
}

/**
 * `Bill Lee — often the first to take offense — has been “very worked up,” said a source`: an aside between spaced
 * dashes inside the content before the attribution is the writer's; the content is the clause around it.
 */
function dashAside(ctx: Context, region: Range): Range[] | undefined {
	const {text, quotes} = ctx;
	const s = text.slice(region.start, region.end);
	const m = / (\u2014|\u2013|--?) /.exec(s);
	const open = m ? m.index : -1;
	const close = m ? s.indexOf(m[0], open + m[0].length) : -1;
	if (close < 0 || overlapsQuote(quotes, region.start + open, region.start + close + m![0].length)) {
		return undefined;
	}

	const left = trimRegion(text, region.start, region.start + open, quotes);
	const right = trimRegion(text, region.start + close + m![0].length, region.end, quotes);
	return left && right ? [left, right] : undefined;
}

/**
 * `the marchers, whom he described as “peaceful,” for …`: the person named is `whom`; what was said of them (`post`,
 * after the cue) ends with the quotation that names them, or else at the clause's comma.
 */
function afterWhom(ctx: Context, post: Range, hi: number): Range | undefined {
	const {text, quotes, tokens} = ctx;
	const q = quoteStartingIn(quotes, post.start, post.end);
	if (q && q.end <= post.end && wordCount(tokens, {start: post.start, end: q.start}) <= 3) {
		return {start: post.start, end: q.end};
	}

	const comma = commaIn(tokens, post.start, hi);
	return comma >= 0 ? trimRegion(text, post.start, tokens[comma]!.start, quotes) : undefined;
}

function quoteAfterAdjunct(ctx: Context, post: Range, object: boolean): Range[] | undefined {
	const {text, quotes, tokens} = ctx;
	const q = quoteStartingIn(quotes, post.start + 1, post.end);
	const first = firstWordFrom(tokens, post.start);
	if (!q || !first || !(object || prepositions.has(first.lower) || dayWords.has(first.lower))
		|| /\b(?:that|and|but)\b/.test(text.slice(post.start, q.start))) {
		return undefined;
	}

	const gap = text.slice(post.start, q.start);
	if (!/[,:]\s*$/.test(gap) || /[.;!?]/.test(gap.replaceAll(/\b[A-Z][a-z]{0,3}\./g, '')) || wordCount(tokens, {start: post.start, end: q.start}) > 14) {
		return undefined;
	}

	const rest = trimRegion(text, q.start, post.end, quotes);
	return rest && quoteShare(rest, quotes) > 0.8 ? quoteSpans(rest, quotes) : undefined;
}

/** After a cue, a short adjunct (`on Monday`, `in a statement`) or object (`told reporters`), a comma, then the rest of a clause. */
function clauseAfterAdjunct(ctx: Context, post: Range, object: boolean): Range | undefined {
	const {text, quotes, tokens} = ctx;
	const first = firstTokenAt(tokens, post.start);
	const head = tokens[first];
	if (!head?.word || head.quoted || !(object || prepositions.has(head.lower) || dayWords.has(head.lower) || adjunctStarts.has(head.lower))) {
		return undefined;
	}

	for (let k = first + 1; k < tokens.length && k - first <= 9 && tokens[k]!.end <= post.end; k++) {
		const t = tokens[k]!;
		if (t.text === ',' && !/\s/.test(text[t.end] ?? '')) {
			continue; // `20,000`
		}

		if (t.text === ',') {
			const rest = trimRegion(text, t.end, post.end, quotes);
			return rest && continuesClause(tokens, rest) && wordCount(tokens, rest) >= 3 ? rest : undefined;
		}

		if (!t.word || t.quoted || t.lower === 'that') {
			return undefined;
		}
	}

	return undefined;
}

/** Words that open a time adjunct after a cue (`said last week`, `said earlier this year`). */
const adjunctStarts = new Set(['last', 'this', 'earlier', 'later', 'again', 'recently', 'yesterday', 'today', 'privately', 'publicly']);

/**
 * `“A,” said Ann Lee, director of studies at the Port Institute, “but B.”`: after an inverted speaker, a long appositive
 * of theirs (no clause, no quotation), then the rest of the quotation.
 */
function speakerAppositive(ctx: Context, choice: Choice, from: number, q: Quote): boolean {
	const {tokens} = ctx;
	if (!choice.inverted) {
		return false;
	}

	let n = 0;
	for (let k = firstTokenAt(tokens, from); k < tokens.length && tokens[k]!.end <= q.start; k++) {
		const t = tokens[k]!;
		if (t.quoted || ['.', ';', ':', '?', '!'].includes(t.text) || cueVerbs.has(t.lower) || ++n > 16) {
			return false;
		}
	}

	return true;
}

function firstWordFrom(tokens: readonly Token[], offset: number): Token | undefined {
	for (let i = firstTokenAt(tokens, offset); i < tokens.length; i++) {
		if (tokens[i]!.word) {
			return tokens[i];
		}
	}

	return undefined;
}

/** End of the attribution block (cue, or speaker after an inverted cue). */
function phraseEnd(ctx: Context, c: Choice): number {
	return ctx.tokens[blockEnd(c)]!.end;
}

const timeNouns = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'spring', 'summer',
	'fall', 'autumn', 'winter', 'time', 'season', 'day', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
	'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
	'december', 'past', 'term', 'cycle', 'campaign', 'session', 'decade', 'century']);

/** Words that cannot open reported content: `said twice - and …`, `said, and then …`. */
const notContent = new Set(['and', 'but', 'or', 'twice']);

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

/** Words that carry a quoted sentence on after `“…,” she said,`: a clause (`that …`), a verb (`would …`), an infinitive. */
const resumers = new Set(['that', 'would', 'to', 'from']);

function resumesSentence(ctx: Context, choice: Choice, post: Range): boolean {
	const {text, quotes, tokens} = ctx;
	const first = firstWordFrom(tokens, post.start);
	return first !== undefined && first.start === post.start && resumers.has(first.text)
		&& /^\s*,\s*$/.test(text.slice(phraseEnd(ctx, choice), post.start)) && wordCount(tokens, post) >= 4
		&& !quoteStartingIn(quotes, post.start, post.end);
}

/** `…, he said, wiping rain off his coat`: a participle after the attribution is the writer's scene, not the rest of the clause. */
function isParticiple(t: Token | undefined): boolean {
	return t !== undefined && !t.quoted && t.text === t.lower && t.lower.length > 5 && t.lower.endsWith('ing');
}

/** Words that open an aside after the attribution (`…, said Lee, who …`, `…, according to X, adding …`), not the rest of the clause. */
const asideStarts = new Set(['who', 'whose', 'which', 'where', 'when', 'while', 'whom', 'and', 'but', 'or', 'a', 'an', 'the',
	'as', 'because', 'though', 'although', 'after', 'before', 'since', 'in', 'on', 'at', 'during', 'with', 'without',
	'from', 'by', 'for', 'of', 'than', 'so', 'if', 'not', 'both', 'also', 'then', 'now', 'even', 'just', 'according']);

/** The rest of `post` after an appositive that opens it (`an expert on ports, would …`): up to 12 words and a comma. */
function afterAppositive(ctx: Context, post: Range): Range | undefined {
	const {text, quotes, tokens} = ctx;
	const first = firstTokenAt(tokens, post.start);
	if (!['a', 'an', 'the', 'his', 'her', 'its', 'their'].includes(tokens[first]?.lower ?? '') || tokens[first]!.quoted) {
		return undefined;
	}

	for (let k = first + 1; k < tokens.length && k - first <= 14 && tokens[k]!.end <= post.end; k++) {
		const t = tokens[k]!;
		if (t.quoted || (!t.word && t.text !== ',' && t.text !== '.' && t.text !== '-')) {
			return undefined;
		}

		if (t.text === ',') {
			return trimRegion(text, t.end, post.end, quotes);
		}
	}

	return undefined;
}

/** `A, according to X, are …`: the part after the attribution continues the interrupted clause. */
function continuesClause(tokens: readonly Token[], post: Range): boolean {
	const first = firstWordFrom(tokens, post.start);
	return first !== undefined && first.start === post.start && !first.quoted && first.text[0] === first.lower[0]
		&& !asideStarts.has(first.lower) && !first.lower.endsWith('ing') && !dayWords.has(first.lower) && !titles.has(first.lower);
}
