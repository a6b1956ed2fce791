/**
 * The writer's own clause after a comma in reported content: what the words caused (`…, which raised concerns …`), the
 * next share's answer in a poll, an elliptical comparison (`…, as has Ann Lee`), an absolute clause of someone's act
 * (`…, with Lee taking to Twitter …`) and the writer's contrast or sequel (`…, after 55 percent said so`, `…, and he
 * railed …`). Apart from writer-clause.ts, whose `cutTrailing` decides in which order the constructions are tried.
 * Offsets are UTF-16 indices into the article text; token indices are the unit's.
 */
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {wordCount, type Context} from './regions.js';
import {subjectStarts} from './lexicon.js';
import {capitalized} from './phrases.js';
import {newSubjects, pastAct, pastSaying, quotationSoon, quoteShortlyBefore, withActing, writersTurns} from './writer-sequel.js';

/** The comma at token `i` opens a clause of the writer's own, unquoted. */
export function writersClauseAfterComma(ctx: Context, region: Range, i: number): boolean {
	const {tokens} = ctx;
	const t = tokens[i]!;
	if (t.text !== ',' || t.quoted) {
		return false;
	}

	const a = tokens[i + 1];
	const b = tokens[i + 2];
	if (!a || a.quoted) {
		return false;
	}

	return consequenceOrComparison(ctx, region, i, a, b) || contrastOrSequel(ctx, region, i, a, b);
}

/** After the comma at token `i`, `a` and `b` tell what the words caused, a poll's next share, a comparison or an act. */
function consequenceOrComparison(ctx: Context, region: Range, i: number, a: Token, b: Token | undefined): boolean {
	const {tokens} = ctx;
	const t = tokens[i]!;
	// `said he was being “sarcastic” in his comments, which raised concerns …`: a `which` clause with a past tense of
	// its own, shortly after the quoted words, is the writer's account of what they caused (train: +1 direct, no loss;
	// farther from a quotation, or with none, it lost 8 matches: `…, which struck down …` often goes on with what was said).
	return (a.lower === 'which' && pastAct(b) && quoteShortlyBefore(ctx, region.start, t.start))
		// `… they’re liberal, 32% call themselves …`, `…, 27 percent of those polled said …`: the next share's answer.
		|| (/^\d+(?:\.\d+)?%?$/.test(a.lower) && (a.lower.endsWith('%') || b?.lower === 'percent' || b?.text === '%')
			&& wordCount(tokens, {start: region.start, end: t.start}) >= 2)
		// `… will not back the mayor, as has Ann Lee`, `…, as was the case with …`: an elliptical comparison is the writer's.
		|| (a.lower === 'as' && ['has', 'have', 'had', 'did', 'do', 'does', 'was', 'were', 'is', 'are'].includes(b?.lower ?? '') && !b!.quoted
			&& wordCount(tokens, {start: region.start, end: t.start}) >= 2)
		// `… denied it happened, with Lee taking to Twitter to …`: an absolute clause of someone's act is the writer's.
		|| (a.lower === 'with' && b !== undefined && b.word && !b.quoted && capitalized(b) && withActing(tokens, i + 3)
			&& wordCount(tokens, {start: region.start, end: t.start}) >= 2);
}

/**
 * `…, after 55 percent said so`, `…, compared with …`, `…, while others …`: the writer's contrast or sequel after the
 * comma at token `i`. (`, and it …` too: train +2 speech, one fewer spurious.)
 */
function contrastOrSequel(ctx: Context, region: Range, i: number, a: Token, b: Token | undefined): boolean {
	const {text, tokens} = ctx;
	const t = tokens[i]!;
	return ((a.lower === 'and' || a.lower === 'but') && b !== undefined && (newSubjects.has(b.lower) || pastSaying(b)))
		// (`…, and has championed …`: a perfect tense of the subject's is the writer's report too.)
		|| (a.lower === 'and' && ['has', 'have', 'had'].includes(b?.lower ?? '') && /ed$/.test(tokens[i + 3]?.lower ?? '') && !tokens[i + 3]!.quoted)
		// (`…, when Mr. Kim, who …, called for a “…”`: a named subject's own quoted words; not a pronoun's, train −1.)
		|| (a.lower === 'when' && b !== undefined && b.word && !b.quoted && capitalized(b) && quotationSoon(tokens, i + 2, region.end))
		|| (writersTurns.has(a.lower)
			&& (wordCount(tokens, {start: region.start, end: t.start}) >= 3 || /^(?:yes|no)\b/i.test(text.slice(region.start, t.start))))
		|| (a.lower === 'but' && b !== undefined && b.word && !b.quoted && (subjectStarts.has(b.lower) || b.capital)
			&& !/\bnot (?:just|only|merely)\b/i.test(text.slice(region.start, t.start)));
}
