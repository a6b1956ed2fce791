/**
 * Narrowing a stretch before or after the cue to the words attributed: the quotation after a short adjunct or a
 * speaker's appositive, what follows a subject's own cue past a relative clause, a `that` clause that ends in a
 * quotation, the clause around a dashed aside, what was said of `whom`. Each returns undefined (or the stretch
 * unchanged) when its construction is absent. Offsets are UTF-16 indices into the article text.
 */
import type {Quote} from './quotes.js';
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {commaIn, firstTokenAt, overlapsQuote, quoteShare, quoteSpans, quoteStartingIn, quotesIn, trimRegion, wordCount, type Context} from './regions.js';
import {auxiliaries, cueVerbs, dayWords, irregularPastTenses, prepositions} from './lexicon.js';
import type {Choice} from './choose.js';
import {namingVerb} from './writer-quoted-name.js';
import {firstWordFrom} from './content-after-attribution.js';

/**
 * The cue verb of a name that opens `pre` past a relative clause set off by commas (`Ann Lee, who …, described …`; its
 * comma may sit inside a closing mark): the token index, or undefined.
 */
export function cueAfterRelative(text: string, tokens: readonly Token[], pre: Range): number | undefined {
	let k = firstTokenAt(tokens, pre.start);
	const first = k;
	while (k < tokens.length && k - first < 6 && tokens[k]!.word && !tokens[k]!.quoted && tokens[k]!.capital) {
		k++;
	}

	// (Only past the relative clause: `Lee said Kim “…,” he said` is more often read with its lead-in.)
	if (k === first || k - first >= 6 || tokens[k]?.text !== ',' || tokens[k + 1]?.lower !== 'who') {
		return undefined;
	}

	let m = k + 2;
	while (m < tokens.length && m - k < 30 && !(tokens[m]!.text === ',' && !tokens[m]!.quoted) && !(tokens[m]!.mark && text[tokens[m]!.start - 1] === ',')) {
		m++;
	}

	const v = tokens[m + 1];
	return v !== undefined && v.end < pre.end && v.word && !v.quoted && (cueVerbs.has(v.lower) || namingVerb.test(v.lower)) && !v.lower.endsWith('ing') ? m + 1 : undefined;
}

/**
 * `The race took a nasty turn and that will take time to “cool off,” Lee said`: a long sentence before the attribution
 * that ends in a quotation inside a `that` clause; the words attributed are that clause.
 */
export function quotedRelative(ctx: Context, region: Range): Range {
	const {text, quotes, tokens} = ctx;
	const last = quotesIn(region, quotes).at(-1);
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
export function dashAside(ctx: Context, region: Range): Range[] | undefined {
	const {text, quotes} = ctx;
	const s = text.slice(region.start, region.end);
	const m = / (\u2014|\u2013|--?) /.exec(s);
	const open = m ? m.index : -1;
	const close = m ? s.indexOf(m[0], open + m[0].length) : -1;
	if (close < 0 || overlapsQuote(quotes, region.start + open, region.start + close + m![0].length)) {
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
	const q = quoteStartingIn(quotes, post.start, post.end);
	if (q && q.end <= post.end && wordCount(tokens, {start: post.start, end: q.start}) <= 3) {
		return {start: post.start, end: q.end};
	}

	const comma = commaIn(tokens, post.start, hi);
	return comma >= 0 ? trimRegion(text, post.start, tokens[comma]!.start, quotes) : undefined;
}

export function quoteAfterAdjunct(ctx: Context, post: Range, object: boolean): Range[] | undefined {
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

/**
 * `“A,” said Ann Lee, director of studies at the Port Institute, “but B.”`: after an inverted speaker, a long appositive
 * of theirs (no clause, no quotation), then the rest of the quotation.
 */
export function speakerAppositive(ctx: Context, choice: Choice, from: number, q: Quote): boolean {
	const {tokens} = ctx;
	if (!choice.inverted) {
		return false;
	}

	let n = 0;
	for (let k = firstTokenAt(tokens, from); k < tokens.length && tokens[k]!.end <= q.start; k++) {
		const t = tokens[k]!;
		if (t.quoted || ['.', ';', ':', '?', '!'].includes(t.text) || cueVerbs.has(t.lower) || ++n > 16) {
			return false;
		}
	}

	return true;
}
