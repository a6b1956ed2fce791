/**
 * Finding quoted spans in one paragraph. All offsets are UTF-16 indices into the article text; a span includes its
 * quote marks (the corpus convention). A quote left open at the end of the paragraph runs to the paragraph's end.
 */

/** One quoted span `[start, end)`, marks included. `open` when no closing mark was found in the paragraph. */
export type Quote = {
	readonly start: number;
	readonly end: number;
	readonly open: boolean;
};

// Double marks, NYT's two-apostrophe `''` and TeX-style ``` `` ```; single curly marks are handled separately.
const doubleMark = /["\u201C\u201D\u201E\u00AB\u00BB]|''|``/g;
const singleMark = /[\u2018\u2019']/g;

function isSpace(c: string | undefined): boolean {
	return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00A0';
}

const openingContext = new Set(['(', '[', '{', '\u2014', '\u2013', '-', '/', ':']);
const closingContext = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\u2014', '\u2013', '-', '/']);

/** Whether a mark at `[i, j)` could open (left-flanking) or close (right-flanking) a quote. */
function flanks(text: string, i: number, j: number, lo: number, hi: number): {left: boolean; right: boolean} {
	const before = i > lo ? text[i - 1] : undefined;
	const after = j < hi ? text[j] : undefined;
	const left = (isSpace(before) || openingContext.has(before!)) && !isSpace(after);
	const right = !isSpace(before) && (isSpace(after) || closingContext.has(after!) || after === '"' || after === '\u201D');
	return {left, right};
}

/**
 * Quoted spans of the paragraph `[lo, hi)`, ordered and non-overlapping. Curly marks open or close by their shape
 * unless their position contradicts it; straight `"` and `''` toggle. With `single`, `‘…’` and `'…'` count as
 * quote marks too (articles that use British-style quotes); an apostrophe inside a word never does.
 */
export function findQuotes(text: string, lo: number, hi: number, single = false): Quote[] {
	const quotes: Quote[] = [];
	// Scanning a slice keeps the regex from running past the paragraph (which would make the whole scan quadratic).
	const para = text.slice(lo, hi);
	const re = single ? singleMark : doubleMark;
	re.lastIndex = 0;
	let openAt = -1;
	// Inside a quotation opened with a straight mark, curly marks quote within it (`"… “Equal Justice” …`).
	let nested = false;
	for (let m = re.exec(para); m; m = re.exec(para)) {
		let i = m.index + lo;
		const mark = m[0];
		// (Not one introduced by a comma or colon, `… by interjecting, “Only Lee.”`: someone else's words the excerpt quotes.)
		if (!single && openAt >= 0 && text[openAt] === '"' && ((mark === '\u201C' && !/[,:]\s$/.test(text.slice(i - 2, i)))
			|| (nested && mark === '\u201D'))) {
			nested = mark === '\u201C';
			continue;
		}

		// `“… even when “your team” needs it.”`: inside a curly quotation, an opening curly mark whose next two curly marks
		// both close quotes within it.
		if (!single && openAt >= 0 && text[openAt] === '\u201C' && (nested ? mark === '\u201D' : mark === '\u201C' && closesTwice(para, m.index + 1))) {
			nested = !nested;
			continue;
		}

		if (mark === '\'\'' && text[i + 2] === '\'' && openAt >= 0) {
			// `…the word 'old-school,'''`: a nested single quote closes first; the last two apostrophes close the quote.
			i++;
			re.lastIndex++;
		}

		const j = i + mark.length;
		const {left, right} = flanks(text, i, j, lo, hi);
		let opens: boolean;
		if (single) {
			// An apostrophe (letter on both sides, or a closing mark with nothing open) is skipped.
			if (openAt < 0) {
				opens = left && mark !== '\u2019';
			} else {
				opens = false;
				if (!right) {
					continue;
				}
			}

			if (openAt < 0 && !opens) {
				continue;
			}
		} else if (mark === '\u201C' || mark === '\u201E' || mark === '\u00AB' || mark === '``') {
			opens = !(openAt >= 0 && right && !left);
		} else if (mark === '\u201D' || mark === '\u00BB') {
			// (One that starts the paragraph opens it even before a space: `” … if the pier closes,” it read.`, a typesetting
			// slip before an ellipsis.)
			opens = openAt < 0 && ((left && !right) || i === lo);
			if (openAt < 0 && !opens) {
				continue; // A stray closing mark.
			}
		} else {
			// Straight marks toggle; one that can only close while nothing is open (an inch mark) is skipped.
			opens = openAt < 0;
			if (opens && right && !left) {
				continue;
			}
		}

		if (opens) {
			if (openAt >= 0) {
				// A second opening mark: the first quote was never closed; it ends where the new one starts.
				quotes.push(unclosed(text, openAt, i));
			}

			openAt = i;
		} else if (openAt >= 0) {
			quotes.push({start: openAt, end: j, open: false});
			openAt = -1;
			nested = false;
		}
	}

	if (openAt >= 0) {
		quotes.push(unclosed(text, openAt, hi));
	}

	return quotes;
}

/** Whether the next two curly double marks after `from` (within a few hundred characters) are both closing ones. */
function closesTwice(para: string, from: number): boolean {
	const marks = para.slice(from, from + 600).match(/[\u201C\u201D]/g);
	return marks !== null && marks[0] === '\u201D' && marks[1] === '\u201D';
}

/** A sentence's end closed with a single mark, then a new sentence or nothing: `…, “Let’s go. We can win.’ Lee was …`. */
const singleClose = /[.!?]\u2019(?=\s+[A-Z]|\s*$)/;

/**
 * A quotation opened with a double mark at `lo` and never closed before `hi`: it ends at a single closing mark typed in
 * its place after a sentence (when no single quotation opened inside it), or else runs to `hi`.
 */
function unclosed(text: string, lo: number, hi: number): Quote {
	const inner = text.slice(lo, hi);
	const m = singleClose.exec(inner);
	if (m && !inner.slice(0, m.index).includes('\u2018')) {
		return {start: lo, end: lo + m.index + 2, open: false};
	}

	return {start: lo, end: trimEnd(text, lo, hi), open: true};
}

function trimEnd(text: string, lo: number, hi: number): number {
	let end = hi;
	while (end > lo + 1 && isSpace(text[end - 1])) {
		end--;
	}

	return end;
}

/** Whether the article writes quotations with single marks: no double marks at all, and some `‘` opening a word. */
export function usesSingleQuotes(text: string): boolean {
	doubleMark.lastIndex = 0;
	if (doubleMark.test(text)) {
		return false;
	}

	return /(?:^|[\s(])[\u2018][A-Za-z]/m.test(text);
}
