/*
 * Page arithmetic. Pages are fixed slices of the line list: page p (0-based) holds lines
 * `[p * pageHeight, (p + 1) * pageHeight)`, so paging moves by exactly one pane height and page boundaries do
 * not move while you page. All counts are screen lines; `pageHeight` is the article pane's height in rows.
 */

function rows(pageHeight: number): number {
	return Math.max(1, Math.floor(pageHeight));
}

/** Number of pages for `totalLines` lines (at least 1, so an empty article shows as page 1/1). */
export function pageCount(totalLines: number, pageHeight: number): number {
	return Math.max(1, Math.ceil(totalLines / rows(pageHeight)));
}

/** The page (0-based) holding line `topLine`: the page indicator shows `pageOf(top, h) + 1`. */
export function pageOf(topLine: number, pageHeight: number): number {
	return Math.floor(Math.max(0, topLine) / rows(pageHeight));
}

/** The first line of page `page` (0-based). */
export function pageTop(page: number, pageHeight: number): number {
	return Math.max(0, Math.floor(page)) * rows(pageHeight);
}

/**
 * The largest top line: the first line of the last page (so the last page starts on a page boundary and may
 * be only partly filled).
 */
export function maxTopLine(totalLines: number, pageHeight: number): number {
	return pageTop(pageCount(totalLines, pageHeight) - 1, pageHeight);
}

/** `topLine` kept within `[0, maxTopLine]`. */
export function clampTopLine(topLine: number, totalLines: number, pageHeight: number): number {
	return Math.min(Math.max(0, Math.floor(topLine)), maxTopLine(totalLines, pageHeight));
}

/**
 * Top line that shows line `line` with the least movement from `topLine`: unchanged if `line` is already in the
 * pane, otherwise the top of the page holding `line` (so jumps, e.g. to a search match, land on page boundaries).
 */
export function topLineShowing(line: number, topLine: number, pageHeight: number): number {
	const height = rows(pageHeight);
	if (line >= topLine && line < topLine + height) {
		return topLine;
	}

	return pageTop(pageOf(line, height), height);
}

/** Whole percent of the article read when the pane shows lines from `topLine` on (100 on the last page). */
export function percentRead(topLine: number, pageHeight: number, totalLines: number): number {
	if (totalLines <= 0) {
		return 100;
	}

	return Math.min(100, Math.round((Math.max(0, topLine) + rows(pageHeight)) / totalLines * 100));
}
