/**
 * One unit (sentence) → its raw statements: the main attribution, chained ones, a relative clause's, quotations
 * without a cue. Offsets are UTF-16 indices into the article text.
 */
import type {Quote} from './quotes.js';
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {findCues, isTitleCase} from './cues.js';
import {hasQuoteIn, quoteAround, trimRegion, quoteShare, quoteSpans, wordCount, type Context} from './regions.js';
import {blockEnd, blockStart, choose, cueRange, pickSpeaker, range, type Choice} from './choose.js';
import {isChained, participleAfterInverted, prepositionWhich, quoteBefore} from './choose-chains.js';
import {contentOf, kindOf} from './content.js';
import {contentStart} from './content-start.js';
import {cutTrailing} from './writer-clause.js';
import {subjectPhrase} from './speakers.js';
import {determinerWords} from './phrases.js';
import {weakCues} from './lexicon.js';
import {bareStatement, colonStatement, headlineColon, reportedBy, signedColonStatement, signedDashStatement} from './special.js';
import {askedAdjunct, askedIntro} from './intro-asked.js';
import {make, type Base, type RawStatement} from './statement-record.js';
import {pollIntro, pollShows} from './statement-polls.js';
import {sentenceAntecedent} from './statement-pronouns.js';
import {withLooseQuotes} from './statement-loose-quotes.js';

/**
 * `, then referred to …`, `, and her husband cut in.`: after the attribution the writer moves to a next act or another
 * person's; the quotation in the next sentence belongs to that turn, not to the one before.
 */
const turnedRe = /^[\s"'\u201D]*(?:,?[^,.;:"\u201C]{0,60})?,\s+(?:and\s+)?(?:then\s+[a-z]+ed\b|(?:her|his|their)\s+[a-z]+\s+(?:[a-z]+ed|cut|broke|chimed|jumped)\b)/;

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
