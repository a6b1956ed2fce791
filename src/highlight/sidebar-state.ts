import type {Attribution, Source, Statement} from '../analysis/types.js';
import {listedStatements, statementOnPage, stepStatement} from './navigate.js';

/** The two sidebar tabs. */
export type SidebarTab = 'quotes' | 'sources';

/**
 * Everything the sidebar and the statement highlighting remember about one open article. Pure data: the
 * reader's state holds one of these and its reducer calls the functions below.
 */
export type AttributionView = {
	readonly tab: SidebarTab;
	/** Selected row of the Quotes tab (statement id). */
	readonly selectedStatementId: string | null;
	/** Selected row of the Sources tab (source id). */
	readonly selectedSourceId: string | null;
	/**
	 * While true, the Quotes selection follows the page being read. Moving the selection yourself (j/k, Enter,
	 * `]`/`[`) turns it off; turning a page in the article turns it back on, since paging is reading again.
	 */
	readonly followReading: boolean;
	/** Source whose statements alone are highlighted and listed; null for all. */
	readonly filterSourceId: string | null;
	/** Statement shown inverse (Enter on a quote, `]`/`[`); the one `y` copies. */
	readonly currentStatementId: string | null;
	/** `a` turns all attribution highlighting off for plain reading. */
	readonly highlight: boolean;
};

/** The view of a freshly opened article. */
export const initialAttributionView: AttributionView = {
	tab: 'quotes',
	selectedStatementId: null,
	selectedSourceId: null,
	followReading: true,
	filterSourceId: null,
	currentStatementId: null,
	highlight: true,
};

/** `1`/`2`, ←/→ in the sidebar. */
export function switchTab(view: AttributionView, tab: SidebarTab | 'other'): AttributionView {
	const next = tab === 'other' ? (view.tab === 'quotes' ? 'sources' : 'quotes') : tab;
	return next === view.tab ? view : {...view, tab: next};
}

/** The Quotes row shown selected: the remembered one if still listed, else the first listed. */
export function selectedStatement(view: AttributionView, attribution: Attribution): Statement | null {
	const list = listedStatements(attribution, view.filterSourceId);
	return list.find(statement => statement.id === view.selectedStatementId) ?? list[0] ?? null;
}

/** The Sources row shown selected: the remembered one if it still exists, else the first. */
export function selectedSource(view: AttributionView, attribution: Attribution): Source | null {
	return attribution.sources.find(source => source.id === view.selectedSourceId) ?? attribution.sources[0] ?? null;
}

/** Moves the active tab's selection by `delta` rows (clamped to the list), e.g. j/k or PgDn in the sidebar. */
export function moveSelection(view: AttributionView, attribution: Attribution, delta: number): AttributionView {
	if (view.tab === 'quotes') {
		const list = listedStatements(attribution, view.filterSourceId);
		if (list.length === 0) {
			return view;
		}

		const index = list.findIndex(statement => statement.id === view.selectedStatementId);
		const next = list[clamp(Math.max(0, index) + delta, list.length)]!;
		return {...view, selectedStatementId: next.id, followReading: false};
	}

	const {sources} = attribution;
	if (sources.length === 0) {
		return view;
	}

	const index = sources.findIndex(source => source.id === view.selectedSourceId);
	return {...view, selectedSourceId: sources[clamp(Math.max(0, index) + delta, sources.length)]!.id};
}

/** Moves the Quotes selection to the page `[from, to)` (UTF-16 offsets) when it follows the reading. */
export function followPage(view: AttributionView, attribution: Attribution, from: number, to: number): AttributionView {
	if (!view.followReading) {
		return view;
	}

	const statement = statementOnPage(attribution, from, to, view.filterSourceId);
	const id = statement?.id ?? null;
	return id === view.selectedStatementId ? view : {...view, selectedStatementId: id};
}

/** Makes `statement` current and selected (Enter on a quote, `]`/`[`); the caller shows its page. */
export function markCurrent(view: AttributionView, statement: Statement): AttributionView {
	return {...view, currentStatementId: statement.id, selectedStatementId: statement.id, followReading: false};
}

/**
 * `]` (1) / `[` (-1): the statement to move to from the current one (or from `position`, the UTF-16 offset of the
 * top of the page, when there is none), within the filter; null when nothing is listed.
 */
export function step(view: AttributionView, attribution: Attribution, position: number, direction: 1 | -1): Statement | null {
	return stepStatement(attribution, {
		currentId: view.currentStatementId,
		position,
		direction,
		filterSourceId: view.filterSourceId,
	});
}

/** Enter on a source: only its statements are highlighted and listed; the Quotes tab shows them. */
export function filterBySource(view: AttributionView, sourceId: string): AttributionView {
	return {...view, filterSourceId: sourceId, tab: 'quotes', followReading: true};
}

/** Esc with a filter active: everything is highlighted and listed again. */
export function clearFilter(view: AttributionView): AttributionView {
	return view.filterSourceId === null ? view : {...view, filterSourceId: null, followReading: true};
}

/** `a`: attribution highlighting off and on. */
export function toggleHighlight(view: AttributionView): AttributionView {
	return {...view, highlight: !view.highlight};
}

/** The statement `y` copies: the current one, else the selected Quotes row. */
export function statementToCopy(view: AttributionView, attribution: Attribution): Statement | null {
	const current = attribution.statements.find(statement => statement.id === view.currentStatementId);
	return current ?? selectedStatement(view, attribution);
}

function clamp(index: number, length: number): number {
	return Math.min(length - 1, Math.max(0, index));
}
