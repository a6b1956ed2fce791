/**
 * One screen line of the article pane. `start`/`end` are UTF-16 offsets into `article.text`;
 * `block` is the index into `article.blocks`, or -1 for the blank line between paragraphs.
 * A block's lines are contiguous (each starts where the one before ended, the last ends at the block's end);
 * the spaces a line was broken at belong to it but are not shown. A blank line has `start === end` ===
 * the start of the block after it.
 */
export type Line = {
	readonly block: number;
	readonly start: number;
	readonly end: number;
};

/** The article wrapped to one width, laid out lazily: only as far as has been asked for. */
export type ArticleLayout = {
	/** Terminal columns the lines fit in (prefix from `linePrefix` included). */
	readonly width: number;
	/** Line `index`, laying out as far as needed; undefined past the end. */
	line(index: number): Line | undefined;
	/** Lines `[from, to)`, clipped to the end, laying out as far as needed. */
	lines(from: number, to: number): Line[];
	/** Lines laid out so far (the total once `isComplete`). */
	readonly knownLines: number;
	readonly isComplete: boolean;
	/** Lays out everything and returns the line count. */
	totalLines(): number;
	/** Lays out for about `budgetMs` milliseconds; returns whether the layout is complete. */
	continueLayout(budgetMs: number): boolean;
	/**
	 * The line holding UTF-16 offset `offset` (or the first line after it), laying out as far as needed. An
	 * offset between two blocks gives the first line of the next block (not the blank line); an offset past the
	 * end gives the last line; 0 when there are no lines.
	 */
	lineAt(offset: number): number;
	/**
	 * The line count: exact once `isComplete`, otherwise extrapolated from how much of the text is laid out
	 * (never less than `knownLines`). For a page count shown while the layout finishes in idle time.
	 */
	estimatedTotalLines(): number;
};
