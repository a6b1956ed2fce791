/**
 * One unit (sentence) → its raw statements: the main attribution, chained ones, a relative clause's, quotations
 * without a cue. unitStatements tries the rules in order; the main statement's live in statement-main.ts, the chained
 * and later ones' in statement-chained.ts. Offsets are UTF-16 indices into the article text.
 */
import type {Quote} from './quotes.js';
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {findCues, isTitleCase} from './cues.js';
import {trimRegion, wordCount, type Context} from './regions.js';
import {blockEnd, choose, pickSpeaker, range} from './choose.js';
import {contentOf, kindOf} from './content.js';
import {bareStatement, colonStatement, headlineColon, reportedBy, signedColonStatement, signedDashStatement, type Bare} from './special.js';
import {askedAdjunct, askedIntro} from './intro-asked.js';
import {make, type Base, type RawStatement} from './statement-record.js';
import {withLooseQuotes} from './statement-loose-quotes.js';
import {mainStatement, relativeOuter, relativeStatement, subjectSpeaker} from './statement-main.js';
import {chainedChoices, chainedStatement, contentEndBefore, laterStatement} from './statement-chained.js';

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
	const whole = headline ? headlineColon(ctx) : signedColonStatement(ctx) ?? signedDashStatement(ctx) ?? reportedBy(ctx);
	if (whole) {
		return [make(base, whole)];
	}

	// A one-sentence paragraph in Title Case is a heading (`Ann Lee Asked Voters To “Look Again.”`), read as a headline.
	const cues = findCues(tokens, (headline || alone) && isTitleCase(tokens));
	// A run-on unit with very many cues: only its first and last few can be the attribution (keeps this linear).
	const considered = cues.length > 16 ? [...cues.slice(0, 8), ...cues.slice(-8)] : cues;
	const choices = considered.map(c => pickSpeaker(tokens, c));
	let main = choose(tokens, choices);
	const out: RawStatement[] = [];
	const outer = relativeOuter(tokens, main, choices);
	if (outer) {
		const relative = relativeStatement(ctx, base, main!, outer);
		if (relative) {
			out.push(relative);
		}

		main = outer;
	}

	if (!main) {
		return withoutCue(ctx, base);
	}

	const chained = chainedChoices(tokens, main, choices);
	const mainContent = contentOf(ctx, main, unit.start, chained[0] ? contentEndBefore(ctx, chained[0]) : unit.end);
	const mainSpeaker = !main.phrase && mainContent ? subjectSpeaker(tokens, main, mainContent) : range(tokens, main.phrase);
	const statement = mainStatement(ctx, base, main, mainContent, mainSpeaker);
	if (statement) {
		out.push(statement);
	}

	const mainDirect = out.some(st => st.kind !== 'indirect' && st.cue !== undefined && st.speaker === mainSpeaker);
	for (const [i, c] of chained.entries()) {
		const hi = chained[i + 1] ? contentEndBefore(ctx, chained[i + 1]!) : unit.end;
		const chainedOne = chainedStatement(ctx, base, c, hi, mainSpeaker, mainDirect);
		if (chainedOne) {
			out.push(chainedOne);
		}
	}

	// `…, compared with 64 percent who say the same of Lee`: a later cue with a speaker of its own in the writer's clause
	// that ended the main content is a statement too.
	// (`“…,” Lee said, after Kim said …`: when the quotation came first, the turn follows the attribution.)
	const mainEnd = mainContent?.at(-1)?.end;
	const turnFrom = mainEnd === undefined ? undefined : Math.max(mainEnd, tokens[blockEnd(main)]!.end);
	if (turnFrom !== undefined && chained.length === 0) {
		const later = laterStatement(ctx, base, main, choices, turnFrom);
		if (later) {
			out.push(later);
		}

		if (out.length > 0 && out.at(-1)!.kind === 'direct' && turnedRe.test(text.slice(turnFrom, unit.end))) {
			out.at(-1)!.turned = true;
		}
	}

	const asked = askedIntro(ctx);
	if (asked) {
		dropQuestion(ctx, out, asked.content.at(-1)!.end);
		out.unshift(make(base, asked));
	}

	const adjunct = out.length > 0 ? askedAdjunct(ctx) : undefined;
	if (adjunct) {
		return withAskedAdjunct(ctx, base, out, adjunct);
	}

	if (out.length === 0) {
		const bare = bareStatement(ctx);
		if (bare) {
			return [make(base, bare)];
		}
	}

	return withLooseQuotes(ctx, out, base);
}

/** The opening clause holds the question, not the answer (`When asked if …, which …, Lee said, “…”`): content before `end` goes. */
function dropQuestion(ctx: Context, out: RawStatement[], end: number): void {
	for (const st of out) {
		const content = st.content.filter(r => r.start >= end);
		if (content.length > 0 && content.length < st.content.length) {
			st.content = content;
			st.kind = kindOf(content, ctx.quotes);
		}
	}
}

/** A unit without a cue: a question it reports, a colon, loose quotations or a bare one. */
function withoutCue(ctx: Context, base: Base): RawStatement[] {
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

/** The statements `out` with the question asked of their speaker (`…, when asked whether …`) as an aside of its own. */
function withAskedAdjunct(ctx: Context, base: Base, out: RawStatement[], adjunct: {statement: Bare; from: number}): RawStatement[] {
	const {text, quotes, tokens} = ctx;
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
