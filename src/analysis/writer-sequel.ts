/**
 * What the writer adds after reported content: the subject's next act (`… and cast doubt on …`, `…, but added …`),
 * someone else's (`…, with Lee taking to Twitter …`), what the words caused (`…, which raised …`), a comment after a
 * dash, and the circumstances of the saying: when (`Tuesday`, `moments after …`), on what occasion (`at a forum`, `in an
 * interview`) and on what terms (`on the condition of anonymity`). Offsets are UTF-16 indices into the article text;
 * token indices are the unit's.
 */
import type {Quote} from './quotes.js';
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {firstTokenAt, quoteAround, quotesIn, quoteStartingIn, wordCount, type Context} from './regions.js';
import {auxiliaries, cueVerbs, irregularPastTenses, personPronouns, possessiveWords} from './lexicon.js';
import {capitalized} from './phrases.js';
import {dayNames} from './speakers.js';

/** Participles of consequence the writer adds after reported content: `…, forcing airliners to …`, `…, prompting …`. */
const consequences = ['forcing', 'referring', 'leaving', 'prompting', 'drawing', 'throwing', 'employing', 'sparking', 'raising',
	'meaning', 'reversing', 'marking', 'ending', 'signaling', 'putting', 'giving', 'bringing', 'leading'];

/** `… before heading to …`: words that open the writer's sequel before a participle. */
export const sequelConjunctions = new Set(['before', 'after', 'while']);

/** Pronouns that open the writer's own clause after `, and` / `, but`. */
export const newSubjects = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** Words after a comma that turn to the writer's contrast or sequel. */
export const writersTurns = new Set(['after', 'compared', 'although', 'though', 'while', 'whereas', ...consequences]);

/** `…, and said …`, `…, but added …`: a past verb of saying after the comma is the subject's next statement. */
export function pastSaying(t: Token): boolean {
	return t.word && !t.quoted && cueVerbs.has(t.lower) && (t.lower.endsWith('ed') || irregularPastTenses.has(t.lower));
}

/** A past tense that is no verb of saying: `raised`, `drew`. */
export function pastAct(t: Token | undefined): boolean {
	return t !== undefined && t.word && !t.quoted && t.text === t.lower && !cueVerbs.has(t.lower) && !auxiliaries.has(t.lower)
		&& ((t.lower.length > 4 && t.lower.endsWith('ed')) || irregularPastTenses.has(t.lower));
}

/** Whether a quotation inside `[from, to)` closes at most four words before `to`. */
export function quoteShortlyBefore(ctx: Context, from: number, to: number): boolean {
	const q = ctx.quotes[firstTokenAt(ctx.quotes, to) - 1];
	return q !== undefined && q.start >= from && q.end <= to && wordCount(ctx.tokens, {start: q.end, end: to}) <= 4;
}

/** Whether a quotation opens within 30 tokens from token `k`, before `end`. */
export function quotationSoon(tokens: readonly Token[], k: number, end: number): boolean {
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
export function butSays(tokens: readonly Token[], k: number): boolean {
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
export function withActing(tokens: readonly Token[], k: number): boolean {
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
export function lastQuotationStart(quotes: readonly Quote[], region: Range): number {
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
export function writerGoesOn(tokens: readonly Token[], k: number): boolean {
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
		&& ((v.lower.length > 4 && v.lower.endsWith('ed')) || irregularPastTenses.has(v.lower) || presentAct(tokens, k, v));
}

/**
 * `blasted the port for its “outrageous fees” in charging …`: `in` + a gerund after a quotation that ends a prepositional
 * object (`for its “…”`, `of a “…”`) tells how the subject acted, the writer's words; after a reported clause it goes on
 * with what was said (`she “steered a middle ground” in addressing …`). `i` is the closing mark.
 */
export function gerundAfterObject(ctx: Context, i: number): boolean {
	const {tokens, quotes} = ctx;
	const g = tokens[i + 2];
	if (tokens[i + 1]?.lower !== 'in' || tokens[i + 1]!.quoted || !g?.word || g.quoted || g.lower.length <= 5 || !g.lower.endsWith('ing')) {
		return false;
	}

	const q = quoteAround(quotes, tokens[i]!.end - 1);
	let k = q ? firstTokenAt(tokens, q.start) - 1 : -1;
	while (k >= 0 && tokens[k]!.word && !tokens[k]!.quoted && (['a', 'an', 'the'].includes(tokens[k]!.lower) || possessiveWords.has(tokens[k]!.lower))) {
		k--;
	}

	return k >= 0 && !tokens[k]!.quoted && ['of', 'for', 'about'].includes(tokens[k]!.lower);
}

/**
 * `rails against “…” and pledges to …`: a present verb of saying right after `and`, before `to` or `that`, is the
 * subject's next act in a present-tense account (a plural noun such as `and claims of fraud` has neither after it).
 */
function presentAct(tokens: readonly Token[], k: number, v: Token): boolean {
	const after = tokens[k + 2];
	return tokens[k + 1] === v && cueVerbs.has(v.lower) && /[a-z][^s']s$/.test(v.lower)
		&& after !== undefined && !after.quoted && (after.lower === 'to' || after.lower === 'that');
}

/** Adverbs of time and sequence that may stand between `and` and the next action (`… and later thanked …`). */
const sequenceAdverbs = new Set(['also', 'later', 'then', 'again', 'even', 'still', 'once', 'soon', 'twice']);

/** The word after `and` at `k`, past one adverb and a perfect tense's `has` (`… and has invited …`). */
export function actionAfterAnd(tokens: readonly Token[], k: number): Token | undefined {
	let at = k + 1;
	if (tokens[at]?.word && (tokens[at]!.lower.endsWith('ly') || sequenceAdverbs.has(tokens[at]!.lower)) && !tokens[at]!.quoted) {
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
export function dashAfterQuotation(ctx: Context, region: Range, t: Token): boolean {
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

export const objectOpeners = new Set(['the', 'his', 'her', 'their', 'its', 'those', 'these', 'it', 'them', 'him']);

const occasionNouns = new Set(['interview', 'appearance', 'speech', 'rally', 'forum', 'statement', 'debate', 'hearing',
	'news', 'press', 'town', 'event', 'op-ed', 'column', 'tweet', 'post', 'letter', 'email']);

/** `on Sunday`, `at a town hall`, `in an interview`, `during a speech`, `in print`: the occasion of saying at token `k`. */
export function occasionAt(tokens: readonly Token[], k: number): boolean {
	const p = tokens[k]!.lower;
	const w = (m: number) => tokens[m]?.word && !tokens[m]!.quoted ? tokens[m]!.lower : '';
	if (p === 'on') {
		return dayNames.has(w(k + 1));
	}

	if (p === 'in' && w(k + 1) === 'print') {
		return true;
	}

	const noun = ['a', 'an'].includes(w(k + 1)) ? (occasionNouns.has(w(k + 2)) ? k + 2 : k + 3) : -1;
	return ['at', 'in', 'during'].includes(p) && noun > 0 && occasionNouns.has(w(noun));
}

/** `(the) condition of anonymity`, `condition that he not be named` from token `k`. */
export function anonymityTerms(tokens: readonly Token[], k: number): boolean {
	const at = tokens[k]?.lower === 'the' ? k + 1 : k;
	return tokens[at]?.lower === 'condition' && !tokens[at]!.quoted && ['of', 'that'].includes(tokens[at + 1]?.lower ?? '');
}

const spanNouns = /^(?:moments?|minutes?|hours?|days?|weeks?|months?|years?)$/;

/** `Tuesday`, `moments after`, `hours before`, `two days after`: a time adjunct at token `k`. */
export function timeAfter(tokens: readonly Token[], k: number): boolean {
	const t = tokens[k]!;
	if (dayNames.has(t.lower)) {
		return true;
	}

	// (A count may come first: `two days after`.)
	const span = spanNouns.test(t.lower) ? k : k + 1;
	return spanNouns.test(tokens[span]?.lower ?? '') && (span === k || /^(?:\d+|a|two|three|four|five|several|few)$/.test(t.lower))
		&& ['after', 'before', 'later', 'earlier', 'ago'].includes(tokens[span + 1]?.lower ?? '');
}
