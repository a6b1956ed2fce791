/**
 * One unit (sentence) → its raw statements: the main attribution, chained ones, a relative clause's, quotations
 * without a cue. Offsets are UTF-16 indices into the article text.
 */
import type {StatementKind} from './types.js';
import type {Quote} from './quotes.js';
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {findCues, isTitleCase} from './cues.js';
import {looseQuotes} from './loose-quotes.js';
import {withoutNamingAside} from './naming.js';
import {firstTokenAt, hasQuoteIn, quoteAround, trimRegion, quoteShare, quoteSpans, wordCount, type Context} from './regions.js';
import {blockEnd, blockStart, choose, cueRange, pickSpeaker, range, type Choice} from './choose.js';
import {isChained, prepositionWhich} from './choose-chains.js';
import {contentOf, kindOf} from './content.js';
import {contentStart} from './content-start.js';
import {cutTrailing} from './writer-clause.js';
import {phraseEndingAt, subjectPhrase} from './speakers.js';
import {determinerWords} from './phrases.js';
import {auxiliaries, documentHeads, organizationWords, pronouns, weakCues} from './lexicon.js';
import {bareStatement, colonStatement, headlineColon, reportedBy, signedColonStatement, signedDashStatement} from './special.js';
import {askedAdjunct, askedIntro} from './intro-asked.js';

/** A statement before sources are resolved. */
export type RawStatement = {
	content: Range[];
	kind: StatementKind;
	cue: Range | undefined;
	speaker: Range | undefined;
	/** Appositive or relative clause next to the speaker (role text, anonymity phrases). */
	role: Range | undefined;
	clause: Range | undefined;
	/** The sentence subject a pronoun speaker stands for (`Democrats said what they …`), when the sentence names one. */
	antecedent: Range | undefined;
	/** Subject pronouns between the speaker and the cue that repeat the speaker (`While Lee …, she did say …`). */
	repeats: Range[] | undefined;
	paragraph: number;
	/** No cue and no speaker: a bare quotation, attributed from context later. */
	bare: boolean;
	/** The last content span is a quotation left open at the paragraph's end. */
	open: boolean;
	/** A side statement (`… when asked whether …`) that quotations continuing the main one skip over. */
	aside: boolean;
	/** A quotation right after this statement goes on with it even when it is indirect (`…, adding that …. “B.”`). */
	continued: boolean;
	/**
	 * The writer's clause after the attribution turns to another act (`…,” Lee said, then thanked the crowd.`): a bare
	 * quotation after it is a statement of its own, not the rest of this one.
	 */
	turned: boolean;
	/**
	 * Words no one in the surrounding statements said (a title given to something, a crowd's chant): they borrow no source
	 * from the statements before them.
	 */
	sourceless: boolean;
};

type Base = {paragraph: number; open: boolean};

/** A raw statement with one fixed shape (object spreads in this hot path cost a fifth of the engine's time). */
function make(base: Base, p: {content: Range[]; kind: StatementKind; cue: Range | undefined; speaker: Range | undefined;
	role?: Range | undefined; clause?: Range | undefined; antecedent?: Range | undefined; bare?: boolean; aside?: boolean;
	sourceless?: boolean; continued?: boolean; turned?: boolean}): RawStatement {
	return {content: p.content, kind: p.kind, cue: p.cue, speaker: p.speaker, role: p.role, clause: p.clause,
		antecedent: p.antecedent, repeats: undefined, paragraph: base.paragraph, bare: p.bare ?? false, open: base.open, aside: p.aside ?? false,
		continued: p.continued ?? false, turned: p.turned ?? false, sourceless: p.sourceless ?? false};
}

/**
 * `, then referred to …`, `, and her husband cut in.`: after the attribution the writer moves to a next act or another
 * person's; the quotation in the next sentence belongs to that turn, not to the one before.
 */
const turnedRe = /^[\s"'\u201D]*(?:,?[^,.;:"\u201C]{0,60})?,\s+(?:and\s+)?(?:then\s+[a-z]+ed\b|(?:her|his|their)\s+[a-z]+\s+(?:[a-z]+ed|cut|broke|chimed|jumped)\b)/;

const pollWords = new Set(['poll', 'survey', 'study', 'report']);

/** The first words of a share of respondents: `38 percent of voters`, `half`, `a majority`, `most`. */
const shareWords = /^(?:\d|percent|%|half|most|majority|some|about|just|only|nearly|almost|more|less|two|three|four)/i;

/** Verbs by which a poll reports its respondents' answers (`A poll showed that 72 percent said …`). */
const pollVerbs = new Set(['show', 'shows', 'showed', 'showing', 'shown', 'found', 'finds', 'find', 'indicates', 'indicated',
	'suggests', 'suggested']);

/**
 * `A June poll showed that 72 percent of voters said …`, `Polls show as many as 30 percent of backers say …`: a poll
 * before a reporting verb right before a share of respondents (the phrase at `phraseFirst`) is what reports their answer;
 * annotators mark the poll as the source. Returns the poll phrase and the verb.
 */
function pollShows(tokens: readonly Token[], phraseFirst: number): {poll: {first: number; last: number}; verb: number} | undefined {
	let k = phraseFirst - 1;
	while (k > 0 && ['that', 'as', 'many', 'much', 'about', 'nearly', 'almost', 'roughly', 'just', 'only', 'some'].includes(tokens[k]!.lower)
		&& !tokens[k]!.quoted) {
		k--;
	}

	const verb = tokens[k];
	if (!verb?.word || verb.quoted || !pollVerbs.has(verb.lower) || !shareWords.test(tokens.slice(phraseFirst, phraseFirst + 3).map(t => t.lower).join(' '))) {
		return undefined;
	}

	// The poll's head noun, then what follows it up to the verb (`A Bloomberg poll in June showed`, `results of a poll are
	// showing`).
	for (let head = k - 1; head >= 0 && k - head <= 8; head--) {
		const t = tokens[head]!;
		if (!t.word || t.quoted) {
			return undefined;
		}

		if (pollWords.has(t.lower.replace(/s$/, ''))) {
			let end = k - 1;
			while (end > head && auxiliaries.has(tokens[end]!.text)) {
				end--;
			}

			const poll = phraseEndingAt(tokens, head);
			return poll ? {poll: {first: poll.first, last: end}, verb: k} : undefined;
		}
	}

	return undefined;
}

/** `In a recent CNN/ORC poll, 29 percent …`: the (indefinite, newly named) poll of an opening `In a …,` right before the speaker. */
function pollIntro(tokens: readonly Token[], phraseFirst: number): {first: number; last: number} | undefined {
	let first = phraseFirst;
	while (first > 2 && ['just', 'only', 'some', 'about', 'nearly', 'almost', 'roughly'].includes(tokens[first - 1]!.lower)) {
		first--;
	}

	if (tokens[0]?.lower !== 'in' || !['a', 'an'].includes(tokens[1]?.lower ?? '') || tokens[first - 1]?.text !== ','
		|| !tokens[first]!.word || !shareWords.test(tokens.slice(first, first + 3).map(t => t.lower).join(' '))) {
		return undefined;
	}

	for (let k = 2; k < first - 1; k++) {
		if (!tokens[k]!.word && tokens[k]!.text !== '/' && tokens[k]!.text !== '-') {
			return undefined;
		}
	}

	return tokens.slice(1, first - 1).some(t => pollWords.has(t.lower)) ? {first: 1, last: first - 2} : undefined;
}

/** The statements of one unit: its main attribution plus any chained ones (`… and added that …`, `…, saying …`). */
export function unitStatements(text: string, unit: Range, quotes: readonly Quote[], tokens: readonly Token[],
	paragraph: number, alone = false): RawStatement[] {
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

	const signed = headline ? undefined : signedColonStatement(ctx) ?? signedDashStatement(ctx) ?? reportedBy(ctx);
	if (signed) {
		return [make(base, signed)];
	}

	// A one-sentence paragraph in Title Case is a heading (`Ann Lee Asked Voters To “Look Again.”`), read as a headline.
	const cues = findCues(tokens, (headline || alone) && isTitleCase(tokens));
	// A run-on unit with very many cues: only its first and last few can be the attribution (keeps this linear).
	const considered = cues.length > 16 ? [...cues.slice(0, 8), ...cues.slice(-8)] : cues;
	const choices = considered.map(c => pickSpeaker(tokens, c));
	let main = choose(tokens, choices);
	const relative: RawStatement[] = [];
	if (main?.phrase && main.phrase.first === main.phrase.last && ['who', 'which', 'that'].includes(tokens[main.phrase.first]!.lower)) {
		// `Lee, who said he votes by mail, said …`: the relative clause is a statement of its own, bounded by the
		// clause; the outer cue whose speaker carries that clause is the main attribution.
		const cueAt = main.cue.first;
		const outer = choices.find(c => c !== main && c.phrase?.clause && c.phrase.clause.first <= cueAt && cueAt <= c.phrase.clause.last);
		if (outer) {
			let clauseEnd = tokens[outer.phrase!.clause!.last]!.end;
			// `Lee, who says the repairs cost “far too much,” said …`: a quotation closing the clause keeps its `,”`.
			const inside = quoteAround(quotes, clauseEnd);
			clauseEnd = inside && inside.end <= unit.end ? inside.end : clauseEnd;
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
		// `Asked which county he liked best, he demurred: “…”`: the question is reported even without a cue after it.
		const asked = askedIntro(ctx);
		const question = asked ? [make(base, asked)] : [];
		const colon = colonStatement(ctx);
		if (colon) {
			return [...question, make(base, colon)];
		}

		// `“…,” Lee answers.`: a quotation with a speaker and any verb after it beats a bare quotation.
		const loose = withLooseQuotes(ctx, question, base);
		if (loose.some(l => l.speaker)) {
			return loose;
		}

		const bare = bareStatement(ctx);
		return bare ? [...question, make(base, bare)] : loose;
	}

	// Later cues joined by `and`/`but`/`,` start statements of their own, with the main speaker unless they name one.
	// `According to the report, Lee said …`: the clause after the source, its own cue included, is what the report says.
	const opensAccording = main.cue.according && main.phrase !== undefined && tokens[main.phrase.last + 1]?.text === ',';
	const chained = choices.filter(c => c !== main && c.cue.first > blockEnd(main) && c.cue.first > (main.phrase?.last ?? -1)
		&& (isChained(tokens, c) || participleAfterInverted(tokens, main, c)) && !(opensAccording && blockStart(c) - 1 === main.phrase!.last + 1));
	const out: RawStatement[] = relative;
	// (`…, but said, “A,” promising …`: a closing mark before the chained cue still belongs to the quotation before it.)
	const cut = (c: Choice) => {
		const t = tokens[blockStart(c) - (prepositionWhich(tokens, c) ? 2 : 1)]!;
		const lead = quoteBefore(ctx, c);
		return lead ? lead.start : (t.mark && t.quoted && quoteAround(quotes, t.end - 1)?.end === t.end ? t.end : t.start);
	};
	const mainHi = chained[0] ? cut(chained[0]) : unit.end;
	const mainContent = contentOf(ctx, main, unit.start, mainHi);
	let mainSpeaker = range(tokens, main.phrase);
	if (!main.phrase && mainContent) {
		// `Proponents of tighter rules here say …`, `Lee, appearing on a talk show after the speech, said …`: no phrase right
		// before the cue, but the sentence subject is the speaker (measured on train: a subject at any distance helps).
		const subject = subjectPhrase(tokens, main.cue.first);
		const verb = tokens[main.cue.first]!;
		const prev = tokens[main.cue.first - 1];
		// Not `to say`, `is told`, `the praise`, `Trump's promises`: those are no finite cue of the subject.
		if (subject && subject.last < main.cue.first && main.cue.first - subject.last <= 40 && !weakCues.has(verb.lower)
			&& !verb.lower.endsWith('ing') && prev?.word && !['to', 'is', 'are', 'was', 'were', 'be', 'been', 'being'].includes(prev.lower)
			&& !determinerWords.has(prev.lower) && !prev.lower.endsWith('\'s') && !tokens[subject.last]!.lower.endsWith('\'s')
			&& mainContent.every(r => r.start >= verb.end)) {
			mainSpeaker = range(tokens, subject);
		}
	}

	const poll = mainContent && main.phrase && !main.inverted && !main.subject ? pollIntro(tokens, main.phrase.first) : undefined;
	const shows = mainContent && main.phrase && !main.inverted && !main.subject && !poll ? pollShows(tokens, main.phrase.first) : undefined;
	if (shows && mainContent) {
		// `A June poll showed that 72 percent of voters said …`: the poll reports what the respondents said (train: +3
		// speakers, +3 cues).
		const whole = trimRegion(text, tokens[shows.verb + 1]!.start, mainContent.at(-1)!.end, quotes);
		if (whole) {
			out.push(make(base, {content: [whole], kind: kindOf([whole], quotes), cue: range(tokens, {first: shows.verb, last: shows.verb}),
				speaker: range(tokens, shows.poll)}));
		}
	} else if (poll && mainContent) {
		// `In a CNN poll released Monday, 38 percent of voters said …`: the poll reports what the respondents said.
		const whole = trimRegion(text, tokens[poll.last + 2]!.start, mainContent.at(-1)!.end, quotes);
		if (whole) {
			out.push(make(base, {content: [whole], kind: kindOf([whole], quotes), cue: range(tokens, {first: 0, last: 0}),
				speaker: range(tokens, poll)}));
		}
	} else if (mainContent && (mainSpeaker || mainContent.some(r => hasQuoteIn(r, quotes)))) {
		out.push(make(base, {
			content: mainContent,
			kind: kindOf(mainContent, quotes),
			cue: cueRange(tokens, main.cue),
			speaker: mainSpeaker,
			role: range(tokens, main.phrase?.role),
			clause: range(tokens, main.phrase?.clause),
			antecedent: main.phrase && !main.inverted && !main.subject ? range(tokens, sentenceAntecedent(tokens, main.phrase)) : undefined,
		}));
	}

	const mainDirect = out.some(st => st.kind !== 'indirect' && st.cue !== undefined && st.speaker === mainSpeaker);
	for (const [i, c] of chained.entries()) {
		const hi = chained[i + 1] ? cut(chained[i + 1]!) : unit.end;
		const from = contentStart(tokens, c.cue, blockEnd(c) + 1);
		const whole = from < hi ? trimRegion(text, from, hi, quotes) : undefined;
		// A chained statement's content ends where the writer's own clause begins, as the main one's does.
		const region = whole ? cutTrailing(ctx, whole) : undefined;
		const lead = quoteBefore(ctx, c);
		if (lead) {
			// `… - “A,” she said - and …`, `… - “A,” he said, “B” - …`: the quotation before its speaker, and one right after.
			out.push(make(base, {content: [lead, ...(region && quoteShare(region, quotes) > 0.9 ? quoteSpans(region, quotes) : [])],
				kind: 'direct', cue: cueRange(tokens, c.cue), speaker: range(tokens, c.phrase)}));
			continue;
		}

		// (A quotation of one word is enough: `…, who responded: “Okay!”`.)
		if (!region || (wordCount(tokens, region) < 2 && quoteShare(region, quotes) <= 0.9)) {
			continue;
		}

		const spans = quoteShare(region, quotes) > 0.9 ? quoteSpans(region, quotes) : [region];
		// `…, which he said had failed`: the relative pronoun is what the clause reports on, as in a main statement.
		const which = tokens[blockStart(c) - 1]!;
		const content = (which.lower === 'which' || which.lower === 'whom') && !which.quoted && !prepositionWhich(tokens, c) ? [range(tokens, {first: blockStart(c) - 1, last: blockStart(c) - 1})!, ...spans] : spans;
		const own = c.phrase && !c.subject;
		// `“A,” Lee said, adding that …. “B.”`: annotators read the next quotation as what she added or explained (train: 5
		// of 7).
		const adding = tokens[c.cue.first]!.lower === 'adding' || tokens[c.cue.first]!.lower === 'explaining';
		out.push(make(base, {
			content,
			kind: kindOf(content, quotes),
			cue: cueRange(tokens, c.cue),
			speaker: own ? range(tokens, c.phrase) : (mainSpeaker ?? range(tokens, c.phrase)),
			// `“A,” Lee said, noting that … “B.”`: the next quotation continues the quoted main statement, not this one.
			aside: !own && mainDirect && !adding,
			continued: adding,
		}));
	}

	// `…, compared with 64 percent who say the same of Lee`: a later cue with a speaker of its own in the writer's clause
	// that ended the main content is a statement too.
	// (`“…,” Lee said, after Kim said …`: when the quotation came first, the turn follows the attribution.)
	const mainEnd = mainContent?.at(-1)?.end;
	const turnFrom = mainEnd === undefined ? undefined : Math.max(mainEnd, tokens[blockEnd(main)]!.end);
	if (turnFrom !== undefined && chained.length === 0) {
		const later = choices.find(c => c !== main && c.phrase && !c.subject && !c.inverted && c.cue.first > blockEnd(main)
			&& tokens[blockStart(c)]!.start >= turnFrom
			&& /^[\s"'\u201D]*,\s*(?:compared|while|whereas|although|though|after|but)\b/.test(text.slice(turnFrom, tokens[blockStart(c)]!.start)));
		const from = later ? contentStart(tokens, later.cue, later.cue.last + 1) : unit.end;
		const region = later && from < unit.end ? trimRegion(text, from, unit.end, quotes) : undefined;
		if (later && region && wordCount(tokens, region) >= 2) {
			const content = quoteShare(region, quotes) > 0.9 ? quoteSpans(region, quotes) : [region];
			out.push(make(base, {content, kind: kindOf(content, quotes), cue: cueRange(tokens, later.cue),
				speaker: range(tokens, later.phrase)}));
		}
	}

	if (turnFrom !== undefined && chained.length === 0 && out.length > 0 && out.at(-1)!.kind === 'direct'
		&& turnedRe.test(text.slice(turnFrom, unit.end))) {
		out.at(-1)!.turned = true;
	}

	const asked = askedIntro(ctx);
	if (asked) {
		out.unshift(make(base, asked));
	}

	const adjunct = out.length > 0 ? askedAdjunct(ctx) : undefined;
	if (adjunct) {
		// Content that ran into the question ends before it.
		const cut = tokens[adjunct.from]!.start;
		for (const st of out) {
			st.content = st.content.flatMap(r => {
				if (r.start < cut && cut < r.end) {
					const t = trimRegion(text, r.start, cut, quotes);
					return t && wordCount(tokens, t) >= 2 ? [t] : [];
				}

				return r.start >= cut && r.start < adjunct.statement.content[0]!.end ? [] : [r];
			});
			st.kind = st.content.length > 0 ? kindOf(st.content, quotes) : st.kind;
		}

		out.push(make(base, {...adjunct.statement, aside: true}));
		out.sort((a, b) => (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0));
		return withLooseQuotes(ctx, out.filter(st => st.content.length > 0), base);
	}

	if (out.length === 0) {
		const bare = bareStatement(ctx);
		if (bare) {
			return [make(base, bare)];
		}
	}

	return withLooseQuotes(ctx, out, base);
}

/**
 * `… - “A,” she said - and …`: a quotation closed with its comma right before a chained cue's own speaker (or an
 * inverted cue) that ends its clause is what that speaker said, not the end of the statement before it.
 */
function quoteBefore(ctx: Context, c: Choice): Quote | undefined {
	const {text, tokens, quotes} = ctx;
	const t = tokens[blockStart(c) - 1];
	if (c.subject || !c.phrase || !t?.mark || !t.quoted || !/[,?!]/.test(text[t.start - 1] ?? '')) {
		return undefined;
	}

	// (Not before a clause of the speaker's own, `…, “A,” one prosecutor said the cases differ`; two words of an adjunct
	// may end the attribution: `said twice -`.)
	let k = blockEnd(c) + 1;
	while (k < tokens.length && k - blockEnd(c) <= 2 && tokens[k]!.word && !tokens[k]!.quoted) {
		k++;
	}

	if (k < tokens.length && (tokens[k]!.quoted || tokens[k]!.word)) {
		return undefined;
	}

	const q = quoteAround(quotes, t.end - 1);
	return q?.end === t.end ? q : undefined;
}

/**
 * `“…,” said Ann Lee, the harbor master, noting that …`: a participle after a comma that follows an inverted speaker
 * (no sentence subject before the quotation to borrow) is that speaker's next statement (train: +8 speech, −1 direct).
 */
function participleAfterInverted(tokens: readonly Token[], main: Choice, c: Choice): boolean {
	const before = tokens[c.cue.first - 1];
	return main.inverted && !main.cue.according && main.phrase !== undefined && c.subject && c.phrase === undefined
		&& c.cue.first === c.cue.last && tokens[c.cue.first]!.lower.endsWith('ing') && before?.text === ',' && !before.quoted
		// (`…, recalling the episode`: a bare two-word object is more often the writer's gloss.)
		&& c.cue.last + 1 < tokens.length && wordCount(tokens, {start: tokens[c.cue.last + 1]!.start, end: tokens.at(-1)!.end}) >= 3;
}

/**
 * `Democrats focused on what they said was …`: the sentence subject a pronoun speaker later in the same sentence
 * stands for (a plural phrase for `they`, a name for `he`/`she`).
 */
function sentenceAntecedent(tokens: readonly Token[], phrase: {first: number; last: number}): {first: number; last: number} | undefined {
	const pronoun = tokens[phrase.first]!.lower;
	if (phrase.first !== phrase.last || !['he', 'she', 'they', 'it'].includes(pronoun)) {
		return undefined;
	}

	const subject = subjectPhrase(tokens, phrase.first);

	if (subject && subject.first === subject.last && subject.last < phrase.first - 1 && tokens[subject.first]!.lower === pronoun) {
		// `But he focused on what he said were …`: the same pronoun as the subject is the same person, and annotators
		// mostly mark the subject's.
		return subject;
	}

	if (!subject || subject.last >= phrase.first - 1 || ['he', 'she', 'they', 'it', 'i', 'we', 'you'].includes(tokens[subject.first]!.lower)) {
		return undefined;
	}

	const head = tokens[subject.last]!;
	// (`it`: an organisation or document noun, `For now, the council is asking …, which it has promised …`.)
	const fits = pronoun === 'they' ? /[a-z]s$/.test(head.lower) && !head.lower.endsWith('ss')
		: pronoun === 'it' ? organizationWords.has(head.lower) || documentHeads.has(head.lower) : head.text[0] !== head.lower[0];
	return fits ? subject : undefined;
}

function withLooseQuotes(ctx: Context, out: RawStatement[], base: Base): RawStatement[] {
	if (ctx.quotes.length === 0) {
		return out;
	}

	// A name given in an aside is a statement of its own, which the quotations below pick up (train: +3 direct).
	for (const st of out) {
		const content = st.content.flatMap(r => withoutNamingAside(ctx, r));
		if (content.length !== st.content.length || content.some((r, i) => r !== st.content[i])) {
			st.content = content;
			st.kind = content.length > 0 ? kindOf(content, ctx.quotes) : st.kind;
		}
	}

	out = out.filter(st => st.content.length > 0);
	// (Cues that open their statement: the clause of a quotation before one ends there.)
	const cues = out.flatMap(st => st.cue && st.cue.start < st.content[0]!.start && (!st.speaker || st.speaker.end <= st.cue.start)
		? [st.cue.start] : []).sort((a, b) => a - b);
	const loose = looseQuotes(ctx, out.flatMap(s => s.content), cues);
	if (loose.length === 0) {
		return out;
	}

	// `“A?” asked Lee, referring to what he calls the “crooked” process. “B.”`: words quoted inside the writer's clause
	// after a quotation with its speaker are an aside the next quotation skips, continuing the speaker's.
	const quoted = out.some(st => st.kind === 'direct' && st.speaker !== undefined);
	const all = [...out, ...loose.map(l => make(base, {content: l.content, kind: l.kind, cue: l.cue, speaker: l.speaker, sourceless: l.sourceless,
		aside: quoted && l.kind === 'mixed'}))];
	return all.sort((a, b) => a.content[0]!.start - b.content[0]!.start);
}

const honorifics = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr']);

/**
 * `While the donor didn’t say how much, he did say …`, `Lee was defending the plan when she told …`: the subject `he`s
 * or `she`s between a statement's speaker and its cue, which may be the same person again (the sources decide).
 */
export function markRepeats(tokens: readonly Token[], statements: readonly RawStatement[]): void {
	for (const st of statements) {
		const {speaker, cue} = st;
		if (speaker && cue && speaker.end <= cue.start) {
			st.repeats = repeatedPronouns(tokens, speaker, cue);
		}
	}
}

function repeatedPronouns(tokens: readonly Token[], speaker: Range, cue: Range): Range[] | undefined {
	const first = tokens[firstTokenAt(tokens, speaker.start)];
	// A speaker `I`, `we` or `they` is not the `he` after it; a pronoun speaker only repeats as itself.
	const speakerPronoun = first !== undefined && first.end === speaker.end && pronouns.has(first.lower) ? first.lower : undefined;
	let found: Range[] | undefined;
	let pronoun: string | undefined;
	// (At most 60 tokens on: a run-on unit with many statements stays linear.)
	for (let k = firstTokenAt(tokens, speaker.end), n = 0; k < tokens.length && n < 60; k++, n++) {
		const t = tokens[k]!;
		if (t.end > cue.start) {
			break;
		}

		if (t.quoted || !t.word) {
			continue;
		}

		if (t.lower === 'he' || t.lower === 'she') {
			if ((pronoun ?? speakerPronoun ?? t.lower) !== t.lower) {
				return undefined;
			}

			pronoun = t.lower;
			(found ??= []).push({start: t.start, end: t.end});
		} else if (honorifics.has(t.lower)) {
			// Another person named between (`… after Mr. Trump held a news conference in which he …`).
			return undefined;
		}
	}

	return found;
}
