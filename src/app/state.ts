import type {Attribution} from '../analysis/types.js';
import type {Article, TextRange} from '../article/types.js';
import {type AttributionView, initialAttributionView} from '../highlight/sidebar-state.js';
import type {LibraryEntry} from '../io/list-library.js';
import type {Effect} from './effects.js';
import {withTop} from './selectors.js';

/**
 * What the keyboard is talking to. `library-filter`, `search` and `goto` are prompt modes: printable keys are
 * text for the prompt. `help` is the key overlay over whatever mode it was opened from (`helpFrom`).
 */
export type Mode = 'library' | 'library-filter' | 'reading' | 'search' | 'goto' | 'help';

/** Which pane of the reading screen gets the keys. */
export type Focus = 'article' | 'sidebar';

/** Terminal size in character cells. */
export type Size = {
	readonly columns: number;
	readonly rows: number;
};

/** The folder of articles shown by the library screen. */
export type LibraryState = {
	/** Folder shown (as given or resolved); null when a single article was opened. */
	readonly dir: string | null;
	readonly entries: readonly LibraryEntry[];
	/** `path` of the selected entry; kept when opening an article so Esc returns to it. */
	readonly selected: string | null;
	/** Substring filter typed in `library-filter` mode (case-insensitive). */
	readonly filter: string;
};

/** An incremental search in progress or the last submitted one. */
export type SearchState = {
	/** Text typed so far (the prompt) or the submitted query. */
	readonly query: string;
	/** Every match of `query` in `article.text`, in order (UTF-16 offsets). */
	readonly matches: readonly TextRange[];
	/** Index into `matches` of the match `n`/`N` stand on; -1 before Enter or when there is none. */
	readonly current: number;
	/** Where the reader was when `/` was pressed: Esc goes back there. UTF-16 offset of the top line's start. */
	readonly originOffset: number;
	/** `topIsGap` when the search started. */
	readonly originIsGap: boolean;
};

/**
 * The whole application state. Reading position is kept as the UTF-16 offset of the first character of the top
 * line (`topOffset`): line numbers change with the width, the offset does not, so a resize keeps the text the
 * reader was looking at. `top` is that line's index in the layout at the current text width.
 */
export type AppState = {
	readonly mode: Mode;
	/** Mode to return to when help closes. */
	readonly helpFrom: Mode;
	readonly size: Size;
	/** `--width N`: the widest the article text may be, in columns; null for the default cap. */
	readonly maxTextWidth: number | null;
	readonly library: LibraryState;
	readonly article: Article | null;
	/** Key under which the reading position is remembered (absolute path or URL); null for stdin. */
	readonly articleKey: string | null;
	/** Source being opened (an effect is running); shown in the footer. */
	readonly loading: string | null;
	readonly top: number;
	readonly topOffset: number;
	/**
	 * The top line is the blank line between two paragraphs. Its offset is also where the next paragraph starts,
	 * so this keeps a resize from skipping the blank line.
	 */
	readonly topIsGap: boolean;
	/** Digits typed before a command (`12g`); empty when none. */
	readonly count: string;
	/** Text of the `:N` prompt. */
	readonly gotoText: string;
	readonly focus: Focus;
	/** Wide terminals: the user hid the sidebar with `s` (the text takes its room). */
	readonly sidebarHidden: boolean;
	/** Narrow terminals (< 80 columns): the sidebar is shown over the text (`s`). */
	readonly sidebarOverlay: boolean;
	readonly search: SearchState;
	/** One-line note in the footer, cleared by the next key. */
	readonly message: string | null;
	/** Remembered reading positions (key → UTF-16 offset), updated as articles are left. */
	readonly positions: ReadonlyMap<string, number>;
	/** Bumped when the idle layout finishes, so the page count re-renders. */
	readonly layoutTick: number;
	/** Effects requested by `update`, run and removed by the root component. */
	readonly effects: readonly Effect[];
	/** Who says what in the open article (issue 4): computed once per open by the root, after the first frame; null until then. */
	readonly attribution: Attribution | null;
	/** Sidebar tab and selections, source filter, current statement, highlighting on/off. */
	readonly attributionView: AttributionView;
};

/** Fresh state before anything is loaded. */
export const emptySearch: SearchState = {query: '', matches: [], current: -1, originOffset: 0, originIsGap: false};

/** Options of `initialState`; everything optional has a sensible empty default. */
export type InitialOptions = {
	readonly size: Size;
	readonly library?: {readonly dir: string; readonly entries: readonly LibraryEntry[]};
	readonly article?: Article;
	readonly articleKey?: string | null;
	readonly positions?: ReadonlyMap<string, number>;
	readonly maxTextWidth?: number | null;
	readonly message?: string | null;
};

/**
 * The state the program starts in: reading `article` (at its remembered position) when one is given, else the
 * library.
 */
export function initialState(options: InitialOptions): AppState {
	const positions = options.positions ?? new Map<string, number>();
	const articleKey = options.articleKey ?? null;
	const entries = options.library?.entries ?? [];
	const topOffset = articleKey === null ? 0 : positions.get(articleKey) ?? 0;
	return withTop({
		mode: options.article ? 'reading' : 'library',
		helpFrom: 'reading',
		size: options.size,
		maxTextWidth: options.maxTextWidth ?? null,
		library: {dir: options.library?.dir ?? null, entries, selected: entries[0]?.path ?? null, filter: ''},
		article: options.article ?? null,
		articleKey,
		loading: null,
		top: 0,
		topIsGap: false,
		topOffset: options.article ? Math.min(topOffset, options.article.text.length) : 0,
		count: '',
		gotoText: '',
		focus: 'article',
		sidebarHidden: false,
		sidebarOverlay: false,
		search: emptySearch,
		message: options.message ?? options.article?.notes[0] ?? null,
		positions,
		layoutTick: 0,
		effects: [],
		attribution: null,
		attributionView: initialAttributionView,
	});
}
