/** Word and punctuation tokens of one unit, with UTF-16 offsets into the article text. */
import {abbreviationLike} from './lexicon.js';

export type Token = {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	/** Lower case, with `’` as `'`. */
	readonly lower: string;
	readonly word: boolean;
	/** Inside a quotation. */
	readonly quoted: boolean;
	/** A quote mark (opening or closing). */
	readonly mark: boolean;
};

const tokenRe = /[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*|''|``|\S/gu;
const markRe = /^(?:["\u201C\u201D\u201E\u00AB\u00BB]|''|``)$/;

/** Tokens of `[lo, hi)`; `quotes` (ordered) tells which tokens lie inside a quotation. */
export function tokenize(text: string, lo: number, hi: number, quotes: ReadonlyArray<{start: number; end: number}>): Token[] {
	const slice = text.slice(lo, hi);
	const out: Token[] = [];
	let q = 0;
	tokenRe.lastIndex = 0;
	for (let m = tokenRe.exec(slice); m; m = tokenRe.exec(slice)) {
		const start = m.index + lo;
		let end = start + m[0].length;
		let t = m[0];
		const word = /^[\p{L}\p{N}]/u.test(t);
		if (word && slice[end - lo] === '.' && abbreviationLike(t)) {
			end++;
			t += '.';
			tokenRe.lastIndex++;
		}

		while (q < quotes.length && quotes[q]!.end <= start) {
			q++;
		}

		const inQuote = q < quotes.length && quotes[q]!.start <= start && start < quotes[q]!.end;
		out.push({
			start,
			end,
			text: t,
			lower: t.toLowerCase().replaceAll('’', '\''),
			word,
			quoted: inQuote,
			mark: markRe.test(t),
		});
	}

	return out;
}
