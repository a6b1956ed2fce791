import type {LibraryEntry} from '../io/list-library.js';
import type {Effect} from './effects.js';
import type {AppState} from './state.js';

/** The library entries matching the filter (case-insensitive substring of headline, file name or outlet). */
export function filteredEntries(state: AppState): readonly LibraryEntry[] {
	const filter = state.library.filter.trim().toLowerCase();
	if (filter === '') {
		return state.library.entries;
	}

	return state.library.entries.filter(entry =>
		`${entry.title}\n${entry.name}\n${entry.site ?? ''}`.toLowerCase().includes(filter));
}

/** Sets the filter text and selects the first entry that matches it. */
export function setFilter(state: AppState, filter: string): AppState {
	const next = {...state, library: {...state.library, filter}};
	const first = filteredEntries(next)[0];
	return {...next, library: {...next.library, selected: first?.path ?? null}};
}

/** Moves the selection by `delta` entries of the filtered list, clamped to its ends. */
export function moveSelection(state: AppState, delta: number): AppState {
	const entries = filteredEntries(state);
	if (entries.length === 0) {
		return state;
	}

	const index = Math.max(0, entries.findIndex(entry => entry.path === state.library.selected));
	const next = entries[Math.min(entries.length - 1, Math.max(0, index + delta))]!;
	return {...state, library: {...state.library, selected: next.path}};
}

/** Enter: open the selected entry of the filtered list, if any. */
export function openSelected(state: AppState): AppState {
	const selected = filteredEntries(state).find(entry => entry.path === state.library.selected);
	return selected ? openEntry(state, selected.path) : state;
}

/** One line of facts about an entry: file, outlet, date, words, reading time, or why it could not be read. */
export function entryDetails(entry: LibraryEntry): string {
	if (entry.error) {
		return `${entry.name} · cannot read: ${entry.error}`;
	}

	const date = entry.published && /^\d{4}-\d\d-\d\dT/.test(entry.published) ? entry.published.slice(0, 10) : entry.published;
	const parts = [entry.name, entry.site, date, `${entry.words} words`, `${entry.readingMinutes} min`];
	return parts.filter(Boolean).join(' · ');
}

/** Enter on an entry: ask for it to be loaded (the library stays until it arrives). */
export function openEntry(state: AppState, path: string): AppState {
	const entry = state.library.entries.find(item => item.path === path);
	if (entry?.error) {
		return {...state, library: {...state.library, selected: path}, message: `cannot open ${entry.name}: ${entry.error}`};
	}

	return {
		...state,
		library: {...state.library, selected: path},
		loading: path,
		effects: [...state.effects, {type: 'open-article', path}],
	};
}

/** Effects that remember where the reader is in the open article (none for stdin). */
export function savePositionEffects(state: AppState): Effect[] {
	return state.article && state.articleKey !== null
		? [{type: 'save-position', key: state.articleKey, offset: state.topOffset}]
		: [];
}

/** Esc or `o` while reading: remember the position and go back to the list, at the same selection. */
export function backToLibrary(state: AppState): AppState {
	if (state.library.dir === null) {
		return {...state, message: 'no library: a single article was opened (q quits)'};
	}

	const positions = new Map(state.positions);
	if (state.articleKey !== null) {
		positions.set(state.articleKey, state.topOffset);
	}

	return {
		...state,
		mode: 'library',
		article: null,
		articleKey: null,
		top: 0,
		topOffset: 0,
		topIsGap: false,
		focus: 'article',
		sidebarOverlay: false,
		positions,
		effects: [...state.effects, ...savePositionEffects(state)],
	};
}
