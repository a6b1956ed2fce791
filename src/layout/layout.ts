import type {Article} from '../article/types.js';
import {LazyArticleLayout} from './article-layout.js';
import {shownSlice} from './display-text.js';
import type {ArticleLayout, Line} from './types.js';

export type {ArticleLayout, Line} from './types.js';
export {splitLine, type Segment} from './split-line.js';
export {indexRanges, rangesOverlapping, type RangeIndex} from './range-index.js';
export {blockPrefixes, linePrefix, type BlockPrefixes} from './line-prefix.js';
export {clampTopLine, maxTopLine, pageCount, pageOf, pageTop, percentRead, topLineShowing} from './pages.js';
export {toDisplayText} from './display-text.js';

/** How many widths per article stay cached (resizing back and forth costs nothing). */
const widthsKept = 3;

const cache = new WeakMap<Article, LazyArticleLayout[]>();

/**
 * Returns the layout of `article` at `width` terminal columns, at once: lines are wrapped lazily, as far as
 * they are asked for (the first page first). Cached per article for the last 3 widths used.
 */
export function getLayout(article: Article, width: number): ArticleLayout {
	const columns = Math.max(1, Math.floor(width));
	const layouts = cache.get(article) ?? [];
	const found = layouts.findIndex(layout => layout.width === columns);
	const layout = found === -1 ? new LazyArticleLayout(article, columns) : layouts[found]!;
	const kept = [layout, ...layouts.filter(other => other !== layout)].slice(0, widthsKept);
	cache.set(article, kept);
	return layout;
}

/**
 * The text of `line` exactly as it is shown: sanitised for the terminal (one UTF-16 unit for one, so column
 * offsets into it are offsets from `line.start`), breaking white space (tab, CR, …) as spaces, trailing spaces
 * dropped. Its width never exceeds the layout width minus the line's prefix, except for a line holding a
 * single grapheme cluster wider than that.
 */
export function lineText(article: Article, line: Line): string {
	return shownSlice(article, line.start, line.end);
}
