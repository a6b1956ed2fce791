/**
 * The words right after an attribution: an adjunct of the saying (`said on Monday`), the writer's scene (`…, wiping
 * rain off his coat`) or an aside, or the rest of the clause the attribution interrupted (`A, officials said, B`).
 * Offsets are UTF-16 indices into the article text; token indices are the unit's.
 */
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {firstTokenAt, quoteStartingIn, trimRegion, wordCount, type Context} from './regions.js';
import {dayWords, objectCues, prepositions, titles} from './lexicon.js';
import {blockEnd, type Choice} from './choose.js';

/** `Kim was said to be “furious”`: a passive `said` before `to` reports what is said of its subject, not an adjunct. */
export function saidToBe(tokens: readonly Token[], i: number): boolean {
	const be = tokens[i - 1];
	return tokens[i]!.lower === 'said' && be !== undefined && !be.quoted && ['is', 'are', 'was', 'were', 'been', 'being', 'be'].includes(be.lower);
}

/** After a cue, a short adjunct (`on Monday`, `in a statement`) or object (`told reporters`), a comma, then the rest of a clause. */
export function clauseAfterAdjunct(ctx: Context, post: Range, object: boolean,
	goesOn: (tokens: readonly Token[], rest: Range) => boolean = continuesClause, minWords = 3): Range | undefined {
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
			return rest && goesOn(tokens, rest) && wordCount(tokens, rest) >= minWords ? rest : undefined;
		}

		if (!t.word || t.quoted || t.lower === 'that') {
			return undefined;
		}
	}

	return undefined;
}

/** Words that open a time adjunct after a cue (`said last week`, `said earlier this year`). */
const adjunctStarts = new Set(['last', 'this', 'earlier', 'later', 'again', 'recently', 'yesterday', 'today', 'privately', 'publicly']);

export function firstWordFrom(tokens: readonly Token[], offset: number): Token | undefined {
	for (let i = firstTokenAt(tokens, offset); i < tokens.length; i++) {
		if (tokens[i]!.word) {
			return tokens[i];
		}
	}

	return undefined;
}

/** End of the attribution block (cue, or speaker after an inverted cue). */
export function phraseEnd(ctx: Context, c: Choice): number {
	return ctx.tokens[blockEnd(c)]!.end;
}

/**
 * A comma closes the attribution: right after it (`A, Lee said, B`) or after a told-type verb's short object, where the
 * content `post` starts (`A, Lee told reporters, B`).
 */
export function commaAfterAttribution(ctx: Context, choice: Choice, post: Range | undefined, hi: number): boolean {
	const {text, tokens} = ctx;
	const from = phraseEnd(ctx, choice);
	// (Not a participle's object before a quotation, `…, telling her, “…”`, nor before a participle: `emailed her, adding …`.)
	const verb = tokens[choice.cue.first]!.lower;
	return /^\s*,/.test(text.slice(from, hi)) || (post !== undefined && !choice.inverted && objectCues.has(verb) && !verb.endsWith('ing')
		&& !quoteStartingIn(ctx.quotes, post.start, post.start + 1) && !isParticiple(firstWordFrom(tokens, post.start)) && /^(?:\s+[\p{L}.'\u2019-]+){1,4}\s*,\s*$/u.test(text.slice(from, post.start)));
}

export const timeNouns = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'spring', 'summer',
	'fall', 'autumn', 'winter', 'time', 'season', 'day', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
	'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
	'december', 'past', 'term', 'cycle', 'campaign', 'session', 'decade', 'century']);

/** Words that cannot open reported content: `said twice - and …`, `said, and then …`. */
export const notContent = new Set(['and', 'but', 'or', 'twice']);

/** Words that carry a quoted sentence on after `“…,” she said,`: a clause (`that …`), a verb (`would …`), an infinitive. */
const resumers = new Set(['that', 'would', 'to', 'from']);

export function resumesSentence(ctx: Context, choice: Choice, post: Range): boolean {
	const {text, quotes, tokens} = ctx;
	const first = firstWordFrom(tokens, post.start);
	return first !== undefined && first.start === post.start && resumers.has(first.text)
		// (A short adjunct may come first: `he said in an interview, that …`.)
		&& /^(?:\s+[\p{L}.]+){0,4}\s*,\s*$/u.test(text.slice(phraseEnd(ctx, choice), post.start)) && wordCount(tokens, post) >= 4
		&& !quoteStartingIn(quotes, post.start, post.end);
}

/** `…, he said, wiping rain off his coat`: a participle after the attribution is the writer's scene, not the rest of the clause. */
export function isParticiple(t: Token | undefined): boolean {
	return t !== undefined && !t.quoted && t.text === t.lower && t.lower.length > 5 && t.lower.endsWith('ing');
}

/** Words that open an aside after the attribution (`…, said Lee, who …`, `…, according to X, adding …`), not the rest of the clause. */
const asideStarts = new Set(['who', 'whose', 'which', 'where', 'when', 'while', 'whom', 'and', 'but', 'or', 'a', 'an', 'the',
	'as', 'because', 'though', 'although', 'after', 'before', 'since', 'in', 'on', 'at', 'during', 'with', 'without',
	'from', 'by', 'for', 'of', 'than', 'so', 'if', 'not', 'both', 'also', 'then', 'now', 'even', 'just', 'according']);

/** The rest of `post` after an appositive that opens it (`an expert on ports, would …`): up to 12 words and a comma. */
export function afterAppositive(ctx: Context, post: Range): Range | undefined {
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
export function continuesClause(tokens: readonly Token[], post: Range): boolean {
	const first = firstWordFrom(tokens, post.start);
	return first !== undefined && first.start === post.start && !first.quoted && !first.capital
		&& !asideStarts.has(first.lower) && !first.lower.endsWith('ing') && !dayWords.has(first.lower) && !titles.has(first.lower);
}
