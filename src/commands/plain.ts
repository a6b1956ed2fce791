import type {Article} from '../article/types.js';
import {entryDetails} from '../app/library-update.js';
import type {LibraryEntry} from '../io/list-library.js';
import {getLayout, linePrefix, lineText} from '../layout/layout.js';
import {sanitizeForTerminal} from '../text/sanitize.js';

/*
Output for a pipe or file (`newsread a.txt | cat`, `--plain`): the article wrapped at word boundaries by the same
layout as the reader, sanitised, with no escape sequences at all. Further sections (the attribution issue's
Quotes and Sources) are appended through `PlainSection`s so this file does not need to know about them.
*/

/** Renders extra lines after the article (without a trailing newline); return [] to add nothing. */
export type PlainSection = (article: Article, width: number) => readonly string[];

/** Sections printed after the article by default, in order. Other modules may push to it at start-up. */
export const plainSections: PlainSection[] = [];

/** The article as plain lines of at most `width` terminal columns. */
export function plainArticleLines(article: Article, width: number): string[] {
	const layout = getLayout(article, width);
	const total = layout.totalLines();
	const lines: string[] = [];
	for (const line of layout.lines(0, total)) {
		lines.push((linePrefix(article, line, width) + lineText(article, line)).trimEnd());
	}

	return lines;
}

/**
 * The full plain output: the article, then each section separated by a blank line, ending with a newline.
 * `width` is in terminal columns.
 */
export function renderPlain(article: Article, width: number, sections: readonly PlainSection[] = plainSections): string {
	const parts = [plainArticleLines(article, width)];
	for (const section of sections) {
		const lines = section(article, width);
		if (lines.length > 0) {
			parts.push(lines.map(line => sanitizeForTerminal(line)));
		}
	}

	return parts.map(lines => lines.join('\n')).join('\n\n') + '\n';
}

/** A library folder as plain text: one paragraph per entry (headline, then file, outlet, date, length). */
export function renderPlainLibrary(dir: string, entries: readonly LibraryEntry[]): string {
	if (entries.length === 0) {
		return `No articles in ${sanitizeForTerminal(dir)} (newsread lists .txt, .md and .html files).\n`;
	}

	const blocks = entries.map(entry => {
		return `${sanitizeForTerminal(entry.title)}\n  ${sanitizeForTerminal(entryDetails(entry))}`;
	});
	return `Library: ${sanitizeForTerminal(dir)}\n\n${blocks.join('\n')}\n`;
}
