/**
 * Where content ends when it is only the quoted words: the name after a naming verb (`called the plan “a disaster” on
 * his show`) and the words a message or sign bore (`a sign reading “…”`). Used by the content rules after a cue, not
 * by the general cut of the writer's words. Offsets are UTF-16 indices into the article text.
 */
import type {Range} from './units.js';
import {firstTokenAt, hasQuoteIn, quoteStartingIn, wordCount, type Context} from './regions.js';
import {clauseStarts, irregularPastTenses, possessiveWords} from './lexicon.js';
import {notVerbs} from './verbs.js';

/** Verbs that name or judge (`called the plan “a disaster”`): what they say is the quoted name. */
export const namingVerb = /^(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|ed|led|ing|ling)?|brand(?:s|ed|ing)?|term(?:s|ed|ing)?|describ(?:e|es|ed|ing)|refer(?:s|red|ring)?|chant(?:s|ed|ing)?|declar(?:e|es|ed|ing))$/;

/**
 * `called Palin a “clown” on his radio show …`, `calling him a “stiff” and accusing him …`: after a naming verb the
 * content ends with the quoted name (a run of quotations joined by `and`/`or`/commas, or a parenthesis, counts as one).
 */
const nameEnders = new Set(['and', 'but', 'in', 'during', 'when', 'while', 'as', 'after', 'before', 'since', 'amid',
	'despite', 'then']);

export function cutAfterName(ctx: Context, region: Range): Range {
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
	// (The parenthesis is looked for inside the region only: `lastIndexOf` from here would scan back to the text's start.)
	if (text[end] === ')' && openParenthesisIn(text, region.start + 1, end)) {
		end++;
	}

	// Only where the writer goes on (`… and accused him`, `… on his radio show`); `the “fraudulent” nomination` and
	// `“flexibility” for advisers` continue the name, and so, annotators mostly judge, do a reason or a setting
	// (`“a mistake” because …`, `“the pearl” on the Silk Road`, `“a ban” on all imports`: train +6 direct, P +0.0006).
	const after = /^[\s,]*([\p{L}]+)(?:\s+([\p{L}]+))?/u.exec(text.slice(end, region.end));
	const next = after?.[1]?.toLowerCase();
	const venue = next === 'on' && possessiveWords.has(after?.[2]?.toLowerCase() ?? '');
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
export function inscription(ctx: Context, region: Range): Range {
	const {text, quotes, tokens} = ctx;
	const q = quoteStartingIn(quotes, region.start + 1, region.end);
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

/** Whether `(` occurs in `[from, to)`. */
function openParenthesisIn(text: string, from: number, to: number): boolean {
	for (let i = to - 1; i >= from; i--) {
		if (text.charCodeAt(i) === 40) {
			return true;
		}
	}

	return false;
}
