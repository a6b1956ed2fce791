import type {Article} from '../article/types.js';
import {sanitizeForTerminal} from '../text/sanitize.js';

/**
 * White space that is shown as one plain space and is a line-break opportunity: tab, the line and paragraph
 * separators a block may still hold (CR, VT, FF, NEL, U+2028/9) and the Unicode spaces that are not
 * non-breaking. NBSP, U+2007 and U+202F stay as they are (they must not break).
 */
const breakingSpace = /[\t\n\v\f\r\u0085\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]/g;

/**
 * `text` as the terminal is given it: breaking white space as plain spaces, then `sanitizeForTerminal`.
 * One UTF-16 unit for one, so offsets into the result are offsets into `text`.
 */
export function toDisplayText(text: string): string {
	return sanitizeForTerminal(text.replace(breakingSpace, ' '));
}

/** The shown text of `[start, end)` of `article.text`: display text with trailing spaces dropped. */
export function shownSlice(article: Article, start: number, end: number): string {
	const text = toDisplayText(article.text.slice(start, end));
	let length = text.length;
	while (length > 0 && text.charCodeAt(length - 1) === 0x20) {
		length--;
	}

	return length === text.length ? text : text.slice(0, length);
}
