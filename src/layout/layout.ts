import type {Article, TextRange} from '../article/types.js';

/**
 * One screen line of the article pane. `start`/`end` are UTF-16 offsets into `article.text`;
 * `block` is the index into `article.blocks`, or -1 for the blank line between paragraphs.
 */
export type Line = {
	readonly block: number;
	readonly start: number;
	readonly end: number;
};

/** The article wrapped to one width, laid out lazily: only as far as has been asked for. */
export type ArticleLayout = {
	/** Terminal columns the lines fit in. */
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
	/** The line holding UTF-16 offset `offset` (or the first line after it), laying out as far as needed. */
	lineAt(offset: number): number;
};

/** Returns the (cached) layout of `article` at `width` columns. (Placeholder: naive, eager, ASCII widths.) */
export function getLayout(article: Article, width: number): ArticleLayout {
	const all: Line[] = [];
	article.blocks.forEach((block, index) => {
		if (index > 0) {
			all.push({block: -1, start: block.start, end: block.start});
		}

		for (let start = block.start; start < block.end; start += width) {
			all.push({block: index, start, end: Math.min(block.end, start + width)});
		}
	});
	return {
		width,
		line: index => all[index],
		lines: (from, to) => all.slice(Math.max(0, from), to),
		knownLines: all.length,
		isComplete: true,
		totalLines: () => all.length,
		continueLayout: () => true,
		lineAt(offset) {
			const index = all.findIndex(line => line.end > offset);
			return index === -1 ? Math.max(0, all.length - 1) : index;
		},
	};
}

/** The text of `line` as it is shown: sanitised, tabs and line breaks as spaces, trailing spaces dropped. */
export function lineText(article: Article, line: Line): string {
	return article.text.slice(line.start, line.end).replaceAll(/[\t\r\n]/g, ' ').trimEnd();
}

/** A run of a line's shown text with the styles of every range covering it. */
export type Segment<S> = {
	readonly text: string;
	readonly styles: readonly S[];
};

/** Cuts the shown text of `line` where styled ranges (offsets into `article.text`) begin and end. */
export function splitLine<S>(
	article: Article,
	line: Line,
	ranges: ReadonlyArray<TextRange & {readonly style: S}>,
): Array<Segment<S>> {
	const text = lineText(article, line);
	return [{text, styles: ranges.filter(range => range.start < line.end && range.end > line.start).map(range => range.style)}];
}
