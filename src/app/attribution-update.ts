import type {Attribution, Statement} from '../analysis/types.js';
import type {Article} from '../article/types.js';
import {citationText} from '../highlight/citation.js';
import {statementAnchor} from '../highlight/navigate.js';
import {
	clearFilter, filterBySource, followPage, initialAttributionView, markCurrent, moveSelection, selectedSource,
	selectedStatement, statementToCopy, step, switchTab, toggleHighlight,
} from '../highlight/sidebar-state.js';
import type {Action, CommandAction} from './actions.js';
import {reveal} from './navigate.js';
import {geometry} from './selectors.js';
import type {AppState} from './state.js';
import {visibleLines} from './visible.js';

/*
The attribution half of `update` (issue 4): sidebar tabs and selection, the source filter, the current
statement and `]`/`[`, highlighting on/off and the citation copy. Pure, like `update`; the clipboard write is
returned as a `copy` effect.
*/

/** Commands handled here (see the keymap). */
const attributionCommands: ReadonlySet<string> = new Set([
	'sidebar/quotes',
	'sidebar/sources',
	'sidebar/other-tab',
	'sidebar/down',
	'sidebar/up',
	'sidebar/choose',
	'statement/next',
	'statement/prev',
	'highlight/toggle',
	'citation/copy',
] satisfies Array<CommandAction['type']>);

/** One of the commands above, or Esc while a source filter is active. */
export type AttributionCommand = {
	readonly type: 'sidebar/quotes' | 'sidebar/sources' | 'sidebar/other-tab' | 'sidebar/down' | 'sidebar/up' | 'sidebar/choose'
		| 'statement/next' | 'statement/prev' | 'highlight/toggle' | 'citation/copy' | 'library/back';
};

/** Whether `action` is handled here; Esc (`library/back`) is while a source filter is active (it clears it). */
export function isAttributionAction(state: AppState, action: Action): boolean {
	return attributionCommands.has(action.type)
		|| (action.type === 'library/back' && state.attributionView.filterSourceId !== null);
}

/**
 * A freshly opened article: no attribution yet and a fresh sidebar. The root analyses the article after its
 * first frame (long articles take a while) and dispatches `attribution/ready`.
 */
export function resetAttribution(state: AppState): AppState {
	return {...state, attribution: null, attributionView: initialAttributionView};
}

/** The attribution of `article` arrived (ignored when another article has been opened since). */
export function attributionReady(state: AppState, article: Article, attribution: Attribution): AppState {
	if (state.article !== article) {
		return state;
	}

	return follow({...state, attribution});
}

/**
 * After any other command: when it moved the page, the Quotes selection follows the reading again (paging is
 * reading) and selects the first statement on the new page.
 */
export function followReading(before: AppState, after: AppState): AppState {
	if (!after.attribution || (after.top === before.top && after.attribution === before.attribution)) {
		return after;
	}

	return follow({...after, attributionView: {...after.attributionView, followReading: true}});
}

/** Runs an attribution command (the caller has cleared the footer message). */
export function attributionCommand(state: AppState, action: AttributionCommand): AppState {
	const {attribution, attributionView: view} = state;
	if (!attribution) {
		return action.type === 'highlight/toggle' || action.type === 'citation/copy'
			? {...state, message: 'no attribution yet'}
			: state;
	}

	switch (action.type) {
		case 'sidebar/quotes': return withView(state, switchTab(view, 'quotes'));
		case 'sidebar/sources': return withView(state, switchTab(view, 'sources'));
		case 'sidebar/other-tab': return withView(state, switchTab(view, 'other'));
		case 'sidebar/down': return withView(state, moveSelection(view, attribution, 1));
		case 'sidebar/up': return withView(state, moveSelection(view, attribution, -1));
		case 'sidebar/choose': {
			if (view.tab === 'sources') {
				const source = selectedSource(view, attribution);
				return source ? follow(withView(state, filterBySource(view, source.id))) : state;
			}

			const statement = selectedStatement(view, attribution);
			return statement ? showStatement(closeOverlay(state), statement) : state;
		}

		case 'statement/next':
		case 'statement/prev': {
			const statement = step(view, attribution, state.topOffset, action.type === 'statement/next' ? 1 : -1);
			return statement ? showStatement(state, statement) : {...state, message: 'no statements'};
		}

		case 'highlight/toggle': {
			const next = toggleHighlight(view);
			return {...withView(state, next), message: next.highlight ? 'attribution highlighting on' : 'attribution highlighting off'};
		}

		case 'citation/copy': {
			const statement = statementToCopy(view, attribution);
			if (!statement || !state.article) {
				return {...state, message: 'no statement to copy'};
			}

			const text = citationText(state.article, attribution, statement);
			return {...state, effects: [...state.effects, {type: 'copy', text}], message: 'citation copied to the clipboard (OSC 52)'};
		}

		case 'library/back': return follow(withView(state, clearFilter(view)));
	}
}

function withView(state: AppState, attributionView: AppState['attributionView']): AppState {
	return attributionView === state.attributionView ? state : {...state, attributionView};
}

/** Marks `statement` current and shows the page holding its words (nothing moves when they are on screen). */
function showStatement(state: AppState, statement: Statement): AppState {
	const anchor = statementAnchor(statement);
	return reveal(withView(state, markCurrent(state.attributionView, statement)), {start: anchor, end: anchor + 1});
}

/** Enter on a quote in the narrow overlay: the overlay covers the text, so it closes to show the quote. */
function closeOverlay(state: AppState): AppState {
	return geometry(state).sidebar === 'overlay' ? {...state, sidebarOverlay: false, focus: 'article'} : state;
}

/** Selects the first statement on the visible page when the Quotes list follows the reading. */
function follow(state: AppState): AppState {
	const lines = visibleLines(state);
	const first = lines[0];
	const last = lines.at(-1);
	if (!state.attribution || !first || !last) {
		return state;
	}

	return withView(state, followPage(state.attributionView, state.attribution, first.start, last.end));
}
