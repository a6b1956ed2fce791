/** Word and punctuation tokens of one unit, with UTF-16 offsets into the article text. */
import {abbreviationLike} from './lexicon.js';

export type Token = {
	readonly start: number;
	readonly end: number;
	readonly text: string;
	/** Lower case, with `’` as `'`. */
	readonly lower: string;
	readonly word: boolean;
	/** Starts with a capital letter, as names do. */
	readonly capital: boolean;
	/** Inside a quotation. */
	readonly quoted: boolean;
	/** A quote mark (opening or closing). */
	readonly mark: boolean;
};

/** A surname after a lower-case particle and a hyphen or apostrophe (`al-Assad`, `d’Alema`) is a name all the same. */
const particleName = /^(?:al|el|ul|ar|as|ash|ad|an|at|az|bin|ibn|abu|abd|d)[-'\u2019]\p{Lu}/u;

const alnumRe = /[\p{L}\p{N}\p{M}]/u;

/** Letter, digit or combining mark; an ASCII fast path because this runs on every character of the article. */
function isAlnum(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c < 128) {
		return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
	}

	if (c >= 0xD8_00 && c <= 0xDB_FF) {
		return alnumRe.test(text.slice(i, i + 2));
	}

	return alnumRe.test(text[i]!);
}

function isJoiner(c: number): boolean {
	return c === 39 || c === 0x20_19 || c === 46 || c === 45 || c === 38; // ' ’ . - &
}

function isSpace(c: number): boolean {
	return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xA0 || (c >= 0x20_00 && c <= 0x20_0B) || c === 0x30_00
		|| c === 0xFE_FF;
}

/** `’` as `'`; `replaceAll` costs more than the search that usually finds nothing. */
export function straightApostrophes(s: string): string {
	return s.includes('\u2019') ? s.replaceAll('\u2019', '\'') : s;
}

const marks = new Set(['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB']);

/** Tokens of `[lo, hi)`; `quotes` (ordered) tells which tokens lie inside a quotation. */
export function tokenize(text: string, lo: number, hi: number, quotes: ReadonlyArray<{start: number; end: number}>): Token[] {
	const out: Token[] = [];
	let q = 0;
	let i = lo;
	while (i < hi) {
		const c = text.charCodeAt(i);
		if (isSpace(c)) {
			i++;
			continue;
		}

		const start = i;
		let word = false;
		// Whether lower-casing can change the word: most words are lower case already, and `toLowerCase` always copies.
		let cased = false;
		if (isAlnum(text, i)) {
			word = true;
			for (;;) {
				const d = text.charCodeAt(i);
				cased ||= d > 127 || (d >= 65 && d <= 90);
				i += d >= 0xD8_00 && d <= 0xDB_FF ? 2 : 1;
				if (i < hi && isAlnum(text, i)) {
					continue;
				}

				if (i + 1 < hi && isJoiner(text.charCodeAt(i)) && isAlnum(text, i + 1)) {
					cased ||= text.charCodeAt(i) > 127;
					i++;
				} else {
					break;
				}
			}
		} else if ((c === 39 && text.charCodeAt(i + 1) === 39 && text.charCodeAt(i + 2) !== 39) || (c === 96 && text.charCodeAt(i + 1) === 96)) {
			i += 2; // NYT's '' and `` (of `'''`, the apostrophe closing a nested quote comes first)
		} else {
			i += c >= 0xD8_00 && c <= 0xDB_FF && i + 1 < hi ? 2 : 1;
		}

		let t = text.slice(start, i);
		if (word && i < hi && text.charCodeAt(i) === 46 && (t.length <= 5 || t.includes('.')) && abbreviationLike(t)) {
			i++;
			t += '.';
		}

		while (q < quotes.length && quotes[q]!.end <= start) {
			q++;
		}

		const lower = word ? (cased ? straightApostrophes(t.toLowerCase()) : t) : (t === '\u2019' ? '\'' : t);
		out.push({
			start,
			end: i,
			text: t,
			lower,
			word,
			capital: t[0] !== lower[0] || (cased && word && particleName.test(t)),
			quoted: q < quotes.length && quotes[q]!.start <= start && start < quotes[q]!.end,
			mark: !word && (marks.has(t) || t === '\'\'' || t === '``'),
		});
	}

	return out;
}
