/**
 * Quotations that name things rather than report words: titles (`a memo titled “…”`), nicknames (`known as the “Iron
 * Duke”`), inscriptions (`a sign — which read “…” —`) and the asides of naming participles inside content (names whose
 * giver is sought, and a crowd's chants, are in naming-given.ts). Token indices are the unit's.
 */
import type {Range} from './units.js';
import type {Token} from './tokens.js';
import {auxiliaries, pronouns, stopWords} from './lexicon.js';
import {firstTokenAt, quotesIn, trimRegion, wordCount, type Context} from './regions.js';
import {indefiniteBefore} from './cue-exclusions.js';

/** Words that give a thing its title or name right before the quotation of it: `a memo titled “…”`. */
export const titlingWords = new Set(['titled', 'entitled', 'nicknamed', 'dubbed']);

/** Words that give a name when passive (`was officially named “…”`, `what had been called the “…”`). */
export const passiveTitlingWords = new Set(['named', 'called', 'termed', 'labeled', 'labelled', 'branded']);

/** A form of `be` before the participle at `k`, an adverb allowed between. */
function passiveAt(tokens: readonly Token[], k: number): boolean {
	let j = k - 1;
	if (tokens[j]?.lower.endsWith('ly') || ['also', 'now', 'still', 'often', 'sometimes'].includes(tokens[j]?.lower ?? '')) {
		j--;
	}

	return ['is', 'was', 'are', 'were', 'been', 'be', 'being'].includes(tokens[j]?.lower ?? '') && !tokens[j]!.quoted;
}

/** Words that give a name with `as` after them: `known as “…”`, `billed as “…”` (and `goes by “…”`). */
const titlingAsWords = new Set(['known', 'billed']);

/**
 * `an ad titled “Second Chances”`, `a barge known as the “Iron Duke,”`: the verb that names the quotation at token `first`
 * (skipping a comma and an article), whose span is the cue. Annotators mark such titles and names as attributed
 * content even without a speaker, though title-like quotations elsewhere are rarely statements.
 */
export function titleGiver(tokens: readonly Token[], first: number): {first: number; last: number} | undefined {
	let k = first - 1;
	while (k >= 0 && !tokens[k]!.quoted && (tokens[k]!.text === ',' || ['the', 'a', 'an'].includes(tokens[k]!.lower))) {
		k--;
	}

	const t = tokens[k];
	if (!t?.word || t.quoted) {
		return undefined;
	}

	// (`a class called “Tides”`: the participle after an indefinite noun names it, as a passive does.)
	if (titlingWords.has(t.lower) || (passiveTitlingWords.has(t.lower) && (passiveAt(tokens, k) || indefiniteBefore(tokens, k)))) {
		return {first: k, last: k};
	}

	// `goes by “Nan,”`.
	const verb = tokens[k - 1];
	if (t.lower === 'by' && verb?.word && !verb.quoted && ['go', 'goes', 'went', 'going'].includes(verb.lower)) {
		return {first: k - 1, last: k};
	}

	// (An adverb may come between: `known online as`, `known locally as`.)
	const adverb = verb?.word && !verb.quoted && (['online', 'here', 'locally', 'widely', 'simply', 'also'].includes(verb.lower) || verb.lower.endsWith('ly'));
	const giver = adverb ? tokens[k - 2] : verb;
	if (t.lower === 'as' && giver?.word && !giver.quoted && titlingAsWords.has(giver.lower)) {
		return {first: k - (adverb ? 2 : 1), last: k};
	}

	const aside = namingAside(tokens, k);
	return aside === undefined ? undefined : {first: aside + 1, last: k};
}

/**
 * `— which read “…” —`, `, which says: “…”`: the verb of a non-restrictive `which` clause that gives the words a sign,
 * shirt or post bore, right before the quotation at token `first`.
 */
export function inscriptionAside(tokens: readonly Token[], first: number): number | undefined {
	const v = [',', ':'].includes(tokens[first - 1]?.text ?? '') && !tokens[first - 1]!.quoted ? first - 2 : first - 1;
	const which = tokens[v - 1];
	const open = tokens[v - 2];
	return which?.lower === 'which' && !which.quoted && open !== undefined && !open.quoted && [',', '\u2014', '\u2013', '-'].includes(open.text)
		&& ['read', 'reads', 'said', 'says'].includes(tokens[v]?.lower ?? '') && !tokens[v]!.quoted ? v : undefined;
}

/** Participles that give a name: after a comma or dash they open a reduced relative clause, which is passive. */
const namingParticiples = new Set(['called', 'dubbed', 'termed', 'nicknamed', 'labeled', 'labelled', 'branded', 'known', 'billed',
	'described', 'derided']);

/**
 * `…, called the “Glass Box” by residents,`, `— often labeled as a “witch hunt” —`: the comma or dash before a naming
 * participle (an adverb may come between) that ends at token `k` (itself or its `as`); undefined when there is none.
 */
export function namingAside(tokens: readonly Token[], k: number): number | undefined {
	let p = tokens[k]?.lower === 'as' && !tokens[k]!.quoted ? k - 1 : k;
	// (`known locally as`.)
	p += p < k && tokens[p]?.word && !tokens[p]!.quoted && ['here', 'locally', 'online', 'widely'].includes(tokens[p]!.lower) ? -1 : 0;
	if (!tokens[p]?.word || tokens[p]!.quoted || !namingParticiples.has(tokens[p]!.lower)) {
		return undefined;
	}

	p--;
	if (tokens[p]?.word && !tokens[p]!.quoted && (tokens[p]!.lower.endsWith('ly') || ['here', 'locally', 'also', 'often', 'sometimes'].includes(tokens[p]!.lower))) {
		p--;
	}

	const open = tokens[p];
	return open !== undefined && !open.quoted && [',', '\u2014', '\u2013', '-'].includes(open.text) ? p : undefined;
}

/**
 * `officials say the pier will open in May — known here as “the full loop” after … — despite …`: the aside of a naming
 * participle inside a statement's content is no part of it (annotators give the name as an attribution of its own); the
 * content's pieces around it, or the content unchanged when it holds none.
 */
export function withoutNamingAside(ctx: Context, r: Range): Range[] {
	const {text, quotes, tokens} = ctx;
	for (const q of quotesIn(r, quotes)) {
		const first = firstTokenAt(tokens, q.start);
		let k = first - 1;
		while (k >= 0 && !tokens[k]!.quoted && ['the', 'a', 'an'].includes(tokens[k]!.lower)) {
			k--;
		}

		const open = k >= 0 ? namingAside(tokens, k) : undefined;
		if (open === undefined || tokens[open]!.start <= r.start) {
			continue;
		}

		// The aside ends at its closing dash, or at a comma after the quotation (a comma inside the closing mark ends it too).
		const dash = tokens[open]!.text !== ',';
		let end = r.end;
		for (let m = firstTokenAt(tokens, q.end); m < tokens.length && tokens[m]!.start < r.end && m - first < 40; m++) {
			const t = tokens[m]!;
			if (!t.quoted && (dash ? t.text === tokens[open]!.text : t.text === ',')) {
				end = t.end;
				break;
			}
		}

		if (!dash && text[q.end - 2] === ',' && end === r.end) {
			end = q.end;
		}

		return [trimRegion(text, r.start, tokens[open]!.start, quotes), end < r.end ? trimRegion(text, end, r.end, quotes) : undefined]
			.filter((x): x is Range => x !== undefined && wordCount(tokens, x) >= 2);
	}

	return [r];
}

/** Determiners and possessives that open the phrase a title names: `a memo`, `his new book`. */
const namedOpeners = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'one', 'two']);

/**
 * `a memo titled “…”`, `Ann Lee, 44, known as “…”`, `Rob Kim, who goes by “…”`: the short phrase that the titling word
 * at `at` names, which annotators mark with the title: a name, or up to five words from a determiner, right before the
 * word or before its comma (past an age or `who`).
 */
export function namedThing(tokens: readonly Token[], at: number): {first: number; last: number} | undefined {
	let j = at - 1;
	while (j >= 0 && tokens[j]!.word && !tokens[j]!.quoted && (auxiliaries.has(tokens[j]!.lower) || tokens[j]!.lower.endsWith('ly'))) {
		j--;
	}

	if (['who', 'which'].includes(tokens[j]?.lower ?? '') && !tokens[j]!.quoted) {
		j--;
	}

	if (tokens[j]?.text === ',' && !tokens[j]!.quoted) {
		j--;
		if (/^\d+$/.test(tokens[j]?.text ?? '') && tokens[j - 1]?.text === ',') {
			j -= 2;
		}
	}

	const last = tokens[j];
	if (!last?.word || last.quoted || stopWords.has(last.lower)) {
		return undefined;
	}

	let first = j;
	if (last.capital) {
		// A name: its capitalised words.
		while (first > 0 && j - first < 4 && tokens[first - 1]!.word && !tokens[first - 1]!.quoted && tokens[first - 1]!.capital) {
			first--;
		}

		return {first, last: j};
	}

	for (let k = j; k >= 0 && j - k < 5; k--) {
		const t = tokens[k]!;
		if (!t.word || t.quoted) {
			return undefined;
		}

		if (namedOpeners.has(t.lower) || (t.lower.endsWith('\'s') && t.lower.length > 2 && !pronouns.has(t.lower.slice(0, -2)))) {
			return {first: k, last: j};
		}
	}

	return undefined;
}
