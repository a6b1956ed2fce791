/**
 * The statements after the main one in a unit: cues chained to it (`… and added that …`, `…, saying …`) and a later
 * cue with a speaker of its own in the writer's clause (`…, compared with 64 percent who say …`). Offsets are UTF-16
 * indices into the article text.
 */
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {quoteAround, trimRegion, quoteShare, quoteSpans, wordCount, type Context} from './regions.js';
import {blockEnd, blockStart, cueRange, pairedQuotation, range, type Choice} from './choose.js';
import {isChained, participleAfterInverted, prepositionWhich, quoteBefore} from './choose-chains.js';
import {kindOf} from './content.js';
import {contentStart} from './content-start.js';
import {cutTrailing} from './writer-clause.js';
import {make, type Base, type RawStatement} from './statement-record.js';

/**
 * Later cues joined by `and`/`but`/`,` start statements of their own, with the main speaker unless they name one.
 * `According to the report, Lee said …`: the clause after the source, its own cue included, is what the report says.
 */
export function chainedChoices(tokens: readonly Token[], main: Choice, choices: readonly Choice[]): Choice[] {
	const opensAccording = main.cue.according && main.phrase !== undefined && tokens[main.phrase.last + 1]?.text === ',';
	return choices.filter(c => c !== main && c.cue.first > blockEnd(main) && c.cue.first > (main.phrase?.last ?? -1)
		// (`“A,” Lee said, but “B,” said Kim.`: the inverted speaker after the second quotation is a turn of its own.)
		&& (isChained(tokens, c) || participleAfterInverted(tokens, main, c) || (c.inverted && pairedQuotation(tokens, main))) && !(opensAccording && blockStart(c) - 1 === main.phrase!.last + 1));
}

/**
 * Where the content before chained cue `c` ends.
 * (`…, but said, “A,” promising …`: a closing mark before the chained cue still belongs to the quotation before it.)
 */
export function contentEndBefore(ctx: Context, c: Choice): number {
	const t = ctx.tokens[blockStart(c) - (prepositionWhich(ctx.tokens, c) ? 2 : 1)]!;
	const lead = quoteBefore(ctx, c);
	return lead ? lead.start : (t.mark && t.quoted && quoteAround(ctx.quotes, t.end - 1)?.end === t.end ? t.end : t.start);
}

/** The statement of chained cue `c`, whose content ends at `hi`; the main statement's speaker unless it names one. */
export function chainedStatement(ctx: Context, base: Base, c: Choice, hi: number, mainSpeaker: Range | undefined,
	mainDirect: boolean): RawStatement | undefined {
	const {text, quotes, tokens} = ctx;
	const from = contentStart(tokens, c.cue, blockEnd(c) + 1);
	const whole = from < hi ? trimRegion(text, from, hi, quotes) : undefined;
	// A chained statement's content ends where the writer's own clause begins, as the main one's does.
	const region = whole ? cutTrailing(ctx, whole) : undefined;
	const lead = quoteBefore(ctx, c);
	if (lead) {
		// `… - “A,” she said - and …`, `… - “A,” he said, “B” - …`: the quotation before its speaker, and one right after.
		return make(base, {content: [lead, ...(region && quoteShare(region, quotes) > 0.9 ? quoteSpans(region, quotes) : [])],
			kind: 'direct', cue: cueRange(tokens, c.cue), speaker: range(tokens, c.phrase)});
	}

	// (A quotation of one word is enough: `…, who responded: “Okay!”`.)
	if (!region || (wordCount(tokens, region) < 2 && quoteShare(region, quotes) <= 0.9)) {
		return undefined;
	}

	const spans = quoteShare(region, quotes) > 0.9 ? quoteSpans(region, quotes) : [region];
	// `…, which he said had failed`: the relative pronoun is what the clause reports on, as in a main statement.
	const which = tokens[blockStart(c) - 1]!;
	const content = (which.lower === 'which' || which.lower === 'whom') && !which.quoted && !prepositionWhich(tokens, c) ? [range(tokens, {first: blockStart(c) - 1, last: blockStart(c) - 1})!, ...spans] : spans;
	const own = c.phrase && !c.subject;
	// `“A,” Lee said, adding that …. “B.”`: annotators read the next quotation as what she added or explained (train: 5
	// of 7).
	const adding = tokens[c.cue.first]!.lower === 'adding' || tokens[c.cue.first]!.lower === 'explaining';
	return make(base, {
		content,
		kind: kindOf(content, quotes),
		cue: cueRange(tokens, c.cue),
		speaker: own ? range(tokens, c.phrase) : (mainSpeaker ?? range(tokens, c.phrase)),
		// `“A,” Lee said, noting that … “B.”`: the next quotation continues the quoted main statement, not this one.
		aside: !own && mainDirect && !adding,
		continued: adding,
	});
}

/** The statement of a later cue whose speaker turns from the main statement in the writer's clause after `turnFrom`. */
export function laterStatement(ctx: Context, base: Base, main: Choice, choices: readonly Choice[], turnFrom: number): RawStatement | undefined {
	const {text, unit, quotes, tokens} = ctx;
	const later = choices.find(c => c !== main && c.phrase && !c.subject && !c.inverted && c.cue.first > blockEnd(main)
		&& tokens[blockStart(c)]!.start >= turnFrom
		&& /^[\s"'\u201D]*,\s*(?:compared|while|whereas|although|though|after|but)\b/.test(text.slice(turnFrom, tokens[blockStart(c)]!.start)));
	const from = later ? contentStart(tokens, later.cue, later.cue.last + 1) : unit.end;
	const region = later && from < unit.end ? trimRegion(text, from, unit.end, quotes) : undefined;
	if (later && region && wordCount(tokens, region) >= 2) {
		const content = quoteShare(region, quotes) > 0.9 ? quoteSpans(region, quotes) : [region];
		return make(base, {content, kind: kindOf(content, quotes), cue: cueRange(tokens, later.cue),
			speaker: range(tokens, later.phrase)});
	}

	return undefined;
}
