/**
 * Plain text wrapped by hand at a fixed width (wire copy, mail, `lynx -dump`): paragraphs run over several lines and
 * blank lines separate them. Read line by line, every line would be a paragraph of its own, so the reader would show
 * ragged stubs and the attribution engine would split sentences. Offsets are UTF-16 indices into the text.
 */

/** A `[start, end)` range of the text. */
export type LineRange = {readonly start: number; readonly end: number};

/** No line of hand-wrapped text is longer than this. */
const maxWrapWidth = 100;

/** Lines a wrapped paragraph fills: at least this share of the widest line. */
const fullLine = 0.6;

/**
 * The paragraphs of `text` when it is wrapped by hand, each a run of lines up to a blank line, a short line or a list
 * item (trimmed of surrounding white space); `undefined` when it is not, and each line is its own paragraph. Linear.
 */
export function wrappedParagraphs(text: string): LineRange[] | undefined {
	// (Most text has a long line early on: no line is listed then.)
	if (hasLongLine(text)) {
		return undefined;
	}

	const lines = trimmedLines(text);
	let widest = 0;
	for (const line of lines) {
		widest = Math.max(widest, line.end - line.start);
	}

	// Wrapped prose: at least three lines that a next line goes on from, most of them nearly full and ending inside a
	// sentence, and many of the lines after them going on in lower case (a list of headlines has capitals there); and
	// a blank line somewhere, which is how such text shows where paragraphs end.
	let inner = 0;
	let full = 0;
	let open = 0;
	let lower = 0;
	let blank = false;
	for (let i = 0; i + 1 < lines.length; i++) {
		const line = lines[i]!;
		if (line.end === line.start) {
			blank = true;
			continue;
		}

		if (lines[i + 1]!.end === lines[i + 1]!.start) {
			continue;
		}

		inner++;
		full += line.end - line.start >= fullLine * widest ? 1 : 0;
		open += /[.?!:"\u201D]$/.test(text.slice(line.end - 1, line.end)) ? 0 : 1;
		lower += /^\p{Ll}/u.test(text.slice(lines[i + 1]!.start, lines[i + 1]!.start + 2)) ? 1 : 0;
	}

	if (!blank || inner < 3 || full < 0.7 * inner || open < 0.5 * inner || lower < 0.25 * inner) {
		return undefined;
	}

	const out: LineRange[] = [];
	let start = -1;
	let end = -1;
	for (const line of lines) {
		const empty = line.end === line.start;
		if (start >= 0 && (empty || listItem.test(text.slice(line.start, line.start + 4)))) {
			out.push({start, end});
			start = -1;
		}

		if (empty) {
			continue;
		}

		start = start < 0 ? line.start : start;
		end = line.end;
		if (line.end - line.start < fullLine * widest) {
			// A short line ends its paragraph: the last line of one, a headline, a byline, `Lee wrote:`.
			out.push({start, end});
			start = -1;
		}
	}

	if (start >= 0) {
		out.push({start, end});
	}

	return out;
}

/** Whether a line of `text`, trimmed, is longer than any wrap width. */
function hasLongLine(text: string): boolean {
	let lo = 0;
	while (lo < text.length) {
		let hi = text.indexOf('\n', lo);
		hi = hi < 0 ? text.length : hi;
		if (hi - lo > maxWrapWidth) {
			const line = trimmed(text, lo, hi);
			if (line.end - line.start > maxWrapWidth) {
				return true;
			}
		}

		lo = hi + 1;
	}

	return false;
}

/** A list item's opening: a bullet or dash, or a number, then a space. */
const listItem = /^(?:[-*\u2022\u2013\u2014] |\d{1,3}[.)] )/;

/** Every line of `text` with its surrounding white space left out (an empty range for a blank line). */
export function trimmedLines(text: string): LineRange[] {
	const lines: LineRange[] = [];
	let lo = 0;
	while (lo <= text.length) {
		let hi = text.indexOf('\n', lo);
		hi = hi < 0 ? text.length : hi;
		lines.push(trimmed(text, lo, hi));
		lo = hi + 1;
	}

	return lines;
}

/** `[lo, hi)` without the padding at either end. */
function trimmed(text: string, lo: number, hi: number): LineRange {
	let a = lo;
	let b = hi;
	while (a < b && isPadding(text.charCodeAt(a))) {
		a++;
	}

	while (b > a && isPadding(text.charCodeAt(b - 1))) {
		b--;
	}

	return {start: a, end: b};
}

/** Space, tab, CR, NBSP, BOM and zero-width space: what pads a line. */
function isPadding(code: number): boolean {
	return code === 32 || code === 9 || code === 13 || code === 0xA0 || code === 0xFE_FF || code === 0x20_0B;
}

/**
 * `text` with the line breaks inside its wrapped paragraphs made spaces (and their CRs), one code unit for one, so
 * every offset holds and each remaining line is a paragraph; the same string when the text is not wrapped by hand.
 */
export function unwrapped(text: string): string {
	const paragraphs = wrappedParagraphs(text);
	if (!paragraphs) {
		return text;
	}

	const parts: string[] = [];
	let done = 0;
	for (const {start, end} of paragraphs) {
		parts.push(text.slice(done, start), text.slice(start, end).replaceAll(/[\r\n]/g, ' '));
		done = end;
	}

	parts.push(text.slice(done));
	return parts.join('');
}
