import type {TextRange} from '../article/types.js';
import type {ArticleLayout} from '../layout/layout.js';
import {layoutOf, pageHeight} from './selectors.js';
import type {AppState} from './state.js';

/**
 * Clamps a wanted top line to the document. The last allowed top is the first line of the last page, so pages
 * stay aligned however the reader got there. Lays out at most one page beyond `target`, never the whole
 * article (except when the end is near, where the whole article is already laid out).
 */
export function clampTop(layout: ArticleLayout, target: number, height: number): number {
	if (target <= 0) {
		return 0;
	}

	const nextPageStart = (Math.floor(target / height) + 1) * height;
	if (layout.line(nextPageStart) !== undefined) {
		return target;
	}

	// `line` returned undefined past the end, so every line is laid out now.
	const total = layout.totalLines();
	return Math.min(target, lastPageTop(total, height));
}

/** Index of the first line of the last page for `total` lines and pages of `height` lines. */
export function lastPageTop(total: number, height: number): number {
	return Math.max(0, Math.floor((total - 1) / height) * height);
}

/** `state` scrolled so that line `target` (clamped) is the top line; the remembered offset follows. */
export function scrollTo(state: AppState, target: number): AppState {
	const layout = layoutOf(state);
	if (!layout) {
		return state;
	}

	const top = clampTop(layout, target, pageHeight(state));
	const line = layout.line(top);
	return {...state, top, topOffset: line ? line.start : 0, topIsGap: line?.block === -1};
}

/** Scrolls to the last page (lays out the whole article). */
export function scrollToEnd(state: AppState): AppState {
	const layout = layoutOf(state);
	if (!layout) {
		return state;
	}

	return scrollTo(state, lastPageTop(layout.totalLines(), pageHeight(state)));
}

/**
 * Makes `range` visible: nothing moves when its first line is already on screen, else the page holding that
 * line is shown (page-aligned, so paging on from there keeps the usual boundaries).
 */
export function reveal(state: AppState, range: TextRange): AppState {
	const layout = layoutOf(state);
	if (!layout) {
		return state;
	}

	const height = pageHeight(state);
	const line = layout.lineAt(range.start);
	if (line >= state.top && line < state.top + height) {
		return state;
	}

	return scrollTo(state, Math.floor(line / height) * height);
}
