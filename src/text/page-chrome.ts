/**
 * Lines a web page puts around an article (`Advertisement`, `Continue reading the main story`), which copying the
 * text or extracting it from HTML brings along: no paragraph of the article.
 */
const pageChromeRe = /^\s*(?:(?:skip )?advertisement(?: - scroll to continue)?|continue reading the main story|(?:story|article) continues below(?: advertisement)?|supported by)\s*$/i;

/** Whether `line` (a whole paragraph) is one of the page's own lines. */
export function isPageChromeLine(line: string): boolean {
	return line.length <= 48 && pageChromeRe.test(line);
}
