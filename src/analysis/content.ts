/**
 * Where an attribution's content lies: after the cue (skipping objects and adjuncts, starting at `that`), before the
 * speaker, or both for a split quote. Offsets are UTF-16 indices into the article text.
 */
import type {StatementKind} from './types.js';
import type {Quote} from './quotes.js';
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {toVerbs, type Cue} from './cues.js';
import {firstTokenAt, hasQuoteIn, quoteShare, quotesIn, quoteSpans, quoteStartingIn, trimRegion, wordCount, type Context} from './regions.js';
import {auxiliaries, cueVerbs, dayWords, introWords, irregularPastTenses, objectCues, personPronouns, prepositions, sentenceAdverbs, titles} from './lexicon.js';
import {blockEnd, blockStart, type Choice} from './choose.js';
import {capitalized} from './phrases.js';
import {dayNames} from './speakers.js';

const subjectStarts = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'his', 'her', 'their',
	'its', 'there', 'this', 'these', 'those', 'no', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'our', 'my']);

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
	return word !== undefined && word.word && !word.quoted && (after === undefined || (!after.word && !after.quoted && !after.mark));
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

const clauseStarts = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'and', 'but', 'or', 'because', 'if', 'when',
	'while', 'who', 'which', 'there', 'is', 'was', 'are', 'were', 'will', 'would', 'has', 'had',
	'have', 'can', 'could', 'should', 'may', 'might', 'must', 'not']);

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
		} else if (q && /,\s*$/.test(text.slice(Math.max(pre.start, q.start - 3), q.start)) && /^(?:["\u201C]|'')\p{Lu}/u.test(text.slice(q.start, q.start + 3))) {
			// `Lee weighed in, telling a radio host on Monday, “But they are both qualified,” he said`: a sentence quoted
			// after the writer's comma and right before the cue is the content without the lead-in (not `“A,” but he
			// denied that …`, where the writer's words go on after it).
			const rest = trimRegion(text, q.start, pre.end, quotes);
			if (rest && quoteShare(rest, quotes) > 0.8 && /(?:["\u201D]|'')$/.test(text.slice(rest.start, rest.end))) {
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
		} else if (post && !inverted && /^of\s/.test(text.slice(post.start, post.end)) && !quotes.some(q => q.start >= post.start && q.start < post.end)) {
			// `“It is settled,” Lee said of the vote`: annotators mark what the words are about as a content span of its
			// own. Only a short topic up to a comma: a long one outweighs a short quotation when they do not (`said of
			// her three-minute talk with …`), and after an inverted cue `of` is the speaker's (`said Ann Lee of Salem`).
			const comma = text.slice(post.start, post.end).search(/[,;\u2014\u2013]| - /);
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
				&& wordCount(tokens, {start: post.start, end: q.start}) <= 4) {
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
		&& !(postFirst.lower === 'to' && toVerbs.test(tokens[cue.first]!.lower))
		// `told reporters this was the only chance`: `this`/`last` open an adjunct only before a time word.
		&& !((postFirst.lower === 'this' || postFirst.lower === 'last') && !timeNouns.has(tokens[firstTokenAt(tokens, postFirst.end)]?.lower ?? ''));
	// The comma may sit inside a nested quotation too: `… ‘not what we want,’”`.
	const preCommaEnd = pre !== undefined && (between.includes(',') || /,\s*['\u2019]?\s*(?:["\u201D\u2019]|'')$/.test(text.slice(pre.start, pre.end)));
	const relWord = tokens[blockStart(choice) - 1];
	if (!inverted && post && relWord && !relWord.quoted && ['which', 'what'].includes(relWord.lower) && blockStart(choice) >= 2
		&& tokens[blockStart(choice) - 2]!.text === ',') {
		// `Her vote, which she has said was a mistake, cost her`: the relative clause ends at its comma.
		const comma = tokens.findIndex(t => t.start >= post.start && t.end <= hi && t.text === ',' && !t.quoted);
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
		const comma = tokens.findIndex(t => t.start >= post.start && t.end <= hi && t.text === ',' && !t.quoted);
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
	const last = quotes.findLast(q => q.start >= region.start && q.end <= region.end);
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
	if (close < 0 || quotes.some(q => q.start < region.start + close + m![0].length && q.end > region.start + open)) {
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
export function afterWhom(ctx: Context, post: Range, hi: number): Range | undefined {
	const {text, quotes, tokens} = ctx;
	const q = quotes.find(x => x.start >= post.start && x.start < post.end);
	if (q && q.end <= post.end && wordCount(tokens, {start: post.start, end: q.start}) <= 3) {
		return {start: post.start, end: q.end};
	}

	const comma = tokens.findIndex(t => t.start >= post.start && t.end <= hi && t.text === ',' && !t.quoted);
	return comma >= 0 ? trimRegion(text, post.start, tokens[comma]!.start, quotes) : undefined;
}

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
	'even', 'than', 'though', 'although', 'among', 'between', 'over', 'from', 'about', 'against']);

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
	let lastQuoteStart: number | undefined;
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
		if (t.mark && t.quoted && text[t.start - 1] === ',' && t.end < region.end - 1 && i + 1 < tokens.length
			&& !continuers.has(tokens[i + 1]!.lower) && !(['and', 'or', 'but'].includes(tokens[i + 1]!.lower) && tokens[i + 2]?.lower === 'that')
			// (`repeat “Fix the Pier,” “Save the Ferry” and “Vote”`: a list of three quotations or more is one content.)
			&& !(tokens[i + 1]!.quoted && listGoesOn(ctx, t.end, region.end))
			// (`“A,” and, yes, “B”`: so is the last of a list after `and`/`or`.)
			&& !(['and', 'or'].includes(tokens[i + 1]!.lower) && lastInList(tokens, i + 2, region.end))) {
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
		if (t.mark && t.quoted && writerGoesOn(tokens, i + 1) && tokens[from]!.lower !== 'that'
			&& wordCount(tokens, {start: region.start, end: t.start}) >= 2) {
			lastQuoteStart ??= lastQuotationStart(quotes, region);
			// (Before a verb of saying, a later quotation is that verb's, not this content's: `condemned “…” and declared “…”`.)
			if (lastQuoteStart < t.end || cueVerbs.has(actionAfterAnd(tokens, i + 1)!.lower)) {
				return {start: region.start, end: t.end};
			}
		}

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

		// `… they’re liberal, 32% call themselves …`, `…, 27 percent of those polled said …`: the next share's answer.
		if (/^\d+(?:\.\d+)?%?$/.test(a.lower) && (a.lower.endsWith('%') || b?.lower === 'percent' || b?.text === '%')
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
		if (((a.lower === 'and' || a.lower === 'but') && b !== undefined && newSubjects.has(b.lower))
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

/** Whether the quotation opening at `from` is followed by another one, after its comma or `and`/`or`. */
function listGoesOn(ctx: Context, from: number, end: number): boolean {
	const q = quoteStartingIn(ctx.quotes, from, end);
	return q !== undefined && q.end < end
		&& (ctx.text[q.end - 2] === ',' || /^\s*,?\s*(?:and|or)\s+["\u201C]/.test(ctx.text.slice(q.end, q.end + 12)));
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
		&& ((v.lower.length > 4 && v.lower.endsWith('ed')) || irregularPastTenses.has(v.lower));
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
const namingVerb = /^(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|describ(?:e|es|ed|ing)|refer(?:s|red|ring)?|chant(?:s|ed|ing)?|declar(?:e|es|ed|ing))$/;

/**
 * `called Palin a “clown” on his radio show …`, `calling him a “stiff” and accusing him …`: after a naming verb the
 * content ends with the quoted name (a run of quotations joined by `and`/`or`/commas, or a parenthesis, counts as one).
 */
const nameEnders = new Set(['and', 'but', 'in', 'during', 'when', 'while', 'as', 'after', 'before', 'since', 'amid',
	'despite', 'then']);

/** Words ending like verbs that are none. */
const notVerbs = new Set(['news', 'series', 'species', 'politics', 'economics', 'status', 'campus', 'always', 'perhaps', 'towards',
	'was', 'has', 'is', 'his', 'this', 'its', 'us', 'as', 'does', 'yes', 'thus', 'plus', 'less', 'unless', 'across']);

/** `on his radio show`, `on their website`: `on` + a possessive is where the naming happened. */
const possessives = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

function cutAfterName(ctx: Context, region: Range): Range {
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
	const venue = next === 'on' && possessives.has(after?.[2]?.toLowerCase() ?? '');
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
function inscription(ctx: Context, region: Range): Range {
	const {text, quotes, tokens} = ctx;
	const q = quotes.find(x => x.start > region.start && x.start < region.end);
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
