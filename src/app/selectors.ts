import {getLayout, type ArticleLayout} from '../layout/layout.js';
import type {AppState} from './state.js';

/** Below this many columns the sidebar does not fit beside the text; `s` shows it as an overlay instead. */
export const sidebarMinColumns = 80;
/** Below these sizes the layout is replaced by a `terminal too small` message. */
export const minColumns = 40;
export const minRows = 10;
/** Widest article text by default, in columns: longer lines are hard to read. `--width` overrides it. */
export const defaultMaxTextWidth = 100;
/** Rows taken by the header (headline; outlet, page and percent) and the footer (messages/prompt; key hints). */
export const headerRows = 2;
export const footerRows = 2;

/** Where everything goes on screen, in terminal cells, derived from the size and a few toggles. */
export type Geometry = {
	readonly tooSmall: boolean;
	/** Rows between header and footer; also the article pane height, i.e. one page. */
	readonly bodyRows: number;
	/** Columns the article text is wrapped to. */
	readonly textWidth: number;
	/** Columns of the area holding the article text (text plus padding). */
	readonly paneColumns: number;
	/** `beside`: its own column; `overlay`: over the text (narrow terminals); `hidden`. */
	readonly sidebar: 'beside' | 'overlay' | 'hidden';
	/** Columns of the sidebar when it is shown. */
	readonly sidebarColumns: number;
};

/** Computes the screen geometry. The root frame is `rows - 1` tall (Ink 6.8 clears the screen at full height). */
export function geometry(state: AppState): Geometry {
	const {columns, rows} = state.size;
	const tooSmall = columns < minColumns || rows < minRows;
	const bodyRows = Math.max(1, rows - 1 - headerRows - footerRows);
	const isWide = columns >= sidebarMinColumns;
	const besideColumns = Math.min(40, Math.max(26, Math.floor(columns * 0.3)));
	let sidebar: Geometry['sidebar'] = 'hidden';
	if (isWide && !state.sidebarHidden) {
		sidebar = 'beside';
	} else if (!isWide && state.sidebarOverlay) {
		sidebar = 'overlay';
	}

	const paneColumns = Math.max(1, columns - (sidebar === 'beside' ? besideColumns : 0));
	const textWidth = Math.max(10, Math.min(paneColumns - 2, state.maxTextWidth ?? defaultMaxTextWidth));
	return {tooSmall, bodyRows, textWidth, paneColumns, sidebar, sidebarColumns: sidebar === 'overlay' ? columns : besideColumns};
}

/** Lines per page: exactly the pane height, so paging moves by it and page boundaries stay put. */
export function pageHeight(state: AppState): number {
	return geometry(state).bodyRows;
}

/** The open article's layout at the current text width (lazy and cached by the layout module); null if none. */
export function layoutOf(state: AppState): ArticleLayout | null {
	return state.article ? getLayout(state.article, geometry(state).textWidth) : null;
}

/** `state` with `top` recomputed from `topOffset` at the current width (after a resize or an open). */
export function withTop(state: AppState): AppState {
	const layout = layoutOf(state);
	if (!layout) {
		return state.top === 0 ? state : {...state, top: 0};
	}

	let top = Math.max(0, layout.lineAt(state.topOffset));
	if (state.topIsGap && top > 0 && layout.line(top - 1)?.block === -1) {
		top--;
	}

	return top === state.top ? state : {...state, top};
}

/** Page number and progress for the header. `pages` is null until the idle layout has counted every line. */
export type PageInfo = {
	/** 1-based page holding the top line. */
	readonly page: number;
	readonly pages: number | null;
	/** 0–100: how much of the article lies above the bottom of the pane. */
	readonly percent: number;
};

/** Page indicator values for the current position. */
export function pageInfo(state: AppState): PageInfo {
	const layout = layoutOf(state);
	const height = pageHeight(state);
	const page = Math.floor(state.top / height) + 1;
	if (!layout || !state.article) {
		return {page: 1, pages: null, percent: 0};
	}

	if (layout.isComplete) {
		const total = layout.knownLines;
		const pages = Math.max(1, Math.ceil(total / height));
		const percent = total === 0 ? 100 : Math.min(100, Math.round(((state.top + height) / total) * 100));
		return {page, pages, percent};
	}

	// Not counted yet: estimate from how far into the text the bottom line reaches.
	const bottom = layout.line(state.top + height - 1);
	const length = Math.max(1, state.article.text.length);
	const percent = bottom ? Math.min(99, Math.round((bottom.end / length) * 100)) : 100;
	return {page, pages: null, percent};
}
