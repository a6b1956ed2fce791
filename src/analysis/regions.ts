/** Helpers over ranges of one unit: trimming content, quote coverage, word counts. UTF-16 offsets. */
import type {Quote} from './quotes.js';
import type {Token} from './tokens.js';
import type {Range} from './units.js';
import {partitionPoint} from '../util/partition-point.js';

/** What the rules know about the unit being read. */
export type Context = {
	readonly text: string;
	readonly unit: Range;
	readonly quotes: readonly Quote[];
	readonly tokens: readonly Token[];
};

function isSkippable(c: string | undefined): boolean {
	return c === ' ' || c === ',' || c === ':' || c === ';' || c === '\u2014' || c === '\u2013' || c === '-' || c === '\t'
		|| c === '\u00A0' || c === '(' || c === ')';
}

/** Shrinks `[a, b)` to its content: no edge spaces or commas, no final period outside a quotation. */
export function trimRegion(text: string, a: number, b: number, quotes: readonly Quote[]): Range | undefined {
	let start = a;
	let end = b;
	while (start < end && isSkippable(text[start])) {
		start++;
	}

	for (;;) {
		while (end > start && isSkippable(text[end - 1])) {
			end--;
		}

		const c = text[end - 1];
		if (end > start && (c === '.' || c === '?' || c === '!') && !quoteAround(quotes, end - 1)) {
			end--;
			continue;
		}

		break;
	}

	return end > start ? {start, end} : undefined;
}

// A unit's quotations are ordered and do not overlap, so those inside a range, or starting in one, are found by binary
// search: a unit of thousands of quotations asks this for each of its statements.

export function quotesIn(r: Range, quotes: readonly Quote[]): Quote[] {
	const from = firstTokenAt(quotes, r.start);
	return quotes.slice(from, endOfQuotesIn(r, quotes, from));
}

/** The index after the last quotation from `from` on that ends inside `r` (ends are ordered as starts are). */
function endOfQuotesIn(r: Range, quotes: readonly Quote[], from: number): number {
	return from + partitionPoint(quotes.length - from, i => quotes[from + i]!.end <= r.end);
}

/** Running sums of the quotations' lengths, per quotation list: the share of a range is then two lookups. */
const lengthSums = new WeakMap<readonly Quote[], Float64Array>();

function quoteLengthSums(quotes: readonly Quote[]): Float64Array {
	let sums = lengthSums.get(quotes);
	if (!sums || sums.length !== quotes.length + 1) {
		sums = new Float64Array(quotes.length + 1);
		for (const [i, q] of quotes.entries()) {
			sums[i + 1] = sums[i]! + q.end - q.start;
		}

		lengthSums.set(quotes, sums);
	}

	return sums;
}

/** Whether a whole quotation lies inside `r`. */
export function hasQuoteIn(r: Range, quotes: readonly Quote[]): boolean {
	const q = quotes[firstTokenAt(quotes, r.start)];
	return q !== undefined && q.end <= r.end;
}

/** The first quotation that starts in `[from, to)`. */
export function quoteStartingIn(quotes: readonly Quote[], from: number, to: number): Quote | undefined {
	const q = quotes[firstTokenAt(quotes, from)];
	return q !== undefined && q.start < to ? q : undefined;
}

/** Whether a quotation overlaps `[from, to)`. */
export function overlapsQuote(quotes: readonly Quote[], from: number, to: number): boolean {
	const at = firstTokenAt(quotes, from);
	return (quotes[at - 1]?.end ?? -1) > from || (quotes[at]?.start ?? to) < to;
}

/** The index of the first unquoted comma in `[from, to)`, or -1. */
export function commaIn(tokens: readonly Token[], from: number, to: number): number {
	for (let k = firstTokenAt(tokens, from); k < tokens.length && tokens[k]!.end <= to; k++) {
		if (tokens[k]!.text === ',' && !tokens[k]!.quoted) {
			return k;
		}
	}

	return -1;
}

/** The quotation that has `offset` strictly between its ends. */
export function quoteAround(quotes: readonly Quote[], offset: number): Quote | undefined {
	const q = quotes[firstTokenAt(quotes, offset) - 1];
	return q !== undefined && offset < q.end ? q : undefined;
}

/** The share of `r` inside whole quotations. */
export function quoteShare(r: Range, quotes: readonly Quote[]): number {
	const from = firstTokenAt(quotes, r.start);
	const to = endOfQuotesIn(r, quotes, from);
	const sums = to > from ? quoteLengthSums(quotes) : undefined;
	const inside = sums ? sums[to]! - sums[from]! : 0;
	return inside / (r.end - r.start);
}

export function wordCount(tokens: readonly Token[], r: Range): number {
	const prefix = wordPrefix(tokens);
	const first = firstTokenAt(tokens, r.start);
	let last = firstTokenAt(tokens, r.end);
	// A token that starts inside `r` but runs past its end does not count.
	while (last > first && tokens[last - 1]!.end > r.end) {
		last--;
	}

	return Math.max(0, prefix[last]! - prefix[first]!);
}

// Prefix sums of word tokens: a run-on unit asks for word counts many times. Units are read one at a time, so one
// reused buffer for the latest token list is enough (a map of buffers per unit was a tenth of the engine's garbage).
let prefixOf: readonly Token[] | undefined;
let prefixBuffer = new Int32Array(256);

function wordPrefix(tokens: readonly Token[]): Int32Array {
	if (tokens === prefixOf) {
		return prefixBuffer;
	}

	if (prefixBuffer.length <= tokens.length) {
		prefixBuffer = new Int32Array(2 * tokens.length + 1);
	}

	for (let i = 0; i < tokens.length; i++) {
		prefixBuffer[i + 1] = prefixBuffer[i]! + (tokens[i]!.word ? 1 : 0);
	}

	prefixOf = tokens;
	return prefixBuffer;
}

/** Index of the first token (or quotation) starting at or after `offset` (binary search; both are ordered). */
export function firstTokenAt(tokens: ReadonlyArray<{readonly start: number}>, offset: number): number {
	let lo = 0;
	let hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid]!.start < offset) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}

	return lo;
}

/** The quotations inside `r`, as ranges. */
export function quoteSpans(r: Range, quotes: readonly Quote[]): Range[] {
	return quotesIn(r, quotes).map(q => ({start: q.start, end: q.end}));
}
