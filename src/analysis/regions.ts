/** Helpers over ranges of one unit: trimming content, quote coverage, word counts. UTF-16 offsets. */
import type {Quote} from './quotes.js';
import type {Token} from './tokens.js';
import type {Range} from './units.js';

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
		if (end > start && (c === '.' || c === '?' || c === '!') && !quotes.some(q => q.start < end - 1 && end - 1 < q.end)) {
			end--;
			continue;
		}

		break;
	}

	return end > start ? {start, end} : undefined;
}

export function quotesIn(r: Range, quotes: readonly Quote[]): Quote[] {
	return quotes.filter(q => q.start >= r.start && q.end <= r.end);
}

export function quoteShare(r: Range, quotes: readonly Quote[]): number {
	let n = 0;
	for (const q of quotesIn(r, quotes)) {
		n += q.end - q.start;
	}

	return n / (r.end - r.start);
}

export function wordCount(tokens: readonly Token[], r: Range): number {
	let n = 0;
	for (const t of tokens) {
		if (t.word && t.start >= r.start && t.end <= r.end) {
			n++;
		}
	}

	return n;
}

/** The quotations inside `r`, as ranges. */
export function quoteSpans(r: Range, quotes: readonly Quote[]): Range[] {
	return quotesIn(r, quotes).map(q => ({start: q.start, end: q.end}));
}
