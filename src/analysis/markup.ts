/**
 * Text the rules should not read: embedded `<tweet …>…</tweet>` markup (its attribute values look like quotations),
 * a leading dateline (`WASHINGTON (Reuters) –`, `New York (AFP) –`), a publication's editor's note, the page's own
 * lines copied with the article (`Advertisement`) and a typed `--` dash. Masking keeps every offset: characters become
 * spaces.
 */
import {isPageChromeLine} from '../text/page-chrome.js';

/** `text` with every `<tweet …>…</tweet>` element blanked out (newlines kept); the same string when there is none. */
export function maskMarkup(text: string): string {
	let at = text.indexOf('<tweet');
	if (at < 0) {
		return text;
	}

	const parts: string[] = [];
	let done = 0;
	while (at >= 0) {
		const close = text.indexOf('</tweet>', at);
		const end = close < 0 ? Math.min(text.length, (text.indexOf('>', at) + 1) || text.length) : close + 8;
		parts.push(text.slice(done, at), text.slice(at, end).replaceAll(/[^\n]/g, ' '));
		done = end;
		at = text.indexOf('<tweet', end);
	}

	parts.push(text.slice(done));
	return parts.join('');
}

const datelineRe = /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Za-z.'’-]*){0,3}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?(?:,? [A-Z][a-z]{2,4}\.? \d{1,2})?\s*(?:\([^()\n]{1,40}\))?\s*(?:[—–]|--?)\s*/;

/** `New York (AFP) – `: a place in title case is a dateline too when a news agency in parentheses follows it. */
const agencyDatelineRe = /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z][A-Za-z.]*)? \([A-Z][A-Za-z ]{1,20}\) ?(?:[—–]|--?) */;

/** Length of a dateline at `start` (`WASHINGTON (Reuters) – `), or 0. */
export function datelineLength(text: string, start: number): number {
	const head = text.slice(start, start + 100);
	const m = datelineRe.exec(head);
	if (!m || !/^[A-Z]{2,}/.test(m[0]) || m[0].length >= 100) {
		return agencyDatelineRe.exec(head)?.[0].length ?? 0;
	}

	return m[0].length;
}

const editorsNoteRe = /^editor['’]s note\s*:/i;

/**
 * `Editor’s note: …`: a paragraph in which the publication comments on its own article (often the same boilerplate
 * under many articles) reports nobody; annotators left 15 of the 17 such notes in train unattributed.
 */
export function isEditorsNote(text: string, start: number): boolean {
	// (Not a correction, `Editor's Note: An article on Monday … reported that …`: it reports what the article and its
	// sources said, and annotators attribute it.)
	return editorsNoteRe.test(text.slice(start, start + 16)) && !correctionRe.test(text.slice(start, start + 60));
}

const correctionRe = /^editor['’]s note\s*:\s*(?:an?|this|the) (?:(?:earlier|previous|original|prior) )?(?:article|version|story|report)\b/i;

const linkTailRe = /^[\s,.;:"'\u201D\u2019]*(?:by [^\n]{1,80}?)?:?\s*https?:\/\/\S+\s*$/;

/**
 * `"Museum hires new director," by the Post's Ann Lee: http://…`: a quotation that only a link (and its byline)
 * follows to the paragraph's end is the headline or excerpt of a linked story in a newsletter's reading list, which
 * annotators do not attribute (none of the 10 such in train).
 */
export function isLinkedExcerpt(text: string, contentEnd: number, paragraphEnd: number): boolean {
	// Bounded: only the short rest of the paragraph is read.
	return paragraphEnd - contentEnd < 140 && linkTailRe.test(text.slice(contentEnd, paragraphEnd));
}

/**
 * `Advertisement`, `Continue reading the main story`: a line of the web page copied with the article's text. It is no
 * paragraph of the article: a quotation continued across it, or introduced before it, goes on after it.
 */
export function isPageChrome(text: string, para: {start: number; end: number}): boolean {
	return para.end - para.start <= 48 && isPageChromeLine(text.slice(para.start, para.end));
}

/**
 * `said -- on Twitter -- that …`: two hyphens between spaces are the dash typewriters and plain-text feeds write for `—`;
 * read as one (a space and `—`, so every offset holds).
 */
export function asEmDashes(text: string): string {
	return text.includes(' --') ? text.replaceAll(/(?<=\s)--(?=\s)/g, ' \u2014') : text;
}
