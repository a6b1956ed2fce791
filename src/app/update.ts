import type {Action} from './actions.js';
import {attributionCommand, attributionReady, followReading, isAttributionAction, resetAttribution} from './attribution-update.js';
import {controlKeyName, isControl, type KeyPress} from './key-name.js';
import {keyMode, resolveKey} from './keymap.js';
import {backToLibrary, moveSelection, openEntry, openSelected, savePositionEffects, setFilter} from './library-update.js';
import {scrollTo, scrollToEnd} from './navigate.js';
import {cancelSearch, openSearch, setQuery, stepMatch, submitSearch} from './search-update.js';
import {geometry, pageHeight, sidebarMinColumns, withTop} from './selectors.js';
import {type AppState, emptySearch} from './state.js';

/**
 * The whole program's behaviour: pure and total. Side effects (loading, saving, quitting) are appended to
 * `state.effects` as data and run by the root component. A key clears the last footer message and, unless
 * it is a digit, the pending count.
 */
export function update(state: AppState, action: Action): AppState {
	switch (action.type) {
		case 'key/pressed': {
			return action.press.name === '' ? typeText(state, action.press.text) : pressKey(state, action.press);
		}

		case 'size/changed': {
			return fixFocus(withTop({...state, size: action.size}));
		}

		case 'article/loaded': {
			const {article, key} = action;
			const offset = key === null ? 0 : state.positions.get(key) ?? 0;
			return withTop(resetAttribution({
				...state,
				mode: 'reading',
				article,
				articleKey: key,
				loading: null,
				topOffset: Math.min(offset, article.text.length),
				topIsGap: false,
				search: emptySearch,
				focus: 'article',
				count: '',
				message: article.notes[0] ?? null,
			}));
		}

		case 'attribution/ready': {
			return attributionReady(state, action.article, action.attribution);
		}

		case 'article/failed': {
			return {...state, loading: null, message: action.message};
		}

		case 'layout/completed': {
			return {...state, layoutTick: state.layoutTick + 1};
		}

		case 'effects/ran': {
			return {...state, effects: state.effects.slice(action.count)};
		}

		case 'message/show': {
			return {...state, message: action.text};
		}

		case 'library/open': {
			return openEntry({...state, message: null}, action.path);
		}

		default: {
			const next = command({...state, message: null}, action);
			// A command that moves the page lets the Quotes list follow it, except issue 4's own (`]` sets the selection).
			return isAttributionAction(state, action) ? next : followReading(state, next);
		}
	}
}

function pressKey(state: AppState, press: KeyPress): AppState {
	const resolved = resolveKey(keyMode(state), press);
	return resolved ? update(state, resolved) : state;
}

/**
 * Several characters in one read (a paste, or keys sent faster than they are read): each is a key, control
 * characters included (CR is Enter, DEL is Backspace), except that an open prompt takes a run of printable
 * characters as text in one go (one search instead of one per character).
 */
function typeText(state: AppState, text: string): AppState {
	let next = state;
	const characters = [...text];
	let index = 0;
	while (index < characters.length) {
		const character = characters[index]!;
		if (isControl(character)) {
			const name = controlKeyName(character);
			next = name === '' ? next : pressKey(next, {name, text: ''});
			index++;
			continue;
		}

		const mode = keyMode(next);
		if (mode === 'search' || mode === 'goto' || mode === 'filter') {
			let end = index;
			while (end < characters.length && !isControl(characters[end]!)) {
				end++;
			}

			next = update(next, {type: 'prompt/input', text: characters.slice(index, end).join('')});
			index = end;
			continue;
		}

		next = pressKey(next, {name: character === ' ' ? 'space' : character, text: character});
		index++;
	}

	return next;
}

type KeyAction = Exclude<Action, {type: 'key/pressed' | 'size/changed' | 'article/loaded' | 'article/failed' | 'layout/completed' | 'effects/ran' | 'message/show' | 'library/open' | 'attribution/ready'}>;

function command(state: AppState, action: KeyAction): AppState {
	if (action.type === 'count/digit') {
		return {...state, count: `${state.count}${action.digit}`.slice(-6)};
	}

	const count = state.count === '' ? null : Number(state.count);
	const times = count ?? 1;
	const next: AppState = state.count === '' ? state : {...state, count: ''};
	const height = pageHeight(next);
	switch (action.type) {
		case 'page/next': return scrollTo(next, next.top + (height * times));
		case 'page/prev': return scrollTo(next, next.top - (height * times));
		case 'line/down': return scrollTo(next, next.top + times);
		case 'line/up': return scrollTo(next, next.top - times);
		case 'half/down': return scrollTo(next, next.top + (Math.max(1, Math.floor(height / 2)) * times));
		case 'half/up': return scrollTo(next, next.top - (Math.max(1, Math.floor(height / 2)) * times));
		case 'page/first':
		case 'page/last': {
			if (count !== null) {
				return scrollTo(next, (Math.max(1, count) - 1) * height);
			}

			return action.type === 'page/first' ? scrollTo(next, 0) : scrollToEnd(next);
		}

		case 'goto/open': return next.article ? {...next, mode: 'goto', gotoText: ''} : next;
		case 'focus/toggle': return toggleFocus(next);
		case 'sidebar/toggle': return toggleSidebar(next);
		case 'search/open': return openSearch(next);
		case 'search/next': return stepMatch(next, 1);
		case 'search/prev': return stepMatch(next, -1);
		case 'help/toggle': {
			return next.mode === 'help' ? {...next, mode: next.helpFrom} : {...next, mode: 'help', helpFrom: next.mode};
		}

		// Esc clears a source filter first (issue 4).
		case 'library/back': return next.attributionView.filterSourceId === null ? backToLibrary(next) : attributionCommand(next, {type: action.type});
		case 'library/filter': {
			return setFilter({...next, mode: 'library-filter'}, action.text === '' ? next.library.filter : action.text);
		}

		case 'library/clear-filter': return setFilter(next, '');
		case 'library/move': return moveSelection(next, action.delta * times);
		case 'library/open-selected': return openSelected(next);
		case 'prompt/input': return promptInput(next, action.text);
		case 'prompt/backspace': return promptBackspace(next);
		case 'prompt/submit': return promptSubmit(next);
		case 'prompt/cancel': return promptCancel(next);
		case 'app/quit': {
			return {...next, effects: [...next.effects, ...savePositionEffects(next), {type: 'quit'}]};
		}

		case 'sidebar/quotes':
		case 'sidebar/sources':
		case 'sidebar/other-tab':
		case 'sidebar/down':
		case 'sidebar/up':
		case 'sidebar/choose':
		case 'statement/next':
		case 'statement/prev':
		case 'highlight/toggle':
		case 'citation/copy': return attributionCommand(next, {type: action.type});
	}
}

function promptInput(state: AppState, text: string): AppState {
	switch (state.mode) {
		case 'search': return setQuery(state, state.search.query + text);
		case 'library-filter': return setFilter(state, state.library.filter + text);
		case 'goto': return {...state, gotoText: (state.gotoText + text.replaceAll(/\D/g, '')).slice(0, 6)};
		default: return state;
	}
}

function promptBackspace(state: AppState): AppState {
	switch (state.mode) {
		// Backspace on an empty prompt closes it, as in vim and less.
		case 'search': return state.search.query === '' ? cancelSearch(state) : setQuery(state, state.search.query.slice(0, -1));
		case 'library-filter': {
			return state.library.filter === '' ? {...state, mode: 'library'} : setFilter(state, state.library.filter.slice(0, -1));
		}

		case 'goto': return state.gotoText === '' ? {...state, mode: 'reading'} : {...state, gotoText: state.gotoText.slice(0, -1)};
		default: return state;
	}
}

function promptSubmit(state: AppState): AppState {
	switch (state.mode) {
		case 'search': return submitSearch(state);
		case 'library-filter': return openSelected({...state, mode: 'library'});
		case 'goto': {
			const page = Number(state.gotoText);
			const next: AppState = {...state, mode: 'reading', gotoText: ''};
			return page > 0 ? scrollTo(next, (page - 1) * pageHeight(next)) : next;
		}

		default: return state;
	}
}

function promptCancel(state: AppState): AppState {
	switch (state.mode) {
		case 'search': return cancelSearch(state);
		case 'library-filter': return setFilter({...state, mode: 'library'}, '');
		case 'goto': return {...state, mode: 'reading', gotoText: ''};
		default: return state;
	}
}

/** Tab: move the keys between article and sidebar, showing the sidebar when it is hidden. */
function toggleFocus(state: AppState): AppState {
	if (!state.article) {
		return state;
	}

	if (state.focus === 'sidebar') {
		return {...state, focus: 'article', sidebarOverlay: false};
	}

	const isNarrow = state.size.columns < sidebarMinColumns;
	return withTop({...state, focus: 'sidebar', sidebarOverlay: isNarrow, sidebarHidden: false});
}

/** `s`: hide or show the sidebar (beside the text when wide, over it when narrow). */
function toggleSidebar(state: AppState): AppState {
	if (!state.article) {
		return state;
	}

	if (state.size.columns < sidebarMinColumns) {
		const sidebarOverlay = !state.sidebarOverlay;
		return {...state, sidebarOverlay, focus: sidebarOverlay ? 'sidebar' : 'article'};
	}

	const sidebarHidden = !state.sidebarHidden;
	return fixFocus(withTop({...state, sidebarHidden}));
}

/** Keys cannot stay on a sidebar that is not on screen. */
function fixFocus(state: AppState): AppState {
	return state.focus === 'sidebar' && geometry(state).sidebar === 'hidden' ? {...state, focus: 'article'} : state;
}
