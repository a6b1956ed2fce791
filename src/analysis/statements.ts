/**
 * One unit (sentence) → at most one raw statement: picks the cue and speaker, then decides where the content lies
 * (before the speaker, after the cue, or both for a split quote). Offsets are UTF-16 indices into the article text.
 */
import type {StatementKind} from './types.js';
import type {Quote} from './quotes.js';
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {findCues, isTitleCase, toVerbs, type Cue} from './cues.js';
import {looseQuotes} from './loose-quotes.js';
import {firstTokenAt, quoteShare, quoteSpans, trimRegion, wordCount, type Context} from './regions.js';
import {introWords, objectCues} from './lexicon.js';
import {phraseStartingAt, skipAuxLeft, speakerBefore, subjectPhrase, type Phrase} from './speakers.js';

/** A statement before sources are resolved. */
export type RawStatement = {
	content: Range[];
	kind: StatementKind;
	cue: Range | undefined;
	speaker: Range | undefined;
	/** Appositive or relative clause next to the speaker (role text, anonymity phrases). */
	role: Range | undefined;
	clause: Range | undefined;
	paragraph: number;
	/** No cue and no speaker: a bare quotation, attributed from context later. */
	bare: boolean;
	/** The last content span is a quotation left open at the paragraph's end. */
	open: boolean;
};

const dayWords = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
	'tonight', 'yesterday', 'recently', 'repeatedly', 'again', 'later', 'earlier', 'privately', 'publicly', 'often']);

const subjectStarts = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'his', 'her', 'their',
	'its', 'there', 'this', 'these', 'those', 'no', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'our', 'my']);

/** After a cue, `for weeks he …` / `on Thursday the plan …`: skips a short adjunct up to the clause's subject. */
function skipAdjunct(tokens: readonly Token[], k: number): number {
	const first = tokens[k];
	if (first?.word && dayWords.has(first.lower) && subjectStarts.has((tokens[k + 1]?.lower ?? '').replace(/'(?:s|re|ll|d|ve)$/, ''))) {
		return k + 1; // `said Thursday he would …`
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

		if (subjectStarts.has(t.lower) && m > k + 1) {
			return m;
		}
	}

	return k;
}

/** Where content starts after the cue: at `that` when it comes soon, after a told-type object otherwise. */
function contentStart(tokens: readonly Token[], cue: Cue, after: number): number {
	const verb = tokens[cue.first]!;
	for (let k = after; k < tokens.length && k - after < 12; k++) {
		const t = tokens[k]!;
		if (t.lower === 'that' && !t.quoted) {
			return t.start;
		}

		// Only an object or an adjunct may stand between the cue and `that` (`told reporters in Taipei on Friday that`);
		// a subject pronoun or a conjunction means a clause has begun (`says it is … and that …`), though `and` may
		// join a name (`The Post and Courier`).
		const nameAnd = t.lower === 'and' && tokens[k - 1]?.text[0] !== tokens[k - 1]?.lower[0]
			&& tokens[k + 1]?.text[0] !== tokens[k + 1]?.lower[0];
		if (!t.word || t.quoted || (clauseStarts.has(t.lower) && !nameAnd)) {
			break;
		}
	}

	if (/^call/.test(verb.lower) && (tokens[after]?.lower === 'for' || tokens[after]?.lower === 'on')) {
		// `called for a ban …`, `called on Congress to …`: the content follows the particle.
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
				break;
			}
		}

		return tokens[k]?.start ?? tokens.at(-1)!.end;
	}

	return tokens[skipAdjunct(tokens, after)]?.start ?? tokens.at(-1)!.end;
}

const clauseStarts = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'and', 'but', 'or', 'because', 'if', 'when',
	'while', 'who', 'which', 'there', 'is', 'was', 'are', 'were', 'will', 'would', 'has', 'had',
	'have', 'can', 'could', 'should', 'may', 'might', 'must', 'not']);

type Choice = {cue: Cue; phrase: Phrase | undefined; inverted: boolean; subject: boolean};

/** A comma at token `i`, or a closing quote mark right after one (`"Morning Joe," adding`). */
function isComma(tokens: readonly Token[], i: number): boolean {
	const t = tokens[i];
	return t !== undefined && (t.text === ',' || (t.mark && tokens[i - 1]?.text === ','));
}

const conjunctions = new Set(['and', 'but', 'then', 'or', 'yet', 'while']);

function pickSpeaker(tokens: readonly Token[], cue: Cue): Choice {
	if (cue.according) {
		// `according to` takes whatever follows up to the next punctuation: `state law`, `officials familiar with …`.
		let last = cue.last;
		while (last + 1 < tokens.length && last - cue.last < 14) {
			const t = tokens[last + 1]!;
			if ((!t.word && t.text !== '\'' && t.text !== '-') || t.quoted || t.lower === 'that' || t.lower === 'who') {
				break;
			}

			last++;
		}

		return {cue, phrase: last > cue.last ? {first: cue.last + 1, last} : undefined, inverted: true, subject: false};
	}

	const verb = tokens[cue.first]!;
	const j = skipAuxLeft(tokens, cue.first - 1);
	const prev = tokens[j];
	if (verb.lower.endsWith('ing') && isComma(tokens, j)) {
		// `…, saying that …`: the subject of the sentence speaks.
		return {cue, phrase: subjectPhrase(tokens, j), inverted: false, subject: true};
	}

	// `…, said the company's chief executive, Ann Lee.`: a phrase after the cue that ends the clause is the speaker,
	// even when a comma before the cue could open an appositive.
	const left = tokens[cue.first - 1];
	if (left && (left.text === ',' || left.mark)) {
		const after = phraseStartingAt(tokens, cue.last + 1);
		const follow = after ? tokens[after.last + 1] : undefined;
		if (after && (!follow || [',', '.', ';', '(', '\u2014'].includes(follow.text))) {
			return {cue, phrase: after, inverted: true, subject: false};
		}
	}

	const before = speakerBefore(tokens, cue.first);
	if (before && !tokens[before.last]!.lower.endsWith('\'s')) {
		return {cue, phrase: before, inverted: false, subject: false};
	}

	const joined = prev !== undefined && !prev.quoted && (conjunctions.has(prev.lower)
		|| (tokens[cue.first - 1]?.lower === 'then' && (prev.text === ',' || prev.lower === 'and')));
	if (joined) {
		// `X called it a mistake and said …`.
		return {cue, phrase: subjectPhrase(tokens, j), inverted: false, subject: true};
	}

	if (!left || left.text === ',' || left.mark) {
		const after = phraseStartingAt(tokens, cue.last + 1);
		if (after) {
			return {cue, phrase: after, inverted: true, subject: false};
		}
	}

	return {cue, phrase: undefined, inverted: false, subject: false};
}

/** First token of the attribution block (speaker or cue, whichever comes first). */
function blockStart(c: Choice): number {
	return c.phrase && !c.inverted && !c.subject && c.phrase.first < c.cue.first ? c.phrase.first : c.cue.first;
}

function blockEnd(c: Choice): number {
	return c.phrase && c.inverted ? Math.max(c.cue.last, c.phrase.last) : c.cue.last;
}

function choose(tokens: readonly Token[], choices: readonly Choice[]): Choice | undefined {
	const withSpeaker = choices.filter(c => c.phrase && !c.subject);
	// An attribution closing the sentence (`…, X said.`) is the outer one; cues before it sit inside its content.
	for (let i = withSpeaker.length - 1; i > 0; i--) {
		const c = withSpeaker[i]!;
		const before = tokens[blockStart(c) - 1];
		// Only adjunct words may follow (`…, he said on Thursday.`); `…, he said no.` is a statement of its own.
		let rest = 0;
		let adjunctOnly = true;
		for (let k = blockEnd(c) + 1; k < tokens.length && rest <= 4; k++) {
			const t = tokens[k]!;
			rest += t.word ? 1 : 0;
			adjunctOnly &&= !t.word || prepositions.has(t.lower) || dayWords.has(t.lower) || t.text[0] !== t.lower[0]
				|| /^\d/.test(t.text) || ['a', 'an', 'the', 'statement', 'interview', 'week', 'month', 'year', 'night',
					'morning', 'afternoon', 'evening', 'ago', 'his', 'her', 'their', 'its', 'tweet', 'email', 'speech'].includes(t.lower);
		}

		if (rest <= 4 && adjunctOnly && before && (before.text === ',' || before.mark)) {
			return c;
		}
	}

	// Otherwise the first attribution in reading order; later cues sit inside its content (`… what he called …`).
	return choices.find(c => c.phrase) ?? choices[0];
}

function range(tokens: readonly Token[], p: {first: number; last: number} | undefined): Range | undefined {
	return p ? {start: tokens[p.first]!.start, end: tokens[p.last]!.end} : undefined;
}

/** Content of one attribution whose own stretch of the unit is `[lo, hi)`. */
function contentOf(ctx: Context, choice: Choice, lo: number, hi: number): Range[] | undefined {
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
		postFrom = contentStart(tokens, cue, cue.last + 1);
	}

	// A participle or `and`-joined cue (`…, saying that …`) takes its content after the cue only.
	const pre = preEnd > lo && !choice.subject ? trimRegion(text, lo, preEnd, quotes) : undefined;
	const post = postFrom < hi ? trimRegion(text, postFrom, hi, quotes) : undefined;
	const postIsQuote = post !== undefined && quotes.some(q => q.start === post.start) && quoteShare(post, quotes) > 0.8;
	if (pre && quoteShare(pre, quotes) > 0.8) {
		const content = quoteSpans(pre, quotes);
		if (postIsQuote) {
			content.push(...quoteSpans(post, quotes));
		}

		return content;
	}

	const between = text.slice(pre?.end ?? lo, preEnd);
	const postStartsThat = post !== undefined && text.startsWith('that', post.start);
	const firstWord = pre ? firstWordFrom(tokens, pre.start) : undefined;
	// `In a statement Thursday, X said …`: a lone introductory phrase is not content (`In Ohio, turnout rose, X said` is).
	const preIsIntro = pre !== undefined && firstWord !== undefined && introWords.has(firstWord.lower)
		&& !text.slice(pre.start, pre.end).includes(',') && wordCount(tokens, pre) <= 6
		&& !quotes.some(q => q.start >= pre.start && q.end <= pre.end);
	const postFirst = post ? firstWordFrom(tokens, post.start) : undefined;
	// `X said on Thursday, …` / `X said in posing the question`: what follows the cue is an adjunct, not content.
	const postIsAdjunct = postFirst !== undefined && (prepositions.has(postFirst.lower) || notContent.has(postFirst.lower))
		&& !(postFirst.lower === 'to' && toVerbs.test(tokens[cue.first]!.lower));
	const preCommaEnd = pre !== undefined && (between.includes(',') || /,\s*(?:["\u201D\u2019]|'')$/.test(text.slice(pre.start, pre.end)));
	let region: Range | undefined;
	if (inverted && pre && !preIsIntro && wordCount(tokens, pre) >= 2) {
		// `…, said X` / `“…,” said X`: the content comes first.
		region = pre;
	} else if (cue.according && !pre && post) {
		// `According to X, …`: whatever follows the source is the content.
		region = post;
	} else if (post && (postStartsThat || postIsQuote || /^(?:yes|no|so)$/i.test(text.slice(post.start, post.end)))) {
		// `said that …`, `said: “…”`, `said yes`.
		region = post;
	} else if (post && !postIsAdjunct && wordCount(tokens, post) >= 3 && !(preCommaEnd && /^\s*,/.test(text.slice(phraseEnd(ctx, choice), hi)))) {
		region = post;
	} else if (pre && !preIsIntro && preCommaEnd && wordCount(tokens, pre) >= 4) {
		region = pre;
		// `A, officials said, B`: the attribution sits inside the sentence; both halves are the content.
		const rest = text.slice(phraseEnd(ctx, choice), hi);
		if (post && /^\s*,/.test(rest) && !postIsAdjunct && wordCount(tokens, post) >= 3
			&& !quotes.some(q => q.start >= pre.start && q.end <= pre.end)) {
			return [pre, post];
		}
	} else if (post && !postIsAdjunct && wordCount(tokens, post) >= 2) {
		region = post;
	} else if (pre && !preIsIntro && preCommaEnd && wordCount(tokens, pre) >= 3) {
		region = pre;
	}

	if (!region) {
		return undefined;
	}

	return quoteShare(region, quotes) > 0.9 ? quoteSpans(region, quotes) : [region];
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

/** Words that cannot open reported content: `said twice - and …`, `said, and then …`. */
const notContent = new Set(['and', 'but', 'or', 'twice']);

const prepositions = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'with', 'from', 'to',
	'for', 'of', 'by', 'as', 'since', 'through', 'via', 'outside', 'inside', 'following', 'upon', 'last',
	'this', 'earlier', 'later', 'recently', 'yesterday', 'today', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday',
	'saturday', 'sunday', 'tonight', 'again', 'also', 'repeatedly', 'then', 'once', 'afterward', 'privately', 'publicly']);

function kindOf(content: readonly Range[], quotes: readonly Quote[]): StatementKind {
	let quoted = 0;
	let total = 0;
	let any = false;
	for (const r of content) {
		quoted += quoteShare(r, quotes) * (r.end - r.start);
		total += r.end - r.start;
		any ||= quotes.some(q => q.start >= r.start && q.end <= r.end);
	}

	return quoted / total > 0.9 ? 'direct' : (any ? 'mixed' : 'indirect');
}

type Base = {paragraph: number; open: boolean};

/** A raw statement with one fixed shape (object spreads in this hot path cost a fifth of the engine's time). */
function make(base: Base, p: {content: Range[]; kind: StatementKind; cue: Range | undefined; speaker: Range | undefined;
	role?: Range | undefined; clause?: Range | undefined; bare?: boolean}): RawStatement {
	return {content: p.content, kind: p.kind, cue: p.cue, speaker: p.speaker, role: p.role, clause: p.clause,
		paragraph: base.paragraph, bare: p.bare ?? false, open: base.open};
}

/** The statements of one unit: its main attribution plus any chained ones (`… and added that …`, `…, saying …`). */
export function unitStatements(text: string, unit: Range, quotes: readonly Quote[], tokens: readonly Token[],
	paragraph: number): RawStatement[] {
	const ctx: Context = {text, unit, quotes, tokens};
	const open = quotes.at(-1)?.open === true && quotes.at(-1)!.end >= unit.end - 1;
	const base: Base = {paragraph, open};
	const headline = paragraph === 0;
	if (headline) {
		const named = headlineColon(ctx);
		if (named) {
			return [make(base, named)];
		}
	}

	const cues = findCues(tokens, headline && isTitleCase(tokens));
	// A run-on unit with very many cues: only its first and last few can be the attribution (keeps this linear).
	const considered = cues.length > 16 ? [...cues.slice(0, 8), ...cues.slice(-8)] : cues;
	const choices = considered.map(c => pickSpeaker(tokens, c));
	let main = choose(tokens, choices);
	const relative: RawStatement[] = [];
	if (main?.phrase && main.phrase.first === main.phrase.last && ['who', 'which'].includes(tokens[main.phrase.first]!.lower)) {
		// `Lee, who said he votes by mail, said …`: the relative clause is a statement of its own, bounded by the
		// clause; the outer cue whose speaker carries that clause is the main attribution.
		const cueAt = main.cue.first;
		const outer = choices.find(c => c !== main && c.phrase?.clause && c.phrase.clause.first <= cueAt && cueAt <= c.phrase.clause.last);
		if (outer) {
			const clauseEnd = tokens[outer.phrase!.clause!.last]!.end;
			const from = contentStart(tokens, main.cue, main.cue.last + 1);
			const region = from < clauseEnd ? trimRegion(text, from, clauseEnd, quotes) : undefined;
			// `who asked not to be named`, `who declined to be identified`: conditions of anonymity, not statements.
			if (region && !/^(?:ask|declin|refus|spok|speak|request|insist)/.test(tokens[main.cue.first]!.lower)) {
				relative.push(make(base, {content: [region], kind: kindOf([region], quotes), cue: cueRange(tokens, main.cue),
					speaker: range(tokens, main.phrase)}));
			}

			main = outer;
		}
	}

	if (!main) {
		const colon = colonStatement(ctx);
		if (colon) {
			return [make(base, colon)];
		}

		// `“…,” Lee answers.`: a quotation with a speaker and any verb after it beats a bare quotation.
		const loose = withLooseQuotes(ctx, [], base);
		if (loose.some(l => l.speaker)) {
			return loose;
		}

		const bare = bareStatement(ctx);
		return bare ? [make(base, bare)] : loose;
	}

	// Later cues joined by `and`/`but`/`,` start statements of their own, with the main speaker unless they name one.
	const chained = choices.filter(c => c !== main && c.cue.first > blockEnd(main) && c.cue.first > (main.phrase?.last ?? -1)
		&& isChained(tokens, c));
	const out: RawStatement[] = relative;
	const cut = (c: Choice) => tokens[blockStart(c) - 1]!.start;
	const mainHi = chained[0] ? cut(chained[0]) : unit.end;
	const mainContent = contentOf(ctx, main, unit.start, mainHi);
	const mainSpeaker = range(tokens, main.phrase);
	if (mainContent && (main.phrase || mainContent.some(r => quotes.some(q => q.start >= r.start && q.end <= r.end)))) {
		out.push(make(base, {
			content: mainContent,
			kind: kindOf(mainContent, quotes),
			cue: cueRange(tokens, main.cue),
			speaker: mainSpeaker,
			role: range(tokens, main.phrase?.role),
			clause: range(tokens, main.phrase?.clause),
		}));
	}

	for (const [i, c] of chained.entries()) {
		const hi = chained[i + 1] ? cut(chained[i + 1]!) : unit.end;
		const from = contentStart(tokens, c.cue, blockEnd(c) + 1);
		const region = from < hi ? trimRegion(text, from, hi, quotes) : undefined;
		if (!region || wordCount(tokens, region) < 2) {
			continue;
		}

		const content = quoteShare(region, quotes) > 0.9 ? quoteSpans(region, quotes) : [region];
		const own = c.phrase && !c.subject;
		out.push(make(base, {
			content,
			kind: kindOf(content, quotes),
			cue: cueRange(tokens, c.cue),
			speaker: own ? range(tokens, c.phrase) : (mainSpeaker ?? range(tokens, c.phrase)),
		}));
	}

	const asked = askedIntro(ctx);
	if (asked) {
		out.unshift(make(base, asked));
	}

	if (out.length === 0) {
		const bare = bareStatement(ctx);
		if (bare) {
			return [make(base, bare)];
		}
	}

	return withLooseQuotes(ctx, out, base);
}

function withLooseQuotes(ctx: Context, out: RawStatement[], base: Base): RawStatement[] {
	if (ctx.quotes.length === 0) {
		return out;
	}

	const loose = looseQuotes(ctx, out.flatMap(s => s.content));
	if (loose.length === 0) {
		return out;
	}

	const all = [...out, ...loose.map(l => make(base, l))];
	return all.sort((a, b) => a.content[0]!.start - b.content[0]!.start);
}

/** The cue's words, plus a colon right after them (`said:`), which annotators often mark as the cue. */
function cueRange(tokens: readonly Token[], cue: Cue): Range {
	const colon = tokens[cue.last + 1]?.text === ':' && !tokens[cue.last + 1]!.quoted;
	return {start: tokens[cue.first]!.start, end: tokens[colon ? cue.last + 1 : cue.last]!.end};
}

function isChained(tokens: readonly Token[], c: Choice): boolean {
	if (!c.phrase || c.inverted) {
		return false;
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

	return isComma(tokens, blockStart(c) - 1) && (tokens[c.cue.first]!.lower.endsWith('ing') || !c.subject);
}

type Bare = Pick<RawStatement, 'content' | 'kind' | 'cue' | 'speaker' | 'bare'>;

/** A unit that is a quotation alone (`“…”`), or `X put it bluntly: “…”`. */
function bareStatement(ctx: Context): Bare | undefined {
	const colon = colonStatement(ctx);
	if (colon) {
		return colon;
	}

	const {text, unit, quotes, tokens} = ctx;
	const whole = trimRegion(text, unit.start, unit.end, quotes);
	if (whole && quotes.length > 0 && quoteShare(whole, quotes) >= 0.85 && wordCount(tokens, whole) >= 2) {
		return {content: quoteSpans(whole, quotes), kind: 'direct', cue: undefined, speaker: undefined, bare: true};
	}

	return undefined;
}

/** `X put it bluntly: “…”`. */
function colonStatement(ctx: Context): Bare | undefined {
	const {text, unit, quotes, tokens} = ctx;
	if (quotes.length === 0) {
		return undefined;
	}

	const colon = tokens.findIndex(t => t.text === ':' && !t.quoted);
	if (colon > 0 && quotes.some(q => q.start > tokens[colon]!.start)) {
		const phrase = subjectPhrase(tokens, colon);
		const after = trimRegion(text, tokens[colon]!.end, unit.end, quotes);
		if (phrase && after && quoteShare(after, quotes) > 0.8) {
			// The cue runs from the verb after the speaker to the colon: `put it bluntly:`.
			const verb = phrase.last + 1 < colon && tokens[phrase.last + 1]!.word ? phrase.last + 1 : colon;
			return {content: quoteSpans(after, quotes), kind: 'direct', cue: {start: tokens[verb]!.start,
				end: tokens[colon]!.end}, speaker: range(tokens, phrase), bare: false};
		}
	}

	return undefined;
}

const sectionLabels = new Set(['latest', 'news', 'daily', 'report', 'notice', 'update', 'updates', 'analysis',
	'editorial', 'opinion', 'watch', 'live', 'exclusive', 'review', 'podcast', 'poll', 'breaking', 'video', 'photos',
	'briefing', 'newsletter', 'column', 'explainer', 'timeline', 'transcript', 'factbox', 'q&a', 'recap', 'roundup']);

/** `Warren: Trump Is a ‘Proven Failure’`: a headline that names its speaker before a colon. */
function headlineColon(ctx: Context): Bare | undefined {
	const {text, unit, quotes, tokens} = ctx;
	const colon = tokens.findIndex(t => t.text === ':' && !t.quoted);
	if (colon < 1 || colon > 5) {
		return undefined;
	}

	const phrase = phraseStartingAt(tokens, 0);
	const content = trimRegion(text, tokens[colon]!.end, unit.end, quotes);
	if (!phrase || phrase.last !== colon - 1 || !content || wordCount(tokens, content) < 3) {
		return undefined;
	}

	// `The Latest: …`, `Business Report: …`, `Paid Notice: …` are section labels, not speakers.
	for (let k = phrase.first; k <= phrase.last; k++) {
		if (sectionLabels.has(tokens[k]!.lower)) {
			return undefined;
		}
	}

	return {content: [content], kind: kindOf([content], quotes), cue: {start: tokens[colon]!.start, end: tokens[colon]!.end},
		speaker: range(tokens, phrase), bare: false};
}

/** `Asked about the plan, Lee said …` / `When asked whether …,`: the question put to the speaker is reported too. */
function askedIntro(ctx: Context): Bare | undefined {
	const {text, quotes, tokens} = ctx;
	const at = tokens[0]?.lower === 'asked' ? 0 : (tokens[0]?.lower === 'when' && tokens[1]?.lower === 'asked' ? 1 : -1);
	if (at < 0 || tokens[at]!.quoted) {
		return undefined;
	}

	for (let k = at + 1; k < tokens.length && k - at < 30; k++) {
		const t = tokens[k]!;
		if (t.text === ',' && !t.quoted) {
			const content = k > at + 1 ? trimRegion(text, tokens[at + 1]!.start, t.start, quotes) : undefined;
			return content ? {content: [content], kind: kindOf([content], quotes), cue: {start: tokens[at]!.start,
				end: tokens[at]!.end}, speaker: undefined, bare: false} : undefined;
		}

		if (t.text === '.' || t.text === ';') {
			return undefined;
		}
	}

	return undefined;
}
