import {Box} from 'ink';
import {memo} from 'react';
import {bindingsFor, type KeyMode, keyMode} from '../app/keymap.js';
import {filteredEntries} from '../app/library-update.js';
import {footerRows, geometry, headerRows, minColumns, minRows, pageInfo} from '../app/selectors.js';
import type {AppState} from '../app/state.js';
import {pageRanges, visibleLines} from '../app/visible.js';
import {sanitizeForTerminal} from '../text/sanitize.js';
import {ArticlePane} from './article-pane.js';
import {Footer, type Hint} from './footer.js';
import {Header} from './header.js';
import {HelpOverlay} from './help-overlay.js';
import {LibraryScreen} from './library-screen.js';
import {SidePanel} from './side-panel.js';
import {Sidebar} from './sidebar.js';
import {TooSmall} from './too-small.js';

/** Props of `Screen`. */
export type ScreenProps = {
	readonly state: AppState;
	/** What the sidebar shows, when it may lag `state` by a frame (see `Root`); `state`'s own by default. */
	readonly sidebar?: SidebarInputs;
};

/** The parts of the state the sidebar draws. */
export type SidebarInputs = Pick<AppState, 'attribution' | 'attributionView' | 'focus'>;

/**
 * Footer hints for a key context: the bindings that carry a short hint, first key of each, in table order. When
 * they do not fit in `width` columns, hints are dropped from the end, but `help` and `quit` always stay.
 */
export function footerHints(mode: KeyMode, width = Number.POSITIVE_INFINITY): Hint[] {
	const hints = bindingsFor(mode)
		.filter(binding => binding.hint !== undefined)
		.map(binding => ({keys: keyShown(binding.keys[0] ?? ''), hint: binding.hint!}));
	const length = () => hints.reduce((sum, item, index) => sum + item.keys.length + 1 + item.hint.length + (index > 0 ? 3 : 0), 0);
	while (length() > width) {
		const drop = hints.findLastIndex(item => item.hint !== 'help' && item.hint !== 'quit');
		if (drop <= 0) {
			break;
		}

		hints.splice(drop, 1);
	}

	return hints;
}

/** The whole frame, `rows - 1` tall (Ink 6.8 clears the terminal on every frame that fills it). Pure. */
export function Screen({state, sidebar = state}: ScreenProps) {
	const {columns, rows} = state.size;
	const layout = geometry(state);
	if (layout.tooSmall) {
		return <TooSmall columns={columns} rows={rows} minColumns={minColumns} minRows={minRows}/>;
	}

	const mode = keyMode(state);
	const bodyRows = layout.bodyRows;
	const helpFrom: KeyMode = state.helpFrom === 'library-filter' ? 'filter' : (state.helpFrom === 'reading' && state.focus === 'sidebar' ? 'sidebar' : state.helpFrom as KeyMode);
	const isLibrary = state.mode === 'library' || state.mode === 'library-filter' || (state.mode === 'help' && (state.helpFrom === 'library' || state.helpFrom === 'library-filter'));
	const footer = (
		<Footer
			prompt={promptText(state)}
			message={state.loading === null ? (state.message === null ? null : sanitizeForTerminal(state.message)) : `opening ${sanitizeForTerminal(state.loading)}…`}
			status={statusText(state)}
			hints={footerHints(mode, columns - 2)}
			width={columns}
		/>
	);

	if (isLibrary || !state.article) {
		const entries = filteredEntries(state);
		return (
			<Box flexDirection="column" width={columns} height={rows - 1}>
				{state.mode === 'help'
					? <HelpOverlay from={helpFrom} width={columns} height={rows - 1 - footerRows}/>
					: (
						<LibraryScreen
							dir={state.library.dir ?? ''}
							entries={entries}
							total={state.library.entries.length}
							selected={state.library.selected}
							filter={state.library.filter}
							width={columns}
							height={rows - 1 - footerRows}
						/>
					)}
				{footer}
			</Box>
		);
	}

	const {article} = state;
	let body;
	if (state.mode === 'help') {
		body = <HelpOverlay from={helpFrom} width={columns} height={bodyRows}/>;
	} else if (layout.sidebar === 'overlay') {
		body = sidebarRegion(sidebar, columns, bodyRows);
	} else {
		body = (
			<>
				<Box width={layout.paneColumns} height={bodyRows} paddingX={1} flexShrink={0}>
					<ArticlePage state={state} width={layout.textWidth} height={bodyRows}/>
				</Box>
				{layout.sidebar === 'beside' ? sidebarRegion(sidebar, layout.sidebarColumns, bodyRows) : null}
			</>
		);
	}

	return (
		<Box flexDirection="column" width={columns} height={rows - 1}>
			<Header headline={sanitizeForTerminal(article.title)} meta={articleMeta(state)} page={pageInfo(state)} width={columns}/>
			<Box flexDirection="row" width={columns} height={rows - 1 - headerRows - footerRows}>{body}</Box>
			{footer}
		</Box>
	);
}

/**
 * The page `state` is on. The same `state` draws the same page: memoised, the render in which the sidebar catches
 * up (see `Root`) does not cut and style the page's lines again.
 */
const ArticlePage = memo(({state, width, height}: {readonly state: AppState; readonly width: number; readonly height: number}) => {
	const lines = visibleLines(state);
	return <ArticlePane article={state.article!} lines={lines} ranges={pageRanges(state, lines)} width={width} height={height}/>;
});

function sidebarRegion(state: SidebarInputs, width: number, height: number) {
	const isFocused = state.focus === 'sidebar';
	return (
		<SidePanel width={width} height={height} isFocused={isFocused}>
			<Sidebar
				width={Math.max(1, width - 4)}
				height={Math.max(1, height - 2)}
				isFocused={isFocused}
				attribution={state.attribution}
				view={state.attributionView}
			/>
		</SidePanel>
	);
}

function articleMeta(state: AppState): string {
	const article = state.article!;
	const parts = [
		article.site ?? article.dateline?.agency ?? null,
		article.dateline?.place ?? null,
		article.published,
		article.byline === null ? null : `by ${article.byline}`,
	];
	return sanitizeForTerminal(parts.filter(Boolean).join(' · '));
}

function promptText(state: AppState): string | null {
	switch (state.mode) {
		case 'search': return `/${sanitizeForTerminal(state.search.query)}`;
		case 'goto': return `:${state.gotoText}`;
		case 'library-filter': return `filter: ${sanitizeForTerminal(state.library.filter)}`;
		default: return null;
	}
}

function statusText(state: AppState): string {
	const {query, matches, current} = state.search;
	if (state.mode === 'search') {
		return query === '' ? '' : `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}`;
	}

	if (state.count !== '') {
		return state.count;
	}

	if (state.mode === 'reading' && query !== '' && current >= 0) {
		return `match ${current + 1}/${matches.length}`;
	}

	return '';
}

const shownKeys: Readonly<Record<string, string>> = {escape: 'Esc', enter: 'Enter', tab: 'Tab', backspace: 'Bksp'};

function keyShown(key: string): string {
	return shownKeys[key] ?? key;
}
